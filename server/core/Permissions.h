// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Identity.h"

#include <QSqlDatabase>

namespace hn::server {

// Works out a user's effective permissions from their role and memberships
// by asking the policy, for Login and WhoAmI.
class Permissions {
public:
    static common::Identity identityOf(QSqlDatabase db, const common::User &user);
    // Every platform-wide and every space action, in the wire's order.
    static const QList<common::Action> &globalActions();
    static const QList<common::Action> &spaceActions();
    // What `actor` may do in `space` (EditOwn/DeleteOwn on their own records).
    static QList<common::Action> actionsIn(const common::Actor &actor,
                                           const common::SpaceContext &space);
    // The policy's view of `space` for the user `userId`: the space's flags
    // and that user's own level there (none if not a member).
    static common::SpaceContext contextFor(QSqlDatabase db, const common::Space &space,
                                           const QString &userId);
};

} // namespace hn::server
