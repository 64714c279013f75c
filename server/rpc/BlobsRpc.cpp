// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/rpc/BlobsRpc.h"

#include "common/Error.h"
#include "common/Sha256.h"
#include "common/Validation.h"
#include "proto/codec/RecordCodec.h"
#include "server/core/BlobUpload.h"
#include "server/core/ServerCore.h"
#include "server/rpc/RpcCall.h"

namespace hn::server {

namespace v1 = helfernetz::v1;
using common::Error;

namespace {

QString sha256Of(const QString &field, const std::string &text) {
    const QString hex = QString::fromStdString(text);
    if (!common::Sha256::isHexDigest(hex))
        throw Error::invalidArgument(field, QStringLiteral("must be 64 lower-case hex digits"));
    return hex;
}

// The header's form; access and state are the core's business.
UploadHeader decodeHeader(const v1::UploadRequest &first) {
    if (!first.has_header()) {
        throw Error::invalidArgument(QStringLiteral("header"),
                                     QStringLiteral("the first message must be the header"));
    }
    const v1::UploadHeader &in = first.header();
    UploadHeader header;
    header.versionId = common::validation::uuid(QStringLiteral("version_id"), in.version_id());
    // The version's text fields get the same checks as pushed records.
    v1::Mutation asMutation;
    asMutation.set_mutation_id(in.version_id());
    asMutation.set_record_id(in.version_id());
    asMutation.set_op(v1::MUTATION_OP_CREATE);
    *asMutation.mutable_entity()->mutable_document_version() = in.version();
    try {
        header.fields = wire::mutationFromWire(asMutation).fields;
    } catch (const Error &error) {
        throw Error::invalidArgument(QStringLiteral("version.") + error.field(), error.message());
    }
    const v1::DocumentVersion &version = in.version();
    common::validation::uuid(QStringLiteral("version.document_id"), version.document_id());
    const QString fileName = header.fields.value(QStringLiteral("file_name")).toString();
    if (fileName.isEmpty()) {
        throw Error::invalidArgument(QStringLiteral("version.file_name"),
                                     QStringLiteral("is required"));
    }
    if (fileName.contains(u'/') || fileName.contains(u'\\')) {
        throw Error::invalidArgument(QStringLiteral("version.file_name"),
                                     QStringLiteral("must be a name without a directory"));
    }
    if (version.mime_type().empty()) {
        header.fields.insert(QStringLiteral("mime_type"),
                             QStringLiteral("application/octet-stream"));
    } else if (version.mime_type().size() > 255) {
        throw Error::invalidArgument(QStringLiteral("version.mime_type"),
                                     QStringLiteral("at most 255 characters"));
    }
    if (version.size_bytes() < 0) {
        throw Error::invalidArgument(QStringLiteral("version.size_bytes"),
                                     QStringLiteral("must not be negative"));
    }
    sha256Of(QStringLiteral("version.sha256_hex"), version.sha256_hex());
    if (in.offset() < 0 || in.offset() > version.size_bytes()) {
        throw Error::invalidArgument(QStringLiteral("offset"),
                                     QStringLiteral("must lie between 0 and size_bytes"));
    }
    header.offset = in.offset();
    header.overrideCheckout = in.override_checkout();
    return header;
}

} // namespace

BlobsRpc::BlobsRpc(ServerCore &core, ServerLog &log)
    : m_core(core)
    , m_log(log) {}

grpc::Status BlobsRpc::Upload(grpc::ServerContext *context,
                              grpc::ServerReader<v1::UploadRequest> *reader,
                              v1::UploadResponse *response) {
    RpcCall call(context, "Blobs.Upload", m_log);
    return call.authenticated(m_core.authentication(), [&](const Caller &caller) {
        v1::UploadRequest message;
        if (!reader->Read(&message)) {
            throw Error::invalidArgument(QStringLiteral("header"),
                                         QStringLiteral("the upload sent no header"));
        }
        BlobUpload upload(m_core.documentFiles(), m_core.database(), m_core.clock(), caller);
        if (const std::optional<common::Record> done = upload.begin(decodeHeader(message))) {
            wire::toWire(*done, response->mutable_version());
            return;
        }
        while (reader->Read(&message)) {
            if (!message.has_chunk()) {
                upload.keep();
                throw Error::invalidArgument(QStringLiteral("chunk"),
                                             QStringLiteral("only the first message is a header"));
            }
            const std::string &chunk = message.chunk();
            upload.add(chunk.data(), qint64(chunk.size()));
        }
        if (context->IsCancelled()) {
            upload.keep();
            throw Error::unavailable(
                QStringLiteral("the upload was cancelled after %1 bytes").arg(upload.received()));
        }
        wire::toWire(upload.finish(), response->mutable_version());
    });
}

grpc::Status BlobsRpc::Status(grpc::ServerContext *context, const v1::StatusRequest *request,
                              v1::StatusResponse *response) {
    RpcCall call(context, "Blobs.Status", m_log);
    return call.authenticated(m_core.authentication(), [&](const Caller &caller) {
        const QString sha256 = sha256Of(QStringLiteral("sha256_hex"), request->sha256_hex());
        const HeldBytes held = m_core.documentFiles().held(caller, sha256);
        response->set_held_bytes(held.bytes);
        response->set_complete(held.complete);
        response->set_max_size_bytes(m_core.documentFiles().settings().maxFileBytes);
    });
}

grpc::Status BlobsRpc::Download(grpc::ServerContext *context, const v1::DownloadRequest *request,
                                grpc::ServerWriter<v1::DownloadResponse> *writer) {
    RpcCall call(context, "Blobs.Download", m_log);
    return call.authenticated(m_core.authentication(), [&](const Caller &caller) {
        const QString versionId =
            common::validation::uuid(QStringLiteral("version_id"), request->version_id());
        if (request->offset() < 0) {
            throw Error::invalidArgument(QStringLiteral("offset"),
                                         QStringLiteral("must not be negative"));
        }
        DocumentFiles &files = m_core.documentFiles();
        const DownloadSource source = files.download(caller, versionId);
        if (request->offset() > source.size) {
            throw Error::outOfRange(QStringLiteral("offset"),
                                    QStringLiteral("the file has %1 bytes").arg(source.size));
        }
        v1::DownloadResponse message;
        wire::toWire(source.version, message.mutable_version());
        if (!writer->Write(message))
            return;
        bool open = true;
        files.readBytes(source.blobId, request->offset(), source.size,
                        [&](const char *data, qint64 size) {
                            message.set_chunk(data, std::size_t(size));
                            open = writer->Write(message);
                            return open;
                        });
        if (!open)
            throw Error::unavailable(QStringLiteral("the download was cancelled"));
    });
}

} // namespace hn::server
