// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "client/core/FileTextIndex.h"
#include "client/core/FileVersion.h"
#include "client/core/ReplicaDatabase.h"
#include "common/Clock.h"

#include <QFileInfo>
#include <QSet>
#include <QString>
#include <QStringList>
#include <optional>

namespace hn::client {

// Document files on this computer (DESIGN.md, Blobs): one file per version
// in the profile's files/ directory (ProfileLocation::fileCacheDirectory),
// named by the version id, indexed in the replica (cached_files), used
// least-recently-first evicted when the total passes the cap (a setting of
// the profile, default 2 GiB). Never evicted: the current version of a
// pinned document ("offline verfügbar") and of every document of a space
// set to "alle offline". Files waiting for upload live in uploads/ (see
// UploadQueue) and are not part of the cache until uploaded.
//
// A cached file is checked against its SHA-256 each time it is handed
// out; a missing or changed file is dropped so it is downloaded again.
// When a file enters the cache its text goes into the search index.
//
// Opening the cache sweeps what a crash or a failed removal left behind:
// files without a cached_files row (older than a short grace, as another
// thread may be adopting one) and .part files of versions the replica no
// longer has. A file that cannot be removed keeps its row.
//
// Every method throws common::Error on database failures.
class FileCache {
public:
    static constexpr qint64 kDefaultCapBytes = qint64(2) * 1024 * 1024 * 1024;

    FileCache(ReplicaDatabase &database, QString directory, const common::Clock &clock);

    const QString &directory() const { return m_directory; }

    qint64 capBytes();
    // Throws InvalidArgument ("cache_cap") for a negative cap; evicts at once.
    void setCapBytes(qint64 bytes);
    // The bytes of all cached files.
    qint64 usedBytes();

    void setPinned(const QString &documentId, bool pinned);
    bool isPinned(const QString &documentId);
    void setSpaceOffline(const QString &spaceId, bool offline);
    bool isSpaceOffline(const QString &spaceId);

    bool contains(const QString &versionId);
    // The cached file's path after checking its SHA-256, and marks it used;
    // nullopt if it is not cached, or was missing or changed on disk (then
    // it is dropped from the cache).
    std::optional<QString> fileFor(const QString &versionId);
    // Where the version's file is (when cached) and where a download of it
    // collects its bytes.
    QString pathOf(const QString &versionId) const;
    QString partPathOf(const QString &versionId) const;

    // Moves a complete file whose SHA-256 the caller has verified (a
    // finished download, or an uploaded file) into the cache, indexes its
    // text and evicts down to the cap. Returns the cached path.
    QString adopt(const FileVersion &version, const QString &verifiedFile);
    // Removes a version's file and text from the cache.
    void drop(const QString &versionId);

    // The current versions of pinned documents and of documents in offline
    // spaces (from the replica's records), held or not.
    QList<FileVersion> keptVersions();
    // keptVersions() that are not cached yet: what to fetch ahead.
    QList<FileVersion> missingKeptVersions();
    // The version's DocumentVersion record in the replica, if held.
    std::optional<FileVersion> versionRecord(const QString &versionId);
    // Cached version ids, least recently used first.
    QStringList cachedVersions();

    // Removes least-recently-used files that are not kept until the total
    // is at most the cap (kept files may leave it above the cap). `spare`:
    // a version just handed out, which must stay even when it alone is
    // bigger than the cap.
    void evict(const QString &spare = {});

    // SHA-256 (hex) of a file on disk; empty when it cannot be read.
    static QString sha256Of(const QString &path);

    // How old a file without a row must be before the sweep removes it.
    static constexpr int kOrphanGraceSeconds = 60;

private:
    QSet<QString> keptVersionIds();
    void sweepOrphans();
    static bool isOrphanOldEnough(const QFileInfo &file);

    ReplicaDatabase &m_database;
    QString m_directory;
    const common::Clock &m_clock;
    FileTextIndex m_texts;
};

} // namespace hn::client
