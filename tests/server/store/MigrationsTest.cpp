// SPDX-License-Identifier: GPL-3.0-or-later
// Opening a database: the driver check, the connection settings and the
// versioned schema, on real SQLite files.
#include "server/store/Migrations.h"

#include "server/store/RecordMirror.h"
#include "server/store/RecordStore.h"
#include "server/store/SessionStore.h"
#include "server/store/UserStore.h"
#include "tests/server/store/StoreTesting.h"

#include <QDir>
#include <QSet>
#include <QSqlDatabase>
#include <QStringList>
#include <thread>

using namespace hn;
using namespace hn::test;
using server::Database;
using server::Migrations;

namespace {

QStringList schemaObjects(QSqlDatabase db, const QString &type) {
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT name FROM sqlite_master WHERE type = ? AND name NOT LIKE "
                                 "'sqlite_%' ORDER BY name"));
    query.addBindValue(type);
    REQUIRE(query.exec());
    QStringList names;
    while (query.next())
        names << query.value(0).toString();
    return names;
}

} // namespace

TEST_CASE("migrations take an empty database to the current version with every table") {
    TempDatabase temp;
    CHECK(Migrations::kCurrentVersion == 4);
    CHECK(temp.db().schemaVersion() == 4);

    QSqlDatabase db = temp.db().connection();
    CHECK(schemaObjects(db, QStringLiteral("table"))
          == QStringList{QStringLiteral("access_requests"), QStringLiteral("activation_codes"),
                         QStringLiteral("audit_log"), QStringLiteral("blob_chunks"),
                         QStringLiteral("blobs"), QStringLiteral("document_files"),
                         QStringLiteral("memberships"), QStringLiteral("mutation_results"),
                         QStringLiteral("records"), QStringLiteral("schema_version"),
                         QStringLiteral("sessions"), QStringLiteral("spaces"),
                         QStringLiteral("sync_state"), QStringLiteral("users")});
    CHECK(schemaObjects(db, QStringLiteral("index"))
          == QStringList{
              QStringLiteral("access_requests_status_created_at"),
              QStringLiteral("audit_log_action"), QStringLiteral("audit_log_actor_id"),
              QStringLiteral("audit_log_at"), QStringLiteral("blobs_partial_upload"),
              QStringLiteral("document_files_document"), QStringLiteral("document_files_sha256"),
              QStringLiteral("memberships_user_id"), QStringLiteral("mutation_results_created_at"),
              QStringLiteral("records_bucket_seq"), QStringLiteral("sessions_user_id")});
    CHECK(rawValue(db, QStringLiteral("SELECT COUNT(*) FROM schema_version")).toInt() == 1);
    // The counter row exists from the start, at zero.
    CHECK(rawValue(db, QStringLiteral("SELECT COUNT(*) FROM sync_state")).toInt() == 1);
    CHECK(rawValue(db, QStringLiteral("SELECT head_seq FROM sync_state")).toLongLong() == 0);
    CHECK(rawValue(db, QStringLiteral("SELECT tombstone_floor FROM sync_state")).toLongLong() == 0);
}

TEST_CASE("applying migrations again, or reopening, changes nothing and keeps the data") {
    TempDatabase temp;
    const common::User user = sampleUser(QStringLiteral("5f0c1f4e-0000-4000-8000-000000000001"),
                                         QStringLiteral("a@b.de"));
    temp.db().write(
        [&](QSqlDatabase &db) { server::UserStore(db).insert(user, QByteArrayLiteral("hash")); });

    QSqlDatabase db = temp.db().connection();
    Migrations::apply(db);
    Migrations::apply(db);
    CHECK(Migrations::storedVersion(db) == 4);
    CHECK(rawValue(db, QStringLiteral("SELECT COUNT(*) FROM schema_version")).toInt() == 1);
    CHECK(rawValue(db, QStringLiteral("SELECT COUNT(*) FROM sync_state")).toInt() == 1);
    db = QSqlDatabase();

    temp.close();
    temp.open();
    CHECK(temp.db().schemaVersion() == 4);
    const auto found = server::UserStore(temp.db().connection()).findById(user.id);
    REQUIRE(found);
    checkUser(*found, user);
}

TEST_CASE("a database written by a newer server is refused, naming both versions") {
    TempDatabase temp;
    rawExec(temp.db().connection(), QStringLiteral("UPDATE schema_version SET version = 99"));
    temp.close();

    const qsizetype connectionsBefore = QSqlDatabase::connectionNames().size();
    const common::Error error = errorFrom([&] { temp.open(); });
    CHECK(error.code() == common::ErrorCode::FailedPrecondition);
    INFO(error.message().toStdString());
    CHECK(error.message().contains(QStringLiteral("version 99")));
    CHECK(error.message().contains(QStringLiteral("up to 4")));
    CHECK(error.message().contains(QStringLiteral("Update helfernetz-server")));
    // The refused open leaves no connection behind.
    CHECK(QSqlDatabase::connectionNames().size() == connectionsBefore);
}

TEST_CASE("a version 1 database with data is upgraded, its spaces, members and users synced") {
    const QString admin = QStringLiteral("5f0c1f4e-0000-4000-8000-00000000000a");
    const QString pending = QStringLiteral("5f0c1f4e-0000-4000-8000-00000000000b");
    const QString space = QStringLiteral("5f0c1f4e-0000-4000-8000-0000000000c1");
    TempDatabase temp;
    {
        // Back to exactly what version 1 made (step 1 is unchanged), with
        // rows written the way a version 1 server wrote them.
        QSqlDatabase db = temp.db().connection();
        for (const char *table : {"records", "sync_state", "mutation_results", "activation_codes",
                                  "document_files", "blob_chunks", "blobs"})
            rawExec(db, QStringLiteral("DROP TABLE %1").arg(QLatin1String(table)));
        rawExec(db, QStringLiteral("DROP INDEX audit_log_action"));
        rawExec(db, QStringLiteral("ALTER TABLE sessions DROP COLUMN wipe_delivered_at"));
        rawExec(db, QStringLiteral("UPDATE schema_version SET version = 1"));
        rawExec(db, QStringLiteral("INSERT INTO users (id, email, display_name, organization, "
                                   "municipality, affiliation, role, status, password_hash, "
                                   "created_at, updated_at) VALUES ('%1', 'admin@kreis.de', "
                                   "'Anna Admin', 'Kreisverwaltung', '', 'hauptamtlich', "
                                   "'admin', 'active', X'00', 1000, 2000)")
                        .arg(admin));
        rawExec(db, QStringLiteral("INSERT INTO users (id, email, display_name, affiliation, "
                                   "role, status, created_at, updated_at) VALUES ('%1', "
                                   "'neu@x.de', 'Neu', 'unspecified', 'guest', 'pending', 1, 1)")
                        .arg(pending));
        rawExec(db, QStringLiteral("INSERT INTO spaces (id, name, description, kind, "
                                   "guest_visible, archived, created_at, created_by) VALUES "
                                   "('%1', 'Öffentlich', 'Für alle', 'public', 1, 0, 3000, '%2')")
                        .arg(space, admin));
        rawExec(db, QStringLiteral("INSERT INTO memberships (space_id, user_id, level, "
                                   "granted_at, granted_by) VALUES ('%1', '%2', 'moderator', "
                                   "4000, '%2')")
                        .arg(space, admin));
    }
    temp.close();
    temp.open();
    CHECK(temp.db().schemaVersion() == 4);

    server::RecordStore store(temp.db().connection());
    // One seq per backfilled record; the pending account has no entry.
    CHECK(store.headSeq() == 3);
    CHECK(store.tombstoneFloor() == 0);
    CHECK_FALSE(store.find(pending));

    const auto spaceRecord = store.find(space);
    REQUIRE(spaceRecord);
    CHECK(spaceRecord->record.type == common::EntityType::Space);
    CHECK(spaceRecord->record.bucket() == QStringLiteral("space:") + space);
    CHECK(spaceRecord->record.meta.version >= 1);
    CHECK(spaceRecord->record.meta.createdBy == admin);
    CHECK(spaceRecord->record.fields.value(QStringLiteral("name")).toString()
          == QStringLiteral("Öffentlich"));
    CHECK(spaceRecord->record.fields.value(QStringLiteral("kind")).toString()
          == QStringLiteral("public"));
    CHECK(spaceRecord->record.fields.value(QStringLiteral("guest_visible")).toBool());
    CHECK(spaceRecord->fieldSeqs.value(QStringLiteral("name")) == spaceRecord->record.meta.version);

    const auto member = store.find(server::RecordMirror::membershipId(space, admin));
    REQUIRE(member);
    CHECK(member->record.type == common::EntityType::Membership);
    CHECK(member->record.meta.spaceId == space);
    CHECK(member->record.fields.value(QStringLiteral("level")).toString()
          == QStringLiteral("moderator"));
    CHECK(member->record.meta.createdAt.toMSecsSinceEpoch() == 4000);

    const auto entry = store.find(admin);
    REQUIRE(entry);
    CHECK(entry->record.type == common::EntityType::DirectoryEntry);
    CHECK(entry->record.bucket() == QStringLiteral("directory"));
    CHECK(entry->record.fields.value(QStringLiteral("email")).toString()
          == QStringLiteral("admin@kreis.de"));
    CHECK(entry->record.fields.value(QStringLiteral("affiliation")).toString()
          == QStringLiteral("hauptamtlich"));
    CHECK_FALSE(entry->record.fields.contains(QStringLiteral("password_hash")));

    QSet<qint64> seqs;
    for (const auto &found : {*spaceRecord, *member, *entry})
        seqs.insert(found.record.meta.version);
    CHECK(seqs == QSet<qint64>{1, 2, 3});

    // The old data is untouched.
    const auto user = server::UserStore(temp.db().connection()).findById(admin);
    REQUIRE(user);
    CHECK(user->displayName == QStringLiteral("Anna Admin"));
}

namespace {

// Undoes steps 4 and 3 (step 2 and earlier are unchanged), so the next
// open migrates a database exactly as a version 2 server left it.
void backToVersion2(QSqlDatabase &db) {
    rawExec(db, QStringLiteral("DROP TABLE activation_codes"));
    rawExec(db, QStringLiteral("DROP INDEX audit_log_action"));
    rawExec(db, QStringLiteral("ALTER TABLE sessions DROP COLUMN wipe_delivered_at"));
    for (const char *table : {"document_files", "blob_chunks", "blobs"})
        rawExec(db, QStringLiteral("DROP TABLE %1").arg(QLatin1String(table)));
    rawExec(db, QStringLiteral("UPDATE schema_version SET version = 2"));
}

} // namespace

TEST_CASE("a version 2 database is upgraded with the document file tables (version 3)") {
    TempDatabase temp;
    {
        // Back to what version 2 made, with a synced record in it.
        QSqlDatabase db = temp.db().connection();
        backToVersion2(db);
        rawExec(db, QStringLiteral("INSERT INTO records (id, entity, bucket, space_id, seq, "
                                   "deleted, fields, field_seqs) VALUES ('r1', 'document', "
                                   "'space:s1', 's1', 1, 0, '{}', '{}')"));
        rawExec(db, QStringLiteral("UPDATE sync_state SET head_seq = 1"));
    }
    temp.close();
    temp.open();
    QSqlDatabase db = temp.db().connection();
    CHECK(Migrations::storedVersion(db) == 4);
    CHECK(rawValue(db, QStringLiteral("SELECT COUNT(*) FROM records")).toInt() == 1);
    CHECK(rawValue(db, QStringLiteral("SELECT head_seq FROM sync_state")).toLongLong() == 1);
    const QStringList tables = schemaObjects(db, QStringLiteral("table"));
    for (const char *table : {"blobs", "blob_chunks", "document_files"})
        CHECK(tables.contains(QLatin1String(table)));
    CHECK(rawValue(db, QStringLiteral("SELECT COUNT(*) FROM blobs")).toInt() == 0);
}

TEST_CASE("a failed migration step leaves the database as it was") {
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    server::DatabaseConfig config;
    config.path = dir.filePath(QStringLiteral("clash.sqlite"));
    {
        // A stray table of the same name makes step 1 fail half-way.
        QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"),
                                                     QStringLiteral("migrations-test-raw"));
        raw.setDatabaseName(config.path);
        REQUIRE(raw.open());
        rawExec(raw, QStringLiteral("CREATE TABLE spaces (x INTEGER)"));
        raw.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("migrations-test-raw"));

    const common::Error error = errorFrom([&] { Database database(config); });
    CHECK(error.code() == common::ErrorCode::Internal);
    CHECK(error.message().contains(QStringLiteral("migrate schema to version 1")));

    QSqlDatabase check = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"),
                                                   QStringLiteral("migrations-test-check"));
    check.setDatabaseName(config.path);
    REQUIRE(check.open());
    CHECK(Migrations::storedVersion(check) == 0);
    CHECK(schemaObjects(check, QStringLiteral("table")) == QStringList{QStringLiteral("spaces")});
    check.close();
    check = QSqlDatabase();
    QSqlDatabase::removeDatabase(QStringLiteral("migrations-test-check"));
}

TEST_CASE("a missing Qt SQL driver gives a clear Unavailable error") {
    const common::Error direct =
        errorFrom([] { Database::requireDriver(QStringLiteral("QNOSUCHDRIVER")); });
    CHECK(direct.code() == common::ErrorCode::Unavailable);
    CHECK(direct.message().contains(QStringLiteral("QNOSUCHDRIVER")));
    CHECK(direct.message().contains(QStringLiteral("not available")));
    CHECK(direct.message().contains(QStringLiteral("libqt6sql6-sqlite")));

    server::DatabaseConfig config;
    config.driver = QStringLiteral("QNOSUCHDRIVER");
    config.path = QDir::temp().filePath(QStringLiteral("never-created.sqlite"));
    const common::Error viaOpen = errorFrom([&] { Database database(config); });
    CHECK(viaOpen.code() == common::ErrorCode::Unavailable);
    CHECK(viaOpen.message().contains(QStringLiteral("QNOSUCHDRIVER")));

    // The installed driver passes.
    Database::requireDriver(QStringLiteral("QSQLITE"));
}

TEST_CASE("a database file that cannot be opened is Unavailable") {
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    server::DatabaseConfig config;
    config.path = dir.filePath(QStringLiteral("no/such/directory/db.sqlite"));
    const qsizetype connectionsBefore = QSqlDatabase::connectionNames().size();
    const common::Error error = errorFrom([&] { Database database(config); });
    CHECK(error.code() == common::ErrorCode::Unavailable);
    CHECK(error.message().contains(config.path));
    CHECK(QSqlDatabase::connectionNames().size() == connectionsBefore);

    config.path.clear();
    CHECK(errorFrom([&] { Database database(config); }).code() == common::ErrorCode::Unavailable);
}

TEST_CASE("every connection runs in WAL mode with the configured settings") {
    TempDatabase temp(1234);
    struct Settings {
        QString name;
        QString journalMode;
        int busyTimeout = 0;
        int foreignKeys = 0;
        int synchronous = 0;
    };
    const auto readSettings = [&] {
        QSqlDatabase db = temp.db().connection();
        const auto pragma = [&](const char *name) {
            QSqlQuery query(db);
            query.exec(QStringLiteral("PRAGMA %1").arg(QLatin1String(name)));
            return query.next() ? query.value(0) : QVariant();
        };
        return Settings{db.connectionName(), pragma("journal_mode").toString(),
                        pragma("busy_timeout").toInt(), pragma("foreign_keys").toInt(),
                        pragma("synchronous").toInt()};
    };
    // A second thread gets a connection of its own, set up the same way.
    // (Read there, checked here: Catch's assertions are not thread-safe.)
    Settings other;
    std::thread thread([&] { other = readSettings(); });
    thread.join();
    const Settings mine = readSettings();
    CHECK(other.name != mine.name);
    for (const Settings &settings : {mine, other}) {
        CHECK(settings.journalMode == QStringLiteral("wal"));
        CHECK(settings.busyTimeout == 1234);
        CHECK(settings.foreignKeys == 1);
        CHECK(settings.synchronous == 1); // NORMAL
    }
}

TEST_CASE("a version 2 database is upgraded to 4: sessions keep their rows, codes table added") {
    const QString user = QStringLiteral("5f0c1f4e-0000-4000-8000-00000000002a");
    TempDatabase temp;
    {
        // Back to exactly what version 2 made, with a session and an audit
        // line written the way a version 2 server wrote them.
        QSqlDatabase db = temp.db().connection();
        backToVersion2(db);
        rawExec(db, QStringLiteral("INSERT INTO users (id, email, affiliation, role, status, "
                                   "created_at, updated_at) VALUES ('%1', 'm@x.de', "
                                   "'unspecified', 'member', 'active', 1, 1)")
                        .arg(user));
        rawExec(db, QStringLiteral("INSERT INTO sessions (id, user_id, token_hash, device_name, "
                                   "created_at, last_used_at, expires_at, revoked_at, "
                                   "revoke_reason) VALUES ('s1', '%1', X'01', 'Laptop', 1, 2, "
                                   "3, 4, 'role-changed')")
                        .arg(user));
    }
    temp.close();
    temp.open();
    QSqlDatabase db = temp.db().connection();
    CHECK(temp.db().schemaVersion() == 4);
    CHECK(schemaObjects(db, QStringLiteral("table")).contains(QStringLiteral("activation_codes")));
    CHECK(
        rawValue(db, QStringLiteral("SELECT device_name FROM sessions WHERE id = 's1'")).toString()
        == QStringLiteral("Laptop"));
    CHECK(rawValue(db, QStringLiteral("SELECT wipe_delivered_at FROM sessions WHERE id = 's1'"))
              .isNull());
    const auto devices =
        server::SessionStore(db).devices(user, true, QDateTime::currentDateTimeUtc());
    REQUIRE(devices.size() == 1);
    // A reason written before version 4 maps to the nearest end reason.
    CHECK(devices.first().endReason == common::SessionEndReason::SessionsRevoked);
}
