// SPDX-License-Identifier: GPL-3.0-or-later
// Remote wipe end to end: an admin revokes a device through the Admin
// service; the device learns it on its next contact, exports its unsynced
// work and deletes its profile.
#include "client/core/ProfileWipe.h"
#include "client/core/RemoteError.h"
#include "client/core/SyncEngine.h"
#include "client/core/UploadQueue.h"
#include "common/Error.h"
#include "tests/client/governance/GovernanceTesting.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <catch2/catch.hpp>
#include <optional>

using namespace hn;
using common::EntityType;
using common::GlobalRole;
using common::SpaceLevel;
using test::ProfileDevice;
using test::TestServer;

namespace {

const QString kPassword = QStringLiteral("Test-Passwort-123");

QJsonObject person(const QString &given, const QString &family) {
    return {{QStringLiteral("kind"), QStringLiteral("person")},
            {QStringLiteral("given_name"), given},
            {QStringLiteral("family_name"), family}};
}

common::SessionEndReason reasonOf(const std::function<void()> &call) {
    try {
        call();
    } catch (const common::Error &error) {
        UNSCOPED_INFO("error: " << error.describe().toStdString());
        CHECK(error.code() == common::ErrorCode::Unauthenticated);
        return client::RemoteError::sessionEndReason(error);
    }
    FAIL("the call succeeded");
    return common::SessionEndReason::None;
}

} // namespace

TEST_CASE("remote wipe: a revoked device exports its unsynced work, then its profile is gone") {
    TestServer server;
    const common::Space space = server.addSpace(QStringLiteral("Soziale Betreuung"));
    const common::User anna =
        server.addUser(QStringLiteral("anna@x.de"), kPassword, GlobalRole::Member);
    const common::User bernd =
        server.addUser(QStringLiteral("bernd@x.de"), kPassword, GlobalRole::Member);
    server.setMembership(space.id, anna.id, SpaceLevel::Editor);
    server.setMembership(space.id, bernd.id, SpaceLevel::Editor);

    common::SystemClock clock;
    ProfileDevice laptop(server, QStringLiteral("anna@x.de"), kPassword,
                         QStringLiteral("Laptop Gemeinde Adorf"), clock);
    ProfileDevice other(server, QStringLiteral("bernd@x.de"), kPassword, QStringLiteral("Büro"),
                        clock);

    // A synced space with a contact both have.
    const QString contactId =
        laptop.replica()
            .create(EntityType::Contact, space.id,
                    person(QStringLiteral("Fatma"), QStringLiteral("Yılmaz")), laptop.userId())
            .meta.id;
    laptop.sync();
    other.sync();
    // A conflict: both change the same field; Bernd's reaches the server first.
    const QString function = QStringLiteral("function");
    laptop.replica().update(contactId, {{function, QStringLiteral("Beraterin")}}, laptop.userId());
    other.replica().update(contactId, {{function, QStringLiteral("Koordinatorin")}},
                           other.userId());
    other.sync();
    laptop.sync();
    REQUIRE(laptop.replica().conflicts().size() == 1);
    // A pending offline edit that never reached the server.
    const QString offlineId =
        laptop.replica()
            .create(EntityType::Contact, space.id,
                    person(QStringLiteral("Jürgen"), QStringLiteral("Offline")), laptop.userId())
            .meta.id;
    const client::SyncCounts unsynced = laptop.replica().counts();
    REQUIRE(unsynced.pending >= 1);
    REQUIRE(unsynced.conflicts == 1);

    // The admin finds the laptop by its name and revokes it.
    client::AdminClient admin = test::adminOf(server);
    const QList<common::Device> devices = admin.listDevices(QStringLiteral("anna@x.de"), false);
    const auto found = std::find_if(devices.begin(), devices.end(), [](const common::Device &d) {
        return d.deviceName == QStringLiteral("Laptop Gemeinde Adorf");
    });
    REQUIRE(found != devices.end());
    const common::Device revoked = admin.revokeDevice(found->sessionId);
    CHECK(revoked.endReason == common::SessionEndReason::DeviceRevoked);
    CHECK_FALSE(revoked.wipeDeliveredAt.isValid());

    SECTION("the sync round is told DEVICE_REVOKED") {
        CHECK(reasonOf([&] { laptop.sync(); }) == common::SessionEndReason::DeviceRevoked);
    }
    SECTION("the sync engine reports sessionEnded(DEVICE_REVOKED)") {
        laptop.close();
        client::SyncEngine::Options options;
        options.endpoint = server.endpoint();
        options.token = laptop.session().token;
        options.replicaPath = laptop.location().replicaPath();
        options.live = false;
        options.pollInterval = std::chrono::hours(1);
        client::SyncEngine engine(options, clock);
        common::SessionEndReason told = common::SessionEndReason::None;
        bool ended = false;
        QObject::connect(&engine, &client::SyncEngine::sessionEnded, &engine,
                         [&](common::SessionEndReason reason, const QString &) {
                             ended = true;
                             told = reason;
                         });
        engine.start();
        REQUIRE(test::waitFor([&] { return ended; }));
        CHECK(told == common::SessionEndReason::DeviceRevoked);
        CHECK(engine.state() == client::SyncEngine::State::Error);
        engine.stop();
        laptop.open(server);
    }
    // Bernd's device was not revoked and keeps working.
    CHECK_NOTHROW(other.sync());

    // The server noted that the wipe order was delivered.
    const QList<common::Device> after = admin.listDevices(QStringLiteral("anna@x.de"), true);
    const auto delivered = std::find_if(after.begin(), after.end(), [&](const common::Device &d) {
        return d.sessionId == revoked.sessionId;
    });
    REQUIRE(delivered != after.end());
    CHECK(delivered->wipeDeliveredAt.isValid());

    // The app closes the profile and wipes it.
    laptop.close();
    const QString profileDir = laptop.location().directory();
    REQUIRE(QFileInfo::exists(profileDir));
    QTemporaryDir documents;
    const client::WipeReport report = client::ProfileWipe(laptop.location(), clock)
                                          .run(server.endpoint().address, documents.path());
    CHECK_FALSE(QFileInfo::exists(profileDir));
    CHECK(report.pendingChanges == unsynced.pending + unsynced.inFlight + unsynced.rejected);
    CHECK(report.conflicts == 1);
    REQUIRE_FALSE(report.exportPath.isEmpty());
    CHECK(QFileInfo(report.exportPath).absolutePath() == QDir(documents.path()).absolutePath());
    CHECK(QFileInfo(report.exportPath)
              .fileName()
              .startsWith(QStringLiteral("Helfernetz-Sicherung-127.0.0.1-")));

    QFile file(report.exportPath);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QJsonObject exported = QJsonDocument::fromJson(file.readAll()).object();
    CHECK(exported.value(QStringLiteral("format")).toString()
          == QStringLiteral("helfernetz-wipe-export"));
    const QString text = QString::fromUtf8(QJsonDocument(exported).toJson(QJsonDocument::Compact));
    // The pending edit with its content, and the conflict with both sides.
    CHECK(text.contains(offlineId));
    CHECK(text.contains(QStringLiteral("Jürgen")));
    const QJsonArray conflicts = exported.value(QStringLiteral("conflicts")).toArray();
    REQUIRE(conflicts.size() == 1);
    const QString conflict = QString::fromUtf8(QJsonDocument(conflicts[0].toObject()).toJson());
    CHECK(conflict.contains(QStringLiteral("Beraterin")));
    CHECK(conflict.contains(QStringLiteral("Koordinatorin")));
    CHECK(conflict.contains(contactId));
}

TEST_CASE("a wipe with nothing unsynced writes no file, and other session ends are not wipes") {
    TestServer server;
    const common::User anna =
        server.addUser(QStringLiteral("anna@x.de"), kPassword, GlobalRole::Member);
    common::SystemClock clock;
    ProfileDevice laptop(server, QStringLiteral("anna@x.de"), kPassword, QStringLiteral("Laptop"),
                         clock);
    laptop.sync();
    client::AdminClient admin = test::adminOf(server);

    SECTION("revoking all sessions ends this one without a wipe") {
        CHECK(admin.revokeSessions(QStringLiteral("anna@x.de")) == 1);
        CHECK(reasonOf([&] { laptop.sync(); }) == common::SessionEndReason::SessionsRevoked);
    }
    SECTION("disabling the account") {
        admin.setUserStatus(anna.id, common::AccountStatus::Disabled);
        CHECK(reasonOf([&] { laptop.sync(); }) == common::SessionEndReason::AccountDisabled);
    }
    SECTION("an unknown token has no reason") {
        client::SyncClient stranger(server.endpoint(), QString(43, u'A'));
        client::Replica scratch(QDir(laptop.base()).filePath(QStringLiteral("x.db")), clock);
        CHECK(reasonOf([&] { client::SyncRound(scratch, stranger).run(); })
              == common::SessionEndReason::None);
    }
    SECTION("a revoked device with nothing unsynced") {
        const QList<common::Device> devices = admin.listDevices(anna.id, false);
        REQUIRE(devices.size() == 1);
        CHECK(devices[0].deviceName == QStringLiteral("Laptop"));
        admin.revokeDevice(devices[0].sessionId);
        CHECK(reasonOf([&] { laptop.sync(); }) == common::SessionEndReason::DeviceRevoked);
        laptop.close();
        QTemporaryDir documents;
        const client::WipeReport report = client::ProfileWipe(laptop.location(), clock)
                                              .run(server.endpoint().address, documents.path());
        CHECK(report.total() == 0);
        CHECK(report.exportPath.isEmpty());
        CHECK(QDir(documents.path()).isEmpty());
        CHECK_FALSE(QFileInfo::exists(laptop.location().directory()));
    }
}

TEST_CASE("a wipe keeps the profile when the export cannot be written") {
    QTemporaryDir base;
    common::SystemClock clock;
    const client::ProfileLocation profile(QStringLiteral("127.0.0.1:50051"),
                                          QStringLiteral("0b4e6c1a-0000-4000-8000-000000000001"),
                                          base.path());
    REQUIRE(QDir().mkpath(profile.directory()));
    {
        client::Replica replica(profile.replicaPath(), clock);
        replica.create(EntityType::Contact, QStringLiteral("0b4e6c1a-0000-4000-8000-0000000000aa"),
                       person(QStringLiteral("Nie"), QStringLiteral("Verloren")),
                       QStringLiteral("0b4e6c1a-0000-4000-8000-000000000001"));
    }
    // A regular file where the export folder should be: it cannot be created.
    const QString blocked = QDir(base.path()).filePath(QStringLiteral("kein-ordner"));
    QFile file(blocked);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.close();
    try {
        client::ProfileWipe(profile, clock)
            .run(QStringLiteral("127.0.0.1:50051"), blocked + QStringLiteral("/sub"));
        FAIL("the wipe went ahead without its export");
    } catch (const common::Error &error) {
        CHECK(error.code() == common::ErrorCode::Unavailable);
        CHECK(error.message().contains(QStringLiteral("kept")));
    }
    CHECK(QFileInfo::exists(profile.replicaPath()));
    client::Replica replica(profile.replicaPath(), clock);
    CHECK(replica.counts().pending == 1);
}

TEST_CASE("a wipe saves the files waiting for upload next to its export") {
    QTemporaryDir base;
    common::SystemClock clock;
    const client::ProfileLocation profile(QStringLiteral("127.0.0.1:50051"),
                                          QStringLiteral("0b4e6c1a-0000-4000-8000-000000000001"),
                                          base.path());
    REQUIRE(QDir().mkpath(profile.directory()));
    const QString documentId = QStringLiteral("0b4e6c1a-0000-4000-8000-0000000000d1");
    const QByteArray bytes = QByteArrayLiteral("Protokoll der Sitzung, Fassung 3\n");
    const QString source = QDir(base.path()).filePath(QStringLiteral("Protokoll.txt"));
    {
        QFile file(source);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write(bytes);
    }
    QString pendingId;
    QString stoppedId;
    {
        client::Replica replica(profile.replicaPath(), clock);
        client::UploadQueue queue(replica.database(), profile.fileCacheDirectory(), clock);
        pendingId = queue.enqueue(documentId, source, QStringLiteral("Protokoll Übergabe.txt"))
                        .version.versionId;
        // Same name, refused by the server: saved too, under a free name.
        stoppedId = queue.enqueue(documentId, source, QStringLiteral("Protokoll Übergabe.txt"))
                        .version.versionId;
        queue.stop(stoppedId, common::Error::permissionDenied(QStringLiteral("checked out")));
    }
    // The original may be gone by now; the staged copy is what counts.
    REQUIRE(QFile::remove(source));

    QTemporaryDir documents;
    const client::WipeReport report = client::ProfileWipe(profile, clock)
                                          .run(QStringLiteral("127.0.0.1:50051"), documents.path());
    CHECK_FALSE(QFileInfo::exists(profile.directory()));
    CHECK(report.queuedUploads == 2);
    CHECK(report.total() == 2);
    REQUIRE_FALSE(report.exportPath.isEmpty());
    REQUIRE_FALSE(report.filesPath.isEmpty());
    CHECK(report.filesPath == report.exportPath.chopped(5) + QStringLiteral("-Dateien"));

    QFile file(report.exportPath);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QJsonArray uploads =
        QJsonDocument::fromJson(file.readAll()).object().value(QStringLiteral("uploads")).toArray();
    REQUIRE(uploads.size() == 2);
    QStringList names;
    for (const QJsonValue &value : uploads) {
        const QJsonObject upload = value.toObject();
        CHECK(upload.value(QStringLiteral("document_id")).toString() == documentId);
        CHECK_FALSE(upload.contains(QStringLiteral("staged"))); // no path into the wiped profile
        const QString name = upload.value(QStringLiteral("file")).toString();
        REQUIRE_FALSE(name.isEmpty());
        names << name;
        QFile copy(QDir(report.filesPath).filePath(name));
        REQUIRE(copy.open(QIODevice::ReadOnly));
        CHECK(copy.readAll() == bytes);
        const bool stopped = upload.value(QStringLiteral("version_id")).toString() == stoppedId;
        CHECK(upload.value(QStringLiteral("state")).toString()
              == (stopped ? QStringLiteral("stopped") : QStringLiteral("pending")));
        if (stopped)
            CHECK(upload.value(QStringLiteral("error_code")).toString()
                  == QStringLiteral("permission-denied"));
    }
    names.sort();
    CHECK(names
          == QStringList{QStringLiteral("Protokoll Übergabe (2).txt"),
                         QStringLiteral("Protokoll Übergabe.txt")});
}
