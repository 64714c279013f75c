// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Policy.h"

#include <QList>
#include <QString>

namespace hn::common {

// What a user would lose in one space (admin.proto, SpaceAccessLoss).
struct SpaceAccessLoss {
    QString spaceId;
    QString spaceName;
    QList<Action> actions;
    bool losesRead = false;
    qint64 recordCount = 0;    // live records of the space
    qint64 ownRecordCount = 0; // of those, created by the user
};

// What a change of role or membership takes from a user; empty if nothing.
struct AccessLoss {
    QList<Action> globalActions;
    QList<SpaceAccessLoss> spaces;
    bool isEmpty() const { return globalActions.isEmpty() && spaces.isEmpty(); }
};

} // namespace hn::common
