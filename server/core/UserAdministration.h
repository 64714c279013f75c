// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/AccessLoss.h"
#include "common/Clock.h"
#include "common/User.h"
#include "server/core/Caller.h"
#include "server/core/UserKey.h"

#include <functional>

namespace hn::server {

class ChangeNotifier;
class Database;

// A role or status change and what it takes from the user.
struct AccountChangeResult {
    common::User user; // after the change (as it would be, for a dry run)
    common::AccessLoss loss;
};

// Changes to other people's accounts that end their sessions: a new role
// or status must apply at once, so every live session of the account is
// revoked in the same transaction as the change and its audit line.
// After the commit the change is published: the account's access changed,
// and the directory moved (its entry mirrors role and status).
class UserAdministration {
public:
    // Without a notifier nothing is published (tools and tests that run
    // without subscribers).
    UserAdministration(Database &database, const common::Clock &clock,
                       ChangeNotifier *notifier = nullptr);

    // Throws PermissionDenied (policy: ManageUsers; nobody changes their own
    // role or status), FailedPrecondition (the last active admin stays),
    // NotFound. With `dryRun` nothing changes and nothing is audited.
    AccountChangeResult changeRole(const Caller &caller, const QString &userId,
                                   common::GlobalRole role, bool dryRun);
    common::User setRole(const Caller &caller, const QString &userId, common::GlobalRole role);
    common::User setStatus(const Caller &caller, const QString &userId,
                           common::AccountStatus status);
    // The same for a user named by id or e-mail; the caller's right to
    // manage users is checked before the name is looked up, so nobody
    // learns which e-mails have accounts.
    AccountChangeResult changeRole(const Caller &caller, const UserKey &key,
                                   common::GlobalRole role, bool dryRun);
    common::User setStatus(const Caller &caller, const UserKey &key, common::AccountStatus status);

private:
    QString resolve(const Caller &caller, const UserKey &key);
    AccountChangeResult change(const Caller &caller, const QString &userId, const QString &action,
                               const std::function<void(common::User &)> &apply, bool dryRun);

    Database &m_database;
    const common::Clock &m_clock;
    ChangeNotifier *m_notifier;
};

} // namespace hn::server
