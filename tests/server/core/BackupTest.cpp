// SPDX-License-Identifier: GPL-3.0-or-later
// Backups of a running server's database (VACUUM INTO) and restores into a
// stopped data directory, on real SQLite files with a real server in this
// process.
#include "server/core/Backup.h"

#include "common/Error.h"
#include "server/core/DataDirectory.h"
#include "server/store/AuditLog.h"
#include "server/store/DatabaseFile.h"
#include "server/store/Migrations.h"
#include "server/store/RecordStore.h"
#include "server/store/SpaceStore.h"
#include "tests/server/core/SyncTesting.h"
#include "tests/support/ManualClock.h"
#include "tests/support/TestServer.h"

#include <QDir>
#include <QFile>
#include <QSqlQuery>
#include <QTimeZone>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <mutex>
#include <thread>

using namespace hn;
using namespace hn::test;
using hn::server::Backup;
using hn::server::DatabaseFile;

namespace {

common::ErrorCode codeOf(const std::function<void()> &call) {
    try {
        call();
    } catch (const common::Error &error) {
        INFO(error.describe().toStdString());
        return error.code();
    }
    FAIL("the call succeeded");
    return common::ErrorCode::Internal;
}

hn::server::Caller adminCaller(TestServer &server) {
    hn::server::LoginAttempt attempt;
    attempt.email = QString::fromLatin1(TestServer::kAdminEmail);
    attempt.password = TestServer::kAdminPassword;
    attempt.peer = QStringLiteral("ipv4:127.0.0.1");
    const auto result = server.core().authentication().login(attempt);
    return server.core().authentication().authenticate(result.token, attempt.peer);
}

// A data directory for the restore: the running server's config, another place.
hn::server::ServerConfig configIn(const TestServer &server, const QString &dataDir) {
    hn::server::ServerConfig config = server.config();
    config.dataDir = dataDir;
    REQUIRE(QDir().mkpath(dataDir));
    config.save();
    return hn::server::ServerConfig::load(dataDir);
}

} // namespace

TEST_CASE("a backup under write load restores intact, with every write acknowledged before it") {
    TestServer server;
    const hn::server::Caller admin = adminCaller(server);
    const common::Space space = server.addSpace(QStringLiteral("Last"));

    struct Ack {
        QString recordId;
        std::chrono::steady_clock::time_point at;
    };
    std::mutex mutex;
    QList<Ack> acks;
    std::atomic<bool> stop{false};
    std::thread writer([&] {
        while (!stop.load()) {
            const common::Mutation m = createContact(space.id, QStringLiteral("Schreiber"));
            const auto results = server.core().pushProcessor().push(admin, {m});
            const auto at = std::chrono::steady_clock::now();
            if (results.size() == 1 && results[0].outcome == common::MutationOutcome::Applied) {
                std::lock_guard lock(mutex);
                acks.append({m.recordId, at});
            }
        }
    });
    const auto waitFor = [&](qsizetype count) {
        for (int i = 0; i < 1000; ++i) {
            {
                std::lock_guard lock(mutex);
                if (acks.size() >= count)
                    return;
            }
            std::this_thread::sleep_for(std::chrono::milliseconds(10));
        }
    };
    waitFor(200);

    QTemporaryDir out;
    const QString file = out.filePath(QStringLiteral("backup.sqlite"));
    const auto backupStarted = std::chrono::steady_clock::now();
    const hn::server::BackupReport report = Backup::create(server.config(), file, false);
    qsizetype acksAtStart = 0;
    {
        std::lock_guard lock(mutex);
        acksAtStart = acks.size();
    }
    waitFor(acksAtStart + 100); // the load goes on after the copy
    stop = true;
    writer.join();

    QList<QString> before;
    qsizetype after = 0;
    for (const Ack &ack : std::as_const(acks)) {
        if (ack.at < backupStarted)
            before.append(ack.recordId);
        else
            ++after;
    }
    std::printf("backup under load: %lld writes acknowledged before the backup, %lld after; "
                "copy of %lld bytes in %lld ms\n",
                static_cast<long long>(before.size()), static_cast<long long>(after),
                static_cast<long long>(report.sizeBytes),
                static_cast<long long>(report.duration.count()));
    REQUIRE(before.size() >= 200);
    CHECK(report.schemaVersion == hn::server::Migrations::kCurrentVersion);
    CHECK(DatabaseFile(file).integrityCheck() == QStringLiteral("ok"));

    const hn::server::ServerConfig restored =
        configIn(server, out.filePath(QStringLiteral("restored")));
    const hn::server::RestoreReport restoreReport = Backup::restore(restored, file, false);
    CHECK(restoreReport.previous.isEmpty());
    CHECK(DatabaseFile(restored.resolvedDatabasePath()).integrityCheck() == QStringLiteral("ok"));

    hn::server::Database database(restored.databaseConfig());
    hn::server::RecordStore records(database.connection());
    qsizetype missing = 0;
    for (const QString &id : std::as_const(before)) {
        if (!records.find(id))
            ++missing;
    }
    CHECK(missing == 0);
    // The copy is one snapshot: its records are exactly a prefix of the writes.
    const qint64 live =
        records.count(common::Bucket::forSpace(space.id), 0, records.headSeq(), true);
    CHECK(live >= before.size() + 1); // and the space's own record
    CHECK(live <= acks.size() + 1);
}

TEST_CASE("restore refuses while a server runs, and a newer, foreign or corrupt file") {
    TestServer server;
    QTemporaryDir out;
    const QString file = out.filePath(QStringLiteral("backup.sqlite"));
    Backup::create(server.config(), file, false);

    // The serving data directory is locked.
    CHECK(codeOf([&] { Backup::restore(server.config(), file, true); })
          == common::ErrorCode::FailedPrecondition);
    CHECK(codeOf([&] { hn::server::DataDirectory::lock(server.config().dataDir); })
          == common::ErrorCode::FailedPrecondition);
    // An existing backup is kept unless asked.
    CHECK(codeOf([&] { Backup::create(server.config(), file, false); })
          == common::ErrorCode::AlreadyExists);
    CHECK(Backup::create(server.config(), file, true).sizeBytes > 0);

    const hn::server::ServerConfig target =
        configIn(server, out.filePath(QStringLiteral("target")));

    SECTION("a newer schema") {
        const QString newer = out.filePath(QStringLiteral("newer.sqlite"));
        REQUIRE(QFile::copy(file, newer));
        {
            QSqlDatabase db =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("newer"));
            db.setDatabaseName(newer);
            REQUIRE(db.open());
            QSqlQuery(db).exec(QStringLiteral("UPDATE schema_version SET version = 99"));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("newer"));
        CHECK(codeOf([&] { Backup::restore(target, newer, false); })
              == common::ErrorCode::FailedPrecondition);
        CHECK_FALSE(QFile::exists(target.resolvedDatabasePath()));
    }
    SECTION("a corrupt file") {
        const QString corrupt = out.filePath(QStringLiteral("corrupt.sqlite"));
        QFile original(file);
        REQUIRE(original.open(QIODevice::ReadOnly));
        QByteArray bytes = original.readAll();
        // Keep the header, ruin the pages after it.
        for (qsizetype i = 4096; i < bytes.size(); i += 7)
            bytes[i] = char(0xA5);
        QFile broken(corrupt);
        REQUIRE(broken.open(QIODevice::WriteOnly));
        broken.write(bytes);
        broken.close();
        CHECK(codeOf([&] { Backup::restore(target, corrupt, false); })
              == common::ErrorCode::InvalidArgument);
        CHECK_FALSE(QFile::exists(target.resolvedDatabasePath()));
    }
    SECTION("a file that is not a database") {
        const QString text = out.filePath(QStringLiteral("notes.txt"));
        QFile notes(text);
        REQUIRE(notes.open(QIODevice::WriteOnly));
        notes.write("Das ist keine Datenbank.\n");
        notes.close();
        CHECK(codeOf([&] { Backup::restore(target, text, false); })
              == common::ErrorCode::InvalidArgument);
    }
}

TEST_CASE("restore into a stopped server keeps the replaced database and brings back the backup") {
    TestServer server;
    QTemporaryDir out;
    const QString file = out.filePath(QStringLiteral("backup.sqlite"));
    server.addSpace(QStringLiteral("Vorher"));
    Backup::create(server.config(), file, false);
    const common::Space later = server.addSpace(QStringLiteral("Nachher"));

    server.stop();
    CHECK(codeOf([&] { Backup::restore(server.config(), file, false); })
          == common::ErrorCode::AlreadyExists);
    const hn::server::RestoreReport report = Backup::restore(server.config(), file, true);
    CHECK(report.previous
          == server.config().resolvedDatabasePath() + QStringLiteral(".before-restore"));
    CHECK(QFile::exists(report.previous));
    server.start();

    const QList<common::Space> spaces =
        hn::server::SpaceStore(server.core().database().connection()).list();
    REQUIRE(spaces.size() == 1);
    CHECK(spaces[0].name == QStringLiteral("Vorher"));
    Q_UNUSED(later);
}

TEST_CASE("a backup file is readable and writable by its owner only") {
    TestServer server;
    QTemporaryDir out;
    const QString file = out.filePath(QStringLiteral("backup.sqlite"));
    Backup::create(server.config(), file, false);
#ifndef Q_OS_WIN
    // Windows has no POSIX mode bits; QFile reports ACLs only roughly there.
    const QFileDevice::Permissions others = QFileDevice::ReadGroup | QFileDevice::WriteGroup
                                            | QFileDevice::ExeGroup | QFileDevice::ReadOther
                                            | QFileDevice::WriteOther | QFileDevice::ExeOther;
    const QFileDevice::Permissions permissions = QFile::permissions(file);
    CHECK((permissions & others) == QFileDevice::Permissions());
    CHECK(permissions.testFlag(QFileDevice::ReadOwner));
    CHECK(permissions.testFlag(QFileDevice::WriteOwner));
#endif
    // Still a backup that restores.
    CHECK(DatabaseFile(file).integrityCheck() == QStringLiteral("ok"));
}

TEST_CASE("a restore ends every session from the backup, with a reason and an audit line") {
    TestServer server;
    QTemporaryDir out;
    const QString file = out.filePath(QStringLiteral("backup.sqlite"));
    hn::server::LoginAttempt attempt;
    attempt.email = QString::fromLatin1(TestServer::kAdminEmail);
    attempt.password = TestServer::kAdminPassword;
    attempt.peer = QStringLiteral("ipv4:127.0.0.1");
    const QString token = server.core().authentication().login(attempt).token;
    Backup::create(server.config(), file, false);

    server.stop();
    const hn::server::RestoreReport report = Backup::restore(server.config(), file, true);
    CHECK(report.sessionsEnded >= 1);
    server.start();

    // The session from the backup is gone: its client logs in again and
    // learns why.
    CHECK(codeOf([&] { server.core().authentication().authenticate(token, attempt.peer); })
          == common::ErrorCode::Unauthenticated);
    CHECK(server.core().authentication().sessionEnd(token)
          == common::SessionEndReason::SessionsRevoked);
    const QString fresh = server.core().authentication().login(attempt).token;
    CHECK(server.core().authentication().authenticate(fresh, attempt.peer).user.email
          == attempt.email);

    hn::server::AuditQuery query;
    query.action = QStringLiteral("server.restore");
    const QList<common::AuditEntry> lines =
        hn::server::AuditLog(server.core().database().connection()).query(query);
    REQUIRE(lines.size() == 1);
    CHECK(lines[0].details.value(QStringLiteral("sessions_ended")).toInt() == report.sessionsEnded);
    CHECK(lines[0].details.value(QStringLiteral("from")).toString()
          == QFileInfo(file).absoluteFilePath());
}

TEST_CASE("backups into a directory are named by the clock in UTC and rotated by that name") {
    TestServer server;
    QTemporaryDir out;
    const QString dir = out.filePath(QStringLiteral("rotated"));
    // 03:30 in Berlin (UTC+1 in November); the name says UTC.
    ManualClock clock(QDateTime(QDate(2026, 11, 21), QTime(3, 30), QTimeZone(3600)));

    const hn::server::BackupReport first =
        Backup::createInDirectory(server.config(), dir, 2, clock);
    CHECK(first.file == QDir(dir).filePath(QStringLiteral("helfernetz-20261121-023000.db")));
    CHECK(first.removed.isEmpty());
    CHECK(first.kept == 1);
    CHECK(DatabaseFile(first.file).integrityCheck() == QStringLiteral("ok"));
    // Two in one second would need the same name: refused, the first stays.
    CHECK(codeOf([&] { Backup::createInDirectory(server.config(), dir, 2, clock); })
          == common::ErrorCode::AlreadyExists);
    CHECK(codeOf([&] { Backup::createInDirectory(server.config(), dir, 0, clock); })
          == common::ErrorCode::InvalidArgument);

    clock.advanceSeconds(24 * 3600);
    const hn::server::BackupReport second =
        Backup::createInDirectory(server.config(), dir, 2, clock);
    CHECK(second.removed.isEmpty());
    CHECK(second.kept == 2);
    clock.advanceSeconds(24 * 3600);
    const hn::server::BackupReport third =
        Backup::createInDirectory(server.config(), dir, 2, clock);
    CHECK(third.removed == QStringList{first.file});
    CHECK(third.kept == 2);
    CHECK(QFile::exists(second.file));

    // A clock set back: the new backup is kept even though its name is the oldest.
    clock.set(QDateTime(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC));
    const hn::server::BackupReport early =
        Backup::createInDirectory(server.config(), dir, 1, clock);
    CHECK(early.removed == QStringList({second.file, third.file}));
    CHECK(QFile::exists(early.file));
    CHECK(QDir(dir).entryList(QDir::Files) == QStringList{QFileInfo(early.file).fileName()});
}

TEST_CASE("a failed backup into a directory deletes no older backup") {
    QTemporaryDir out;
    const QString dir = out.filePath(QStringLiteral("rotated"));
    REQUIRE(QDir().mkpath(dir));
    const QStringList old{QStringLiteral("helfernetz-20250101-020000.db"),
                          QStringLiteral("helfernetz-20250102-020000.db")};
    for (const QString &name : old) {
        QFile file(QDir(dir).filePath(name));
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write("alt");
    }
    hn::server::ServerConfig empty; // a data directory without a database
    empty.dataDir = out.filePath(QStringLiteral("data"));
    ManualClock clock;
    CHECK(codeOf([&] { Backup::createInDirectory(empty, dir, 1, clock); })
          == common::ErrorCode::NotFound);
    CHECK(QDir(dir).entryList(QDir::Files, QDir::Name) == old);
}
