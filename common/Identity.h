// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Policy.h"
#include "common/Space.h"
#include "common/User.h"

#include <QList>
#include <optional>

namespace hn::common {

// What the caller may do in one space they can read.
struct SpacePermissions {
    Space space;
    std::optional<SpaceLevel> level; // nullopt: reads without membership
    QList<Action> actions;           // EditOwn/DeleteOwn mean "on records they created"
};

// Who a session belongs to and what they may do: the answer of Login and
// WhoAmI. The client uses it only to enable controls; the server decides
// every call afresh.
struct Identity {
    User user;
    QList<Action> globalActions;
    QList<SpacePermissions> spaces; // only spaces the user may read, by name
};

} // namespace hn::common
