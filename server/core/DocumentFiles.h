// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Clock.h"
#include "common/Record.h"
#include "server/core/BlobSettings.h"
#include "server/core/Caller.h"

#include <QJsonObject>
#include <QString>
#include <functional>
#include <optional>

namespace hn::server {

class ChangeNotifier;
class Database;

// An upload's first message, decoded and checked for form by the RPC layer.
struct UploadHeader {
    QString versionId;
    // The DocumentVersion's fields as the client sent them (document_id,
    // file_name, mime_type, size_bytes, sha256_hex, comment).
    QJsonObject fields;
    qint64 offset = 0;
    bool overrideCheckout = false;

    QString documentId() const;
    qint64 size() const;
    QString sha256() const;
};

// What the server holds of a file for one caller (Blobs.Status).
struct HeldBytes {
    qint64 bytes = 0;
    // A complete, verified file the caller may use (offset = size uploads).
    bool complete = false;
    // The caller's own unfinished upload, if any.
    QString partialBlobId;
};

// What a download sends.
struct DownloadSource {
    common::Record version;
    QString blobId;
    qint64 size = 0;
};

// The versions of documents and their files: who may upload to or read
// which document, completing a verified upload as a new DocumentVersion
// (also restoring an older one), and where a version's bytes are.
// Unknown and unreadable documents and versions are alike NOT_FOUND, so
// nobody learns of a file by its hash or a version by its id.
class DocumentFiles {
public:
    DocumentFiles(Database &database, const common::Clock &clock, ChangeNotifier &notifier,
                  BlobSettings settings);

    const BlobSettings &settings() const { return m_settings; }

    // Everything an upload needs before its first byte: the document
    // exists, is live and editable by the caller, the check-out allows it,
    // the size fits. Returns the existing version for a repeated
    // version_id (the upload is then done).
    std::optional<common::Record> checkUpload(const Caller &caller, const UploadHeader &header);

    // The bytes of `sha256` the caller may build on (see HeldBytes).
    HeldBytes held(const Caller &caller, const QString &sha256);

    // Makes the uploaded file a new version of its document, in one write
    // transaction: checks the document and check-out again, deduplicates
    // or completes the blob (`partialBlobId`, empty when a complete blob
    // is reused), creates the DocumentVersion record, sets the document's
    // current version, releases its check-out and writes the audit line;
    // then publishes the bucket. The caller has verified the bytes.
    common::Record complete(const Caller &caller, const UploadHeader &header,
                            const QString &partialBlobId);

    DownloadSource download(const Caller &caller, const QString &versionId);
    // Sends the bytes [from, to) of a blob in pieces of at most
    // settings().downloadChunkBytes; `send` returns false to stop. Throws
    // NotFound if the blob disappeared meanwhile.
    void readBytes(const QString &blobId, qint64 from, qint64 to,
                   const std::function<bool(const char *data, qint64 size)> &send);

private:
    Database &m_database;
    const common::Clock &m_clock;
    ChangeNotifier &m_notifier;
    BlobSettings m_settings;
};

} // namespace hn::server
