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
    // Candidates in a read, then one short write per blob: deleting the
    // chunks of many large files in one transaction would hold up every
    // writer for as long.
    QStringList candidates;
    m_database.read([&](QSqlDatabase &db) { candidates = BlobStore(db).unusedBlobs(staleBefore); });
    BlobCollection collected;
    for (const QString &blobId : std::as_const(candidates)) {
        BlobCollection removed;
        m_database.write(
            [&](QSqlDatabase &db) { removed = BlobStore(db).removeUnused(blobId, staleBefore); });
        collected.partials += removed.partials;
        collected.blobs += removed.blobs;
        collected.bytes += removed.bytes;
    }
    return collected;
}

} // namespace hn::server
