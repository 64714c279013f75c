// SPDX-License-Identifier: GPL-3.0-or-later
// Blobs.Upload, Status and Download over real gRPC against a server in
// this process: sizes around the chunk size and a large file, resuming,
// verification, access, and the records an upload makes.
#include "common/Bucket.h"
#include "server/store/BlobStore.h"
#include "server/store/RecordStore.h"
#include "tests/server/rpc/BlobsTesting.h"
#include "tests/support/ManualClock.h"

#include <QElapsedTimer>
#include <QSqlQuery>
#include <catch2/catch.hpp>
#include <grpcpp/create_channel.h>
#include <iostream>
#include <thread>

using namespace hn;
using namespace hn::test;
using common::SpaceLevel;
namespace v1 = helfernetz::v1;

namespace {

constexpr qint64 kMiB = 1024 * 1024;

std::string describe(const grpc::Status &status) {
    return std::to_string(int(status.error_code())) + " " + status.error_message();
}

std::optional<server::BlobInfo> completeBlob(TestServer &server, const QString &sha256) {
    std::optional<server::BlobInfo> blob;
    server.core().database().read(
        [&](QSqlDatabase &db) { blob = server::BlobStore(db).findComplete(sha256); });
    return blob;
}

bool recordExists(TestServer &server, const QString &id) {
    bool exists = false;
    server.core().database().read(
        [&](QSqlDatabase &db) { exists = server::RecordStore(db).find(id).has_value(); });
    return exists;
}

} // namespace

TEST_CASE("files of 0, 1, one chunk and one chunk + 1 bytes go up and come back") {
    BlobsFixture fixture;
    const Account author = fixture.account(QStringLiteral("autorin"), SpaceLevel::Author);
    const qint64 size = GENERATE(qint64(0), qint64(1), kMiB, kMiB + 1, 5 * kMiB + 3);
    INFO("size " << size);
    const FileContent content(quint64(Catch::rngSeed()) + quint64(size), size);
    const QString documentId = fixture.createDocument(author);

    UploadPlan plan;
    plan.versionId = BlobsFixture::newId();
    plan.documentId = documentId;
    plan.comment = QStringLiteral("Neue Termine für März");
    const UploadResult up = fixture.upload(author, content, plan);
    INFO(describe(up.status));
    REQUIRE(up.status.ok());
    CHECK(up.sentBytes == size);

    const v1::Record &version = up.response.version();
    CHECK(version.meta().id() == plan.versionId.toStdString());
    CHECK(version.meta().space_id() == fixture.spaceId().toStdString());
    CHECK(version.meta().created_by() == author.user.id.toStdString());
    CHECK(version.meta().version() > 0);
    const v1::DocumentVersion &file = version.entity().document_version();
    CHECK(file.document_id() == documentId.toStdString());
    CHECK(file.size_bytes() == size);
    CHECK(file.sha256_hex() == content.sha256().toStdString());
    CHECK(file.file_name() == "Flyer_Sprachkurse_2024.pdf");
    CHECK(file.mime_type() == "application/pdf");
    CHECK(file.comment() == plan.comment.toStdString());

    const common::Record document = fixture.record(documentId);
    CHECK(document.fields.value(QStringLiteral("current_version_id")).toString() == plan.versionId);

    const DownloadResult down = fixture.download(author, plan.versionId);
    INFO(describe(down.status));
    REQUIRE(down.status.ok());
    CHECK(down.version.meta().id() == plan.versionId.toStdString());
    CHECK(down.bytes == size);
    CHECK(down.data == content.all());
    CHECK(down.sha256 == content.sha256());

    v1::StatusResponse status;
    REQUIRE(fixture.status(author, content.sha256(), &status).ok());
    CHECK(status.complete());
    CHECK(status.held_bytes() == size);
    CHECK(status.max_size_bytes() == 200 * kMiB);
}

TEST_CASE("a 150 MB file is uploaded and downloaded, verified, at speed") {
    BlobsFixture fixture;
    const Account author = fixture.account(QStringLiteral("autorin"), SpaceLevel::Author);
    const qint64 size = 150 * 1000 * 1000;
    const FileContent content(quint64(Catch::rngSeed()), size);
    const QString documentId = fixture.createDocument(author);

    UploadPlan plan;
    plan.versionId = BlobsFixture::newId();
    plan.documentId = documentId;
    QElapsedTimer timer;
    timer.start();
    const UploadResult up = fixture.upload(author, content, plan);
    const qint64 uploadMs = std::max<qint64>(1, timer.elapsed());
    INFO(describe(up.status));
    REQUIRE(up.status.ok());

    timer.restart();
    const DownloadResult down = fixture.download(author, plan.versionId, 0, false);
    const qint64 downloadMs = std::max<qint64>(1, timer.elapsed());
    REQUIRE(down.status.ok());
    CHECK(down.bytes == size);
    CHECK(down.sha256 == content.sha256());
    // Informal numbers for the benchmark (the test also makes the bytes).
    std::cout << "150 MB upload " << uploadMs << " ms (" << size / 1000 / uploadMs
              << " MB/s), download " << downloadMs << " ms (" << size / 1000 / downloadMs
              << " MB/s)\n";
}

TEST_CASE("an upload cut in the middle resumes from the bytes the server holds") {
    BlobsFixture fixture;
    const Account author = fixture.account(QStringLiteral("autorin"), SpaceLevel::Author);
    const FileContent content(quint64(Catch::rngSeed()) + 7, 9 * kMiB + 12345);
    const QString documentId = fixture.createDocument(author);

    UploadPlan plan;
    plan.versionId = BlobsFixture::newId();
    plan.documentId = documentId;

    SECTION("the stream ends early") {
        plan.stopAfter = 5 * kMiB + 77;
        const UploadResult cut = fixture.upload(author, content, plan);
        CHECK(cut.status.error_code() == grpc::StatusCode::FAILED_PRECONDITION);
        CHECK(cut.status.error_message().find(std::to_string(plan.stopAfter)) != std::string::npos);
        // A retry fixes it, and the client can tell without reading the text.
        CHECK(cut.reasonTrailer == "resume");
        CHECK(cut.clientReason == u"resume");
        CHECK_FALSE(recordExists(fixture.server(), plan.versionId));

        v1::StatusResponse status;
        REQUIRE(fixture.status(author, content.sha256(), &status).ok());
        CHECK_FALSE(status.complete());
        CHECK(status.held_bytes() == plan.stopAfter);

        plan.stopAfter = -1;
        plan.offset = status.held_bytes();
        const UploadResult resumed = fixture.upload(author, content, plan);
        INFO(describe(resumed.status));
        REQUIRE(resumed.status.ok());
        CHECK(resumed.sentBytes == content.size() - plan.offset);
    }
    SECTION("the client cancels after some chunks") {
        plan.cancelAfterChunks = 4;
        const UploadResult cut = fixture.upload(author, content, plan);
        CHECK(cut.status.error_code() == grpc::StatusCode::CANCELLED);
        // The server stores what arrived once it notices the cancellation.
        v1::StatusResponse status;
        qint64 held = -1;
        for (int i = 0; i < 200; ++i) {
            REQUIRE(fixture.status(author, content.sha256(), &status).ok());
            if (status.held_bytes() == held && held > 0)
                break;
            held = status.held_bytes();
            std::this_thread::sleep_for(std::chrono::milliseconds(20));
        }
        CHECK(status.held_bytes() <= 4 * kMiB);
        CHECK_FALSE(recordExists(fixture.server(), plan.versionId));

        plan.cancelAfterChunks = -1;
        plan.offset = status.held_bytes();
        const UploadResult resumed = fixture.upload(author, content, plan);
        INFO(describe(resumed.status));
        REQUIRE(resumed.status.ok());
        CHECK(resumed.sentBytes == content.size() - plan.offset);
    }
    SECTION("a resume from before the held bytes replaces them") {
        plan.stopAfter = 6 * kMiB;
        REQUIRE(fixture.upload(author, content, plan).status.error_code()
                == grpc::StatusCode::FAILED_PRECONDITION);
        plan.stopAfter = -1;
        plan.offset = 2 * kMiB + 5;
        const UploadResult resumed = fixture.upload(author, content, plan);
        INFO(describe(resumed.status));
        REQUIRE(resumed.status.ok());
        CHECK(resumed.sentBytes == content.size() - plan.offset);
    }
    SECTION("an offset beyond the held bytes is refused") {
        plan.stopAfter = kMiB;
        REQUIRE_FALSE(fixture.upload(author, content, plan).status.ok());
        plan.stopAfter = -1;
        plan.offset = kMiB + 1;
        const UploadResult refused = fixture.upload(author, content, plan);
        CHECK(refused.status.error_code() == grpc::StatusCode::INVALID_ARGUMENT);
        CHECK(refused.status.error_message().rfind("offset:", 0) == 0);
        CHECK(refused.reasonTrailer == "resume");
        CHECK(refused.clientReason == u"resume");
        return;
    }

    const DownloadResult down = fixture.download(author, plan.versionId, 0, false);
    REQUIRE(down.status.ok());
    CHECK(down.sha256 == content.sha256());
    CHECK(fixture.record(documentId).fields.value(QStringLiteral("current_version_id")).toString()
          == plan.versionId);
}

TEST_CASE("a server restart between chunks loses none of the bytes it acknowledged") {
    BlobsFixture fixture;
    const Account author = fixture.account(QStringLiteral("autorin"), SpaceLevel::Author);
    const FileContent content(quint64(Catch::rngSeed()) + 11, 7 * kMiB + 1);
    UploadPlan plan;
    plan.versionId = BlobsFixture::newId();
    plan.documentId = fixture.createDocument(author);
    plan.stopAfter = 3 * kMiB + 1;
    REQUIRE(fixture.upload(author, content, plan).status.error_code()
            == grpc::StatusCode::FAILED_PRECONDITION);

    fixture.server().restart();

    v1::StatusResponse status;
    REQUIRE(fixture.status(author, content.sha256(), &status).ok());
    CHECK(status.held_bytes() == plan.stopAfter);
    plan.offset = status.held_bytes();
    plan.stopAfter = -1;
    const UploadResult resumed = fixture.upload(author, content, plan);
    INFO(describe(resumed.status));
    REQUIRE(resumed.status.ok());
    CHECK(fixture.download(author, plan.versionId, 0, false).sha256 == content.sha256());
}

TEST_CASE("a corrupted chunk or a wrong declared hash is rejected and nothing becomes visible") {
    BlobsFixture fixture;
    const Account author = fixture.account(QStringLiteral("autorin"), SpaceLevel::Author);
    const FileContent content(quint64(Catch::rngSeed()) + 3, 3 * kMiB + 10);
    const QString documentId = fixture.createDocument(author);
    const qint64 documentVersion = fixture.record(documentId).meta.version;

    UploadPlan plan;
    plan.versionId = BlobsFixture::newId();
    plan.documentId = documentId;
    SECTION("a byte changed on the way") {
        plan.corruptAt = 2 * kMiB + 17;
    }
    SECTION("the declared hash is another file's") {
        plan.declaredSha256 = FileContent(99, 10).sha256();
    }
    const UploadResult bad = fixture.upload(author, content, plan);
    CHECK(bad.status.error_code() == grpc::StatusCode::INVALID_ARGUMENT);
    CHECK(bad.status.error_message().rfind("sha256_hex:", 0) == 0);
    // Sending the same bytes again would fail again: no "resume".
    CHECK(bad.reasonTrailer.empty());
    CHECK(bad.clientReason.isEmpty());
    CHECK_FALSE(recordExists(fixture.server(), plan.versionId));
    const common::Record document = fixture.record(documentId);
    CHECK(document.meta.version == documentVersion);
    CHECK(document.fields.value(QStringLiteral("current_version_id")).toString().isEmpty());
    CHECK(fixture.download(author, plan.versionId).status.error_code()
          == grpc::StatusCode::NOT_FOUND);

    // The bad bytes are gone: the next upload starts from 0.
    const QString declared = plan.declaredSha256.isEmpty() ? content.sha256() : plan.declaredSha256;
    v1::StatusResponse status;
    REQUIRE(fixture.status(author, declared, &status).ok());
    CHECK(status.held_bytes() == 0);
    CHECK_FALSE(completeBlob(fixture.server(), declared));

    plan.corruptAt = -1;
    plan.declaredSha256.clear();
    REQUIRE(fixture.upload(author, content, plan).status.ok());
}

TEST_CASE("bad headers and chunks are refused naming the field") {
    BlobsFixture fixture;
    const Account author = fixture.account(QStringLiteral("autorin"), SpaceLevel::Author);
    const FileContent content(5, 3 * kMiB);
    UploadPlan plan;
    plan.versionId = BlobsFixture::newId();
    plan.documentId = fixture.createDocument(author);

    auto refusedField = [&](const UploadPlan &bad) {
        const UploadResult result = fixture.upload(author, content, bad);
        INFO(describe(result.status));
        CHECK(result.status.error_code() == grpc::StatusCode::INVALID_ARGUMENT);
        const std::string &message = result.status.error_message();
        return message.substr(0, message.find(':'));
    };
    {
        UploadPlan bad = plan;
        bad.declaredSize = 200 * kMiB + 1;
        const UploadResult result = fixture.upload(author, content, bad);
        CHECK(result.status.error_code() == grpc::StatusCode::INVALID_ARGUMENT);
        CHECK(result.status.error_message().rfind("version.size_bytes:", 0) == 0);
        // Refused at the header: no partial upload was started.
        v1::StatusResponse status;
        REQUIRE(fixture.status(author, content.sha256(), &status).ok());
        CHECK(status.held_bytes() == 0);
    }
    {
        UploadPlan bad = plan;
        bad.chunkBytes = 2 * kMiB + 1;
        CHECK(refusedField(bad) == "chunk");
    }
    {
        UploadPlan bad = plan;
        bad.declaredSize = 2 * kMiB;
        CHECK(refusedField(bad) == "chunk");
    }
    {
        UploadPlan bad = plan;
        bad.declaredSha256 = QStringLiteral("ABC");
        CHECK(refusedField(bad) == "version.sha256_hex");
    }
    {
        UploadPlan bad = plan;
        bad.versionId = QStringLiteral("not-a-uuid");
        CHECK(refusedField(bad) == "version_id");
    }
    {
        UploadPlan bad = plan;
        bad.fileName = QStringLiteral("../../etc/passwd");
        CHECK(refusedField(bad) == "version.file_name");
    }
    {
        UploadPlan bad = plan;
        bad.fileName = QStringLiteral("a\x01.pdf");
        CHECK(refusedField(bad) == "version.file_name");
    }
    {
        UploadPlan bad = plan;
        bad.offset = 4 * kMiB;
        CHECK(refusedField(bad) == "offset");
    }
    CHECK_FALSE(recordExists(fixture.server(), plan.versionId));
}

TEST_CASE("download from an offset, and beyond the end OUT_OF_RANGE") {
    BlobsFixture fixture;
    const Account author = fixture.account(QStringLiteral("autorin"), SpaceLevel::Author);
    const FileContent content(quint64(Catch::rngSeed()) + 21, 9 * kMiB + 99);
    UploadPlan plan;
    plan.versionId = BlobsFixture::newId();
    plan.documentId = fixture.createDocument(author);
    REQUIRE(fixture.upload(author, content, plan).status.ok());

    for (const qint64 offset : {qint64(0), qint64(1), kMiB - 1, 4 * kMiB, 4 * kMiB + 3,
                                content.size() - 1, content.size()}) {
        INFO("offset " << offset);
        const DownloadResult down = fixture.download(author, plan.versionId, offset);
        REQUIRE(down.status.ok());
        CHECK(down.data == content.slice(offset, content.size() - offset));
    }
    const DownloadResult beyond = fixture.download(author, plan.versionId, content.size() + 1);
    CHECK(beyond.status.error_code() == grpc::StatusCode::OUT_OF_RANGE);
}

TEST_CASE("files of spaces the caller may not read are NOT_FOUND and Status reveals nothing") {
    BlobsFixture fixture;
    const Account author = fixture.account(QStringLiteral("autorin"), SpaceLevel::Author);
    const Account outsider = fixture.account(QStringLiteral("aussen"), std::nullopt);
    const Account reader = fixture.account(QStringLiteral("leser"), SpaceLevel::Reader);
    const FileContent content(quint64(Catch::rngSeed()) + 5, kMiB + 5);
    UploadPlan plan;
    plan.versionId = BlobsFixture::newId();
    plan.documentId = fixture.createDocument(author);
    REQUIRE(fixture.upload(author, content, plan).status.ok());

    const DownloadResult hidden = fixture.download(outsider, plan.versionId);
    const DownloadResult unknown = fixture.download(outsider, BlobsFixture::newId());
    CHECK(hidden.status.error_code() == grpc::StatusCode::NOT_FOUND);
    CHECK(unknown.status.error_code() == grpc::StatusCode::NOT_FOUND);
    CHECK(hidden.bytes == 0);
    CHECK(hidden.version.meta().id().empty());
    CHECK(fixture.download(reader, plan.versionId).status.ok());

    v1::StatusResponse status;
    REQUIRE(fixture.status(outsider, content.sha256(), &status).ok());
    CHECK(status.held_bytes() == 0);
    CHECK_FALSE(status.complete());
    REQUIRE(fixture.status(reader, content.sha256(), &status).ok());
    CHECK(status.complete());

    // Nor can an outsider claim the held file by uploading with offset ==
    // size to a document of their own; sending the bytes works (stored once).
    const common::Space own = fixture.server().addSpace(QStringLiteral("Eigener Raum"));
    fixture.server().setMembership(own.id, outsider.user.id, SpaceLevel::Author);
    UploadPlan claim;
    claim.versionId = BlobsFixture::newId();
    claim.documentId = fixture.createDocument(outsider, own.id);
    claim.offset = content.size();
    const UploadResult claimed = fixture.upload(outsider, content, claim);
    CHECK(claimed.status.error_code() == grpc::StatusCode::INVALID_ARGUMENT);
    CHECK(claimed.status.error_message().rfind("offset:", 0) == 0);
    claim.offset = 0;
    REQUIRE(fixture.upload(outsider, content, claim).status.ok());
    CHECK(fixture.download(outsider, claim.versionId).data == content.all());
    int blobs = 0;
    fixture.server().core().database().read([&](QSqlDatabase &db) {
        QSqlQuery query(db);
        REQUIRE(query.exec(QStringLiteral("SELECT COUNT(*) FROM blobs")));
        REQUIRE(query.next());
        blobs = query.value(0).toInt();
    });
    CHECK(blobs == 1);

    // Uploading to a document of a space one cannot read: NOT_FOUND, like
    // an unknown document; readers may not upload.
    UploadPlan foreign = plan;
    foreign.versionId = BlobsFixture::newId();
    CHECK(fixture.upload(outsider, content, foreign).status.error_code()
          == grpc::StatusCode::NOT_FOUND);
    foreign.documentId = BlobsFixture::newId();
    CHECK(fixture.upload(author, content, foreign).status.error_code()
          == grpc::StatusCode::NOT_FOUND);
    foreign.documentId = plan.documentId;
    CHECK(fixture.upload(reader, content, foreign).status.error_code()
          == grpc::StatusCode::PERMISSION_DENIED);
}

TEST_CASE("uploads and downloads of several users run at the same time") {
    BlobsFixture fixture;
    constexpr int kUsers = 4;
    std::vector<Account> accounts;
    std::vector<FileContent> contents;
    std::vector<UploadPlan> plans;
    for (int i = 0; i < kUsers; ++i) {
        accounts.push_back(fixture.account(QStringLiteral("person%1").arg(i), SpaceLevel::Author));
        contents.emplace_back(quint64(Catch::rngSeed()) + 100 + quint64(i), 6 * kMiB + i);
        UploadPlan plan;
        plan.versionId = BlobsFixture::newId();
        plan.documentId = fixture.createDocument(accounts.back());
        plans.push_back(plan);
    }
    std::vector<UploadResult> results(kUsers);
    std::vector<std::thread> threads;
    for (int i = 0; i < kUsers; ++i) {
        threads.emplace_back([&, i] {
            results[size_t(i)] =
                fixture.upload(accounts[size_t(i)], contents[size_t(i)], plans[size_t(i)]);
        });
    }
    for (std::thread &thread : threads)
        thread.join();
    for (int i = 0; i < kUsers; ++i) {
        INFO(describe(results[size_t(i)].status));
        CHECK(results[size_t(i)].status.ok());
        CHECK(fixture.download(accounts[size_t(i)], plans[size_t(i)].versionId, 0, false).sha256
              == contents[size_t(i)].sha256());
    }
}

TEST_CASE("the configured size limit holds to the byte and Status reports it") {
    TestServer::Options options;
    options.configure = [](server::ServerConfig &config) { config.maxFileBytes = 3 * kMiB; };
    BlobsFixture fixture(options);
    const Account author = fixture.account(QStringLiteral("autorin"), SpaceLevel::Author);
    const QString documentId = fixture.createDocument(author);
    const FileContent fits(quint64(Catch::rngSeed()) + 60, 3 * kMiB);
    const FileContent over(quint64(Catch::rngSeed()) + 61, 3 * kMiB + 1);

    v1::StatusResponse status;
    REQUIRE(fixture.status(author, over.sha256(), &status).ok());
    CHECK(status.max_size_bytes() == 3 * kMiB);

    UploadPlan plan;
    plan.documentId = documentId;
    plan.versionId = BlobsFixture::newId();
    const UploadResult refused = fixture.upload(author, over, plan);
    CHECK(refused.status.error_code() == grpc::StatusCode::INVALID_ARGUMENT);
    CHECK(refused.status.error_message().rfind("version.size_bytes:", 0) == 0);
    CHECK(refused.status.error_message().find("3145728") != std::string::npos);
    const UploadResult accepted = fixture.upload(author, fits, plan);
    INFO(describe(accepted.status));
    CHECK(accepted.status.ok());
}
