// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/core/DocumentFiles.h"

#include "common/Error.h"
#include "common/Policy.h"
#include "proto/codec/RecordCodec.h"
#include "server/core/ChangeNotifier.h"
#include "server/core/Permissions.h"
#include "server/store/AuditLog.h"
#include "server/store/BlobStore.h"
#include "server/store/Database.h"
#include "server/store/RecordStore.h"
#include "server/store/SpaceStore.h"
#include "server/store/UserStore.h"

#include <QSet>
#include <QTimeZone>

namespace hn::server {

using common::Action;
using common::EntityType;
using common::Error;
using common::Record;

QString UploadHeader::documentId() const {
    return fields.value(QStringLiteral("document_id")).toString();
}

qint64 UploadHeader::size() const {
    return fields.value(QStringLiteral("size_bytes")).toInteger();
}

QString UploadHeader::sha256() const {
    return fields.value(QStringLiteral("sha256_hex")).toString();
}

namespace {

const QString kCheckout = QStringLiteral("checkout");

// A document as the caller sees it.
struct DocumentAccess {
    StoredRecord document;
    common::SpaceContext space;
};

Error documentNotFound(const QString &documentId) {
    return Error::notFound(QStringLiteral("no document %1").arg(documentId));
}

std::optional<DocumentAccess> readableDocument(QSqlDatabase &db, const Caller &caller,
                                               const QString &documentId) {
    std::optional<StoredRecord> document = RecordStore(db).find(documentId);
    if (!document || document->record.meta.deleted || document->record.type != EntityType::Document)
        return std::nullopt;
    const std::optional<common::Space> space =
        SpaceStore(db).findById(document->record.meta.spaceId);
    if (!space)
        return std::nullopt;
    DocumentAccess access{std::move(*document),
                          Permissions::contextFor(db, *space, caller.user.id)};
    if (!common::Policy::may(caller.actor(), Action::Read, &access.space))
        return std::nullopt;
    return access;
}

QString describeTime(qint64 ms) {
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODate);
}

// The upload rules of blobs.proto on a readable document: edit permission
// and check-out.
void checkEditable(QSqlDatabase &db, const Caller &caller, const DocumentAccess &access,
                   bool overrideCheckout, const QDateTime &now) {
    const common::Actor actor = caller.actor();
    const common::RecordContext owner{access.document.record.meta.createdBy};
    const Action edit = owner.createdBy == caller.user.id ? Action::EditOwn : Action::EditAny;
    if (const common::Decision decision = common::Policy::may(actor, edit, &access.space, &owner);
        !decision)
        throw Error::permissionDenied(decision.reason);

    const QJsonObject checkout = access.document.record.fields.value(kCheckout).toObject();
    const QString holder = checkout.value(QStringLiteral("user_id")).toString();
    const qint64 expires = checkout.value(QStringLiteral("expires_at_ms")).toInteger();
    if (holder.isEmpty() || holder == caller.user.id || expires <= now.toMSecsSinceEpoch())
        return;
    const std::optional<common::User> user = UserStore(db).findById(holder);
    const QString name = user && !user->displayName.isEmpty() ? user->displayName : holder;
    const QString held = QStringLiteral("The document is checked out by %1 until %2")
                             .arg(name, describeTime(expires));
    if (!common::Policy::may(actor, Action::EditAny, &access.space))
        throw Error::permissionDenied(held + QStringLiteral("; only editors can upload now."));
    if (!overrideCheckout) {
        throw Error::failedPrecondition(
            held
            + QStringLiteral("; upload with override_checkout to replace the file anyway "
                             "(this releases the check-out)."));
    }
}

// A repeated version_id: the same upload again is answered with the
// version; anything else is a client error. An id taken by any other
// record (a post, a person, the document itself, in any space, deleted
// or not) is refused: completing would overwrite that record with the
// version, since records are written by id alone.
std::optional<Record> repeatedVersion(QSqlDatabase &db, const UploadHeader &header) {
    const std::optional<DocumentFile> file = BlobStore(db).findFile(header.versionId);
    if (!file) {
        if (RecordStore(db).find(header.versionId)) {
            throw Error::invalidArgument(QStringLiteral("version_id"),
                                         QStringLiteral("already in use by another record"));
        }
        return std::nullopt;
    }
    if (file->documentId != header.documentId() || file->sha256 != header.sha256()) {
        throw Error::invalidArgument(
            QStringLiteral("version_id"),
            QStringLiteral("version %1 exists already with another document or file")
                .arg(header.versionId));
    }
    const std::optional<StoredRecord> version = RecordStore(db).find(header.versionId);
    if (!version)
        throw Error::internal(
            QStringLiteral("version %1 has a file but no record").arg(header.versionId));
    return version->record;
}

} // namespace

DocumentFiles::DocumentFiles(Database &database, const common::Clock &clock,
                             ChangeNotifier &notifier, BlobSettings settings)
    : m_database(database)
    , m_clock(clock)
    , m_notifier(notifier)
    , m_settings(settings) {}

std::optional<Record> DocumentFiles::checkUpload(const Caller &caller, const UploadHeader &header) {
    if (header.size() > m_settings.maxFileBytes) {
        throw Error::invalidArgument(
            QStringLiteral("version.size_bytes"),
            QStringLiteral("%1 bytes is over the server's limit of %2 bytes")
                .arg(header.size())
                .arg(m_settings.maxFileBytes));
    }
    std::optional<Record> repeated;
    const QDateTime now = m_clock.now();
    m_database.read([&](QSqlDatabase &db) {
        const std::optional<DocumentAccess> access =
            readableDocument(db, caller, header.documentId());
        if (!access)
            throw documentNotFound(header.documentId());
        repeated = repeatedVersion(db, header);
        if (!repeated)
            checkEditable(db, caller, *access, header.overrideCheckout, now);
    });
    return repeated;
}

HeldBytes DocumentFiles::held(const Caller &caller, const QString &sha256) {
    HeldBytes held;
    m_database.read([&](QSqlDatabase &db) {
        BlobStore blobs(db);
        if (const std::optional<BlobInfo> complete = blobs.findComplete(sha256)) {
            bool readable = complete->uploaderId == caller.user.id;
            const QStringList documents = readable ? QStringList() : blobs.documentsHolding(sha256);
            for (const QString &documentId : documents) {
                if (readableDocument(db, caller, documentId)) {
                    readable = true;
                    break;
                }
            }
            if (readable) {
                held.bytes = complete->size;
                held.complete = true;
                return;
            }
        }
        if (const std::optional<BlobInfo> partial = blobs.findPartial(caller.user.id, sha256)) {
            held.bytes = partial->size;
            held.partialBlobId = partial->id;
        }
    });
    return held;
}

Record DocumentFiles::complete(const Caller &caller, const UploadHeader &header,
                               const QString &partialBlobId) {
    const QDateTime now = m_clock.now();
    Record version;
    QString bucket;
    qint64 head = 0;
    // A bulk write: the upload's chunks are in the WAL, and checkpointing
    // them in this commit would make the answer wait for the disk.
    m_database.writeBulk([&](QSqlDatabase &db) {
        const std::optional<DocumentAccess> access =
            readableDocument(db, caller, header.documentId());
        if (!access)
            throw documentNotFound(header.documentId());
        // Again inside the write transaction: a record with this id may
        // have been pushed since the header was checked.
        if (const std::optional<Record> repeated = repeatedVersion(db, header)) {
            version = *repeated;
            return;
        }
        checkEditable(db, caller, *access, header.overrideCheckout, now);

        // Inside the write transaction, so the collector (also a writer)
        // cannot remove a blob between this check and the reference below.
        BlobStore blobs(db);
        const std::optional<BlobInfo> existing = blobs.findComplete(header.sha256());
        if (existing && existing->size != header.size()) {
            throw Error::invalidArgument(
                QStringLiteral("version.size_bytes"),
                QStringLiteral("the file with SHA-256 %1 has %2 bytes, not %3")
                    .arg(header.sha256())
                    .arg(existing->size)
                    .arg(header.size()));
        }
        if (existing) {
            if (!partialBlobId.isEmpty())
                blobs.remove(partialBlobId); // stored once: drop the duplicate
        } else if (!partialBlobId.isEmpty()) {
            // The bytes checked by the caller must still be the ones stored
            // (the collector or a parallel upload of the same file may have
            // changed them since).
            const std::optional<BlobInfo> partial =
                blobs.findPartial(caller.user.id, header.sha256());
            if (!partial || partial->id != partialBlobId || partial->size != header.size()) {
                throw Error::failedPrecondition(
                    QStringLiteral("the received bytes of %1 changed during the upload; ask "
                                   "Status and resume from its offset")
                        .arg(header.sha256()))
                    .withReason(common::kResumeReason);
            }
            blobs.markComplete(partialBlobId, header.sha256(), now);
        } else {
            throw Error::failedPrecondition(
                QStringLiteral("the server no longer holds the file %1; upload it again from "
                               "offset 0")
                    .arg(header.sha256()))
                .withReason(common::kResumeReason);
        }
        blobs.addFile({header.versionId, header.documentId(), header.sha256(), header.size()}, now);

        RecordStore records(db);
        const Record &document = access->document.record;
        version.type = EntityType::DocumentVersion;
        version.meta.id = header.versionId;
        version.meta.spaceId = document.meta.spaceId;
        version.meta.createdBy = caller.user.id;
        version.meta.createdAt = now;
        version.meta.updatedBy = caller.user.id;
        version.meta.updatedAt = now;
        version.fields = wire::defaultFields(EntityType::DocumentVersion);
        for (auto it = header.fields.constBegin(); it != header.fields.constEnd(); ++it) {
            if (version.fields.contains(it.key()))
                version.fields.insert(it.key(), it.value());
        }
        version.meta.version = records.writeServerChange(version, {caller.user.id, now});

        // Only the fields the upload decides change (with their own seqs),
        // so a client's pending edit of the title still merges cleanly.
        Record changed = document;
        const QJsonObject checkoutBefore = document.fields.value(kCheckout).toObject();
        changed.fields.insert(QStringLiteral("current_version_id"), header.versionId);
        if (!checkoutBefore.value(QStringLiteral("user_id")).toString().isEmpty()) {
            changed.fields.insert(kCheckout, QJsonObject{{QStringLiteral("user_id"), QString()},
                                                         {QStringLiteral("checked_out_at_ms"), 0.0},
                                                         {QStringLiteral("expires_at_ms"), 0.0}});
        }
        head = records.writeServerChange(changed, {caller.user.id, now});
        bucket = document.bucket();

        const QJsonObject details = {
            {QStringLiteral("before"),
             QJsonObject{{QStringLiteral("current_version_id"),
                          document.fields.value(QStringLiteral("current_version_id"))},
                         {kCheckout, checkoutBefore}}},
            {QStringLiteral("after"),
             QJsonObject{{QStringLiteral("current_version_id"), header.versionId},
                         {kCheckout, changed.fields.value(kCheckout)}}},
            {QStringLiteral("version_id"), header.versionId},
            {QStringLiteral("sha256_hex"), header.sha256()},
            {QStringLiteral("size_bytes"), double(header.size())},
            {QStringLiteral("deduplicated"), existing.has_value()},
            {QStringLiteral("override_checkout"), header.overrideCheckout},
        };
        AuditLog(db).append(caller.auditEntry(QStringLiteral("document.upload_version"),
                                              QStringLiteral("document"), document.meta.id, details,
                                              now));
    });
    // After the commit: a subscriber told to pull must find the version.
    if (!bucket.isEmpty())
        m_notifier.publish({bucket}, head);
    return version;
}

DownloadSource DocumentFiles::download(const Caller &caller, const QString &versionId) {
    DownloadSource source;
    m_database.read([&](QSqlDatabase &db) {
        const Error unknown =
            Error::notFound(QStringLiteral("no document version %1").arg(versionId));
        BlobStore blobs(db);
        const std::optional<DocumentFile> file = blobs.findFile(versionId);
        if (!file || !readableDocument(db, caller, file->documentId))
            throw unknown;
        const std::optional<StoredRecord> version = RecordStore(db).find(versionId);
        const std::optional<BlobInfo> blob = blobs.findComplete(file->sha256);
        if (!version || version->record.meta.deleted || !blob)
            throw unknown;
        source.version = version->record;
        source.blobId = blob->id;
        source.size = blob->size;
    });
    return source;
}

void DocumentFiles::readBytes(const QString &blobId, qint64 from, qint64 to,
                              const std::function<bool(const char *, qint64)> &send) {
    BlobStore blobs(m_database.connection());
    const bool whole = blobs.read(blobId, from, to, [&](qint64 first, const QByteArray &row) {
        qint64 at = std::max(from, first);
        const qint64 end = std::min(to, first + qint64(row.size()));
        while (at < end) {
            const qint64 piece = std::min(m_settings.downloadChunkBytes, end - at);
            if (!send(row.constData() + (at - first), piece))
                return false;
            at += piece;
        }
        return true;
    });
    if (!whole)
        throw Error::notFound(QStringLiteral("the file was removed during the download"));
}

} // namespace hn::server
