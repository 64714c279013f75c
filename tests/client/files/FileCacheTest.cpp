// SPDX-License-Identifier: GPL-3.0-or-later
// The file cache without a server: LRU eviction under the cap, pins and
// offline spaces, hash checks, and the text of cached files in the search.
#include "client/core/FileCache.h"

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
using client::FileCache;
using client::FileVersion;
using common::EntityType;
using namespace hn::test;

namespace {

struct CacheFixture : ReplicaFixture {
    QTemporaryDir files;
    QTemporaryDir sources;
    FileCache cache{replica().database(), files.path(), clock};
    qint64 version = 1;

    // A document (in `spaceId`) whose current version holds `bytes`, as
    // pulled from the server; the file is not cached yet.
    FileVersion document(int n, const QByteArray &bytes, const QString &fileName = {},
                         const QString &spaceId = kSpace) {
        FileVersion v;
        v.documentId = recordId(n);
        v.versionId = recordId(1000 + n);
        v.fileName = fileName.isEmpty() ? QStringLiteral("datei%1.bin").arg(n) : fileName;
        v.mimeType = QStringLiteral("application/octet-stream");
        v.size = bytes.size();
        v.sha256 = common::Sha256::hashHex(bytes);
        setCurrent(v, spaceId, QStringLiteral("Dokument %1").arg(n));
        writeFile(sourceOf(v), bytes);
        return v;
    }

    // The document's current version becomes `v` (a pull brought it).
    void setCurrent(const FileVersion &v, const QString &spaceId = kSpace,
                    const QString &title = QStringLiteral("Dokument")) {
        const auto doc = serverRecord(
            EntityType::Document, v.documentId, version++,
            {{QStringLiteral("title"), title}, {QStringLiteral("current_version_id"), v.versionId}},
            spaceId);
        const auto rec = serverRecord(EntityType::DocumentVersion, v.versionId, version++,
                                      {{QStringLiteral("document_id"), v.documentId},
                                       {QStringLiteral("file_name"), v.fileName},
                                       {QStringLiteral("mime_type"), v.mimeType},
                                       {QStringLiteral("size_bytes"), double(v.size)},
                                       {QStringLiteral("sha256_hex"), v.sha256}},
                                      spaceId);
        replica().applyPage(page(spaceBucket(spaceId), {rec, doc}, version));
    }

    QString sourceOf(const FileVersion &v) { return sources.filePath(v.versionId); }

    QString add(const FileVersion &v) {
        clock.advanceSeconds(1);
        // adopt() moves the file: hand it a copy so tests can add again.
        const QString copy = sourceOf(v) + QStringLiteral(".copy");
        QFile::remove(copy);
        REQUIRE(QFile::copy(sourceOf(v), copy));
        return cache.adopt(v, copy);
    }

    void use(const FileVersion &v) {
        clock.advanceSeconds(1);
        REQUIRE(cache.fileFor(v.versionId));
    }
};

QStringList ids(const QList<FileVersion> &versions) {
    QStringList out;
    for (const FileVersion &v : versions)
        out << v.versionId;
    return out;
}

} // namespace

TEST_CASE("the cap defaults to 2 GiB, is kept in the replica, and refuses negatives") {
    CacheFixture f;
    CHECK(f.cache.capBytes() == qint64(2) * 1024 * 1024 * 1024);
    f.cache.setCapBytes(5000);
    FileCache again(f.replica().database(), f.files.path(), f.clock);
    CHECK(again.capBytes() == 5000);
    CHECK_THROWS_WITH(f.cache.setCapBytes(-1), Catch::Contains("must not be negative"));
}

TEST_CASE("least recently used files are evicted first, down to the cap") {
    CacheFixture f;
    f.cache.setCapBytes(3000);
    const FileVersion a = f.document(1, randomBytes(1000, 1));
    const FileVersion b = f.document(2, randomBytes(1000, 2));
    const FileVersion c = f.document(3, randomBytes(1000, 3));
    const FileVersion d = f.document(4, randomBytes(1000, 4));
    f.add(a);
    f.add(b);
    f.add(c);
    CHECK(f.cache.usedBytes() == 3000);
    f.use(a); // b is now the least recently used
    f.add(d);
    CHECK(f.cache.cachedVersions() == QStringList{c.versionId, a.versionId, d.versionId});
    CHECK_FALSE(QFile::exists(f.cache.pathOf(b.versionId)));
    CHECK(f.cache.usedBytes() == 3000);

    f.cache.setCapBytes(1000);
    CHECK(f.cache.cachedVersions() == QStringList{d.versionId});

    // A file bigger than the whole cap stays while it is the one just
    // handed out; the next one pushes it out.
    f.cache.setCapBytes(500);
    CHECK(f.cache.cachedVersions().isEmpty());
    f.add(a);
    CHECK(f.cache.cachedVersions() == QStringList{a.versionId});
    f.add(b);
    CHECK(f.cache.cachedVersions() == QStringList{b.versionId});
}

TEST_CASE("pinned documents and offline spaces are never evicted, and are fetched ahead") {
    CacheFixture f;
    const FileVersion pinned = f.document(1, randomBytes(1000, 1));
    const FileVersion inOfflineSpace = f.document(2, randomBytes(1000, 2), {}, kOtherSpace);
    const FileVersion plain = f.document(3, randomBytes(1000, 3));
    f.cache.setPinned(pinned.documentId, true);
    f.cache.setSpaceOffline(kOtherSpace, true);
    CHECK(f.cache.isPinned(pinned.documentId));
    CHECK(f.cache.isSpaceOffline(kOtherSpace));
    CHECK(ids(f.cache.missingKeptVersions()).size() == 2);
    CHECK(ids(f.cache.missingKeptVersions()).contains(pinned.versionId));
    CHECK(ids(f.cache.missingKeptVersions()).contains(inOfflineSpace.versionId));

    f.add(pinned);
    f.add(inOfflineSpace);
    f.add(plain);
    CHECK(f.cache.missingKeptVersions().isEmpty());
    f.cache.setCapBytes(0);
    CHECK(f.cache.cachedVersions() == QStringList{pinned.versionId, inOfflineSpace.versionId});
    CHECK(f.cache.usedBytes() == 2000); // above the cap: kept files stay

    SECTION("a new current version of a pinned document frees the old one") {
        FileVersion next = pinned;
        next.versionId = recordId(2001);
        f.setCurrent(next);
        CHECK(ids(f.cache.missingKeptVersions()) == QStringList{next.versionId});
        f.cache.evict();
        CHECK(f.cache.cachedVersions() == QStringList{inOfflineSpace.versionId});
    }
    SECTION("unpinning and taking a space back online free them") {
        f.cache.setPinned(pinned.documentId, false);
        CHECK(f.cache.cachedVersions() == QStringList{inOfflineSpace.versionId});
        f.cache.setSpaceOffline(kOtherSpace, false);
        CHECK(f.cache.cachedVersions().isEmpty());
        CHECK(f.cache.usedBytes() == 0);
    }
}

TEST_CASE("a cached file that changed or vanished on disk is dropped, not handed out") {
    CacheFixture f;
    const FileVersion v = f.document(1, randomBytes(5000, 1));
    const QString path = f.add(v);
    REQUIRE(f.cache.fileFor(v.versionId) == path);

    SECTION("one byte changed, same size") {
        QByteArray bytes = readFile(path);
        bytes[2500] = char(bytes[2500] ^ 0x01);
        writeFile(path, bytes);
    }
    SECTION("cut short") {
        writeFile(path, readFile(path).left(100));
    }
    SECTION("deleted") {
        REQUIRE(QFile::remove(path));
    }
    CHECK_FALSE(f.cache.fileFor(v.versionId));
    CHECK_FALSE(f.cache.contains(v.versionId));
    CHECK_FALSE(QFile::exists(path));
    CHECK(f.cache.usedBytes() == 0);
}

TEST_CASE("search finds words inside cached PDF, ODT, DOCX and text files") {
    CacheFixture f;
    QTemporaryDir dir;
    const QString odt = dir.filePath(QStringLiteral("a.odt"));
    writeOdt(odt, {QStringLiteral("Ehrenamtskoordination im Landkreis")});
    const QString docx = dir.filePath(QStringLiteral("a.docx"));
    writeDocx(docx, {QStringLiteral("Wohnraumvermittlung für Geflüchtete")});

    const FileVersion pdf = f.document(1, pdfWithText(QStringLiteral("Sprachcafe Altbrunn")),
                                       QStringLiteral("flyer.pdf"));
    const FileVersion od = f.document(2, readFile(odt), QStringLiteral("protokoll.odt"));
    const FileVersion dx = f.document(3, readFile(docx), QStringLiteral("liste.docx"));
    const FileVersion txt = f.document(4, QStringLiteral("Kleiderkammer Öffnungszeiten").toUtf8(),
                                       QStringLiteral("notiz.txt"));
    const QList<std::pair<FileVersion, QString>> cases{
        {pdf, QStringLiteral("sprachcafe")},
        {od, QStringLiteral("ehrenamtskoordination")},
        {dx, QStringLiteral("wohnraumvermittlung")},
        {txt, QStringLiteral("Oeffnungszeiten")},
    };
    for (const auto &[version, word] : cases) {
        INFO(version.fileName.toStdString());
        CHECK(f.replica().search(word).isEmpty()); // not cached: not searched
        f.add(version);
        const auto hits = f.replica().search(word);
        REQUIRE(hits.size() == 1);
        CHECK(hits[0].id == version.documentId);
    }

    SECTION("a new current version that is not cached takes the old text out") {
        FileVersion next = pdf;
        next.versionId = recordId(2001);
        f.setCurrent(next);
        CHECK(f.replica().search(QStringLiteral("sprachcafe")).isEmpty());
    }
    SECTION("an evicted file takes its text along") {
        f.cache.setCapBytes(0);
        CHECK(f.replica().search(QStringLiteral("wohnraumvermittlung")).isEmpty());
    }
    SECTION("an edit of the document's title keeps the file's text") {
        f.replica().update(od.documentId, {{QStringLiteral("title"), QStringLiteral("Neu")}},
                           kUser);
        CHECK(f.replica().search(QStringLiteral("ehrenamtskoordination")).size() == 1);
    }
}

TEST_CASE("opening the cache sweeps files without a row and .part files of vanished versions") {
    CacheFixture f;
    const FileVersion a = f.document(1, "eins");
    const FileVersion b = f.document(2, "zwei");
    const QString cached = f.add(a);
    auto age = [](const QString &path) {
        QFile file(path);
        REQUIRE(file.open(QIODevice::ReadWrite));
        REQUIRE(file.setFileTime(QDateTime::currentDateTimeUtc().addSecs(-3600),
                                 QFileDevice::FileModificationTime));
    };
    age(cached);
    // A crash between the move into the cache and the row.
    const QString orphan = f.cache.pathOf(recordId(1077));
    writeFile(orphan, "moved in, never recorded");
    age(orphan);
    // A file being adopted by another thread right now.
    const QString young = f.cache.pathOf(recordId(1078));
    writeFile(young, "being adopted");
    // A download to resume, and one of a version the replica no longer has.
    const QString resumable = f.cache.partPathOf(b.versionId);
    writeFile(resumable, "zw");
    const QString stale = f.cache.partPathOf(recordId(1079));
    writeFile(stale, "weg");

    FileCache reopened(f.replica().database(), f.files.path(), f.clock);
    CHECK_FALSE(QFile::exists(orphan));
    CHECK_FALSE(QFile::exists(stale));
    CHECK(QFile::exists(young));
    CHECK(QFile::exists(resumable));
    CHECK(reopened.fileFor(a.versionId) == cached);
}

TEST_CASE("a cached file that cannot be removed keeps its row") {
    CacheFixture f;
    const FileVersion a = f.document(1, "eins");
    const QString path = f.add(a);
    // Something that cannot be removed where the file is (a directory here;
    // on Windows a file another program has open).
    REQUIRE(QFile::remove(path));
    REQUIRE(QDir().mkpath(QDir(path).filePath(QStringLiteral("drin"))));
    f.cache.drop(a.versionId);
    CHECK(f.cache.contains(a.versionId));
    REQUIRE(QDir(path).removeRecursively());
    f.cache.drop(a.versionId);
    CHECK_FALSE(f.cache.contains(a.versionId));
}

TEST_CASE("adopting replaces an existing file in one step and names both paths on failure") {
    CacheFixture f;
    const FileVersion a = f.document(1, "eins");
    writeFile(f.cache.pathOf(a.versionId), "stale leftover");
    const QString path = f.add(a);
    CHECK(readFile(path) == "eins");
    const QString missing = f.sources.filePath(QStringLiteral("gibt-es-nicht"));
    try {
        f.cache.adopt(a, missing);
        FAIL("adopted a file that does not exist");
    } catch (const common::Error &error) {
        CHECK(error.code() == common::ErrorCode::Unavailable);
        CHECK(error.message().contains(missing));
    }
    CHECK(readFile(path) == "eins"); // the cached file is untouched
}
