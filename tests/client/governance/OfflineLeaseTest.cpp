// SPDX-License-Identifier: GPL-3.0-or-later
// The offline lease: the server's value reaches the client with login and
// WhoAmI, the profile locks after the lease without contact, a login
// unlocks it, and a sync round counts as contact.
#include "client/core/OfflineLease.h"

#include "client/core/SyncEngine.h"
#include "tests/client/governance/GovernanceTesting.h"
#include "tests/support/ManualClock.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <atomic>
#include <catch2/catch.hpp>
#include <thread>

using namespace hn;
using test::ManualClock;
using test::TestServer;

namespace {

const QString kPassword = QStringLiteral("Test-Passwort-123");
constexpr qint64 kDay = 24LL * 3600 * 1000;

} // namespace

TEST_CASE("offline lease: locked after the server's lease without contact, until a login") {
    TestServer server;
    server.addUser(QStringLiteral("anna@x.de"), kPassword, common::GlobalRole::Member);
    ManualClock clock;
    test::ProfileDevice laptop(server, QStringLiteral("anna@x.de"), kPassword,
                               QStringLiteral("Laptop"), clock);

    // The server's setting (default 30 days) comes with login and WhoAmI.
    CHECK(laptop.session().offlineLease == std::chrono::milliseconds(30 * kDay));
    const client::SessionInfo whoami =
        client::AuthClient(server.endpoint()).whoAmI(laptop.session().token);
    CHECK(whoami.offlineLease == laptop.session().offlineLease);

    const QString profile = laptop.location().directory();
    client::OfflineLease lease(profile, clock);
    // The replica is there, profile.json is not (as if deleted): locked
    // until the login writes it.
    CHECK(lease.isLocked());
    lease.recordLogin(laptop.session().offlineLease);
    CHECK(lease.lastContact() == clock.now());
    CHECK(lease.lease() == std::chrono::milliseconds(30 * kDay));
    CHECK(QFile::exists(QDir(profile).filePath(QStringLiteral("profile.json"))));

    clock.advance(30 * kDay);
    CHECK_FALSE(lease.isLocked());
    clock.advance(1);
    CHECK(lease.isLocked());
    // Another object on the same profile (the UI, after a restart) agrees.
    CHECK(client::OfflineLease(profile, clock).isLocked());

    // Reaching the server with the old session does not unlock ...
    lease.recordContact(laptop.session().offlineLease);
    CHECK(lease.isLocked());
    // ... logging in again does.
    const client::SessionInfo again =
        client::AuthClient(server.endpoint())
            .login(QStringLiteral("anna@x.de"), kPassword.toStdString(), QStringLiteral("Laptop"));
    lease.recordLogin(again.offlineLease);
    CHECK_FALSE(lease.isLocked());
    CHECK(lease.lockedFrom() == clock.now().addMSecs(30 * kDay));
}

TEST_CASE("offline lease: a sync round of the engine is a contact") {
    TestServer server;
    server.addUser(QStringLiteral("anna@x.de"), kPassword, common::GlobalRole::Member);
    ManualClock clock;
    test::ProfileDevice laptop(server, QStringLiteral("anna@x.de"), kPassword,
                               QStringLiteral("Laptop"), clock);
    const QString profile = laptop.location().directory();
    client::OfflineLease(profile, clock).recordLogin(laptop.session().offlineLease);
    laptop.close();

    clock.advance(29 * kDay);
    client::SyncEngine::Options options;
    options.endpoint = server.endpoint();
    options.token = laptop.session().token;
    options.replicaPath = laptop.location().replicaPath();
    options.live = false;
    options.pollInterval = std::chrono::hours(1);
    client::SyncEngine engine(options, clock);
    engine.start();
    REQUIRE(test::waitFor([&] { return engine.state() == client::SyncEngine::State::Idle; }));
    engine.stop();

    client::OfflineLease lease(profile, clock);
    CHECK(lease.lastContact() == clock.now());
    clock.advance(29 * kDay); // 58 days after the login, 29 after the round
    CHECK_FALSE(lease.isLocked());
    clock.advance(kDay + 1);
    CHECK(lease.isLocked());
}

TEST_CASE("offline lease: a damaged profile.json does not unlock a profile") {
    QTemporaryDir dir;
    ManualClock clock;
    client::OfflineLease lease(dir.path(), clock);
    lease.recordLogin(std::chrono::milliseconds(kDay));
    QFile file(lease.path());
    REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(R"({"last_contact_ms": 1, "locked": "kaputt"})");
    file.close();
    CHECK(client::OfflineLease(dir.path(), clock).isLocked());
}

TEST_CASE("offline lease: a new profile is open, a deleted profile.json does not unlock") {
    QTemporaryDir dir;
    ManualClock clock;
    const QString profile = QDir(dir.path()).filePath(QStringLiteral("profil"));
    // Before the first login there is no directory, no replica: open, and
    // asking does not create the profile.
    CHECK_FALSE(client::OfflineLease(profile, clock).isLocked());
    CHECK_FALSE(QFileInfo::exists(profile));
    client::OfflineLease lease(profile, clock);
    lease.recordLogin(std::chrono::milliseconds(kDay));
    CHECK_FALSE(lease.isLocked());
    // An empty directory (the login created it, no replica yet) is open too.
    REQUIRE(QFile::remove(lease.path()));
    CHECK_FALSE(client::OfflineLease(profile, clock).isLocked());

    // With data in the profile, removing the lease file locks it.
    lease.recordLogin(std::chrono::milliseconds(kDay));
    QFile replica(QDir(profile).filePath(QStringLiteral("replica.db")));
    REQUIRE(replica.open(QIODevice::WriteOnly));
    replica.close();
    CHECK_FALSE(lease.isLocked());
    REQUIRE(QFile::remove(lease.path()));
    CHECK(client::OfflineLease(profile, clock).isLocked());
    CHECK(lease.isLocked());
    // A contact afterwards does not unlock it; a login does.
    lease.recordContact();
    CHECK(lease.isLocked());
    lease.recordLogin(std::chrono::milliseconds(kDay));
    CHECK_FALSE(lease.isLocked());
}

TEST_CASE("offline lease: a contact saved concurrently never loses the lock") {
    QTemporaryDir dir;
    // The sync engine's clock still at the last contact; the UI's a day
    // past the lease, so its isLocked() locks while contacts are saved.
    ManualClock engineClock;
    ManualClock uiClock;
    uiClock.set(engineClock.now().addMSecs(2 * kDay));
    for (int round = 0; round < 8; ++round) {
        client::OfflineLease(dir.path(), engineClock).recordLogin(std::chrono::milliseconds(kDay));
        std::atomic<bool> locked{false};
        std::thread engine([&] {
            client::OfflineLease lease(dir.path(), engineClock);
            for (int i = 0; i < 30 || (!locked.load() && i < 5000); ++i) {
                lease.recordContact(std::chrono::milliseconds(kDay));
                std::this_thread::yield();
            }
            // Some more after the lock, each from its own fresh read.
            for (int i = 0; i < 5; ++i)
                lease.recordContact(std::chrono::milliseconds(kDay));
        });
        {
            client::OfflineLease lease(dir.path(), uiClock);
            std::this_thread::sleep_for(std::chrono::milliseconds(round % 4));
            try {
                locked = lease.isLocked();
            } catch (...) {
                engine.join();
                throw;
            }
        }
        engine.join();
        INFO("round " << round);
        REQUIRE(locked.load());
        CHECK(client::OfflineLease(dir.path(), engineClock).isLocked());
    }
}
