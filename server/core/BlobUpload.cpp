// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/core/BlobUpload.h"

#include "common/Error.h"
#include "server/store/BlobStore.h"
#include "server/store/Database.h"

namespace hn::server {

using common::Error;

BlobUpload::BlobUpload(DocumentFiles &files, Database &database, const common::Clock &clock,
                       const Caller &caller)
    : m_files(files)
    , m_database(database)
    , m_clock(clock)
    , m_caller(caller) {}

std::optional<common::Record> BlobUpload::begin(UploadHeader header) {
    m_header = std::move(header);
    if (std::optional<common::Record> done = m_files.checkUpload(m_caller, m_header))
        return done;

    const HeldBytes held = m_files.held(m_caller, m_header.sha256());
    const qint64 offset = m_header.offset;
    if (offset > held.bytes || offset > m_header.size()) {
        throw Error::invalidArgument(
            QStringLiteral("offset"),
            QStringLiteral("the server holds %1 bytes of this file; resume from at most that")
                .arg(held.bytes))
            .withReason(common::kResumeReason);
    }
    m_received = offset;
    if (held.complete) {
        // The file is stored and verified already; bytes sent anyway are
        // counted but not stored twice, and the stored file is referenced.
        m_hashKnown = offset == 0;
        return std::nullopt;
    }

    const QDateTime now = m_clock.now();
    m_database.write([&](QSqlDatabase &db) {
        BlobStore blobs(db);
        std::optional<BlobInfo> partial = blobs.findPartial(m_caller.user.id, m_header.sha256());
        if (!partial)
            partial = blobs.createPartial(m_caller.user.id, m_header.sha256(), now);
        // Checked again in the write transaction: the collector may have
        // dropped the bytes since Status.
        if (partial->size < offset) {
            throw Error::invalidArgument(
                QStringLiteral("offset"),
                QStringLiteral("the server holds %1 bytes of this file; resume from at most that")
                    .arg(partial->size))
                .withReason(common::kResumeReason);
        }
        if (partial->size > offset)
            blobs.truncate(partial->id, offset, now);
        m_partialId = partial->id;
    });
    m_stored = offset;
    if (offset > 0) {
        // Resuming: the bytes held are hashed once, here.
        m_files.readBytes(m_partialId, 0, offset, [&](const char *data, qint64 size) {
            m_hash.addData(data, std::size_t(size));
            return true;
        });
    }
    return std::nullopt;
}

void BlobUpload::add(const char *data, qint64 size) {
    const BlobSettings &settings = m_files.settings();
    if (size < 1 || size > settings.maxChunkBytes) {
        throw Error::invalidArgument(QStringLiteral("chunk"),
                                     QStringLiteral("a chunk has 1 to %1 bytes, not %2")
                                         .arg(settings.maxChunkBytes)
                                         .arg(size));
    }
    if (m_received + size > m_header.size()) {
        // What arrived before stays for a corrected retry.
        keep();
        throw Error::invalidArgument(
            QStringLiteral("chunk"),
            QStringLiteral("more bytes than size_bytes (%1) arrived").arg(m_header.size()));
    }
    m_hash.addData(data, std::size_t(size));
    m_received += size;
    if (m_partialId.isEmpty())
        return;
    if (m_buffer.capacity() < settings.storeRowBytes)
        m_buffer.reserve(qsizetype(settings.storeRowBytes + settings.maxChunkBytes));
    m_buffer.append(data, qsizetype(size));
    if (m_buffer.size() >= settings.storeRowBytes)
        keep();
}

void BlobUpload::keep() {
    if (m_buffer.isEmpty() || m_partialId.isEmpty())
        return;
    const QDateTime now = m_clock.now();
    m_database.writeBulk([&](QSqlDatabase &db) {
        BlobStore blobs(db);
        const std::optional<BlobInfo> partial =
            blobs.findPartial(m_caller.user.id, m_header.sha256());
        if (!partial || partial->id != m_partialId) {
            throw Error::failedPrecondition(
                QStringLiteral("the bytes of this upload were discarded meanwhile (unused for "
                               "longer than the server keeps unfinished uploads); upload again "
                               "from offset 0"))
                .withReason(common::kResumeReason);
        }
        // Two uploads of the same file by the same user would interleave
        // their bytes; the later one gives way.
        if (partial->size != m_stored) {
            throw Error::failedPrecondition(
                QStringLiteral("another upload of the same file is running; ask Status and "
                               "resume from its offset"))
                .withReason(common::kResumeReason);
        }
        blobs.append(m_partialId, m_stored, m_buffer, now);
    });
    m_stored += m_buffer.size();
    m_buffer.resize(0);
}

common::Record BlobUpload::finish() {
    keep();
    if (m_received < m_header.size()) {
        throw Error::failedPrecondition(
            QStringLiteral("the upload ended after %1 of %2 bytes; they are kept, resume from "
                           "offset %1")
                .arg(m_received)
                .arg(m_header.size()))
            .withReason(common::kResumeReason);
    }
    if (m_hashKnown) {
        const QString actual = m_hash.resultHex();
        const bool sentBytes = !m_partialId.isEmpty() || m_header.offset < m_header.size();
        if (sentBytes && actual != m_header.sha256()) {
            if (!m_partialId.isEmpty()) {
                m_database.write([&](QSqlDatabase &db) { BlobStore(db).remove(m_partialId); });
            }
            throw Error::invalidArgument(
                QStringLiteral("sha256_hex"),
                QStringLiteral("the file's SHA-256 is %1, not %2 as declared; the received bytes "
                               "were discarded, upload again from offset 0")
                    .arg(actual, m_header.sha256()));
        }
    }
    return m_files.complete(m_caller, m_header, m_partialId);
}

} // namespace hn::server
