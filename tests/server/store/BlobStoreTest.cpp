// SPDX-License-Identifier: GPL-3.0-or-later
// The SQL of document files on a real SQLite file: rows appended and cut at
// any byte, reads from any offset, completion without copying, the unique
// hash that deduplicates, and what the collector removes.
#include "server/store/BlobStore.h"

#include "server/store/RecordStore.h"
#include "tests/server/store/StoreTesting.h"

#include <QRandomGenerator>

using namespace hn;
using namespace hn::test;
using server::BlobInfo;
using server::BlobStore;

namespace {

const QDateTime kNow = QDateTime::fromMSecsSinceEpoch(1700000000000, Qt::UTC);
const QString kUploader = QStringLiteral("5f0c1f4e-0000-4000-8000-0000000000u1");
const QString kSha = QString(64, u'a');

QByteArray randomBytes(qsizetype size) {
    QRandomGenerator random(Catch::rngSeed());
    QByteArray data(size, Qt::Uninitialized);
    for (char &c : data)
        c = char(random.bounded(256));
    return data;
}

QByteArray readAll(BlobStore &blobs, const QString &id, qint64 from, qint64 to) {
    QByteArray out;
    const bool whole = blobs.read(id, from, to, [&](qint64 first, const QByteArray &row) {
        const qint64 start = std::max(from, first);
        const qint64 end = std::min(to, first + row.size());
        out.append(row.mid(start - first, end - start));
        return true;
    });
    REQUIRE(whole);
    return out;
}

void addDocument(QSqlDatabase &db, const QString &id, bool deleted) {
    common::Record record;
    record.type = common::EntityType::Document;
    record.meta.id = id;
    record.meta.spaceId = QStringLiteral("s1");
    record.meta.deleted = deleted;
    record.fields = {{QStringLiteral("title"), QStringLiteral("x")}};
    server::RecordStore(db).writeServerChange(record, {});
    if (deleted) {
        record.meta.deleted = false;
        server::RecordStore(db).writeServerChange(record, {});
        record.meta.deleted = true;
        server::RecordStore(db).writeServerChange(record, {});
    }
}

} // namespace

TEST_CASE("bytes are appended in rows, read from any offset and cut at any byte") {
    TempDatabase temp;
    const QByteArray data = randomBytes(10000);
    temp.db().write([&](QSqlDatabase &db) {
        BlobStore blobs(db);
        const BlobInfo partial = blobs.createPartial(kUploader, kSha, kNow);
        // Rows of uneven sizes, as uploads make them.
        blobs.append(partial.id, 0, data.left(3000), kNow);
        blobs.append(partial.id, 3000, data.mid(3000, 1), kNow);
        blobs.append(partial.id, 3001, data.mid(3001, 6999), kNow);
        CHECK(blobs.findPartial(kUploader, kSha)->size == 10000);
        CHECK_FALSE(blobs.findComplete(kSha));

        for (const auto &[from, to] : {std::pair<qint64, qint64>{0, 10000},
                                       {1, 2},
                                       {2999, 3002},
                                       {3000, 3001},
                                       {5000, 10000},
                                       {9999, 10000}}) {
            INFO(from << ".." << to);
            CHECK(readAll(blobs, partial.id, from, to) == data.mid(from, to - from));
        }
        CHECK(readAll(blobs, partial.id, 10000, 10000).isEmpty());

        // A cut inside a row keeps its head; rows after it go.
        blobs.truncate(partial.id, 2500, kNow);
        CHECK(blobs.findPartial(kUploader, kSha)->size == 2500);
        CHECK(readAll(blobs, partial.id, 0, 2500) == data.left(2500));
        bool beyond = true;
        CHECK_FALSE(
            blobs.read(partial.id, 0, 2600, [&](qint64, const QByteArray &) { return beyond; }));
        // A cut at a row boundary, then the rest again.
        blobs.append(partial.id, 2500, data.mid(2500), kNow);
        blobs.truncate(partial.id, 3000, kNow);
        blobs.append(partial.id, 3000, data.mid(3000), kNow);
        CHECK(readAll(blobs, partial.id, 0, 10000) == data);
        blobs.truncate(partial.id, 0, kNow);
        CHECK(blobs.findPartial(kUploader, kSha)->size == 0);
        CHECK(rawValue(db, QStringLiteral("SELECT COUNT(*) FROM blob_chunks")).toInt() == 0);
    });
}

TEST_CASE("completing a partial changes its row only, and a hash is stored once") {
    TempDatabase temp;
    const QByteArray data = randomBytes(500);
    temp.db().write([&](QSqlDatabase &db) {
        BlobStore blobs(db);
        const BlobInfo partial = blobs.createPartial(kUploader, kSha, kNow);
        blobs.append(partial.id, 0, data, kNow);
        blobs.markComplete(partial.id, kSha, kNow.addSecs(1));
        const std::optional<BlobInfo> complete = blobs.findComplete(kSha);
        REQUIRE(complete);
        CHECK(complete->id == partial.id);
        CHECK(complete->size == 500);
        CHECK(complete->updatedAt == kNow.addSecs(1));
        CHECK_FALSE(blobs.findPartial(kUploader, kSha));
        CHECK(readAll(blobs, partial.id, 0, 500) == data);

        // One partial per uploader and hash; a second complete blob of the
        // same hash is refused by the database.
        const BlobInfo again = blobs.createPartial(kUploader, kSha, kNow);
        CHECK_THROWS_AS(blobs.createPartial(kUploader, kSha, kNow), common::Error);
        CHECK_THROWS_AS(blobs.markComplete(again.id, kSha, kNow), common::Error);
    });
}

TEST_CASE("the collector removes unreferenced files and stale partials only") {
    TempDatabase temp;
    const QString liveSha = QString(64, u'1');
    const QString sharedSha = QString(64, u'2');
    const QString orphanSha = QString(64, u'3');
    temp.db().write([&](QSqlDatabase &db) {
        BlobStore blobs(db);
        addDocument(db, QStringLiteral("live"), false);
        addDocument(db, QStringLiteral("gone"), true);
        for (const QString &sha : {liveSha, sharedSha, orphanSha}) {
            const BlobInfo blob = blobs.createPartial(kUploader, sha, kNow);
            blobs.append(blob.id, 0, QByteArray(100, 'x'), kNow);
            blobs.markComplete(blob.id, sha, kNow);
        }
        blobs.addFile({QStringLiteral("v1"), QStringLiteral("live"), liveSha, 100}, kNow);
        blobs.addFile({QStringLiteral("v2"), QStringLiteral("gone"), sharedSha, 100}, kNow);
        blobs.addFile({QStringLiteral("v3"), QStringLiteral("live"), sharedSha, 100}, kNow);
        blobs.addFile({QStringLiteral("v4"), QStringLiteral("gone"), orphanSha, 100}, kNow);
        CHECK(blobs.findFile(QStringLiteral("v2"))->documentId == u"gone");
        CHECK(blobs.documentsHolding(sharedSha).size() == 2);

        const BlobInfo fresh = blobs.createPartial(kUploader, QString(64, u'4'), kNow);
        const BlobInfo stale = blobs.createPartial(kUploader, QString(64, u'5'), kNow.addDays(-8));
        blobs.append(stale.id, 0, QByteArray(7, 'y'), kNow.addDays(-8));

        const QDateTime staleBefore = kNow.addDays(-7);
        const QStringList unused = blobs.unusedBlobs(staleBefore);
        CHECK(unused.size() == 2);
        server::BlobCollection collected;
        for (const QString &id : unused) {
            const server::BlobCollection removed = blobs.removeUnused(id, staleBefore);
            collected.blobs += removed.blobs;
            collected.partials += removed.partials;
            collected.bytes += removed.bytes;
        }
        // Used blobs are never removed, even when asked for by id.
        for (const QString &sha : {liveSha, sharedSha})
            CHECK(blobs.removeUnused(blobs.findComplete(sha)->id, staleBefore).blobs == 0);
        CHECK(blobs.removeUnused(fresh.id, staleBefore).partials == 0);
        CHECK(collected.blobs == 1);
        CHECK(collected.partials == 1);
        CHECK(collected.bytes == 107);
        CHECK(blobs.findComplete(liveSha));
        CHECK(blobs.findComplete(sharedSha));
        CHECK_FALSE(blobs.findComplete(orphanSha));
        CHECK(blobs.findPartial(kUploader, fresh.declaredSha256));
        CHECK_FALSE(blobs.findPartial(kUploader, stale.declaredSha256));
        CHECK(rawValue(db, QStringLiteral("SELECT COUNT(*) FROM blob_chunks")).toInt() == 2);
    });
}

TEST_CASE("a candidate used again before its removal is kept") {
    TempDatabase temp;
    const QString orphanSha = QString(64, u'6');
    const QString staleSha = QString(64, u'7');
    temp.db().write([&](QSqlDatabase &db) {
        BlobStore blobs(db);
        addDocument(db, QStringLiteral("live"), false);
        const BlobInfo orphan = blobs.createPartial(kUploader, orphanSha, kNow);
        blobs.append(orphan.id, 0, QByteArray(10, 'o'), kNow);
        blobs.markComplete(orphan.id, orphanSha, kNow);
        const BlobInfo stale = blobs.createPartial(kUploader, staleSha, kNow.addDays(-8));
        blobs.append(stale.id, 0, QByteArray(5, 's'), kNow.addDays(-8));

        const QDateTime staleBefore = kNow.addDays(-7);
        const QStringList candidates = blobs.unusedBlobs(staleBefore);
        CHECK(candidates.size() == 2);

        // Between the collector's read and its removal: a restore references
        // the file, the upload continues.
        blobs.addFile({QStringLiteral("v9"), QStringLiteral("live"), orphanSha, 10}, kNow);
        blobs.append(stale.id, 5, QByteArray(5, 's'), kNow);

        for (const QString &id : candidates) {
            const server::BlobCollection removed = blobs.removeUnused(id, staleBefore);
            CHECK(removed.blobs == 0);
            CHECK(removed.partials == 0);
            CHECK(removed.bytes == 0);
        }
        CHECK(blobs.findComplete(orphanSha));
        CHECK(blobs.findPartial(kUploader, staleSha)->size == 10);
        CHECK(rawValue(db, QStringLiteral("SELECT COUNT(*) FROM blob_chunks")).toInt() == 3);
    });
}
