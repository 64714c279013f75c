// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <functional>
#include <optional>

namespace hn::server {

// A stored file, or an upload in progress.
struct BlobInfo {
    QString id;
    QString sha256;         // set once complete and verified
    QString declaredSha256; // what the upload said it would be
    qint64 size = 0;        // the file's size; for a partial, the bytes held
    bool complete = false;
    QString uploaderId;
    QDateTime updatedAt;
};

// Which file a DocumentVersion record holds.
struct DocumentFile {
    QString versionId;
    QString documentId;
    QString sha256;
    qint64 size = 0;
};

// What the collector removed.
struct BlobCollection {
    int partials = 0;
    int blobs = 0;
    qint64 bytes = 0;
};

// Document files in the database (schema version 3): blobs, their chunks
// and the versions that reference them. SQL only; writes belong inside
// Database::write. Chunk rows are keyed by their first byte, so a read
// from any offset finds its row with one index lookup.
class BlobStore {
public:
    explicit BlobStore(QSqlDatabase db);

    std::optional<BlobInfo> findComplete(const QString &sha256) const;
    // The bytes of all complete blobs: the stored files after deduplication.
    qint64 completeBytes() const;
    std::optional<BlobInfo> findPartial(const QString &uploaderId, const QString &sha256) const;
    BlobInfo createPartial(const QString &uploaderId, const QString &sha256, const QDateTime &now);

    // Drops the bytes from `size` on (a resumed upload re-sends them).
    void truncate(const QString &blobId, qint64 size, const QDateTime &now);
    // Stores `data` as the bytes from `firstByte` (= the bytes held) on.
    void append(const QString &blobId, qint64 firstByte, const QByteArray &data,
                const QDateTime &now);
    // Calls `visit` with the stored rows covering [from, to) in order,
    // each with its first byte's position; the caller cuts the ends. One
    // short query per row, so a slow reader holds no statement open.
    // Returns false if a row is missing (the blob was removed meanwhile).
    bool read(const QString &blobId, qint64 from, qint64 to,
              const std::function<bool(qint64 firstByte, const QByteArray &data)> &visit) const;

    // Turns a verified partial into the complete blob of its hash, without
    // touching its bytes.
    void markComplete(const QString &blobId, const QString &sha256, const QDateTime &now);
    void remove(const QString &blobId);

    void addFile(const DocumentFile &file, const QDateTime &now);
    std::optional<DocumentFile> findFile(const QString &versionId) const;
    // The versions of a document that hold files.
    QStringList versionsOf(const QString &documentId) const;
    // The documents whose versions hold the file with this hash.
    QStringList documentsHolding(const QString &sha256) const;

    // The collector's candidates: partial uploads untouched since
    // `staleBefore` and complete blobs that no version of a live document
    // holds. Only a hint (read outside any write): removeUnused decides.
    QStringList unusedBlobs(const QDateTime &staleBefore) const;
    // Removes the blob if it is still unused by the rules of unusedBlobs,
    // checked here inside the caller's write transaction (a completion may
    // have referenced it, or an upload continued it, since the candidates
    // were read); returns what was removed (nothing if it is in use).
    BlobCollection removeUnused(const QString &blobId, const QDateTime &staleBefore);

private:
    QSqlDatabase m_db;
};

} // namespace hn::server
