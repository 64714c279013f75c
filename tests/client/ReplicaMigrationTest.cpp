// SPDX-License-Identifier: GPL-3.0-or-later
// The replica file: where it lives, its schema version, migrations, and
// a file from a newer program refused without touching it.
#include "client/core/ProfileLocation.h"
#include "client/core/ReplicaDatabase.h"
#include "client/core/ReplicaMigrations.h"
#include "common/Error.h"
#include "tests/client/ReplicaTesting.h"

#include <QCryptographicHash>
#include <QFileInfo>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <catch2/catch.hpp>

using namespace hn;
using namespace hn::test;
using client::ProfileLocation;
using client::ReplicaDatabase;
using client::ReplicaMigrations;

namespace {

int storedVersion(const QString &path) {
    ReplicaDatabase database(path);
    return database.schemaVersion();
}

} // namespace

TEST_CASE("a fresh file gets the current schema, WAL and the search index") {
    QTemporaryDir dir;
    const QString path = dir.path() + QStringLiteral("/nested/folder/profile.db");
    ReplicaDatabase database(path);
    CHECK(QFileInfo::exists(path));
    CHECK(database.schemaVersion() == ReplicaMigrations::kCurrentVersion);
    QSqlQuery query(database.connection());
    REQUIRE(query.exec(QStringLiteral("PRAGMA journal_mode")));
    REQUIRE(query.next());
    CHECK(query.value(0).toString() == QStringLiteral("wal"));
    REQUIRE(query.exec(QStringLiteral("PRAGMA foreign_keys")));
    REQUIRE(query.next());
    CHECK(query.value(0).toInt() == 1);
    const QStringList tables = database.connection().tables();
    for (const QString &table :
         {QStringLiteral("records"), QStringLiteral("outbox"), QStringLiteral("conflicts"),
          QStringLiteral("set_aside"), QStringLiteral("cursors"), QStringLiteral("search")}) {
        INFO(table.toStdString());
        CHECK(tables.contains(table));
    }
}

TEST_CASE("re-opening keeps the data and migrates nothing twice") {
    ReplicaFixture f;
    const common::Record r =
        f.replica().create(common::EntityType::Contact, kSpace,
                           {{QStringLiteral("family_name"), QStringLiteral("Weber")}}, kUser);
    f.reopen();
    f.reopen();
    CHECK(f.replica().record(r.meta.id));
    CHECK(f.replica().counts().pending == 1);
    CHECK(f.raw(QStringLiteral("SELECT COUNT(*) FROM schema_version")).toInt() == 1);
    CHECK(f.replica().database().schemaVersion() == ReplicaMigrations::kCurrentVersion);
    // A person's edit is committed with synchronous = FULL; the connection
    // goes back to NORMAL for pulls afterwards.
    CHECK(f.raw(QStringLiteral("PRAGMA synchronous")).toInt() == 1);
}

TEST_CASE("a file with a newer schema is refused with both versions named") {
    QTemporaryDir dir;
    const QString path = dir.path() + QStringLiteral("/profile.db");
    {
        ReplicaDatabase database(path);
        QSqlQuery query(database.connection());
        REQUIRE(query.exec(QStringLiteral("UPDATE schema_version SET version = 99")));
    }
    try {
        ReplicaDatabase database(path);
        FAIL("opened a newer file");
    } catch (const common::Error &error) {
        CHECK(error.code() == common::ErrorCode::FailedPrecondition);
        CHECK(error.message().contains(QStringLiteral("99")));
        CHECK(error.message().contains(
            QStringLiteral("up to %1").arg(ReplicaMigrations::kCurrentVersion)));
        CHECK(error.message().contains(QStringLiteral("newer")));
    }
    ManualClock clock;
    CHECK_THROWS_AS(client::Replica(path, clock), common::Error);
    // Nothing in the file was changed.
    {
        QSqlDatabase raw =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw-check"));
        raw.setDatabaseName(path);
        REQUIRE(raw.open());
        QSqlQuery query(raw);
        REQUIRE(query.exec(QStringLiteral("SELECT version FROM schema_version")));
        REQUIRE(query.next());
        CHECK(query.value(0).toInt() == 99);
        raw.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("raw-check"));
}

TEST_CASE("a profile lies in its own directory under the app-data location") {
    QTemporaryDir dir;
    const QByteArray previous = qgetenv("XDG_DATA_HOME");
    qputenv("XDG_DATA_HOME", dir.path().toUtf8());
    const ProfileLocation location(QStringLiteral("helfernetz.example.org:443"), kUser);
    const QString hash = QString::fromLatin1(
        QCryptographicHash::hash(QByteArrayLiteral("helfernetz.example.org:443"),
                                 QCryptographicHash::Sha1)
            .toHex());
    CHECK(location.directory().startsWith(dir.path() + u'/'));
    CHECK(location.directory().endsWith(QStringLiteral("/profiles/") + hash + u'-' + kUser));
    CHECK(location.replicaPath() == location.directory() + QStringLiteral("/replica.db"));
    CHECK(location.fileCacheDirectory() == location.directory() + QStringLiteral("/files"));
    // Another server or user is another directory.
    CHECK(ProfileLocation(QStringLiteral("127.0.0.1:50051"), kUser).directory()
          != location.directory());
    CHECK(ProfileLocation(QStringLiteral("helfernetz.example.org:443"), kOtherUser).directory()
          != location.directory());
    CHECK_THROWS_AS(ProfileLocation(QStringLiteral("x"), QStringLiteral("../evil")), common::Error);
    CHECK(ProfileLocation(QStringLiteral("x"), kUser, QStringLiteral("/base"))
              .directory()
              .startsWith(QStringLiteral("/base/")));
    { ReplicaDatabase db(location.replicaPath()); }
    CHECK(storedVersion(location.replicaPath()) == ReplicaMigrations::kCurrentVersion);
    if (previous.isNull())
        qunsetenv("XDG_DATA_HOME");
    else
        qputenv("XDG_DATA_HOME", previous);
}
