// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Roles.h"

#include <QDateTime>
#include <QString>

namespace hn::common {

// A space (Bereich): the unit of access and of sync (one bucket each).
struct Space {
    QString id; // UUID
    QString name;
    QString description;
    SpaceKind kind = SpaceKind::Team;
    // Guests may read a space only when this is set ("Öffentlich").
    bool guestVisible = false;
    bool archived = false;
    QDateTime createdAt;
    QString createdBy; // user id
};

// A user's level in one space.
struct Membership {
    QString spaceId;
    QString userId;
    SpaceLevel level = SpaceLevel::Reader;
    QDateTime grantedAt;
    QString grantedBy; // user id
};

} // namespace hn::common
