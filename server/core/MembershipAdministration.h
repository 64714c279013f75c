// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/AccessLoss.h"
#include "common/Clock.h"
#include "common/SpaceSummary.h"
#include "server/core/Caller.h"
#include "server/core/UserKey.h"

#include <optional>

namespace hn::server {

class ChangeNotifier;
class Database;

struct MemberChangeResult {
    common::Member member; // after (as it would be, for a dry run); empty after a removal
    common::AccessLoss loss;
};

// Members of a space (admin.proto, members ...): the space's moderators
// and admins manage them, never above their own level, and nobody raises
// their own level (the policy's mayChangeMember). Changes are audited with
// before and after and published after the commit: the space's bucket
// moved (Membership records) and the member's access changed.
class MembershipAdministration {
public:
    MembershipAdministration(Database &database, const common::Clock &clock,
                             ChangeNotifier *notifier);

    // Ordered by level (highest first), then display name.
    QList<common::Member> list(const Caller &caller, const QString &spaceId);
    // Throws AlreadyExists if the user is a member.
    common::Member add(const Caller &caller, const QString &spaceId, const UserKey &key,
                       common::SpaceLevel level);
    // Throws NotFound if the user is not a member.
    MemberChangeResult setLevel(const Caller &caller, const QString &spaceId, const UserKey &key,
                                common::SpaceLevel level, bool dryRun);
    common::AccessLoss remove(const Caller &caller, const QString &spaceId, const UserKey &key,
                              bool dryRun);

private:
    MemberChangeResult change(const Caller &caller, const QString &spaceId, const UserKey &key,
                              std::optional<common::SpaceLevel> level, bool mustExist, bool dryRun);

    Database &m_database;
    const common::Clock &m_clock;
    ChangeNotifier *m_notifier;
};

} // namespace hn::server
