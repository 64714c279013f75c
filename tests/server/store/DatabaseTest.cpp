// SPDX-License-Identifier: GPL-3.0-or-later
// Database::write (transactions, nesting) and the per-thread connections
// under concurrent writers, as gRPC's thread pool will use them.
#include "server/store/AuditLog.h"
#include "server/store/UserStore.h"
#include "server/store/WalCheckpointer.h"
#include "tests/server/store/StoreTesting.h"

#include <QDateTime>
#include <QFileInfo>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <algorithm>
#include <atomic>
#include <chrono>
#include <latch>
#include <mutex>
#include <set>
#include <stdexcept>
#include <thread>
#include <vector>

using namespace hn;
using namespace hn::test;
using server::AuditLog;
using server::UserStore;

namespace {

// Collects Qt warnings while alive: a connection removed while still in use
// or used from the wrong thread only shows up as a warning.
std::mutex g_warningsMutex;
QStringList g_warnings;
QtMessageHandler g_previousHandler = nullptr;

void captureWarning(QtMsgType type, const QMessageLogContext &context, const QString &message) {
    if (type == QtWarningMsg || type == QtCriticalMsg) {
        std::lock_guard lock(g_warningsMutex);
        g_warnings << message;
    }
    if (g_previousHandler)
        g_previousHandler(type, context, message);
}

class WarningCapture {
public:
    WarningCapture() {
        std::lock_guard lock(g_warningsMutex);
        g_warnings.clear();
        g_previousHandler = qInstallMessageHandler(captureWarning);
    }
    ~WarningCapture() { qInstallMessageHandler(g_previousHandler); }
    QStringList warnings() const {
        std::lock_guard lock(g_warningsMutex);
        return g_warnings;
    }
};

int userCount(QSqlDatabase db) {
    return rawValue(db, QStringLiteral("SELECT COUNT(*) FROM users")).toInt();
}

// Counted on a thread of its own, i.e. through another connection, so it
// sees only what was committed.
int committedUserCount(server::Database &database) {
    int count = -1;
    std::thread reader([&] {
        QSqlQuery query(database.connection());
        if (query.exec(QStringLiteral("SELECT COUNT(*) FROM users")) && query.next())
            count = query.value(0).toInt();
    });
    reader.join();
    return count;
}

common::User user(int n) {
    return sampleUser(QStringLiteral("00000000-0000-4000-8000-%1").arg(n, 12, 10, QLatin1Char('0')),
                      QStringLiteral("user%1@example.org").arg(n));
}

} // namespace

TEST_CASE("write commits when the work returns") {
    TempDatabase temp;
    temp.db().write(
        [&](QSqlDatabase &db) { UserStore(db).insert(user(1), QByteArrayLiteral("h")); });
    CHECK(committedUserCount(temp.db()) == 1);
}

TEST_CASE("write rolls back everything when the work throws") {
    TempDatabase temp;

    SECTION("an exception of the caller") {
        CHECK_THROWS_AS(temp.db().write([&](QSqlDatabase &db) {
            UserStore(db).insert(user(1), QByteArrayLiteral("h"));
            common::AuditEntry entry;
            entry.at = at();
            entry.action = QStringLiteral("user.create");
            AuditLog(db).append(entry);
            throw std::runtime_error("changed my mind");
        }),
                        std::runtime_error);
    }
    SECTION("a failing statement after a successful one") {
        const common::Error error = errorFrom([&] {
            temp.db().write([&](QSqlDatabase &db) {
                UserStore(db).insert(user(1), QByteArrayLiteral("h"));
                common::User clash = user(2);
                clash.email = user(1).email;
                UserStore(db).insert(clash, QByteArrayLiteral("h"));
            });
        });
        CHECK(error.code() == common::ErrorCode::AlreadyExists);
    }

    QSqlDatabase db = temp.db().connection();
    CHECK(userCount(db) == 0);
    CHECK(rawValue(db, QStringLiteral("SELECT COUNT(*) FROM audit_log")).toInt() == 0);
    // The connection is usable again afterwards.
    temp.db().write([&](QSqlDatabase &c) { UserStore(c).insert(user(3), QByteArrayLiteral("h")); });
    CHECK(userCount(db) == 1);
}

TEST_CASE("a nested write joins the outer transaction") {
    TempDatabase temp;
    server::Database &database = temp.db();

    SECTION("nothing is committed before the outer write ends") {
        int committedInside = -1;
        QString outerName, innerName;
        database.write([&](QSqlDatabase &outer) {
            outerName = outer.connectionName();
            UserStore(outer).insert(user(1), QByteArrayLiteral("h"));
            database.write([&](QSqlDatabase &inner) {
                innerName = inner.connectionName();
                UserStore(inner).insert(user(2), QByteArrayLiteral("h"));
            });
            committedInside = committedUserCount(database);
        });
        CHECK(outerName == innerName);
        CHECK(committedInside == 0);
        CHECK(committedUserCount(database) == 2);
    }
    SECTION("the outer write's failure undoes the inner write") {
        CHECK_THROWS_AS(database.write([&](QSqlDatabase &outer) {
            database.write([&](QSqlDatabase &inner) {
                UserStore(inner).insert(user(2), QByteArrayLiteral("h"));
            });
            UserStore(outer).insert(user(1), QByteArrayLiteral("h"));
            throw std::runtime_error("abort");
        }),
                        std::runtime_error);
        CHECK(committedUserCount(database) == 0);
    }
    SECTION("an inner failure that escapes undoes the outer write") {
        CHECK_THROWS_AS(database.write([&](QSqlDatabase &outer) {
            UserStore(outer).insert(user(1), QByteArrayLiteral("h"));
            database.write([&](QSqlDatabase &) { throw std::runtime_error("inner"); });
        }),
                        std::runtime_error);
        CHECK(committedUserCount(database) == 0);
        // The depth was unwound: the next write is a transaction of its own again.
        database.write(
            [&](QSqlDatabase &db) { UserStore(db).insert(user(3), QByteArrayLiteral("h")); });
        CHECK(committedUserCount(database) == 1);
    }
}

TEST_CASE("writes on two databases in one thread are separate transactions") {
    TempDatabase first;
    TempDatabase second;
    CHECK_THROWS_AS(first.db().write([&](QSqlDatabase &) {
        second.db().write(
            [&](QSqlDatabase &db) { UserStore(db).insert(user(1), QByteArrayLiteral("h")); });
        throw std::runtime_error("only the first database rolls back");
    }),
                    std::runtime_error);
    CHECK(committedUserCount(second.db()) == 1);
}

TEST_CASE("8 threads x 200 writes append the audit log and update a user concurrently") {
    WarningCapture capture;
    TempDatabase temp;
    const common::User shared = user(1);
    temp.db().write(
        [&](QSqlDatabase &db) { UserStore(db).insert(shared, QByteArrayLiteral("h")); });

    constexpr int kThreads = 8;
    constexpr int kWrites = 200;
    const qsizetype connectionsBefore = QSqlDatabase::connectionNames().size();

    for (int round = 0; round < 2; ++round) {
        std::mutex errorsMutex;
        QStringList errors;
        std::vector<std::thread> threads;
        for (int t = 0; t < kThreads; ++t) {
            threads.emplace_back([&, t] {
                try {
                    for (int i = 0; i < kWrites; ++i) {
                        temp.db().write([&](QSqlDatabase &db) {
                            common::AuditEntry entry;
                            entry.at = at(i);
                            entry.actorId = QStringLiteral("thread-%1").arg(t);
                            entry.action = QStringLiteral("test.concurrent");
                            entry.details = QJsonObject{{QStringLiteral("round"), round},
                                                        {QStringLiteral("i"), i}};
                            AuditLog(db).append(entry);
                            common::User changed = shared;
                            changed.displayName =
                                QStringLiteral("Thread %1 write %2").arg(t).arg(i);
                            changed.updatedAt = at(i);
                            if (!UserStore(db).update(changed))
                                throw std::runtime_error("shared user vanished");
                        });
                    }
                } catch (const std::exception &e) {
                    std::lock_guard lock(errorsMutex);
                    errors
                        << QStringLiteral("thread %1: %2").arg(t).arg(QString::fromUtf8(e.what()));
                }
            });
        }
        for (std::thread &thread : threads)
            thread.join();

        INFO("round " << round);
        CHECK(errors == QStringList{});
        // Each finished thread closed and removed its connection on exit.
        CHECK(QSqlDatabase::connectionNames().size() == connectionsBefore);
    }

    server::AuditQuery all;
    all.limit = 100000;
    const QList<common::AuditEntry> entries = AuditLog(temp.db().connection()).query(all);
    REQUIRE(entries.size() == 2 * kThreads * kWrites);
    std::set<qint64> ids;
    for (const common::AuditEntry &entry : entries)
        ids.insert(entry.id);
    CHECK(ids.size() == static_cast<std::size_t>(entries.size()));
    // MAX(id)+1 under the write lock: no gaps either.
    CHECK(*ids.begin() == 1);
    CHECK(*ids.rbegin() == 2 * kThreads * kWrites);
    // Each thread's own entries are in the order it wrote them.
    for (int t = 0; t < kThreads; ++t) {
        server::AuditQuery mine;
        mine.actorId = QStringLiteral("thread-%1").arg(t);
        mine.limit = 100000;
        const auto own = AuditLog(temp.db().connection()).query(mine);
        REQUIRE(own.size() == 2 * kWrites);
        for (int k = 0; k < own.size(); ++k)
            CHECK(own.at(k).details.value(QStringLiteral("i")).toInt() == k % kWrites);
    }
    CHECK(capture.warnings() == QStringList{});
}

TEST_CASE("connections are removed when their thread or their database ends") {
    WarningCapture capture;
    const qsizetype baseline = QSqlDatabase::connectionNames().size();
    auto temp = std::make_unique<TempDatabase>();
    // The opening thread's and the WAL checkpointer's.
    CHECK(QSqlDatabase::connectionNames().size() == baseline + 2);

    SECTION("the thread ends first") {
        std::thread worker([&] { temp->db().connection(); });
        worker.join();
        CHECK(QSqlDatabase::connectionNames().size() == baseline + 2);
        temp.reset();
        CHECK(QSqlDatabase::connectionNames().size() == baseline);
    }
    SECTION("the database ends while a thread that used it still runs") {
        std::latch used(1);
        std::latch release(1);
        bool opened = false;
        std::thread worker([&] {
            opened = temp->db().connection().isOpen();
            used.count_down();
            release.wait();
        });
        used.wait();
        CHECK(opened);
        CHECK(QSqlDatabase::connectionNames().size() == baseline + 3);
        temp.reset();
        CHECK(QSqlDatabase::connectionNames().size() == baseline);
        release.count_down();
        worker.join();
        CHECK(QSqlDatabase::connectionNames().size() == baseline);
    }
    SECTION("a thread outlives several databases") {
        std::latch used(1);
        std::latch release(1);
        std::thread worker([&] {
            for (int i = 0; i < 5; ++i) {
                TempDatabase own;
                own.db().connection();
            }
            used.count_down();
            release.wait();
        });
        used.wait();
        CHECK(QSqlDatabase::connectionNames().size() == baseline + 2);
        release.count_down();
        worker.join();
        temp.reset();
        CHECK(QSqlDatabase::connectionNames().size() == baseline);
    }
    CHECK(capture.warnings() == QStringList{});
}

TEST_CASE("bulk writes leave the WAL checkpoint to the checkpointer thread") {
    TempDatabase temp;
    const qint64 before = QFileInfo(temp.path()).size();
    // About 4 MB of committed pages, in the WAL only until a checkpoint
    // copies them into the main file (bulk writers do not do that).
    for (int n = 0; n < 40; ++n) {
        temp.db().writeBulk([&](QSqlDatabase &db) {
            common::AuditEntry entry;
            entry.at = QDateTime::fromMSecsSinceEpoch(1000 + n, Qt::UTC);
            entry.action = QStringLiteral("test.bulk");
            entry.details = QJsonObject{{QStringLiteral("payload"), QString(100000, u'x')}};
            AuditLog(db).append(entry);
        });
    }
    qint64 after = before;
    for (int waited = 0; waited < 100 && after < before + 3'000'000; ++waited) {
        std::this_thread::sleep_for(std::chrono::milliseconds(50));
        after = QFileInfo(temp.path()).size();
    }
    CHECK(after >= before + 3'000'000);
    CHECK(committedUserCount(temp.db()) == 0); // still readable meanwhile
}

TEST_CASE("WalCheckpointer gathers announced writes into few checkpoints and stops cleanly") {
    std::atomic<int> checkpoints{0};
    {
        bool prepared = false;
        server::WalCheckpointer checkpointer([&] { prepared = true; }, [&] { ++checkpoints; },
                                             std::chrono::milliseconds(100));
        CHECK(prepared);
        std::this_thread::sleep_for(std::chrono::milliseconds(150));
        CHECK(checkpoints == 0); // nothing written, nothing to do
        for (int n = 0; n < 1000; ++n)
            checkpointer.notifyWrite();
        for (int waited = 0; waited < 100 && checkpoints == 0; ++waited)
            std::this_thread::sleep_for(std::chrono::milliseconds(20));
        CHECK(checkpoints == 1);
        checkpointer.notifyWrite();
    } // stops without waiting for the interval of the last announcement
    CHECK(checkpoints <= 2);
}
