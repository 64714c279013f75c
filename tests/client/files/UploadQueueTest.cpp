// SPDX-License-Identifier: GPL-3.0-or-later
// The upload queue without a server: the copy made at enqueue, what
// survives a restart, waiting for an unsynced document, stop/retry/discard.
#include "client/core/UploadQueue.h"

#include "common/EntityType.h"
#include "common/Sha256.h"
#include "tests/client/ReplicaTesting.h"
#include "tests/client/files/FileFixtures.h"

#include <QFile>
#include <QTemporaryDir>
#include <catch2/catch.hpp>

using namespace hn;
using client::UploadEntry;
using client::UploadQueue;
using common::EntityType;
using namespace hn::test;

TEST_CASE("an enqueued file is copied and hashed, and later edits of the original do not matter") {
    ReplicaFixture f;
    QTemporaryDir files;
    QTemporaryDir user;
    const QString original = user.filePath(QStringLiteral("Flyer Sprachkurse.pdf"));
    const QByteArray bytes = pdfWithText(QStringLiteral("Sprachkurse"));
    writeFile(original, bytes);
    UploadQueue queue(f.replica().database(), files.path(), f.clock);
    const UploadEntry entry = queue.enqueue(recordId(1), original, {}, {}, QStringLiteral("neu"));

    CHECK(entry.version.fileName == QStringLiteral("Flyer Sprachkurse.pdf"));
    CHECK(entry.version.mimeType == QStringLiteral("application/pdf"));
    CHECK(entry.version.size == bytes.size());
    CHECK(entry.version.sha256 == common::Sha256::hashHex(bytes));
    CHECK(entry.state == UploadEntry::State::Pending);
    writeFile(original, "changed after choosing");
    CHECK(readFile(queue.stagedPath(entry.version.versionId)) == bytes);

    SECTION("it survives a restart") {
        f.reopen();
        UploadQueue again(f.replica().database(), files.path(), f.clock);
        const auto entries = again.entries();
        REQUIRE(entries.size() == 1);
        CHECK(entries[0].version.versionId == entry.version.versionId);
        CHECK(entries[0].version.sha256 == entry.version.sha256);
        CHECK(entries[0].version.comment == QStringLiteral("neu"));
        CHECK(again.nextReady()->version.versionId == entry.version.versionId);
    }
    SECTION("a file that cannot be read is refused naming it") {
        CHECK_THROWS_WITH(queue.enqueue(recordId(1), user.filePath(QStringLiteral("fehlt.pdf"))),
                          Catch::Contains("fehlt.pdf"));
        CHECK(queue.entries().size() == 1);
    }
}

TEST_CASE("an upload waits while its document has not reached the server") {
    ReplicaFixture f;
    QTemporaryDir files;
    QTemporaryDir user;
    writeFile(user.filePath(QStringLiteral("a.txt")), "Hallo");
    const common::Record doc =
        f.replica().create(EntityType::Document, kSpace,
                           {{QStringLiteral("title"), QStringLiteral("Offline")}}, kUser);
    UploadQueue queue(f.replica().database(), files.path(), f.clock);
    queue.enqueue(doc.meta.id, user.filePath(QStringLiteral("a.txt")));
    CHECK_FALSE(queue.nextReady());
    CHECK(queue.waitingForDocument() == 1);

    // The create was pushed and answered: the document has a version.
    const auto sent = f.replica().outboxToSend(10);
    REQUIRE(sent.size() == 1);
    f.replica().applyResults({{sent[0], applied(sent[0], 7)}});
    CHECK(queue.waitingForDocument() == 0);
    CHECK(queue.nextReady());
}

TEST_CASE("a stopped upload keeps its reason until retried or discarded") {
    ReplicaFixture f;
    QTemporaryDir files;
    QTemporaryDir user;
    writeFile(user.filePath(QStringLiteral("a.txt")), "Hallo");
    UploadQueue queue(f.replica().database(), files.path(), f.clock);
    const QString id =
        queue.enqueue(recordId(1), user.filePath(QStringLiteral("a.txt"))).version.versionId;

    queue.stop(id, common::Error::failedPrecondition(QStringLiteral("checked out by Bernd")));
    CHECK_FALSE(queue.nextReady());
    f.reopen();
    UploadQueue again(f.replica().database(), files.path(), f.clock);
    const UploadEntry stopped = *again.entry(id);
    CHECK(stopped.state == UploadEntry::State::Stopped);
    CHECK(stopped.errorCode == QStringLiteral("failed-precondition"));
    CHECK(stopped.errorMessage.contains(QStringLiteral("Bernd")));

    SECTION("retry with override") {
        again.retry(id, true);
        const UploadEntry next = *again.nextReady();
        CHECK(next.overrideCheckout);
        CHECK(next.errorMessage.isEmpty());
    }
    SECTION("discard removes the entry and its copy") {
        again.discard(id);
        CHECK(again.entries().isEmpty());
        CHECK_FALSE(QFile::exists(again.stagedPath(id)));
    }
}
