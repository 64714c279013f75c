// SPDX-License-Identifier: GPL-3.0-or-later
// What uploads do to documents: versions and their history, restoring an
// older file, check-out locks, deletion and the collection of unused
// files, repeated uploads, and what a syncing client sees.
#include "common/Bucket.h"
#include "server/store/AuditLog.h"
#include "server/store/BlobStore.h"
#include "tests/server/rpc/BlobsTesting.h"
#include "tests/support/ManualClock.h"

#include <QSqlQuery>
#include <catch2/catch.hpp>
#include <grpcpp/create_channel.h>

using namespace hn;
using namespace hn::test;
using common::SpaceLevel;
namespace v1 = helfernetz::v1;

namespace {

constexpr qint64 kMiB = 1024 * 1024;
constexpr qint64 kDayMs = 24LL * 3600 * 1000;

std::string describe(const grpc::Status &status) {
    return std::to_string(int(status.error_code())) + " " + status.error_message();
}

int count(TestServer &server, const QString &sql) {
    int n = -1;
    server.core().database().read([&](QSqlDatabase &db) {
        QSqlQuery query(db);
        REQUIRE(query.exec(sql));
        REQUIRE(query.next());
        n = query.value(0).toInt();
    });
    return n;
}

QString currentVersion(BlobsFixture &fixture, const QString &documentId) {
    return fixture.record(documentId).fields.value(QStringLiteral("current_version_id")).toString();
}

QString checkoutHolder(BlobsFixture &fixture, const QString &documentId) {
    return fixture.record(documentId)
        .fields.value(QStringLiteral("checkout"))
        .toObject()
        .value(QStringLiteral("user_id"))
        .toString();
}

} // namespace

TEST_CASE("each upload is a new version, and an old one is restored without sending bytes") {
    BlobsFixture fixture;
    const Account author = fixture.account(QStringLiteral("autorin"), SpaceLevel::Author);
    const Account editor = fixture.account(QStringLiteral("redaktion"), SpaceLevel::Editor);
    const FileContent first(quint64(Catch::rngSeed()) + 1, 2 * kMiB + 1);
    const FileContent second(quint64(Catch::rngSeed()) + 2, 300);
    const QString documentId = fixture.createDocument(author);

    UploadPlan plan;
    plan.documentId = documentId;
    plan.versionId = BlobsFixture::newId();
    plan.comment = QStringLiteral("Erste Fassung");
    REQUIRE(fixture.upload(author, first, plan).status.ok());
    const QString v1Id = plan.versionId;
    plan.versionId = BlobsFixture::newId();
    plan.comment = QStringLiteral("Korrigiert");
    REQUIRE(fixture.upload(editor, second, plan).status.ok());
    const QString v2Id = plan.versionId;
    CHECK(currentVersion(fixture, documentId) == v2Id);

    // Restore: the first file's hash, offset == size, no chunks.
    plan.versionId = BlobsFixture::newId();
    plan.comment = QStringLiteral("Erste Fassung wiederhergestellt");
    plan.offset = first.size();
    const UploadResult restored = fixture.upload(editor, first, plan);
    INFO(describe(restored.status));
    REQUIRE(restored.status.ok());
    CHECK(restored.sentBytes == 0);
    const v1::Record &version = restored.response.version();
    CHECK(version.meta().created_by() == editor.user.id.toStdString());
    CHECK(version.entity().document_version().sha256_hex() == first.sha256().toStdString());
    CHECK(currentVersion(fixture, documentId) == plan.versionId);

    // History is kept: every version downloads its own file.
    CHECK(fixture.download(author, v1Id).data == first.all());
    CHECK(fixture.download(author, v2Id).data == second.all());
    CHECK(fixture.download(author, plan.versionId).data == first.all());
    CHECK(count(fixture.server(), QStringLiteral("SELECT COUNT(*) FROM blobs")) == 2);

    // Audited with before and after.
    int audited = 0;
    fixture.server().core().database().read([&](QSqlDatabase &db) {
        QSqlQuery query(db);
        REQUIRE(query.exec(QStringLiteral(
            "SELECT details FROM audit_log WHERE action = 'document.upload_version'")));
        while (query.next()) {
            ++audited;
            CHECK(query.value(0).toString().contains(QStringLiteral("\"before\"")));
        }
    });
    CHECK(audited == 3);
}

TEST_CASE("an upload changes only the document's version and lock: pending edits still apply") {
    BlobsFixture fixture;
    const Account author = fixture.account(QStringLiteral("autorin"), SpaceLevel::Author);
    const FileContent content(quint64(Catch::rngSeed()) + 50, 777);
    const QString documentId = fixture.createDocument(author);
    const common::Record before = fixture.record(documentId);
    REQUIRE(fixture.checkout(author, documentId, 0).outcome() == v1::MUTATION_OUTCOME_APPLIED);

    UploadPlan plan;
    plan.documentId = documentId;
    plan.versionId = BlobsFixture::newId();
    REQUIRE(fixture.upload(author, content, plan).status.ok());
    const common::Record after = fixture.record(documentId);
    CHECK(after.meta.version > before.meta.version);
    CHECK(after.fields.value(QStringLiteral("title"))
          == before.fields.value(QStringLiteral("title")));
    CHECK(checkoutHolder(fixture, documentId).isEmpty());

    // An edit made offline on the version before the upload.
    v1::Mutation edit;
    edit.set_mutation_id(BlobsFixture::newId().toStdString());
    edit.set_record_id(documentId.toStdString());
    edit.set_space_id(fixture.spaceId().toStdString());
    edit.set_op(v1::MUTATION_OP_UPDATE);
    edit.set_base_version(before.meta.version);
    edit.mutable_entity()->mutable_document()->set_title("Flyer Sprachkurse Frühjahr");
    edit.add_changed_fields("title");
    // Merged: the record moved on, but no field the edit names did.
    const v1::MutationResult result = fixture.push(author, edit);
    CHECK(result.outcome() == v1::MUTATION_OUTCOME_MERGED);
    CHECK(result.record().entity().document().title() == "Flyer Sprachkurse Frühjahr");
    CHECK(result.record().entity().document().current_version_id() == plan.versionId.toStdString());
    CHECK(currentVersion(fixture, documentId) == plan.versionId);
}

TEST_CASE("repeating a completed upload's version_id returns that version unchanged") {
    BlobsFixture fixture;
    const Account author = fixture.account(QStringLiteral("autorin"), SpaceLevel::Author);
    const FileContent content(quint64(Catch::rngSeed()) + 4, kMiB + 1);
    UploadPlan plan;
    plan.versionId = BlobsFixture::newId();
    plan.documentId = fixture.createDocument(author);
    const UploadResult once = fixture.upload(author, content, plan);
    REQUIRE(once.status.ok());
    const qint64 documentVersion = fixture.record(plan.documentId).meta.version;

    const UploadResult again = fixture.upload(author, content, plan);
    INFO(describe(again.status));
    REQUIRE(again.status.ok());
    CHECK(again.response.version().SerializeAsString()
          == once.response.version().SerializeAsString());
    CHECK(fixture.record(plan.documentId).meta.version == documentVersion);
    CHECK(count(fixture.server(), QStringLiteral("SELECT COUNT(*) FROM document_files")) == 1);

    UploadPlan other = plan;
    const FileContent different(77, 10);
    const UploadResult clash = fixture.upload(author, different, other);
    CHECK(clash.status.error_code() == grpc::StatusCode::INVALID_ARGUMENT);
    CHECK(clash.status.error_message().rfind("version_id:", 0) == 0);
}

TEST_CASE("a version_id that is another record's id is refused and the record stays as it was") {
    BlobsFixture fixture;
    const Account editor = fixture.account(QStringLiteral("redaktion"), SpaceLevel::Editor);
    const Account other = fixture.account(QStringLiteral("andere"), SpaceLevel::Author);
    const common::Space elsewhere = fixture.server().addSpace(QStringLiteral("Anderer Raum"));
    fixture.server().setMembership(elsewhere.id, other.user.id, SpaceLevel::Author);
    const QString target = fixture.createDocument(editor);
    const FileContent content(quint64(Catch::rngSeed()) + 11, kMiB + 3);

    const QString sameSpace = fixture.createDocument(other);
    const QString otherSpace = fixture.createDocument(other, elsewhere.id);
    for (const QString &taken : {target, sameSpace, otherSpace}) {
        INFO(taken.toStdString());
        const common::Record before = fixture.record(taken);
        UploadPlan plan;
        plan.versionId = taken;
        plan.documentId = target;
        const UploadResult refused = fixture.upload(editor, content, plan);
        INFO(describe(refused.status));
        CHECK(refused.status.error_code() == grpc::StatusCode::INVALID_ARGUMENT);
        CHECK(refused.status.error_message() == "version_id: already in use by another record");
        const common::Record after = fixture.record(taken);
        CHECK(after.type == common::EntityType::Document);
        CHECK(after.meta.version == before.meta.version);
        CHECK(after.meta.spaceId == before.meta.spaceId);
        CHECK(after.fields == before.fields);
    }
    CHECK(count(fixture.server(), QStringLiteral("SELECT COUNT(*) FROM document_files")) == 0);
    CHECK(currentVersion(fixture, target).isEmpty());
}

TEST_CASE("check-out: members are blocked, editors warned and may override, uploads release it") {
    ManualClock clock;
    BlobsFixture fixture({.tls = false, .clock = &clock});
    // The author created the document and may upload to it; an editor
    // holds the lock.
    const Account member = fixture.account(QStringLiteral("autorin"), SpaceLevel::Author);
    const Account holder = fixture.account(QStringLiteral("inhaberin"), SpaceLevel::Editor);
    const Account editor = fixture.account(QStringLiteral("redaktion"), SpaceLevel::Editor);
    const Account moderator = fixture.account(QStringLiteral("moderation"), SpaceLevel::Moderator);
    const FileContent content(quint64(Catch::rngSeed()) + 8, 1000);
    const QString documentId = fixture.createDocument(member);
    REQUIRE(fixture.checkout(holder, documentId, 0).outcome() == v1::MUTATION_OUTCOME_APPLIED);
    CHECK(checkoutHolder(fixture, documentId) == holder.user.id);
    const qint64 expires = fixture.record(documentId)
                               .fields.value(QStringLiteral("checkout"))
                               .toObject()
                               .value(QStringLiteral("expires_at_ms"))
                               .toInteger();
    CHECK(expires == clock.now().toMSecsSinceEpoch() + 3 * kDayMs);

    UploadPlan plan;
    plan.documentId = documentId;
    plan.versionId = BlobsFixture::newId();

    SECTION("a member below editor is refused, even for their own document") {
        const UploadResult refused = fixture.upload(member, content, plan);
        CHECK(refused.status.error_code() == grpc::StatusCode::PERMISSION_DENIED);
        CHECK(refused.status.error_message().find("checked out by inhaberin") != std::string::npos);
        plan.overrideCheckout = true;
        CHECK(fixture.upload(member, content, plan).status.error_code()
              == grpc::StatusCode::PERMISSION_DENIED);
        CHECK(currentVersion(fixture, documentId).isEmpty());
    }
    SECTION("an editor is told who holds it and may override") {
        const UploadResult warned = fixture.upload(editor, content, plan);
        CHECK(warned.status.error_code() == grpc::StatusCode::FAILED_PRECONDITION);
        CHECK(warned.status.error_message().find("inhaberin") != std::string::npos);
        CHECK(warned.status.error_message().find("override_checkout") != std::string::npos);
        CHECK(checkoutHolder(fixture, documentId) == holder.user.id);

        plan.overrideCheckout = true;
        const UploadResult overridden = fixture.upload(editor, content, plan);
        INFO(describe(overridden.status));
        REQUIRE(overridden.status.ok());
        CHECK(checkoutHolder(fixture, documentId).isEmpty());
        CHECK(currentVersion(fixture, documentId) == plan.versionId);
        CHECK(
            count(fixture.server(), QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = "
                                                   "'document.upload_version' AND details LIKE "
                                                   "'%\"override_checkout\":true%'"))
            == 1);
    }
    SECTION("the holder's own upload releases the lock") {
        REQUIRE(fixture.upload(holder, content, plan).status.ok());
        CHECK(checkoutHolder(fixture, documentId).isEmpty());
    }
    SECTION("an expired lock is void") {
        clock.advance(3 * kDayMs + 1);
        const UploadResult uploaded = fixture.upload(member, content, plan);
        INFO(describe(uploaded.status));
        REQUIRE(uploaded.status.ok());
        CHECK(checkoutHolder(fixture, documentId).isEmpty());
    }
    SECTION("a moderator releases another's lock through Push; others may not") {
        CHECK(fixture.release(editor, documentId).outcome() == v1::MUTATION_OUTCOME_REJECTED);
        CHECK(checkoutHolder(fixture, documentId) == holder.user.id);
        CHECK(fixture.release(moderator, documentId).outcome() == v1::MUTATION_OUTCOME_APPLIED);
        CHECK(checkoutHolder(fixture, documentId).isEmpty());
        REQUIRE(fixture.upload(editor, content, plan).status.ok());
    }
    SECTION("a requested expiry is capped") {
        REQUIRE(fixture.checkout(holder, documentId, clock.now().toMSecsSinceEpoch() + 365 * kDayMs)
                    .outcome()
                == v1::MUTATION_OUTCOME_APPLIED);
        const qint64 capped = fixture.record(documentId)
                                  .fields.value(QStringLiteral("checkout"))
                                  .toObject()
                                  .value(QStringLiteral("expires_at_ms"))
                                  .toInteger();
        CHECK(capped == clock.now().toMSecsSinceEpoch() + 14 * kDayMs);
    }
}

TEST_CASE("a deleted document's versions are NOT_FOUND and its unshared files are collected") {
    ManualClock clock;
    BlobsFixture fixture({.tls = false, .clock = &clock});
    const Account author = fixture.account(QStringLiteral("autorin"), SpaceLevel::Author);
    const FileContent shared(quint64(Catch::rngSeed()) + 30, 3 * kMiB);
    const FileContent own(quint64(Catch::rngSeed()) + 31, 5000);
    const FileContent abandoned(quint64(Catch::rngSeed()) + 32, 3 * kMiB);

    UploadPlan doomed;
    doomed.documentId = fixture.createDocument(author);
    doomed.versionId = BlobsFixture::newId();
    REQUIRE(fixture.upload(author, shared, doomed).status.ok());
    const QString sharedVersion = doomed.versionId;
    doomed.versionId = BlobsFixture::newId();
    REQUIRE(fixture.upload(author, own, doomed).status.ok());

    UploadPlan kept;
    kept.documentId = fixture.createDocument(author);
    kept.versionId = BlobsFixture::newId();
    REQUIRE(fixture.upload(author, shared, kept).status.ok());

    UploadPlan cut;
    cut.documentId = kept.documentId;
    cut.versionId = BlobsFixture::newId();
    cut.stopAfter = kMiB;
    REQUIRE(fixture.upload(author, abandoned, cut).status.error_code()
            == grpc::StatusCode::FAILED_PRECONDITION);
    CHECK(count(fixture.server(), QStringLiteral("SELECT COUNT(*) FROM blobs")) == 3);

    REQUIRE(fixture.deleteDocument(author, doomed.documentId).outcome()
            == v1::MUTATION_OUTCOME_APPLIED);
    // Its versions are tombstoned with it, so syncing clients drop them.
    CHECK(fixture.record(sharedVersion).meta.deleted);
    CHECK(fixture.record(doomed.versionId).meta.deleted);
    CHECK_FALSE(fixture.record(kept.versionId).meta.deleted);
    CHECK(fixture.download(author, sharedVersion).status.error_code()
          == grpc::StatusCode::NOT_FOUND);
    CHECK(fixture.download(author, doomed.versionId).status.error_code()
          == grpc::StatusCode::NOT_FOUND);
    UploadPlan late = doomed;
    late.versionId = BlobsFixture::newId();
    CHECK(fixture.upload(author, own, late).status.error_code() == grpc::StatusCode::NOT_FOUND);

    server::BlobCollection collected = fixture.server().core().blobCollector().collect();
    CHECK(collected.blobs == 1);
    CHECK(collected.partials == 0);
    CHECK(collected.bytes == own.size());
    CHECK(count(fixture.server(), QStringLiteral("SELECT COUNT(*) FROM blobs")) == 2);
    CHECK(fixture.download(author, kept.versionId).sha256 == shared.sha256());

    // The abandoned upload goes after the retention (7 days untouched).
    clock.advance(7 * kDayMs - 1000);
    CHECK(fixture.server().core().blobCollector().collect().partials == 0);
    clock.advance(2000);
    collected = fixture.server().core().blobCollector().collect();
    CHECK(collected.partials == 1);
    CHECK(collected.bytes == kMiB);
    CHECK(count(fixture.server(), QStringLiteral("SELECT COUNT(*) FROM blobs")) == 1);
    CHECK(count(fixture.server(), QStringLiteral("SELECT COUNT(*) FROM blob_chunks WHERE blob_id "
                                                 "NOT IN (SELECT id FROM blobs)"))
          == 0);
}

TEST_CASE("after an upload a pull brings the version and the document's current version") {
    BlobsFixture fixture;
    const Account author = fixture.account(QStringLiteral("autorin"), SpaceLevel::Author);
    const Account reader = fixture.account(QStringLiteral("leser"), SpaceLevel::Reader);
    const FileContent content(quint64(Catch::rngSeed()) + 40, 4242);
    UploadPlan plan;
    plan.documentId = fixture.createDocument(author);
    plan.versionId = BlobsFixture::newId();
    REQUIRE(fixture.upload(author, content, plan).status.ok());

    auto channel = grpc::CreateChannel(fixture.server().endpoint().target().toStdString(),
                                       grpc::InsecureChannelCredentials());
    auto sync = v1::Sync::NewStub(channel);
    grpc::ClientContext context;
    context.AddMetadata("authorization", "Bearer " + reader.token);
    v1::PullRequest request;
    v1::BucketCursor *cursor = request.add_buckets();
    cursor->set_bucket(common::Bucket::forSpace(fixture.spaceId()).toStdString());
    auto stream = sync->Pull(&context, request);
    v1::PullResponse response;
    bool sawVersion = false;
    bool sawDocument = false;
    while (stream->Read(&response)) {
        if (!response.has_page())
            continue;
        for (const v1::Record &record : response.page().records()) {
            if (record.entity().has_document_version()) {
                sawVersion = record.meta().id() == plan.versionId.toStdString();
                CHECK(record.entity().document_version().sha256_hex()
                      == content.sha256().toStdString());
            }
            if (record.entity().has_document()
                && record.meta().id() == plan.documentId.toStdString()) {
                sawDocument = true;
                CHECK(record.entity().document().current_version_id()
                      == plan.versionId.toStdString());
            }
        }
    }
    REQUIRE(stream->Finish().ok());
    CHECK(sawVersion);
    CHECK(sawDocument);
}
