// SPDX-License-Identifier: GPL-3.0-or-later
#include "client/core/FileCache.h"

#include "client/core/ReplicaJson.h"
#include "client/core/ReplicaQuery.h"
#include "common/Error.h"
#include "common/Sha256.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <filesystem>
#include <system_error>

namespace hn::client {

namespace {

const QString kCapSetting = QStringLiteral("file_cache_cap_bytes");

FileVersion versionFromFields(const QString &versionId, const QJsonObject &fields) {
    FileVersion v;
    v.versionId = versionId;
    v.documentId = fields.value(QStringLiteral("document_id")).toString();
    v.fileName = fields.value(QStringLiteral("file_name")).toString();
    v.mimeType = fields.value(QStringLiteral("mime_type")).toString();
    v.comment = fields.value(QStringLiteral("comment")).toString();
    v.size = qint64(fields.value(QStringLiteral("size_bytes")).toDouble());
    v.sha256 = fields.value(QStringLiteral("sha256_hex")).toString();
    return v;
}

} // namespace

FileCache::FileCache(ReplicaDatabase &database, QString directory, const common::Clock &clock)
    : m_database(database)
    , m_directory(std::move(directory))
    , m_clock(clock)
    , m_texts(database) {
    if (!QDir().mkpath(m_directory))
        throw common::Error::unavailable(
            QStringLiteral("The file cache directory %1 cannot be created").arg(m_directory));
    sweepOrphans();
}

void FileCache::sweepOrphans() {
    QSet<QString> cached;
    for (const QString &id : cachedVersions())
        cached.insert(id);
    const QString part = QStringLiteral(".part");
    const QFileInfoList files =
        QDir(m_directory).entryInfoList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot);
    for (const QFileInfo &file : files) {
        const QString name = file.fileName();
        if (name.endsWith(part)) {
            // Kept for resuming while its version exists; a version the
            // replica no longer has will never be asked for again.
            if (!versionRecord(name.chopped(int(part.size()))))
                QFile::remove(file.filePath());
        } else if (!cached.contains(name) && isOrphanOldEnough(file)) {
            // A crash between the move into the cache and its row.
            QFile::remove(file.filePath());
        }
    }
}

bool FileCache::isOrphanOldEnough(const QFileInfo &file) {
    // A file a moment old may be one another thread is adopting right now
    // (moved in, row not yet written). File-system time on purpose: it is
    // compared with the file's own time stamp, not with domain time.
    return file.lastModified().secsTo(QDateTime::currentDateTimeUtc()) > kOrphanGraceSeconds;
}

qint64 FileCache::capBytes() {
    ReplicaQuery q(m_database.connection(),
                   QStringLiteral("SELECT value FROM local_settings WHERE name = ?"),
                   QStringLiteral("read the file cache cap"));
    q.exec({kCapSetting});
    return q.next() ? q.value(0).toLongLong() : kDefaultCapBytes;
}

void FileCache::setCapBytes(qint64 bytes) {
    if (bytes < 0)
        throw common::Error::invalidArgument(
            QStringLiteral("cache_cap"),
            QStringLiteral("the file cache size must not be negative (%1 bytes given)").arg(bytes));
    m_database.write([&](QSqlDatabase &db) {
        ReplicaQuery(
            db, QStringLiteral("INSERT OR REPLACE INTO local_settings (name, value) VALUES (?, ?)"),
            QStringLiteral("store the file cache cap"))
            .exec({kCapSetting, QString::number(bytes)});
    });
    evict();
}

qint64 FileCache::usedBytes() {
    ReplicaQuery q(m_database.connection(),
                   QStringLiteral("SELECT COALESCE(SUM(size), 0) FROM cached_files"),
                   QStringLiteral("sum the file cache"));
    q.exec();
    return q.next() ? q.value(0).toLongLong() : 0;
}

void FileCache::setPinned(const QString &documentId, bool pinned) {
    m_database.write(
        [&](QSqlDatabase &db) {
            ReplicaQuery(db,
                         pinned
                             ? QStringLiteral("INSERT OR IGNORE INTO pinned_documents"
                                              " (document_id) VALUES (?)")
                             : QStringLiteral("DELETE FROM pinned_documents WHERE document_id = ?"),
                         QStringLiteral("pin document %1").arg(documentId))
                .exec({documentId});
        },
        ReplicaDatabase::Durability::Full);
    if (!pinned)
        evict();
}

bool FileCache::isPinned(const QString &documentId) {
    ReplicaQuery q(m_database.connection(),
                   QStringLiteral("SELECT 1 FROM pinned_documents WHERE document_id = ?"),
                   QStringLiteral("read pin of document %1").arg(documentId));
    q.exec({documentId});
    return q.next();
}

void FileCache::setSpaceOffline(const QString &spaceId, bool offline) {
    m_database.write(
        [&](QSqlDatabase &db) {
            ReplicaQuery(db,
                         offline ? QStringLiteral("INSERT OR IGNORE INTO offline_spaces (space_id)"
                                                  " VALUES (?)")
                                 : QStringLiteral("DELETE FROM offline_spaces WHERE space_id = ?"),
                         QStringLiteral("set space %1 offline").arg(spaceId))
                .exec({spaceId});
        },
        ReplicaDatabase::Durability::Full);
    if (!offline)
        evict();
}

bool FileCache::isSpaceOffline(const QString &spaceId) {
    ReplicaQuery q(m_database.connection(),
                   QStringLiteral("SELECT 1 FROM offline_spaces WHERE space_id = ?"),
                   QStringLiteral("read offline setting of space %1").arg(spaceId));
    q.exec({spaceId});
    return q.next();
}

bool FileCache::contains(const QString &versionId) {
    ReplicaQuery q(m_database.connection(),
                   QStringLiteral("SELECT 1 FROM cached_files WHERE version_id = ?"),
                   QStringLiteral("look up cached file %1").arg(versionId));
    q.exec({versionId});
    return q.next();
}

std::optional<QString> FileCache::fileFor(const QString &versionId) {
    ReplicaQuery q(m_database.connection(),
                   QStringLiteral("SELECT sha256, size FROM cached_files WHERE version_id = ?"),
                   QStringLiteral("look up cached file %1").arg(versionId));
    q.exec({versionId});
    if (!q.next())
        return std::nullopt;
    const QString sha256 = q.value(0).toString();
    const qint64 size = q.value(1).toLongLong();
    q.finish();
    const QString path = pathOf(versionId);
    // The size first: a cut file is found without reading it.
    if (QFileInfo(path).size() != size || sha256Of(path) != sha256) {
        drop(versionId);
        return std::nullopt;
    }
    m_database.write([&](QSqlDatabase &db) {
        ReplicaQuery(
            db, QStringLiteral("UPDATE cached_files SET last_used_at = ? WHERE version_id = ?"),
            QStringLiteral("mark cached file %1 used").arg(versionId))
            .exec({json::fromTime(m_clock.now()), versionId});
    });
    return path;
}

QString FileCache::pathOf(const QString &versionId) const {
    return QDir(m_directory).filePath(versionId);
}

QString FileCache::partPathOf(const QString &versionId) const {
    return QDir(m_directory).filePath(versionId + QStringLiteral(".part"));
}

QString FileCache::adopt(const FileVersion &version, const QString &verifiedFile) {
    const QString path = pathOf(version.versionId);
    if (verifiedFile != path) {
        // One replacing rename (std::filesystem replaces an existing target
        // on Linux and Windows alike): no moment without the file, and no
        // window in which a crash loses both.
        std::error_code error;
        std::filesystem::rename(std::filesystem::path(verifiedFile.toStdU16String()),
                                std::filesystem::path(path.toStdU16String()), error);
        if (error)
            throw common::Error::unavailable(
                QStringLiteral("The file of version %1 cannot be moved from %2 into the file "
                               "cache at %3: %4")
                    .arg(version.versionId, verifiedFile, path,
                         QString::fromLocal8Bit(error.message())));
    }
    m_database.write([&](QSqlDatabase &db) {
        ReplicaQuery(db,
                     QStringLiteral("INSERT OR REPLACE INTO cached_files (version_id, document_id,"
                                    " sha256, size, file_name, mime_type, last_used_at)"
                                    " VALUES (?, ?, ?, ?, ?, ?, ?)"),
                     QStringLiteral("add version %1 to the file cache").arg(version.versionId))
            .exec({version.versionId, version.documentId, version.sha256, version.size,
                   version.fileName, version.mimeType, json::fromTime(m_clock.now())});
    });
    // A file without text (or a broken one) is still a good cached file;
    // it just adds nothing to the search.
    m_texts.add(version, path);
    evict(version.versionId);
    return path;
}

void FileCache::drop(const QString &versionId) {
    // The file first: a file that cannot be removed (opened by another
    // program on Windows) keeps its row, so it still counts towards the cap
    // and is tried again, rather than staying on disk unknown.
    const QString path = pathOf(versionId);
    if (!QFile::remove(path) && QFileInfo::exists(path))
        return;
    m_database.write([&](QSqlDatabase &db) {
        ReplicaQuery(db, QStringLiteral("DELETE FROM cached_files WHERE version_id = ?"),
                     QStringLiteral("drop version %1 from the file cache").arg(versionId))
            .exec({versionId});
    });
    m_texts.remove(versionId);
}

QList<FileVersion> FileCache::keptVersions() {
    // Only a handful of documents are pinned or in offline spaces; reading
    // their fields and picking current_version_id in C++ keeps the SQL
    // free of JSON functions.
    ReplicaQuery docs(m_database.connection(),
                      QStringLiteral("SELECT fields FROM records WHERE type = 'document'"
                                     " AND deleted = 0 AND (id IN (SELECT document_id FROM"
                                     " pinned_documents) OR space_id IN (SELECT space_id FROM"
                                     " offline_spaces))"),
                      QStringLiteral("read the documents kept offline"));
    docs.exec();
    QStringList ids;
    while (docs.next()) {
        const QString current =
            json::toObject(docs.value(0)).value(QStringLiteral("current_version_id")).toString();
        if (!current.isEmpty())
            ids << current;
    }
    docs.finish();
    QList<FileVersion> out;
    for (const QString &id : std::as_const(ids)) {
        if (std::optional<FileVersion> v = versionRecord(id))
            out << *v;
    }
    return out;
}

QList<FileVersion> FileCache::missingKeptVersions() {
    QList<FileVersion> out;
    for (const FileVersion &v : keptVersions()) {
        if (!contains(v.versionId))
            out << v;
    }
    return out;
}

std::optional<FileVersion> FileCache::versionRecord(const QString &versionId) {
    ReplicaQuery q(m_database.connection(),
                   QStringLiteral("SELECT fields FROM records WHERE id = ?"
                                  " AND type = 'document_version' AND deleted = 0"),
                   QStringLiteral("read document version %1").arg(versionId));
    q.exec({versionId});
    if (!q.next())
        return std::nullopt;
    return versionFromFields(versionId, json::toObject(q.value(0)));
}

QStringList FileCache::cachedVersions() {
    ReplicaQuery q(m_database.connection(),
                   QStringLiteral("SELECT version_id FROM cached_files"
                                  " ORDER BY last_used_at, version_id"),
                   QStringLiteral("list the file cache"));
    q.exec();
    QStringList out;
    while (q.next())
        out << q.value(0).toString();
    return out;
}

QSet<QString> FileCache::keptVersionIds() {
    QSet<QString> ids;
    for (const FileVersion &v : keptVersions())
        ids.insert(v.versionId);
    return ids;
}

void FileCache::evict(const QString &spare) {
    const qint64 cap = capBytes();
    qint64 used = usedBytes();
    if (used <= cap)
        return;
    const QSet<QString> kept = keptVersionIds();
    ReplicaQuery q(m_database.connection(),
                   QStringLiteral("SELECT version_id, size FROM cached_files"
                                  " ORDER BY last_used_at, version_id"),
                   QStringLiteral("list the file cache for eviction"));
    q.exec();
    QStringList victims;
    while (used > cap && q.next()) {
        const QString id = q.value(0).toString();
        if (kept.contains(id) || id == spare)
            continue;
        victims << id;
        used -= q.value(1).toLongLong();
    }
    q.finish();
    for (const QString &id : std::as_const(victims))
        drop(id);
}

QString FileCache::sha256Of(const QString &path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    common::Sha256 hash;
    QByteArray buffer(1024 * 1024, Qt::Uninitialized);
    for (;;) {
        const qint64 got = file.read(buffer.data(), buffer.size());
        if (got < 0)
            return {};
        if (got == 0)
            break;
        hash.addData(buffer.constData(), size_t(got));
    }
    return hash.resultHex();
}

} // namespace hn::client
