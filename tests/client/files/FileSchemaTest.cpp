// SPDX-License-Identifier: GPL-3.0-or-later
// Replica schema version 2 (the file cache, upload queue and file texts)
// on a file written by a client that knew only version 1.
#include "client/core/FileCache.h"
#include "client/core/ReplicaMigrations.h"
#include "tests/client/ReplicaTesting.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <catch2/catch.hpp>

using namespace hn;
using namespace hn::test;

TEST_CASE("a version 1 replica gains the file tables and keeps its records") {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("old.db"));
    {
        QSqlDatabase raw =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("schema-v1"));
        raw.setDatabaseName(path);
        REQUIRE(raw.open());
        client::ReplicaMigrations::applyUpTo(raw, 1);
        CHECK(client::ReplicaMigrations::storedVersion(raw) == 1);
        CHECK_FALSE(raw.tables().contains(QStringLiteral("cached_files")));
        raw.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("schema-v1"));
    ManualClock clock;
    {
        client::Replica replica(path, clock);
        replica.applyPage(
            page(spaceBucket(),
                 {serverContact(recordId(1), 3,
                                {{QStringLiteral("family_name"), QStringLiteral("Alt")}})},
                 3));
    }
    client::Replica replica(path, clock);
    CHECK(replica.database().schemaVersion() == client::ReplicaMigrations::kCurrentVersion);
    CHECK(replica.record(recordId(1)));
    const QStringList tables = replica.database().connection().tables();
    for (const char *table : {"cached_files", "pinned_documents", "offline_spaces",
                              "local_settings", "upload_queue", "file_texts"})
        CHECK(tables.contains(QString::fromLatin1(table)));
    QTemporaryDir files;
    client::FileCache cache(replica.database(), files.path(), clock);
    CHECK(cache.usedBytes() == 0);
    CHECK(cache.capBytes() == client::FileCache::kDefaultCapBytes);
}
