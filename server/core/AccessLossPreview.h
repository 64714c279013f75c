// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/AccessLoss.h"
#include "common/User.h"

#include <QHash>
#include <QSqlDatabase>
#include <optional>

namespace hn::server {

// What a change of role or membership would take from a user, worked out
// with the real policy on the user as they are and as they would be, so a
// dry run and the real change always agree. The account is judged as if
// active: a pending or disabled user has nothing now, but the preview says
// what their role or memberships would give up.
class AccessLossPreview {
public:
    // `role`: the role afterwards. `levels`: memberships that change, by
    // space id (nullopt: no longer a member); others stay as they are.
    static common::AccessLoss
    compute(QSqlDatabase db, const common::User &user, common::GlobalRole role,
            const QHash<QString, std::optional<common::SpaceLevel>> &levels = {});
};

} // namespace hn::server
