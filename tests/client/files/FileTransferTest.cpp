// SPDX-License-Identifier: GPL-3.0-or-later
// Document files end to end against a real server on 127.0.0.1: sizes
// around the chunk boundary, resume from the server's offset, rejected
// hashes, access, restart with a pending upload, offline creation,
// check-outs, restores, damaged cache files and fetching ahead.
#include "client/core/BlobClient.h"
#include "client/core/FileCache.h"
#include "client/core/UploadQueue.h"
#include "common/Error.h"
#include "common/Sha256.h"
#include "tests/client/files/FileFixtures.h"
#include "tests/client/files/TransferTesting.h"

#include <QBuffer>
#include <QFile>
#include <catch2/catch.hpp>
#include <condition_variable>
#include <mutex>

using namespace hn;
using client::BlobClient;
using client::FileVersion;
using common::EntityType;
using common::GlobalRole;
using common::SpaceLevel;
using test::FileDevice;
using test::TestServer;
using test::TransferLog;

namespace {

const QString kPassword = QStringLiteral("Test-Passwort-123");
constexpr qint64 kChunk = BlobClient::kChunkBytes;

// A team space with two editors (Anna, Bernd), an author (Dora), and Carl,
// who is in another space only.
struct Network {
    explicit Network(TestServer::Options options = {})
        : server(options) {
        setUp();
    }

    TestServer server;
    common::Space space;
    common::Space other;
    common::User anna, bernd, carl, dora;

    void setUp() {
        space = server.addSpace(QStringLiteral("Unterkunft und Anschlussunterbringung"));
        other = server.addSpace(QStringLiteral("Gemeinde Altbrunn"));
        anna = server.addUser(QStringLiteral("anna@x.de"), kPassword, GlobalRole::Member);
        bernd = server.addUser(QStringLiteral("bernd@x.de"), kPassword, GlobalRole::Member);
        carl = server.addUser(QStringLiteral("carl@x.de"), kPassword, GlobalRole::Member);
        dora = server.addUser(QStringLiteral("dora@x.de"), kPassword, GlobalRole::Member);
        server.setMembership(space.id, anna.id, SpaceLevel::Editor);
        server.setMembership(space.id, bernd.id, SpaceLevel::Editor);
        server.setMembership(space.id, dora.id, SpaceLevel::Author);
        server.setMembership(other.id, carl.id, SpaceLevel::Editor);
    }

    std::unique_ptr<FileDevice> device(const QString &email) {
        return std::make_unique<FileDevice>(server, email, kPassword);
    }
};

// A document created by `device` and pushed.
QString newDocument(FileDevice &device, const QString &spaceId,
                    const QString &title = QStringLiteral("Belegungsliste")) {
    device.sync();
    const common::Record doc = device.replica().create(
        EntityType::Document, spaceId,
        {{QStringLiteral("title"), title}, {QStringLiteral("category"), QStringLiteral("liste")}},
        device.userId());
    device.sync();
    const auto rejected = device.replica().rejected();
    INFO((rejected.isEmpty() || !rejected[0].rejection ? QString() : rejected[0].rejection->message)
             .toStdString());
    REQUIRE(rejected.isEmpty());
    REQUIRE(device.replica().record(doc.meta.id)->meta.version > 0);
    return doc.meta.id;
}

QString currentVersion(FileDevice &device, const QString &documentId) {
    device.sync();
    const auto doc = device.replica().record(documentId);
    REQUIRE(doc);
    return doc->fields.value(QStringLiteral("current_version_id")).toString();
}

FileVersion versionOf(FileDevice &device, const QString &versionId) {
    device.sync();
    const auto record = device.replica().record(versionId);
    REQUIRE(record);
    FileVersion v;
    v.versionId = versionId;
    v.documentId = record->fields.value(QStringLiteral("document_id")).toString();
    v.fileName = record->fields.value(QStringLiteral("file_name")).toString();
    v.mimeType = record->fields.value(QStringLiteral("mime_type")).toString();
    v.size = qint64(record->fields.value(QStringLiteral("size_bytes")).toDouble());
    v.sha256 = record->fields.value(QStringLiteral("sha256_hex")).toString();
    return v;
}

FileVersion describe(const QString &documentId, const QByteArray &bytes) {
    FileVersion v;
    v.versionId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    v.documentId = documentId;
    v.fileName = QStringLiteral("daten.bin");
    v.mimeType = QStringLiteral("application/octet-stream");
    v.size = bytes.size();
    v.sha256 = common::Sha256::hashHex(bytes);
    return v;
}

void roundTrip(Network &net, qint64 size) {
    auto anna = net.device(QStringLiteral("anna@x.de"));
    auto bernd = net.device(QStringLiteral("bernd@x.de"));
    const QString documentId = newDocument(*anna, net.space.id);
    const QByteArray bytes = test::randomBytes(size, quint32(size + 1));
    test::writeFile(anna->sourcePath(QStringLiteral("upload.bin")), bytes);

    const QString versionId =
        anna->uploadAndWait(documentId, anna->sourcePath(QStringLiteral("upload.bin")));
    CHECK(anna->transfers().bytesUploaded() == size);
    CHECK(currentVersion(*bernd, documentId) == versionId);
    const FileVersion v = versionOf(*bernd, versionId);
    CHECK(v.size == size);
    CHECK(v.sha256 == common::Sha256::hashHex(bytes));

    const QString path = bernd->fetch(versionId);
    REQUIRE_FALSE(path.isEmpty());
    CHECK(client::FileCache::sha256Of(path) == v.sha256);
    CHECK(QFileInfo(path).size() == size);
    CHECK_FALSE(QFile::exists(path + QStringLiteral(".part")));
}

} // namespace

TEST_CASE("files of 0 B, 1 B, one chunk and one chunk + 1 B go up and come down intact") {
    Network net;
    for (const qint64 size : {qint64(0), qint64(1), kChunk, kChunk + 1}) {
        INFO("size " << size);
        roundTrip(net, size);
    }
}

TEST_CASE("a 150 MB file goes up and comes down intact") {
    Network net;
    roundTrip(net, 150LL * 1000 * 1000);
}

TEST_CASE("a cut upload resumes from the server's offset and sends only the overlap twice") {
    Network net;
    auto anna = net.device(QStringLiteral("anna@x.de"));
    const QString documentId = newDocument(*anna, net.space.id);
    const QByteArray bytes = test::randomBytes(12 * kChunk + 12345, 7);
    const FileVersion v = describe(documentId, bytes);
    QBuffer source;
    source.setData(bytes);
    source.open(QIODevice::ReadOnly);

    BlobClient blobs(net.server.endpoint(), anna->token());
    std::atomic<bool> cancel{false};
    CHECK_THROWS_WITH(blobs.upload(
                          v, &source, 0, false,
                          [&](qint64 done, qint64) {
                              if (done >= 5 * kChunk)
                                  cancel = true;
                          },
                          &cancel),
                      Catch::Contains("cancelled"));
    const qint64 firstSent = blobs.bytesSent();
    CHECK(firstSent == 5 * kChunk);

    // The server keeps what reached it; a chunk in flight when the call was
    // cut may be lost, never invented.
    client::BlobStatus status;
    for (int i = 0; i < 100; ++i) { // the server notices the cut asynchronously
        status = blobs.status(v.sha256);
        if (status.heldBytes == firstSent)
            break;
        std::this_thread::sleep_for(std::chrono::milliseconds(20));
    }
    CHECK_FALSE(status.complete);
    CHECK(status.heldBytes > 0);
    CHECK(status.heldBytes <= firstSent);
    CHECK(status.heldBytes % kChunk == 0);

    // Once settled, what the server acknowledges does not move.
    CHECK(blobs.status(v.sha256).heldBytes == status.heldBytes);

    const common::Record version = blobs.upload(v, &source, status.heldBytes, false);
    const qint64 secondSent = blobs.bytesSent() - firstSent;
    CHECK(secondSent == v.size - status.heldBytes); // the resume starts exactly at held_bytes
    // What the server acknowledged before the resume is what it had stored:
    // asked again it says the same, and after the resume it holds the whole
    // file, no byte more.
    const client::BlobStatus after = blobs.status(v.sha256);
    CHECK(after.complete);
    CHECK(after.heldBytes == v.size);
    const qint64 overlap = firstSent + secondSent - v.size;
    CHECK(overlap >= 0);
    CHECK(overlap <= 4 * kChunk); // at most what gRPC had in flight
    UNSCOPED_INFO("overlap " << overlap << " bytes");
    CHECK(version.meta.id == v.versionId);
    CHECK(version.fields.value(QStringLiteral("sha256_hex")).toString() == v.sha256);

    SECTION("the repeated version id returns the same version, sending nothing") {
        const qint64 before = blobs.bytesSent();
        CHECK(blobs.upload(v, nullptr, v.size, false).meta.id == v.versionId);
        CHECK(blobs.bytesSent() == before);
    }
    SECTION("the download gives the same bytes, also resumed from an offset") {
        QByteArray got;
        const FileVersion d = blobs.download(
            v.versionId, 0, [&](const char *data, qint64 size) { got.append(data, size); });
        CHECK(d.sha256 == v.sha256);
        CHECK(got == bytes);
        QByteArray tail;
        blobs.download(v.versionId, 3 * kChunk + 5,
                       [&](const char *data, qint64 size) { tail.append(data, size); });
        CHECK(tail == bytes.mid(3 * kChunk + 5));
    }
}

TEST_CASE("a wrong hash and a corrupted chunk are rejected and nothing is stored") {
    Network net;
    auto anna = net.device(QStringLiteral("anna@x.de"));
    const QString documentId = newDocument(*anna, net.space.id);
    const QByteArray bytes = test::randomBytes(3 * kChunk, 11);
    BlobClient blobs(net.server.endpoint(), anna->token());

    SECTION("declared hash of other content") {
        FileVersion v = describe(documentId, bytes);
        v.sha256 = common::Sha256::hashHex("other content");
        QBuffer source;
        source.setData(bytes);
        source.open(QIODevice::ReadOnly);
        try {
            blobs.upload(v, &source, 0, false);
            FAIL("accepted a wrong hash");
        } catch (const common::Error &e) {
            CHECK(e.code() == common::ErrorCode::InvalidArgument);
            CHECK(e.field() == QStringLiteral("sha256_hex"));
        }
        CHECK(blobs.status(v.sha256).heldBytes == 0);
    }
    SECTION("a chunk damaged on the way, after a correct first part") {
        const FileVersion v = describe(documentId, bytes);
        QBuffer good;
        good.setData(bytes);
        good.open(QIODevice::ReadOnly);
        std::atomic<bool> cancel{false};
        CHECK_THROWS(blobs.upload(
            v, &good, 0, false, [&](qint64 done, qint64) { cancel = done >= kChunk; }, &cancel));
        qint64 held = 0;
        for (int i = 0; i < 100 && held == 0; ++i) {
            held = blobs.status(v.sha256).heldBytes;
            std::this_thread::sleep_for(std::chrono::milliseconds(20));
        }
        QByteArray damaged = bytes;
        damaged[held + 100] = char(damaged[held + 100] ^ 0x40);
        QBuffer bad;
        bad.setData(damaged);
        bad.open(QIODevice::ReadOnly);
        try {
            blobs.upload(v, &bad, held, false);
            FAIL("accepted a damaged chunk");
        } catch (const common::Error &e) {
            CHECK(e.code() == common::ErrorCode::InvalidArgument);
            CHECK(e.field() == QStringLiteral("sha256_hex"));
        }
        // The received bytes are discarded: the next upload starts at 0.
        CHECK(blobs.status(v.sha256).heldBytes == 0);
    }
    CHECK(currentVersion(*anna, documentId).isEmpty());
    CHECK(anna->replica().records(EntityType::DocumentVersion).isEmpty());
}

TEST_CASE("a download of a document the user may not read is refused and leaves no trace") {
    Network net;
    auto anna = net.device(QStringLiteral("anna@x.de"));
    auto carl = net.device(QStringLiteral("carl@x.de"));
    const QString documentId = newDocument(*anna, net.space.id);
    test::writeFile(anna->sourcePath(QStringLiteral("intern.txt")), "Nur für das Team");
    const QString versionId =
        anna->uploadAndWait(documentId, anna->sourcePath(QStringLiteral("intern.txt")));

    carl->sync();
    CHECK(carl->fetch(versionId).isEmpty());
    CHECK(carl->log().has(
        [&](const TransferLog &l) { return !l.failed.value(versionId).isEmpty(); }));
    BlobClient blobs(net.server.endpoint(), carl->token());
    try {
        blobs.download(versionId, 0, [](const char *, qint64) {});
        FAIL("downloaded an unreadable version");
    } catch (const common::Error &e) {
        CHECK(e.code() == common::ErrorCode::NotFound);
    }
    // Nothing in Carl's cache: no file, no part, no entry.
    const QStringList left = QDir(carl->cacheDirectory()).entryList(QDir::Files);
    CHECK(left.isEmpty());
    carl->stopTransfers();
    common::SystemClock clock;
    client::FileCache cache(carl->replica().database(), carl->cacheDirectory(), clock);
    CHECK(cache.cachedVersions().isEmpty());
}

TEST_CASE("a pending upload survives a restart and resumes from the server's offset") {
    Network net;
    auto anna = net.device(QStringLiteral("anna@x.de"));
    const QString documentId = newDocument(*anna, net.space.id);
    const QByteArray bytes = test::randomBytes(9 * kChunk + 77, 21);
    test::writeFile(anna->sourcePath(QStringLiteral("gross.bin")), bytes);

    // Going offline in the middle cuts the upload (as a lost connection
    // or the end of the program would).
    anna->transfers();
    client::FileTransfers *first = &anna->transfers();
    QObject::connect(
        first, &client::FileTransfers::progress, first,
        [first](const QString &, client::FileTransfers::Kind, qint64 done, qint64) {
            if (done >= 4 * kChunk)
                first->setOnline(false);
        },
        Qt::DirectConnection);
    const QString versionId =
        first->enqueueUpload(documentId, anna->sourcePath(QStringLiteral("gross.bin")));
    REQUIRE(anna->waitFor([&](const TransferLog &) { return !first->isOnline(); }));
    anna->stopTransfers();
    const qint64 firstSent = 4 * kChunk;
    QFile::remove(anna->sourcePath(QStringLiteral("gross.bin"))); // the copy is what counts

    BlobClient blobs(net.server.endpoint(), anna->token());
    // The server takes the cut call's bytes in on its own threads: wait
    // until what it holds stops moving.
    qint64 held = -1;
    for (int i = 0; i < 200; ++i) {
        std::this_thread::sleep_for(std::chrono::milliseconds(25));
        const qint64 now = blobs.status(common::Sha256::hashHex(bytes)).heldBytes;
        if (now > 0 && now == held)
            break;
        held = now;
    }
    CHECK(held > 0);
    CHECK(held <= firstSent + kChunk);
    {
        common::SystemClock clock;
        client::UploadQueue queue(anna->replica().database(), anna->cacheDirectory(), clock);
        REQUIRE(queue.entries().size() == 1);
        CHECK(queue.entries()[0].version.versionId == versionId);
    }

    anna->startTransfers();
    REQUIRE(anna->waitFor([&](const TransferLog &l) { return l.finished.contains(versionId); }));
    CHECK(anna->transfers().bytesUploaded() == bytes.size() - held);
    CHECK(currentVersion(*anna, documentId) == versionId);
    // The uploaded copy became the cached file.
    const QString path = anna->fetch(versionId);
    CHECK(test::readFile(path) == bytes);
}

TEST_CASE("a document created offline uploads its file once its create is pushed") {
    Network net;
    auto anna = net.device(QStringLiteral("anna@x.de"));
    anna->sync();
    const common::Record doc =
        anna->replica().create(EntityType::Document, net.space.id,
                               {{QStringLiteral("title"), QStringLiteral("Aushang Kleiderkammer")},
                                {QStringLiteral("category"), QStringLiteral("flyer")}},
                               anna->userId());
    test::writeFile(anna->sourcePath(QStringLiteral("aushang.txt")), "Öffnungszeiten: Mo 9-12");

    const int settled = anna->settledCount();
    const QString versionId = anna->transfers().enqueueUpload(
        doc.meta.id, anna->sourcePath(QStringLiteral("aushang.txt")));
    REQUIRE(anna->waitSettled(settled));
    CHECK(anna->log().has([](const TransferLog &l) { return l.finished.isEmpty(); }));
    CHECK(anna->log().has([](const TransferLog &l) { return l.stopped.isEmpty(); }));

    anna->sync(); // the create lands
    anna->transfers().kick();
    REQUIRE(anna->waitFor([&](const TransferLog &l) { return l.finished.contains(versionId); }));
    CHECK(currentVersion(*anna, doc.meta.id) == versionId);
    // Its text is searchable (the uploaded copy is in the cache).
    const auto hits = anna->replica().search(QStringLiteral("Oeffnungszeiten"));
    REQUIRE(hits.size() == 1);
    CHECK(hits[0].id == doc.meta.id);
}

TEST_CASE("another's check-out stops the upload with the reason, and an editor may override it") {
    Network net;
    auto anna = net.device(QStringLiteral("anna@x.de"));
    auto bernd = net.device(QStringLiteral("bernd@x.de"));
    auto dora = net.device(QStringLiteral("dora@x.de"));
    const QString documentId = newDocument(*anna, net.space.id);

    bernd->sync();
    bernd->replica().update(
        documentId,
        {{QStringLiteral("checkout"), QJsonObject{{QStringLiteral("user_id"), net.bernd.id},
                                                  {QStringLiteral("expires_at_ms"), 0}}}},
        bernd->userId());
    bernd->sync();
    REQUIRE(bernd->replica().rejected().isEmpty());
    REQUIRE(bernd->replica()
                .record(documentId)
                ->fields.value(QStringLiteral("checkout"))
                .toObject()
                .value(QStringLiteral("user_id"))
                .toString()
            == net.bernd.id);

    SECTION("an editor: stopped, then retried with override") {
        anna->sync();
        test::writeFile(anna->sourcePath(QStringLiteral("neu.txt")), "neue Fassung");
        const QString versionId = anna->transfers().enqueueUpload(
            documentId, anna->sourcePath(QStringLiteral("neu.txt")));
        REQUIRE(anna->waitFor([&](const TransferLog &l) { return l.stopped.contains(versionId); }));
        {
            common::SystemClock clock;
            client::UploadQueue queue(anna->replica().database(), anna->cacheDirectory(), clock);
            const auto entry = queue.entry(versionId);
            REQUIRE(entry);
            CHECK(entry->state == client::UploadEntry::State::Stopped);
            CHECK(entry->errorCode == QStringLiteral("failed-precondition"));
            CHECK_FALSE(entry->errorMessage.isEmpty());
        }
        anna->transfers().retryUpload(versionId, true);
        REQUIRE(
            anna->waitFor([&](const TransferLog &l) { return l.finished.contains(versionId); }));
        CHECK(currentVersion(*anna, documentId) == versionId);
        // The upload released Bernd's lock.
        CHECK(anna->replica()
                  .record(documentId)
                  ->fields.value(QStringLiteral("checkout"))
                  .toObject()
                  .value(QStringLiteral("user_id"))
                  .toString()
                  .isEmpty());
    }
    SECTION("an author: refused, and an override does not help") {
        dora->sync();
        test::writeFile(dora->sourcePath(QStringLiteral("neu.txt")), "neue Fassung");
        const QString versionId = dora->transfers().enqueueUpload(
            documentId, dora->sourcePath(QStringLiteral("neu.txt")));
        REQUIRE(dora->waitFor([&](const TransferLog &l) { return l.stopped.contains(versionId); }));
        {
            std::lock_guard lock(dora->log().mutex);
            dora->log().stopped.clear();
        }
        dora->transfers().retryUpload(versionId, true);
        REQUIRE(dora->waitFor([&](const TransferLog &l) { return l.stopped.contains(versionId); }));
        common::SystemClock clock;
        client::UploadQueue queue(dora->replica().database(), dora->cacheDirectory(), clock);
        CHECK(queue.entry(versionId)->state == client::UploadEntry::State::Stopped);
        CHECK(currentVersion(*dora, documentId).isEmpty());
    }
}

TEST_CASE("restoring an old version sends no bytes and makes a new version with the old hash") {
    Network net;
    auto anna = net.device(QStringLiteral("anna@x.de"));
    const QString documentId = newDocument(*anna, net.space.id);
    test::writeFile(anna->sourcePath(QStringLiteral("v1.bin")), test::randomBytes(2 * kChunk, 1));
    test::writeFile(anna->sourcePath(QStringLiteral("v2.bin")), test::randomBytes(kChunk, 2));
    const QString v1 = anna->uploadAndWait(documentId, anna->sourcePath(QStringLiteral("v1.bin")),
                                           QStringLiteral("liste.bin"));
    const QString v2 = anna->uploadAndWait(documentId, anna->sourcePath(QStringLiteral("v2.bin")),
                                           QStringLiteral("liste.bin"));
    CHECK(currentVersion(*anna, documentId) == v2);
    const qint64 sent = anna->transfers().bytesUploaded();
    CHECK(sent == 3 * kChunk);

    const FileVersion old = versionOf(*anna, v1);
    const QString restored =
        anna->transfers().enqueueRestore(old, QStringLiteral("zurück zur ersten Fassung"));
    REQUIRE(anna->waitFor([&](const TransferLog &l) { return l.finished.contains(restored); }));
    CHECK(anna->transfers().bytesUploaded() == sent);
    CHECK(currentVersion(*anna, documentId) == restored);
    const FileVersion now = versionOf(*anna, restored);
    CHECK(now.sha256 == old.sha256);
    CHECK(now.size == old.size);
    CHECK(anna->replica().records(EntityType::DocumentVersion).size() == 3);
}

TEST_CASE("a cached file damaged on disk is detected by its hash and downloaded again") {
    Network net;
    auto anna = net.device(QStringLiteral("anna@x.de"));
    auto bernd = net.device(QStringLiteral("bernd@x.de"));
    const QString documentId = newDocument(*anna, net.space.id);
    const QByteArray bytes = test::randomBytes(2 * kChunk + 3, 5);
    test::writeFile(anna->sourcePath(QStringLiteral("a.bin")), bytes);
    const QString versionId =
        anna->uploadAndWait(documentId, anna->sourcePath(QStringLiteral("a.bin")));
    bernd->sync();
    const QString path = bernd->fetch(versionId);
    REQUIRE_FALSE(path.isEmpty());
    CHECK(bernd->log().has(
        [&](const TransferLog &l) { return l.downloaded.value(versionId) == bytes.size(); }));

    QByteArray damaged = bytes;
    damaged[kChunk] = char(damaged[kChunk] ^ 0x01);
    test::writeFile(path, damaged);
    {
        std::lock_guard lock(bernd->log().mutex);
        bernd->log().downloaded.clear();
    }
    CHECK(bernd->fetch(versionId) == path);
    CHECK(test::readFile(path) == bytes);
    CHECK(bernd->log().has(
        [&](const TransferLog &l) { return l.downloaded.value(versionId) == bytes.size(); }));
}

TEST_CASE("pinned documents and offline spaces are fetched ahead") {
    Network net;
    auto anna = net.device(QStringLiteral("anna@x.de"));
    auto bernd = net.device(QStringLiteral("bernd@x.de"));
    const QString pinnedDoc = newDocument(*anna, net.space.id, QStringLiteral("Angepinnt"));
    const QString otherDoc = newDocument(*anna, net.space.id, QStringLiteral("Sonstiges"));
    test::writeFile(anna->sourcePath(QStringLiteral("a.txt")), "angepinnt");
    test::writeFile(anna->sourcePath(QStringLiteral("b.txt")), "nicht angepinnt");
    const QString pinnedVersion =
        anna->uploadAndWait(pinnedDoc, anna->sourcePath(QStringLiteral("a.txt")));
    const QString otherVersion =
        anna->uploadAndWait(otherDoc, anna->sourcePath(QStringLiteral("b.txt")));

    bernd->sync();
    common::SystemClock clock;
    client::FileCache cache(bernd->replica().database(), bernd->cacheDirectory(), clock);
    cache.setPinned(pinnedDoc, true);
    const int settled = bernd->settledCount();
    bernd->transfers().kick();
    REQUIRE(bernd->waitSettled(settled));
    CHECK(cache.cachedVersions() == QStringList{pinnedVersion});

    cache.setSpaceOffline(net.space.id, true);
    const int again = bernd->settledCount();
    bernd->transfers().kick();
    REQUIRE(bernd->waitFor([&](const TransferLog &l) { return l.ready.contains(otherVersion); }));
    REQUIRE(bernd->waitSettled(again));
    CHECK(cache.cachedVersions().size() == 2);
}

TEST_CASE("a file over the server's limit is stopped before any byte is sent") {
    TestServer::Options options;
    options.configure = [](server::ServerConfig &config) { config.maxFileBytes = 2 * kChunk; };
    Network net(options);
    auto anna = net.device(QStringLiteral("anna@x.de"));
    const QString documentId = newDocument(*anna, net.space.id);
    test::writeFile(anna->sourcePath(QStringLiteral("gross.bin")),
                    test::randomBytes(2 * kChunk + 1, 3));
    const QString versionId =
        anna->transfers().enqueueUpload(documentId, anna->sourcePath(QStringLiteral("gross.bin")));
    REQUIRE(anna->waitFor([&](const TransferLog &l) { return l.stopped.contains(versionId); }));
    CHECK(anna->log().has([&](const TransferLog &l) {
        return l.stopped.value(versionId).contains(QString::number(2 * kChunk));
    }));
    CHECK(anna->transfers().bytesUploaded() == 0);
    common::SystemClock clock;
    client::UploadQueue queue(anna->replica().database(), anna->cacheDirectory(), clock);
    CHECK(queue.entry(versionId)->state == client::UploadEntry::State::Stopped);
    CHECK(queue.entry(versionId)->errorMessage.contains(QStringLiteral("size_bytes")));
}

TEST_CASE("an upload queued while the transfers are stopped is sent after the next start") {
    Network net;
    auto anna = net.device(QStringLiteral("anna@x.de"));
    const QString documentId = newDocument(*anna, net.space.id);
    const QByteArray bytes = test::randomBytes(2 * kChunk + 5, 31);
    test::writeFile(anna->sourcePath(QStringLiteral("liste.bin")), bytes);
    anna->settledCount();
    anna->transfers().stop();

    const QString versionId =
        anna->transfers().enqueueUpload(documentId, anna->sourcePath(QStringLiteral("liste.bin")));
    // On disk before enqueueUpload returned, so a quit now loses nothing.
    {
        common::SystemClock clock;
        client::UploadQueue queue(anna->replica().database(), anna->cacheDirectory(), clock);
        REQUIRE(queue.entry(versionId).has_value());
    }
    QFile::remove(anna->sourcePath(QStringLiteral("liste.bin"))); // the copy is what counts
    // Without a transfer thread to report it, an unreadable file is an error
    // at once.
    CHECK_THROWS_AS(anna->transfers().enqueueUpload(
                        documentId, anna->sourcePath(QStringLiteral("gibt-es-nicht.bin"))),
                    common::Error);

    anna->transfers().start();
    REQUIRE(anna->waitFor([&](const TransferLog &l) { return l.finished.contains(versionId); }));
    CHECK(currentVersion(*anna, documentId) == versionId);
    CHECK(test::readFile(anna->fetch(versionId)) == bytes);
}

TEST_CASE("a burst of kicks makes one chain of work and one settled notice") {
    Network net;
    auto anna = net.device(QStringLiteral("anna@x.de"));
    anna->settledCount();
    client::FileTransfers &transfers = anna->transfers();

    // The first settled notice holds the transfer thread until all kicks
    // are queued behind it.
    std::mutex mutex;
    std::condition_variable released;
    bool hold = true;
    std::atomic<int> notices{0};
    const QMetaObject::Connection connection = QObject::connect(
        &transfers, &client::FileTransfers::settled, &transfers,
        [&] {
            if (notices++ > 0)
                return;
            std::unique_lock lock(mutex);
            released.wait(lock, [&] { return !hold; });
        },
        Qt::DirectConnection);
    transfers.kick();
    REQUIRE(anna->waitFor([&](const TransferLog &) { return notices.load() == 1; }));
    for (int i = 0; i < 20; ++i)
        transfers.kick();
    {
        std::lock_guard lock(mutex);
        hold = false;
    }
    released.notify_all();
    REQUIRE(anna->waitFor([&](const TransferLog &) { return notices.load() >= 2; }));
    std::this_thread::sleep_for(std::chrono::milliseconds(300));
    CHECK(notices.load() == 2);
    QObject::disconnect(connection);
}

TEST_CASE("an offset beyond what the server holds is refused with resume, which does not stop") {
    Network net;
    auto anna = net.device(QStringLiteral("anna@x.de"));
    const QString documentId = newDocument(*anna, net.space.id);
    const QByteArray bytes = test::randomBytes(3 * kChunk + 9, 41);
    const FileVersion v = describe(documentId, bytes);
    QBuffer source;
    source.setData(bytes);
    source.open(QIODevice::ReadOnly);
    BlobClient blobs(net.server.endpoint(), anna->token());
    try {
        blobs.upload(v, &source, 2 * kChunk, false);
        FAIL("the server took an offset beyond the bytes it holds");
    } catch (const common::Error &error) {
        INFO(error.describe().toStdString());
        CHECK(error.reason() == QStringLiteral("resume"));
        CHECK_FALSE(client::FileTransfers::stopsUpload(error));
    }
    // As FileTransfers then does: Status again, resume from there.
    const client::BlobStatus status = blobs.status(v.sha256);
    CHECK(status.heldBytes == 0);
    CHECK(blobs.upload(v, &source, status.heldBytes, false).meta.id == v.versionId);
}
