// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Record.h"
#include "common/Sha256.h"
#include "server/core/Caller.h"
#include "server/core/DocumentFiles.h"

#include <QByteArray>
#include <optional>

namespace hn::server {

class Database;

// One Blobs.Upload call: the header's checks, the bytes as they arrive,
// and the completion (blobs.proto).
//
// Speed: the SHA-256 runs over each chunk once as it arrives (only a
// resumed upload re-reads the bytes held before its offset); chunks are
// collected into rows of BlobSettings::storeRowBytes, each stored in its
// own short write transaction, so a cut upload keeps what arrived without
// a commit per chunk; completing changes the blob's row, never its bytes.
class BlobUpload {
public:
    BlobUpload(DocumentFiles &files, Database &database, const common::Clock &clock,
               const Caller &caller);

    // Checks the header before any byte is read. Returns the version when
    // the upload is already done (a repeated version_id); otherwise the
    // chunks follow (none when offset == size).
    std::optional<common::Record> begin(UploadHeader header);
    // The next bytes. Throws InvalidArgument ("chunk") for an empty or
    // too big chunk or one that goes past size_bytes.
    void add(const char *data, qint64 size);
    // The stream ended: stores what is buffered and, when every byte has
    // arrived, verifies and completes the upload. Fewer bytes give
    // FailedPrecondition saying how many arrived (they are kept for
    // resuming); a hash mismatch discards them (InvalidArgument,
    // "sha256_hex").
    common::Record finish();
    // Stores the bytes buffered so far: when a row is full, and when the
    // stream was cut, so what arrived is kept for resuming.
    void keep();

    qint64 received() const { return m_received; }

private:
    DocumentFiles &m_files;
    Database &m_database;
    const common::Clock &m_clock;
    const Caller &m_caller;
    UploadHeader m_header;
    // Empty when a complete blob the caller may use exists: its bytes are
    // not stored again.
    QString m_partialId;
    common::Sha256 m_hash;
    QByteArray m_buffer;
    qint64 m_stored = 0;   // bytes of the partial in the database
    qint64 m_received = 0; // bytes from 0 that arrived or were held
    bool m_hashKnown = true;
};

} // namespace hn::server
