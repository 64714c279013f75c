// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/store/BlobStore.h"

#include "server/store/SqlQuery.h"

#include <QTimeZone>
#include <QUuid>

namespace hn::server {

namespace {

const QString kColumns = QStringLiteral(
    "SELECT id, sha256, declared_sha256, size, state, uploader_id, updated_at FROM blobs ");

qint64 msOf(const QDateTime &time) {
    return time.toMSecsSinceEpoch();
}

std::optional<BlobInfo> blobFrom(SqlQuery &query) {
    if (!query.next())
        return std::nullopt;
    BlobInfo blob;
    blob.id = query.value(0).toString();
    blob.sha256 = query.value(1).toString();
    blob.declaredSha256 = query.value(2).toString();
    blob.size = query.value(3).toLongLong();
    blob.complete = query.value(4).toString() == u"complete";
    blob.uploaderId = query.value(5).toString();
    blob.updatedAt = QDateTime::fromMSecsSinceEpoch(query.value(6).toLongLong(), Qt::UTC);
    return blob;
}

} // namespace

BlobStore::BlobStore(QSqlDatabase db)
    : m_db(std::move(db)) {}

std::optional<BlobInfo> BlobStore::findComplete(const QString &sha256) const {
    SqlQuery query(m_db, kColumns + QStringLiteral("WHERE sha256 = ? AND state = 'complete'"),
                   QStringLiteral("find blob %1").arg(sha256));
    query.exec({sha256});
    return blobFrom(query);
}

qint64 BlobStore::completeBytes() const {
    SqlQuery query(
        m_db, QStringLiteral("SELECT COALESCE(SUM(size), 0) FROM blobs WHERE state = 'complete'"),
        QStringLiteral("sum the stored files' sizes"));
    query.exec();
    return query.next() ? query.value(0).toLongLong() : 0;
}

std::optional<BlobInfo> BlobStore::findPartial(const QString &uploaderId,
                                               const QString &sha256) const {
    SqlQuery query(
        m_db,
        kColumns
            + QStringLiteral("WHERE uploader_id = ? AND declared_sha256 = ? AND state = 'partial'"),
        QStringLiteral("find partial upload %1").arg(sha256));
    query.exec({uploaderId, sha256});
    return blobFrom(query);
}

BlobInfo BlobStore::createPartial(const QString &uploaderId, const QString &sha256,
                                  const QDateTime &now) {
    BlobInfo blob;
    blob.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    blob.declaredSha256 = sha256;
    blob.uploaderId = uploaderId;
    blob.updatedAt = now;
    SqlQuery(m_db,
             QStringLiteral("INSERT INTO blobs (id, sha256, declared_sha256, size, state, "
                            "uploader_id, created_at, updated_at) "
                            "VALUES (?, NULL, ?, 0, 'partial', ?, ?, ?)"),
             QStringLiteral("start upload %1").arg(sha256))
        .exec({blob.id, sha256, uploaderId, msOf(now), msOf(now)});
    return blob;
}

void BlobStore::truncate(const QString &blobId, qint64 size, const QDateTime &now) {
    const QString context = QStringLiteral("truncate blob %1 at %2").arg(blobId).arg(size);
    // The row that straddles the cut keeps its head.
    SqlQuery straddling(m_db,
                        QStringLiteral("SELECT first_byte, data FROM blob_chunks WHERE blob_id = ? "
                                       "AND first_byte < ? ORDER BY first_byte DESC LIMIT 1"),
                        context);
    straddling.exec({blobId, size});
    if (straddling.next()) {
        const qint64 first = straddling.value(0).toLongLong();
        const QByteArray data = straddling.value(1).toByteArray();
        if (first + data.size() > size) {
            SqlQuery(m_db,
                     QStringLiteral(
                         "UPDATE blob_chunks SET data = ? WHERE blob_id = ? AND first_byte = ?"),
                     context)
                .exec({data.left(qsizetype(size - first)), blobId, first});
        }
    }
    SqlQuery(m_db, QStringLiteral("DELETE FROM blob_chunks WHERE blob_id = ? AND first_byte >= ?"),
             context)
        .exec({blobId, size});
    SqlQuery(m_db, QStringLiteral("UPDATE blobs SET size = ?, updated_at = ? WHERE id = ?"),
             context)
        .exec({size, msOf(now), blobId});
}

void BlobStore::append(const QString &blobId, qint64 firstByte, const QByteArray &data,
                       const QDateTime &now) {
    const QString context =
        QStringLiteral("store bytes of blob %1 at %2").arg(blobId).arg(firstByte);
    SqlQuery(m_db,
             QStringLiteral("INSERT INTO blob_chunks (blob_id, first_byte, data) VALUES (?, ?, ?)"),
             context)
        .exec({blobId, firstByte, data});
    SqlQuery(m_db, QStringLiteral("UPDATE blobs SET size = ?, updated_at = ? WHERE id = ?"),
             context)
        .exec({firstByte + data.size(), msOf(now), blobId});
}

bool BlobStore::read(const QString &blobId, qint64 from, qint64 to,
                     const std::function<bool(qint64, const QByteArray &)> &visit) const {
    const QString context = QStringLiteral("read blob %1").arg(blobId);
    SqlQuery first(m_db,
                   QStringLiteral("SELECT MAX(first_byte) FROM blob_chunks WHERE blob_id = ? "
                                  "AND first_byte <= ?"),
                   context);
    first.exec({blobId, from});
    if (!first.next() || first.value(0).isNull())
        return from >= to;
    qint64 at = first.value(0).toLongLong();
    SqlQuery row(
        m_db, QStringLiteral("SELECT data FROM blob_chunks WHERE blob_id = ? AND first_byte = ?"),
        context);
    while (at < to) {
        row.exec({blobId, at});
        if (!row.next())
            return false;
        const QByteArray data = row.value(0).toByteArray();
        row.raw().finish();
        if (data.isEmpty())
            return false;
        if (!visit(at, data))
            return true;
        at += data.size();
    }
    return true;
}

void BlobStore::markComplete(const QString &blobId, const QString &sha256, const QDateTime &now) {
    SqlQuery(m_db,
             QStringLiteral("UPDATE blobs SET state = 'complete', sha256 = ?, updated_at = ? "
                            "WHERE id = ?"),
             QStringLiteral("complete blob %1").arg(sha256))
        .exec({sha256, msOf(now), blobId});
}

void BlobStore::remove(const QString &blobId) {
    const QString context = QStringLiteral("remove blob %1").arg(blobId);
    // Explicitly, not by the foreign key's cascade: PostgreSQL and SQLite
    // agree on that without relying on PRAGMA foreign_keys.
    SqlQuery(m_db, QStringLiteral("DELETE FROM blob_chunks WHERE blob_id = ?"), context)
        .exec({blobId});
    SqlQuery(m_db, QStringLiteral("DELETE FROM blobs WHERE id = ?"), context).exec({blobId});
}

void BlobStore::addFile(const DocumentFile &file, const QDateTime &now) {
    SqlQuery(m_db,
             QStringLiteral("INSERT INTO document_files (version_id, document_id, sha256, size, "
                            "created_at) VALUES (?, ?, ?, ?, ?)"),
             QStringLiteral("record file of version %1").arg(file.versionId))
        .exec({file.versionId, file.documentId, file.sha256, file.size, msOf(now)});
}

std::optional<DocumentFile> BlobStore::findFile(const QString &versionId) const {
    SqlQuery query(m_db,
                   QStringLiteral("SELECT document_id, sha256, size FROM document_files "
                                  "WHERE version_id = ?"),
                   QStringLiteral("find file of version %1").arg(versionId));
    query.exec({versionId});
    if (!query.next())
        return std::nullopt;
    return DocumentFile{versionId, query.value(0).toString(), query.value(1).toString(),
                        query.value(2).toLongLong()};
}

QStringList BlobStore::versionsOf(const QString &documentId) const {
    SqlQuery query(m_db,
                   QStringLiteral("SELECT version_id FROM document_files WHERE document_id = ? "
                                  "ORDER BY created_at, version_id"),
                   QStringLiteral("find versions of document %1").arg(documentId));
    query.exec({documentId});
    QStringList ids;
    while (query.next())
        ids.append(query.value(0).toString());
    return ids;
}

QStringList BlobStore::documentsHolding(const QString &sha256) const {
    SqlQuery query(
        m_db, QStringLiteral("SELECT DISTINCT document_id FROM document_files WHERE sha256 = ?"),
        QStringLiteral("find documents holding %1").arg(sha256));
    query.exec({sha256});
    QStringList ids;
    while (query.next())
        ids.append(query.value(0).toString());
    return ids;
}

namespace {

// A version holds its file while its document is live; a deleted
// document's versions no longer count (their downloads are refused).
const QString kUnused = QStringLiteral(
    "((b.state = 'partial' AND b.updated_at < ?) OR (b.state = 'complete' AND NOT EXISTS "
    "(SELECT 1 FROM document_files f JOIN records d ON d.id = f.document_id "
    "WHERE f.sha256 = b.sha256 AND d.deleted = 0)))");

} // namespace

QStringList BlobStore::unusedBlobs(const QDateTime &staleBefore) const {
    SqlQuery query(m_db, QStringLiteral("SELECT b.id FROM blobs b WHERE ") + kUnused,
                   QStringLiteral("find unused blobs"));
    query.exec({msOf(staleBefore)});
    QStringList ids;
    while (query.next())
        ids.append(query.value(0).toString());
    return ids;
}

BlobCollection BlobStore::removeUnused(const QString &blobId, const QDateTime &staleBefore) {
    SqlQuery query(
        m_db, QStringLiteral("SELECT b.state, b.size FROM blobs b WHERE b.id = ? AND ") + kUnused,
        QStringLiteral("check unused blob %1").arg(blobId));
    query.exec({blobId, msOf(staleBefore)});
    BlobCollection collected;
    if (!query.next())
        return collected;
    if (query.value(0).toString() == u"partial")
        ++collected.partials;
    else
        ++collected.blobs;
    collected.bytes = query.value(1).toLongLong();
    query.raw().finish();
    remove(blobId);
    return collected;
}

} // namespace hn::server
