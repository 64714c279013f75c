// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/core/BlobCollector.h"

#include "server/store/Database.h"

namespace hn::server {

BlobCollector::BlobCollector(Database &database, const common::Clock &clock, BlobSettings settings)
    : m_database(database)
    , m_clock(clock)
    , m_settings(settings) {}

BlobCollection BlobCollector::collect() {
    const QDateTime staleBefore = m_clock.now().addMSecs(
        -std::chrono::duration_cast<std::chrono::milliseconds>(m_settings.partialRetention)
             .count());
    BlobCollection collected;
    m_database.write([&](QSqlDatabase &db) { collected = BlobStore(db).collect(staleBefore); });
    return collected;
}

} // namespace hn::server
