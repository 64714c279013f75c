// SPDX-License-Identifier: GPL-3.0-or-later
// BlobUpload and DocumentFiles without gRPC: the order of an upload's
// completion and the collector, and the freshness of running uploads.
#include "server/core/BlobUpload.h"

#include "common/Error.h"
#include "common/Sha256.h"
#include "proto/codec/RecordCodec.h"
#include "server/store/BlobStore.h"
#include "server/store/RecordStore.h"
#include "tests/support/ManualClock.h"
#include "tests/support/TestServer.h"

#include <QSqlQuery>
#include <QUuid>
#include <catch2/catch.hpp>

using namespace hn;
using namespace hn::test;
using common::ErrorCode;

namespace {

constexpr qint64 kDayMs = 24LL * 3600 * 1000;

QString newId() {
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

struct Scene {
    ManualClock clock;
    TestServer server{{.tls = false, .clock = &clock}};
    QString spaceId = server.addSpace(QStringLiteral("Dokumente")).id;
    server::Caller caller;

    Scene() {
        caller.user =
            server.addUser(QStringLiteral("autorin@kreis-beispiel.de"),
                           QStringLiteral("Ein-sicheres-Passwort-1"), common::GlobalRole::Member);
        caller.peer = QStringLiteral("127.0.0.1");
        server.setMembership(spaceId, caller.user.id, common::SpaceLevel::Author);
    }

    QString createDocument(const QString &id = newId()) {
        common::Mutation create;
        create.mutationId = newId();
        create.op = common::MutationOp::Create;
        create.type = common::EntityType::Document;
        create.recordId = id;
        create.spaceId = spaceId;
        create.fields = wire::defaultFields(common::EntityType::Document);
        create.fields.insert(QStringLiteral("title"), QStringLiteral("Protokoll"));
        create.fields.insert(QStringLiteral("category"), QStringLiteral("protokoll"));
        const auto results = server.core().pushProcessor().push(caller, {create});
        INFO((results.value(0).rejection ? results.value(0).rejection->message : QString())
                 .toStdString());
        REQUIRE(results.value(0).outcome == common::MutationOutcome::Applied);
        return create.recordId;
    }

    void deleteDocument(const QString &id) {
        common::Mutation remove;
        remove.mutationId = newId();
        remove.op = common::MutationOp::Delete;
        remove.type = common::EntityType::Document;
        remove.recordId = id;
        remove.spaceId = spaceId;
        server.core().database().read([&](QSqlDatabase &db) {
            remove.baseVersion = server::RecordStore(db).find(id)->record.meta.version;
        });
        const auto results = server.core().pushProcessor().push(caller, {remove});
        REQUIRE(results.value(0).outcome == common::MutationOutcome::Applied);
    }

    server::UploadHeader header(const QString &documentId, const QByteArray &data) {
        server::UploadHeader header;
        header.versionId = newId();
        header.fields = {{QStringLiteral("document_id"), documentId},
                         {QStringLiteral("file_name"), QStringLiteral("Protokoll.odt")},
                         {QStringLiteral("mime_type"), QStringLiteral("application/octet-stream")},
                         {QStringLiteral("size_bytes"), double(data.size())},
                         {QStringLiteral("sha256_hex"), common::Sha256::hashHex(data)},
                         {QStringLiteral("comment"), QString()}};
        return header;
    }

    server::BlobUpload upload() {
        return server::BlobUpload(server.core().documentFiles(), server.core().database(), clock,
                                  caller);
    }

    int blobCount() {
        int n = 0;
        server.core().database().read([&](QSqlDatabase &db) {
            QSqlQuery query(db);
            REQUIRE(query.exec(QStringLiteral("SELECT COUNT(*) FROM blobs")));
            REQUIRE(query.next());
            n = query.value(0).toInt();
        });
        return n;
    }
};

} // namespace

TEST_CASE("a restore completed before the collector runs keeps the file referenced") {
    Scene scene;
    const QByteArray data(3000, 'r');
    const QString first = scene.createDocument();
    const QString second = scene.createDocument();
    {
        server::BlobUpload upload = scene.upload();
        REQUIRE_FALSE(upload.begin(scene.header(first, data)));
        upload.add(data.constData(), data.size());
        upload.finish();
    }
    // The second document takes the file without sending it (it is held);
    // then the first document goes.
    server::BlobUpload restore = scene.upload();
    server::UploadHeader header = scene.header(second, data);
    header.offset = data.size();
    REQUIRE_FALSE(restore.begin(header));

    SECTION("completion first: the collector keeps the file") {
        restore.finish();
        scene.deleteDocument(first);
        CHECK(scene.server.core().blobCollector().collect().blobs == 0);
        CHECK(scene.blobCount() == 1);
    }
    SECTION("collector first: the completion fails clearly and makes no version") {
        scene.deleteDocument(first);
        CHECK(scene.server.core().blobCollector().collect().blobs == 1);
        try {
            restore.finish();
            FAIL("completed without a file");
        } catch (const common::Error &error) {
            CHECK(error.code() == ErrorCode::FailedPrecondition);
            CHECK(error.message().contains(QStringLiteral("offset 0")));
            CHECK(error.reason() == u"resume");
        }
        bool exists = true;
        scene.server.core().database().read([&](QSqlDatabase &db) {
            exists = server::RecordStore(db).find(header.versionId).has_value();
        });
        CHECK_FALSE(exists);
    }
}

TEST_CASE("a running upload stays fresh, an abandoned one is collected and says so") {
    Scene scene;
    const QString document = scene.createDocument();
    QByteArray data(9 * 1024 * 1024, Qt::Uninitialized);
    for (qsizetype i = 0; i < data.size(); ++i)
        data[i] = char(i * 31 + i / 4096);
    server::BlobUpload upload = scene.upload();
    REQUIRE_FALSE(upload.begin(scene.header(document, data)));
    const qint64 chunk = 1024 * 1024;
    // Each stored row (4 MiB) touches the upload; days pass between chunks.
    for (qint64 at = 0; at < 5 * chunk; at += chunk) {
        upload.add(data.constData() + at, chunk);
        scene.clock.advance(2 * kDayMs);
        CHECK(scene.server.core().blobCollector().collect().partials == 0);
    }
    scene.clock.advance(8 * kDayMs);
    CHECK(scene.server.core().blobCollector().collect().partials == 1);
    upload.add(data.constData() + 5 * chunk, chunk);
    try {
        for (qint64 at = 6 * chunk; at < data.size(); at += chunk)
            upload.add(data.constData() + at, chunk);
        upload.finish();
        FAIL("completed after its bytes were collected");
    } catch (const common::Error &error) {
        CHECK(error.code() == ErrorCode::FailedPrecondition);
        CHECK(error.message().contains(QStringLiteral("discarded")));
    }
    CHECK(scene.blobCount() == 0);
}

TEST_CASE("a record created with the version's id during the upload is not overwritten") {
    Scene scene;
    const QByteArray data(2000, 'v');
    const QString documentId = scene.createDocument();
    server::BlobUpload upload = scene.upload();
    const server::UploadHeader header = scene.header(documentId, data);
    REQUIRE_FALSE(upload.begin(header));
    upload.add(data.constData(), data.size());
    // Pushed between the header's check and the completion.
    scene.createDocument(header.versionId);
    try {
        upload.finish();
        FAIL("completed over another record");
    } catch (const common::Error &error) {
        CHECK(error.code() == ErrorCode::InvalidArgument);
        CHECK(error.field() == u"version_id");
        CHECK(error.reason().isEmpty());
    }
    scene.server.core().database().read([&](QSqlDatabase &db) {
        const auto taken = server::RecordStore(db).find(header.versionId);
        REQUIRE(taken);
        CHECK(taken->record.type == common::EntityType::Document);
        CHECK(taken->record.fields.value(QStringLiteral("title")).toString() == u"Protokoll");
        CHECK_FALSE(server::BlobStore(db).findFile(header.versionId));
    });
}
