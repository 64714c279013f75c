// SPDX-License-Identifier: GPL-3.0-or-later
#include "client/core/BlobClient.h"

#include "client/core/RemoteError.h"
#include "common/Error.h"
#include "helfernetz/v1/blobs.grpc.pb.h"
#include "proto/codec/RecordCodec.h"

#include <grpcpp/channel.h>
#include <grpcpp/client_context.h>
#include <vector>

namespace hn::client {

namespace v1 = helfernetz::v1;

namespace {

bool cancelled(const std::atomic<bool> *cancel) {
    return cancel && cancel->load();
}

common::Error cancelledError(const QString &what) {
    return common::Error::unavailable(QStringLiteral("%1 was cancelled").arg(what));
}

FileVersion versionFromWire(const v1::Record &record) {
    const v1::DocumentVersion &v = record.entity().document_version();
    FileVersion out;
    out.versionId = QString::fromStdString(record.meta().id());
    out.documentId = QString::fromStdString(v.document_id());
    out.fileName = QString::fromUtf8(v.file_name());
    out.mimeType = QString::fromStdString(v.mime_type());
    out.comment = QString::fromUtf8(v.comment());
    out.size = v.size_bytes();
    out.sha256 = QString::fromStdString(v.sha256_hex());
    return out;
}

} // namespace

BlobClient::BlobClient(const ServerEndpoint &endpoint, QString token,
                       std::chrono::milliseconds timeout)
    : m_endpoint(endpoint)
    , m_token(std::move(token))
    , m_timeout(timeout)
    , m_channel(endpoint.createChannel()) {}

BlobClient::~BlobClient() = default;

void BlobClient::prepare(grpc::ClientContext &context, bool withDeadline) const {
    if (withDeadline)
        context.set_deadline(std::chrono::system_clock::now() + m_timeout);
    context.AddMetadata("authorization", "Bearer " + m_token.toStdString());
}

BlobStatus BlobClient::status(const QString &sha256) {
    v1::StatusRequest request;
    request.set_sha256_hex(sha256.toStdString());
    v1::StatusResponse response;
    grpc::ClientContext context;
    prepare(context, true);
    const grpc::Status status = v1::Blobs::NewStub(m_channel)->Status(&context, request, &response);
    if (!status.ok())
        throw RemoteError::from(status, context, m_endpoint.address);
    return {response.held_bytes(), response.complete(), response.max_size_bytes()};
}

common::Record BlobClient::upload(const FileVersion &version, QIODevice *source, qint64 offset,
                                  bool overrideCheckout, const Progress &progress,
                                  const std::atomic<bool> *cancel) {
    const QString what = QStringLiteral("The upload of \"%1\"").arg(version.fileName);
    if (offset < 0 || offset > version.size)
        throw common::Error::invalidArgument(QStringLiteral("offset"),
                                             QStringLiteral("%1 cannot start at byte %2 of %3")
                                                 .arg(what)
                                                 .arg(offset)
                                                 .arg(version.size));
    if (offset < version.size && (!source || !source->seek(offset)))
        throw common::Error::unavailable(
            QStringLiteral("%1: the local copy cannot be read from byte %2").arg(what).arg(offset));

    // No deadline: a large file over a slow line takes as long as it takes;
    // the channel's keepalive notices a dead peer.
    grpc::ClientContext context;
    prepare(context, false);
    v1::UploadResponse response;
    auto stub = v1::Blobs::NewStub(m_channel);
    std::unique_ptr<grpc::ClientWriter<v1::UploadRequest>> writer(
        stub->Upload(&context, &response));

    v1::UploadRequest request;
    v1::UploadHeader *header = request.mutable_header();
    header->set_version_id(version.versionId.toStdString());
    header->set_offset(offset);
    header->set_override_checkout(overrideCheckout);
    v1::DocumentVersion *v = header->mutable_version();
    v->set_document_id(version.documentId.toStdString());
    v->set_file_name(version.fileName.toStdString());
    v->set_mime_type(version.mimeType.toStdString());
    v->set_size_bytes(version.size);
    v->set_sha256_hex(version.sha256.toStdString());
    v->set_comment(version.comment.toStdString());

    const qint64 total = version.size - offset;
    qint64 done = 0;
    bool open = writer->Write(request);
    std::string *chunk = request.mutable_chunk();
    while (open && done < total) {
        if (cancelled(cancel)) {
            context.TryCancel();
            writer->Finish();
            throw cancelledError(what);
        }
        const qint64 want = std::min(kChunkBytes, total - done);
        chunk->resize(size_t(want));
        const qint64 got = source->read(chunk->data(), want);
        if (got != want) {
            context.TryCancel();
            writer->Finish();
            throw common::Error::unavailable(
                QStringLiteral("%1: the local copy ended or could not be read at byte %2")
                    .arg(what)
                    .arg(offset + done));
        }
        open = writer->Write(request);
        if (!open)
            break; // the server ended the call; Finish() says why
        done += got;
        m_bytesSent += got;
        if (progress)
            progress(done, total);
    }
    if (open)
        writer->WritesDone();
    const grpc::Status status = writer->Finish();
    if (!status.ok())
        throw RemoteError::from(status, context, m_endpoint.address);
    std::optional<common::Record> record = wire::recordFromWire(response.version());
    if (!record || record->type != common::EntityType::DocumentVersion)
        throw common::Error::internal(
            QStringLiteral("%1: the server's answer holds no document version").arg(what));
    return std::move(*record);
}

FileVersion BlobClient::download(const QString &versionId, qint64 offset, const Sink &sink,
                                 const Progress &progress, const std::atomic<bool> *cancel) {
    const QString what = QStringLiteral("The download of version %1").arg(versionId);
    v1::DownloadRequest request;
    request.set_version_id(versionId.toStdString());
    request.set_offset(offset);
    grpc::ClientContext context;
    prepare(context, false);
    auto stub = v1::Blobs::NewStub(m_channel);
    std::unique_ptr<grpc::ClientReader<v1::DownloadResponse>> reader(
        stub->Download(&context, request));

    v1::DownloadResponse response;
    std::optional<FileVersion> version;
    qint64 done = 0;
    qint64 total = 0;
    while (reader->Read(&response)) {
        if (cancelled(cancel)) {
            context.TryCancel();
            reader->Finish();
            throw cancelledError(what);
        }
        if (response.has_version()) {
            version = versionFromWire(response.version());
            total = version->size - offset;
            continue;
        }
        if (!version)
            break; // checked below
        const std::string &chunk = response.chunk();
        if (done + qint64(chunk.size()) > total) {
            context.TryCancel();
            reader->Finish();
            throw common::Error::internal(
                QStringLiteral("%1: the server sent more than the %2 bytes of the file")
                    .arg(what)
                    .arg(version->size));
        }
        sink(chunk.data(), qint64(chunk.size()));
        done += qint64(chunk.size());
        if (progress)
            progress(done, total);
    }
    const grpc::Status status = reader->Finish();
    if (!status.ok())
        throw RemoteError::from(status, context, m_endpoint.address);
    if (!version)
        throw common::Error::internal(
            QStringLiteral("%1: the server sent no version record").arg(what));
    if (done != total)
        throw common::Error::unavailable(QStringLiteral("%1 ended after %2 of %3 bytes")
                                             .arg(what)
                                             .arg(offset + done)
                                             .arg(version->size));
    return *version;
}

} // namespace hn::client
