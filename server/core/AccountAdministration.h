// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Account.h"
#include "common/Clock.h"
#include "common/Space.h"
#include "server/core/Caller.h"
#include "server/core/Paging.h"
#include "server/core/UserKey.h"

#include <optional>

namespace hn::server {

class ChangeNotifier;
class Database;

struct AccountFilter {
    std::optional<common::GlobalRole> role;
    std::optional<common::AccountStatus> status;
    QString query; // in display name, e-mail or organization; case-insensitive
};

// A new account with the code its owner activates it with.
struct NewAccount {
    common::Account account;
    common::ActivationCode activation;
};

// Accounts as admins manage them (admin.proto, users ...): listing,
// details, creation with a one-time activation code, password resets and
// ending sessions. Role and status changes are UserAdministration's.
// Admins only (policy: ManageUsers); every change is audited in its
// transaction and published after the commit.
class AccountAdministration {
public:
    AccountAdministration(Database &database, const common::Clock &clock, ChangeNotifier *notifier,
                          int activationCodeDays);

    // Ordered by display name, then e-mail.
    Paged<common::Account> list(const Caller &caller, const AccountFilter &filter,
                                const Paging &paging);
    common::AccountDetails details(const Caller &caller, const UserKey &key);
    // `profile`: e-mail, names, organization, municipality, affiliation and
    // role (validated); the account starts pending. Throws AlreadyExists
    // (field "email"), NotFound for a space of `grants`.
    NewAccount create(const Caller &caller, const common::User &profile,
                      const QList<common::Membership> &grants);
    common::ActivationCode resetPassword(const Caller &caller, const UserKey &key);
    int revokeSessions(const Caller &caller, const UserKey &key);

    // Inserts a pending account with its memberships and a fresh code, in
    // the caller's write transaction (also used to approve a request).
    static NewAccount insertPending(QSqlDatabase &db, const Caller &caller,
                                    const common::User &profile,
                                    const QList<common::Membership> &grants, const QDateTime &now,
                                    int activationCodeDays);

private:
    Database &m_database;
    const common::Clock &m_clock;
    ChangeNotifier *m_notifier;
    int m_activationCodeDays;
};

} // namespace hn::server
