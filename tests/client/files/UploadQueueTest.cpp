// SPDX-License-Identifier: GPL-3.0-or-later
// The upload queue without a server: the copy made at enqueue, what
// survives a restart, waiting for an unsynced document, stop/retry/discard.
#include "client/core/UploadQueue.h"

#include "common/EntityType.h"
#include "common/Error.h"
#include "common/Sha256.h"
#include "tests/client/ReplicaTesting.h"
#include "tests/client/files/FileFixtures.h"

#include <QDateTime>
#include <QDir>
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

namespace {

void ageFile(const QString &path, int seconds) {
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadWrite));
    REQUIRE(file.setFileTime(QDateTime::currentDateTimeUtc().addSecs(-seconds),
                             QFileDevice::FileModificationTime));
}

} // namespace

TEST_CASE("copies left without their entry are swept, a copy that cannot go keeps its entry") {
    ReplicaFixture f;
    QTemporaryDir files;
    QTemporaryDir user;
    const QString original = user.filePath(QStringLiteral("Liste.txt"));
    writeFile(original, "Liste");
    UploadEntry kept;
    {
        UploadQueue queue(f.replica().database(), files.path(), f.clock);
        kept = queue.enqueue(recordId(1), original);
    }
    const QString staged =
        QDir(files.path()).filePath(QStringLiteral("uploads/") + kept.version.versionId);
    ageFile(staged, 3600);
    // A crash between the copy and the insert left these.
    const QString orphan = QDir(files.path()).filePath(QStringLiteral("uploads/") + recordId(77));
    writeFile(orphan, "half an enqueue");
    ageFile(orphan, 3600);
    const QString young = QDir(files.path()).filePath(QStringLiteral("uploads/") + recordId(78));
    writeFile(young, "an enqueue on another thread, right now");

    UploadQueue queue(f.replica().database(), files.path(), f.clock);
    CHECK_FALSE(QFile::exists(orphan));
    CHECK(QFile::exists(young));
    CHECK(readFile(staged) == "Liste");
    REQUIRE(queue.entries().size() == 1);

    // Something that cannot be removed where the copy is (a directory here;
    // on Windows a file another program has open).
    REQUIRE(QFile::remove(staged));
    REQUIRE(QDir().mkpath(QDir(staged).filePath(QStringLiteral("drin"))));
    CHECK_THROWS_AS(queue.discard(kept.version.versionId), common::Error);
    CHECK(queue.entry(kept.version.versionId).has_value());
    REQUIRE(QDir(staged).removeRecursively());
    queue.discard(kept.version.versionId);
    CHECK(queue.entries().isEmpty());
}
