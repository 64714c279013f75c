// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Roles.h"
#include "common/SpaceSummary.h"

#include <QList>

namespace hn::common {

// Figures about a server (admin.proto, GetStatsResponse).
struct ServerStats {
    struct UserCount {
        GlobalRole role = GlobalRole::Member;
        AccountStatus status = AccountStatus::Active;
        qint64 count = 0;
    };
    QList<UserCount> users;
    QList<SpaceSummary> spaces;
    qint64 databaseSizeBytes = 0;
    qint64 blobStoreSizeBytes = 0;
    qint64 connectedClients = 0;
    qint64 activeSessions = 0;
};

} // namespace hn::common
