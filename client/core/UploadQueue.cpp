// SPDX-License-Identifier: GPL-3.0-or-later
#include "client/core/UploadQueue.h"

#include "client/core/ReplicaJson.h"
#include "client/core/ReplicaQuery.h"
#include "common/Sha256.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMimeDatabase>
#include <QSaveFile>
#include <QSet>
#include <QUuid>

namespace hn::client {

namespace {

const QString kColumns = QStringLiteral(
    "id, version_id, document_id, file_name, mime_type, comment, size, sha256, restore,"
    " override_checkout, state, error_code, error_message, attempts, created_at");

UploadEntry fromQuery(const ReplicaQuery &q) {
    UploadEntry e;
    e.id = q.value(0).toLongLong();
    e.version.versionId = q.value(1).toString();
    e.version.documentId = q.value(2).toString();
    e.version.fileName = q.value(3).toString();
    e.version.mimeType = q.value(4).toString();
    e.version.comment = q.value(5).toString();
    e.version.size = q.value(6).toLongLong();
    e.version.sha256 = q.value(7).toString();
    e.restore = q.value(8).toBool();
    e.overrideCheckout = q.value(9).toBool();
    e.state = q.value(10).toString() == QLatin1String("stopped") ? UploadEntry::State::Stopped
                                                                 : UploadEntry::State::Pending;
    e.errorCode = q.value(11).toString();
    e.errorMessage = q.value(12).toString();
    e.attempts = q.value(13).toInt();
    e.createdAt = json::toTime(q.value(14));
    return e;
}

QString newId() {
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

} // namespace

UploadQueue::UploadQueue(ReplicaDatabase &database, QString cacheDirectory,
                         const common::Clock &clock)
    : m_database(database)
    , m_uploadDirectory(QDir(cacheDirectory).filePath(QStringLiteral("uploads")))
    , m_clock(clock) {
    sweepOrphans();
}

void UploadQueue::sweepOrphans() {
    const QFileInfoList files =
        QDir(m_uploadDirectory).entryInfoList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot);
    if (files.isEmpty())
        return;
    QSet<QString> queued;
    ReplicaQuery q(m_database.connection(), QStringLiteral("SELECT version_id FROM upload_queue"),
                   QStringLiteral("list the upload queue"));
    q.exec();
    while (q.next())
        queued.insert(q.value(0).toString());
    q.finish();
    for (const QFileInfo &file : files) {
        // A copy without its entry: a crash between the copy and the
        // insert (enqueue never returned, so nobody waits for it). A young
        // one may be another thread's enqueue in progress. File-system time
        // on purpose: it is compared with the file's own time stamp.
        if (!queued.contains(file.fileName())
            && file.lastModified().secsTo(QDateTime::currentDateTimeUtc()) > kOrphanGraceSeconds)
            QFile::remove(file.filePath());
    }
}

QString UploadQueue::stagedPath(const QString &versionId) const {
    return QDir(m_uploadDirectory).filePath(versionId);
}

UploadEntry UploadQueue::enqueue(const QString &documentId, const QString &sourcePath,
                                 const QString &fileName, const QString &mimeType,
                                 const QString &comment, const QString &versionId) {
    QFile source(sourcePath);
    if (!source.open(QIODevice::ReadOnly))
        throw common::Error::invalidArgument(
            QStringLiteral("file"),
            QStringLiteral("%1 cannot be read: %2").arg(sourcePath, source.errorString()));
    if (!QDir().mkpath(m_uploadDirectory))
        throw common::Error::unavailable(
            QStringLiteral("The upload directory %1 cannot be created").arg(m_uploadDirectory));

    UploadEntry entry;
    entry.version.versionId = versionId.isEmpty() ? newId() : versionId;
    entry.version.documentId = documentId;
    entry.version.fileName = fileName.isEmpty() ? QFileInfo(sourcePath).fileName() : fileName;
    entry.version.mimeType =
        mimeType.isEmpty() ? QMimeDatabase().mimeTypeForFile(sourcePath).name() : mimeType;
    entry.version.comment = comment;

    // Copy and hash in one pass; QSaveFile leaves no half copy behind.
    const QString staged = stagedPath(entry.version.versionId);
    QSaveFile copy(staged);
    if (!copy.open(QIODevice::WriteOnly))
        throw common::Error::unavailable(
            QStringLiteral("%1 cannot be written: %2").arg(staged, copy.errorString()));
    common::Sha256 hash;
    QByteArray buffer(1024 * 1024, Qt::Uninitialized);
    for (;;) {
        const qint64 got = source.read(buffer.data(), buffer.size());
        if (got < 0)
            throw common::Error::invalidArgument(
                QStringLiteral("file"),
                QStringLiteral("%1 cannot be read: %2").arg(sourcePath, source.errorString()));
        if (got == 0)
            break;
        hash.addData(buffer.constData(), size_t(got));
        if (copy.write(buffer.constData(), got) != got)
            throw common::Error::unavailable(
                QStringLiteral("%1 cannot be written: %2").arg(staged, copy.errorString()));
    }
    entry.version.size = hash.bytesAdded();
    entry.version.sha256 = hash.resultHex();
    if (!copy.commit())
        throw common::Error::unavailable(
            QStringLiteral("%1 cannot be written: %2").arg(staged, copy.errorString()));
    try {
        return insert(entry);
    } catch (...) {
        QFile::remove(staged);
        throw;
    }
}

UploadEntry UploadQueue::enqueueRestore(const FileVersion &old, const QString &comment,
                                        const QString &versionId) {
    UploadEntry entry;
    entry.version = old;
    entry.version.versionId = versionId.isEmpty() ? newId() : versionId;
    entry.version.comment = comment;
    entry.restore = true;
    return insert(entry);
}

UploadEntry UploadQueue::insert(UploadEntry entry) {
    entry.createdAt = m_clock.now();
    m_database.write(
        [&](QSqlDatabase &db) {
            ReplicaQuery q(db,
                           QStringLiteral("INSERT INTO upload_queue (version_id, document_id,"
                                          " file_name, mime_type, comment, size, sha256, restore,"
                                          " override_checkout, state, created_at)"
                                          " VALUES (?, ?, ?, ?, ?, ?, ?, ?, 0, 'pending', ?)"),
                           QStringLiteral("queue the upload of %1").arg(entry.version.fileName));
            q.exec({entry.version.versionId, entry.version.documentId, entry.version.fileName,
                    entry.version.mimeType, entry.version.comment, entry.version.size,
                    entry.version.sha256, entry.restore ? 1 : 0, json::fromTime(entry.createdAt)});
            entry.id = q.lastInsertId().toLongLong();
        },
        ReplicaDatabase::Durability::Full);
    return entry;
}

QList<UploadEntry> UploadQueue::entries() {
    ReplicaQuery q(m_database.connection(),
                   QStringLiteral("SELECT %1 FROM upload_queue ORDER BY id").arg(kColumns),
                   QStringLiteral("read the upload queue"));
    q.exec();
    QList<UploadEntry> out;
    while (q.next())
        out << fromQuery(q);
    return out;
}

std::optional<UploadEntry> UploadQueue::entry(const QString &versionId) {
    ReplicaQuery q(m_database.connection(),
                   QStringLiteral("SELECT %1 FROM upload_queue WHERE version_id = ?").arg(kColumns),
                   QStringLiteral("read upload %1").arg(versionId));
    q.exec({versionId});
    if (!q.next())
        return std::nullopt;
    return fromQuery(q);
}

std::optional<UploadEntry> UploadQueue::nextReady() {
    // A document held with version 0 has not reached the server yet: its
    // upload would be refused as NOT_FOUND. A document not held at all is
    // left to the server to judge.
    ReplicaQuery q(m_database.connection(),
                   QStringLiteral("SELECT %1 FROM upload_queue AS u WHERE state = 'pending'"
                                  " AND NOT EXISTS (SELECT 1 FROM records AS r"
                                  " WHERE r.id = u.document_id AND r.version = 0)"
                                  " ORDER BY id LIMIT 1")
                       .arg(kColumns),
                   QStringLiteral("pick the next upload"));
    q.exec();
    if (!q.next())
        return std::nullopt;
    return fromQuery(q);
}

int UploadQueue::waitingForDocument() {
    ReplicaQuery q(m_database.connection(),
                   QStringLiteral("SELECT COUNT(*) FROM upload_queue AS u WHERE state = 'pending'"
                                  " AND EXISTS (SELECT 1 FROM records AS r"
                                  " WHERE r.id = u.document_id AND r.version = 0)"),
                   QStringLiteral("count uploads waiting for their document"));
    q.exec();
    return q.next() ? q.value(0).toInt() : 0;
}

void UploadQueue::noteFailure(const QString &versionId, const common::Error &error) {
    m_database.write([&](QSqlDatabase &db) {
        ReplicaQuery(db,
                     QStringLiteral("UPDATE upload_queue SET attempts = attempts + 1,"
                                    " error_code = ?, error_message = ? WHERE version_id = ?"),
                     QStringLiteral("note a failed upload of %1").arg(versionId))
            .exec({QString::fromLatin1(common::errorCodeName(error.code())), error.describe(),
                   versionId});
    });
}

void UploadQueue::stop(const QString &versionId, const common::Error &error) {
    m_database.write(
        [&](QSqlDatabase &db) {
            ReplicaQuery(db,
                         QStringLiteral("UPDATE upload_queue SET state = 'stopped',"
                                        " attempts = attempts + 1, error_code = ?,"
                                        " error_message = ? WHERE version_id = ?"),
                         QStringLiteral("stop the upload of %1").arg(versionId))
                .exec({QString::fromLatin1(common::errorCodeName(error.code())), error.describe(),
                       versionId});
        },
        ReplicaDatabase::Durability::Full);
}

void UploadQueue::retry(const QString &versionId, bool overrideCheckout) {
    int changed = 0;
    m_database.write(
        [&](QSqlDatabase &db) {
            ReplicaQuery q(db,
                           QStringLiteral("UPDATE upload_queue SET state = 'pending',"
                                          " override_checkout = ?, error_code = '',"
                                          " error_message = '' WHERE version_id = ?"),
                           QStringLiteral("retry the upload of %1").arg(versionId));
            q.exec({overrideCheckout ? 1 : 0, versionId});
            changed = q.rowsAffected();
        },
        ReplicaDatabase::Durability::Full);
    if (changed == 0)
        throw common::Error::notFound(
            QStringLiteral("No upload of version %1 is queued").arg(versionId));
}

void UploadQueue::discard(const QString &versionId) {
    // The copy first: one that cannot be removed keeps its entry, so it is
    // neither lost track of nor left behind unknown.
    const QString staged = stagedPath(versionId);
    if (!QFile::remove(staged) && QFileInfo::exists(staged))
        throw common::Error::unavailable(
            QStringLiteral("The copy %1 of the upload cannot be removed; the upload was kept")
                .arg(staged));
    finish(versionId);
}

void UploadQueue::finish(const QString &versionId) {
    m_database.write(
        [&](QSqlDatabase &db) {
            ReplicaQuery(db, QStringLiteral("DELETE FROM upload_queue WHERE version_id = ?"),
                         QStringLiteral("remove the upload of %1").arg(versionId))
                .exec({versionId});
        },
        ReplicaDatabase::Durability::Full);
}

} // namespace hn::client
