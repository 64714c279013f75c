// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/core/StatsReport.h"

#include "server/core/PolicyGate.h"
#include "server/core/SpaceAdministration.h"
#include "server/store/BlobStore.h"
#include "server/store/Database.h"
#include "server/store/SessionStore.h"
#include "server/store/UserStore.h"

#include <QFileInfo>

namespace hn::server {

StatsReport::StatsReport(Database &database, const common::Clock &clock)
    : m_database(database)
    , m_clock(clock) {}

common::ServerStats StatsReport::collect(const Caller &caller, qint64 connectedClients) {
    enforce(common::Policy::may(caller.actor(), common::Action::ManageUsers));
    common::ServerStats stats;
    m_database.read([&](QSqlDatabase &db) {
        for (const UserStore::Count &count : UserStore(db).countByRoleAndStatus())
            stats.users.append({count.role, count.status, count.count});
        stats.spaces = SpaceAdministration::summaries(db);
        stats.activeSessions = SessionStore(db).countLive(m_clock.now());
        stats.blobStoreSizeBytes = BlobStore(db).completeBytes();
    });
    stats.databaseSizeBytes = databaseSizeBytes();
    stats.connectedClients = connectedClients;
    return stats;
}

qint64 StatsReport::databaseSizeBytes() const {
    const QString path = m_database.config().path;
    qint64 total = 0;
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")}) {
        const QFileInfo file(path + suffix);
        if (file.exists())
            total += file.size();
    }
    return total;
}

} // namespace hn::server
