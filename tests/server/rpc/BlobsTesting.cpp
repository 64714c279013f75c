// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/server/rpc/BlobsTesting.h"

#include "client/core/AuthClient.h"
#include "client/core/RemoteError.h"
#include "common/Sha256.h"
#include "server/store/RecordStore.h"

#include <QUuid>
#include <catch2/catch.hpp>
#include <cstring>
#include <grpcpp/create_channel.h>

namespace hn::test {

namespace v1 = helfernetz::v1;

namespace {

const char *const kPassword = "Ein-sicheres-Passwort-1";

quint64 splitMix(quint64 x) {
    x += 0x9e3779b97f4a7c15ULL;
    x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ULL;
    x = (x ^ (x >> 27)) * 0x94d049bb133111ebULL;
    return x ^ (x >> 31);
}

void authorize(grpc::ClientContext &context, const Account &account) {
    context.AddMetadata("authorization", "Bearer " + account.token);
}

} // namespace

FileContent::FileContent(quint64 seed, qint64 size)
    : m_seed(seed)
    , m_size(size)
    , m_block(kBlockBytes, Qt::Uninitialized) {
    // One random block, varied per block index below: cheap to make at any
    // offset, and no two MiB of a file are equal.
    for (qsizetype i = 0; i < m_block.size(); i += 8) {
        const quint64 value = splitMix(seed * 0x100000001b3ULL + quint64(i));
        std::memcpy(m_block.data() + i, &value, 8);
    }
    common::Sha256 hash;
    for (qint64 at = 0; at < size; at += kBlockBytes)
        hash.addData(slice(at, std::min<qint64>(kBlockBytes, size - at)));
    m_sha256 = hash.resultHex();
}

QByteArray FileContent::slice(qint64 from, qint64 length) const {
    QByteArray out(qsizetype(length), Qt::Uninitialized);
    qint64 i = 0;
    while (i < length) {
        const qint64 position = from + i;
        const qint64 block = position / kBlockBytes;
        const qint64 inBlock = position % kBlockBytes;
        const qint64 take = std::min(kBlockBytes - inBlock, length - i);
        const char key = char(splitMix(m_seed + quint64(block)) & 0xff);
        const char *source = m_block.constData() + inBlock;
        char *target = out.data() + i;
        for (qint64 k = 0; k < take; ++k)
            target[k] = char(source[k] ^ key ^ char(block >> 8));
        i += take;
    }
    return out;
}

BlobsFixture::BlobsFixture(TestServer::Options options)
    : m_server(std::make_unique<TestServer>(options)) {
    m_spaceId = m_server->addSpace(QStringLiteral("Sprachkurse")).id;
    grpc::ChannelArguments arguments;
    arguments.SetMaxReceiveMessageSize(16 * 1024 * 1024);
    m_channel = grpc::CreateCustomChannel(m_server->endpoint().target().toStdString(),
                                          grpc::InsecureChannelCredentials(), arguments);
    m_blobs = v1::Blobs::NewStub(m_channel);
    m_sync = v1::Sync::NewStub(m_channel);
}

Account BlobsFixture::account(const QString &name, std::optional<common::SpaceLevel> level,
                              common::GlobalRole role) {
    Account account;
    account.user = m_server->addUser(name + QStringLiteral("@kreis-beispiel.de"),
                                     QString::fromLatin1(kPassword), role);
    if (level)
        m_server->setMembership(m_spaceId, account.user.id, *level);
    account.token = login(account.user.email);
    return account;
}

std::string BlobsFixture::login(const QString &email) {
    client::AuthClient auth(m_server->endpoint());
    return auth.login(email, kPassword, {}).token.toStdString();
}

QString BlobsFixture::newId() {
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

v1::MutationResult BlobsFixture::push(const Account &account, const v1::Mutation &mutation) {
    grpc::ClientContext context;
    authorize(context, account);
    v1::PushRequest request;
    *request.add_mutations() = mutation;
    v1::PushResponse response;
    const grpc::Status status = m_sync->Push(&context, request, &response);
    INFO(status.error_message());
    REQUIRE(status.ok());
    REQUIRE(response.results_size() == 1);
    return response.results(0);
}

QString BlobsFixture::createDocument(const Account &account, const QString &spaceId) {
    v1::Mutation mutation;
    mutation.set_mutation_id(newId().toStdString());
    const QString id = newId();
    mutation.set_record_id(id.toStdString());
    mutation.set_space_id((spaceId.isEmpty() ? m_spaceId : spaceId).toStdString());
    mutation.set_op(v1::MUTATION_OP_CREATE);
    mutation.mutable_entity()->mutable_document()->set_title("Flyer Sprachkurse");
    mutation.mutable_entity()->mutable_document()->set_category(v1::DOCUMENT_CATEGORY_FLYER);
    const v1::MutationResult result = push(account, mutation);
    INFO(result.DebugString());
    REQUIRE(result.outcome() == v1::MUTATION_OUTCOME_APPLIED);
    return id;
}

namespace {

v1::Mutation checkoutMutation(const common::Record &document, const QString &userId,
                              qint64 expiresAtMs, bool set) {
    v1::Mutation mutation;
    mutation.set_mutation_id(BlobsFixture::newId().toStdString());
    mutation.set_record_id(document.meta.id.toStdString());
    mutation.set_space_id(document.meta.spaceId.toStdString());
    mutation.set_op(v1::MUTATION_OP_UPDATE);
    mutation.set_base_version(document.meta.version);
    v1::Document *entity = mutation.mutable_entity()->mutable_document();
    entity->set_title("Flyer Sprachkurse");
    if (set) {
        // The own id marks the request as "take" even with expiry 0 (the
        // server's default), which alone equals an unset checkout.
        entity->mutable_checkout()->set_user_id(userId.toStdString());
        entity->mutable_checkout()->set_expires_at_ms(expiresAtMs);
    }
    mutation.add_changed_fields("checkout");
    return mutation;
}

} // namespace

v1::MutationResult BlobsFixture::checkout(const Account &account, const QString &documentId,
                                          qint64 expiresAtMs) {
    return push(account, checkoutMutation(record(documentId), account.user.id, expiresAtMs, true));
}

v1::MutationResult BlobsFixture::release(const Account &account, const QString &documentId) {
    return push(account, checkoutMutation(record(documentId), {}, 0, false));
}

v1::MutationResult BlobsFixture::deleteDocument(const Account &account, const QString &documentId) {
    const common::Record document = record(documentId);
    v1::Mutation mutation;
    mutation.set_mutation_id(newId().toStdString());
    mutation.set_record_id(documentId.toStdString());
    mutation.set_space_id(document.meta.spaceId.toStdString());
    mutation.set_op(v1::MUTATION_OP_DELETE);
    mutation.set_base_version(document.meta.version);
    mutation.mutable_entity()->mutable_document();
    return push(account, mutation);
}

common::Record BlobsFixture::record(const QString &id) {
    std::optional<server::StoredRecord> stored;
    m_server->core().database().read(
        [&](QSqlDatabase &db) { stored = server::RecordStore(db).find(id); });
    REQUIRE(stored);
    return stored->record;
}

UploadResult BlobsFixture::upload(const Account &account, const FileContent &content,
                                  UploadPlan plan) {
    UploadResult result;
    grpc::ClientContext context;
    authorize(context, account);
    std::unique_ptr<grpc::ClientWriter<v1::UploadRequest>> writer =
        m_blobs->Upload(&context, &result.response);
    v1::UploadRequest request;
    v1::UploadHeader *header = request.mutable_header();
    header->set_version_id(plan.versionId.toStdString());
    header->set_offset(plan.offset);
    header->set_override_checkout(plan.overrideCheckout);
    v1::DocumentVersion *version = header->mutable_version();
    version->set_document_id(plan.documentId.toStdString());
    version->set_file_name(plan.fileName.toStdString());
    version->set_mime_type("application/pdf");
    version->set_size_bytes(plan.declaredSize >= 0 ? plan.declaredSize : content.size());
    version->set_sha256_hex(
        (plan.declaredSha256.isEmpty() ? content.sha256() : plan.declaredSha256).toStdString());
    version->set_comment(plan.comment.toStdString());
    bool open = writer->Write(request);
    const qint64 end = plan.stopAfter >= 0 ? std::min(content.size(), plan.offset + plan.stopAfter)
                                           : content.size();
    int chunks = 0;
    for (qint64 at = plan.offset; open && at < end; at += plan.chunkBytes) {
        if (plan.cancelAfterChunks >= 0 && chunks == plan.cancelAfterChunks)
            break;
        const qint64 length = std::min(plan.chunkBytes, end - at);
        QByteArray bytes = content.slice(at, length);
        if (plan.corruptAt >= at && plan.corruptAt < at + length)
            bytes[qsizetype(plan.corruptAt - at)] =
                char(bytes[qsizetype(plan.corruptAt - at)] ^ 0x5a);
        request.set_chunk(bytes.constData(), size_t(bytes.size()));
        open = writer->Write(request);
        if (open)
            result.sentBytes += length;
        ++chunks;
    }
    if (plan.cancelAfterChunks >= 0 && chunks == plan.cancelAfterChunks)
        context.TryCancel();
    else
        writer->WritesDone();
    result.status = writer->Finish();
    const auto &trailers = context.GetServerTrailingMetadata();
    if (const auto it = trailers.find("hn-error-reason"); it != trailers.end())
        result.reasonTrailer = std::string(it->second.data(), it->second.size());
    if (!result.status.ok()) {
        result.clientReason =
            client::RemoteError::from(result.status, context, QStringLiteral("test")).reason();
    }
    return result;
}

grpc::Status BlobsFixture::status(const Account &account, const QString &sha256,
                                  v1::StatusResponse *response) {
    grpc::ClientContext context;
    authorize(context, account);
    v1::StatusRequest request;
    request.set_sha256_hex(sha256.toStdString());
    return m_blobs->Status(&context, request, response);
}

DownloadResult BlobsFixture::download(const Account &account, const QString &versionId,
                                      qint64 offset, bool keep) {
    DownloadResult result;
    grpc::ClientContext context;
    authorize(context, account);
    v1::DownloadRequest request;
    request.set_version_id(versionId.toStdString());
    request.set_offset(offset);
    std::unique_ptr<grpc::ClientReader<v1::DownloadResponse>> reader =
        m_blobs->Download(&context, request);
    v1::DownloadResponse message;
    common::Sha256 hash;
    bool first = true;
    while (reader->Read(&message)) {
        if (first) {
            REQUIRE(message.has_version());
            result.version = message.version();
            first = false;
            continue;
        }
        REQUIRE(message.has_chunk());
        const std::string &chunk = message.chunk();
        CHECK(chunk.size() <= 1024 * 1024);
        hash.addData(chunk.data(), chunk.size());
        result.bytes += qint64(chunk.size());
        if (keep)
            result.data.append(chunk.data(), qsizetype(chunk.size()));
    }
    result.status = reader->Finish();
    result.sha256 = hash.resultHex();
    return result;
}

} // namespace hn::test
