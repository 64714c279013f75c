// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/store/Migrations.h"

#include "common/Error.h"
#include "server/store/RecordMirror.h"
#include "server/store/Sql.h"
#include "server/store/SqlQuery.h"

#include <QJsonDocument>
#include <QStringList>
#include <functional>

namespace hn::server {

namespace {

struct Step {
    int version;
    QStringList statements;
    // Runs after the statements, in the same transaction: moves existing
    // rows into what the statements created.
    std::function<void(QSqlDatabase &)> backfill;
};

void backfillSyncRecords(QSqlDatabase &db);

// One schema for SQLite and PostgreSQL. Times are BIGINT (milliseconds do
// not fit PostgreSQL's 32-bit INTEGER; SQLite treats BIGINT as INTEGER).
// Two words differ by dialect and are filled in by dialectSql():
//   {blob}     BLOB on SQLite, BYTEA on PostgreSQL
//   {audit_id} INTEGER PRIMARY KEY on SQLite (the rowid itself),
//              BIGINT PRIMARY KEY on PostgreSQL
// Audit ids are allocated by AuditLog as MAX(id)+1 inside the write
// transaction, so neither AUTOINCREMENT nor a sequence is needed.
const QList<Step> &steps() {
    static const QList<Step> kSteps{
        {1,
         {
             QStringLiteral("CREATE TABLE users ("
                            " id TEXT NOT NULL PRIMARY KEY,"
                            " email TEXT NOT NULL UNIQUE,"
                            " display_name TEXT,"
                            " organization TEXT,"
                            " municipality TEXT,"
                            " affiliation TEXT NOT NULL,"
                            " role TEXT NOT NULL,"
                            " status TEXT NOT NULL,"
                            " password_hash {blob},"
                            " created_at BIGINT,"
                            " updated_at BIGINT,"
                            " password_changed_at BIGINT)"),
             QStringLiteral("CREATE TABLE sessions ("
                            " id TEXT NOT NULL PRIMARY KEY,"
                            " user_id TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,"
                            " token_hash {blob} NOT NULL UNIQUE,"
                            " device_name TEXT,"
                            " peer TEXT,"
                            " created_at BIGINT,"
                            " last_used_at BIGINT,"
                            " expires_at BIGINT,"
                            " revoked_at BIGINT,"
                            " revoke_reason TEXT)"),
             QStringLiteral("CREATE INDEX sessions_user_id ON sessions(user_id)"),
             QStringLiteral("CREATE TABLE spaces ("
                            " id TEXT NOT NULL PRIMARY KEY,"
                            " name TEXT NOT NULL UNIQUE,"
                            " description TEXT,"
                            " kind TEXT NOT NULL,"
                            " guest_visible INTEGER NOT NULL DEFAULT 0,"
                            " archived INTEGER NOT NULL DEFAULT 0,"
                            " created_at BIGINT,"
                            " created_by TEXT)"),
             QStringLiteral("CREATE TABLE memberships ("
                            " space_id TEXT NOT NULL REFERENCES spaces(id) ON DELETE CASCADE,"
                            " user_id TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,"
                            " level TEXT NOT NULL,"
                            " granted_at BIGINT,"
                            " granted_by TEXT,"
                            " PRIMARY KEY (space_id, user_id))"),
             QStringLiteral("CREATE INDEX memberships_user_id ON memberships(user_id)"),
             QStringLiteral("CREATE TABLE access_requests ("
                            " id TEXT NOT NULL PRIMARY KEY,"
                            " name TEXT,"
                            " email TEXT,"
                            " organization TEXT,"
                            " municipality TEXT,"
                            " message TEXT,"
                            " status TEXT NOT NULL,"
                            " created_at BIGINT,"
                            " reviewed_by TEXT,"
                            " reviewed_at BIGINT,"
                            " review_note TEXT)"),
             QStringLiteral("CREATE INDEX access_requests_status_created_at"
                            " ON access_requests(status, created_at)"),
             QStringLiteral("CREATE TABLE audit_log ("
                            " id {audit_id},"
                            " at BIGINT NOT NULL,"
                            " actor_id TEXT,"
                            " actor_email TEXT,"
                            " action TEXT NOT NULL,"
                            " target_type TEXT,"
                            " target_id TEXT,"
                            " peer TEXT,"
                            " details TEXT NOT NULL DEFAULT '{}')"),
             QStringLiteral("CREATE INDEX audit_log_at ON audit_log(at)"),
             QStringLiteral("CREATE INDEX audit_log_actor_id ON audit_log(actor_id)"),
         },
         {}},
        // Sync (issue 3): the synced records of every bucket, the global
        // change counter and the answers to pushed mutations.
        //   records.seq         the global seq of the record's last change
        //                       (its version); one row per record, so the
        //                       feed is compacted by construction
        //   records.fields      the complete fields as compact JSON
        //   records.field_seqs  JSON {field: seq of its last change}
        //   sync_state          one row: the newest seq handed out and the
        //                       highest seq of a purged tombstone
        {2,
         {
             QStringLiteral("CREATE TABLE records ("
                            " id TEXT NOT NULL PRIMARY KEY,"
                            " entity TEXT NOT NULL,"
                            " bucket TEXT NOT NULL,"
                            " space_id TEXT,"
                            " seq BIGINT NOT NULL,"
                            " deleted INTEGER NOT NULL DEFAULT 0,"
                            " created_by TEXT,"
                            " created_at BIGINT,"
                            " updated_by TEXT,"
                            " updated_at BIGINT,"
                            " fields TEXT NOT NULL,"
                            " field_seqs TEXT NOT NULL)"),
             QStringLiteral("CREATE INDEX records_bucket_seq ON records(bucket, seq)"),
             QStringLiteral("CREATE TABLE sync_state ("
                            " id INTEGER NOT NULL PRIMARY KEY CHECK (id = 1),"
                            " head_seq BIGINT NOT NULL,"
                            " tombstone_floor BIGINT NOT NULL)"),
             QStringLiteral(
                 "INSERT INTO sync_state (id, head_seq, tombstone_floor) VALUES (1, 0, 0)"),
             QStringLiteral("CREATE TABLE mutation_results ("
                            " mutation_id TEXT NOT NULL PRIMARY KEY,"
                            " user_id TEXT NOT NULL,"
                            " result TEXT NOT NULL,"
                            " created_at BIGINT NOT NULL)"),
             QStringLiteral("CREATE INDEX mutation_results_created_at"
                            " ON mutation_results(created_at)"),
         },
         backfillSyncRecords},
        // Documents (issue 4): file bytes live in the database, so a
        // version and its file become visible in one transaction, backups
        // (VACUUM INTO) hold them, and several server processes on
        // PostgreSQL need no shared file system.
        //   blobs            one row per stored file (state 'complete',
        //                    sha256 set, unique) or per upload in progress
        //                    (state 'partial', one per uploader and
        //                    declared hash; sha256 NULL until verified).
        //                    size is the file's size, or the bytes held.
        //   blob_chunks      the bytes, in rows of up to a few MiB keyed by
        //                    their first byte's position; completing an
        //                    upload changes the blobs row only
        //   document_files   which blob a DocumentVersion record holds,
        //                    so access checks and the collector need not
        //                    parse the records' JSON
        {3,
         {
             QStringLiteral("CREATE TABLE blobs ("
                            " id TEXT NOT NULL PRIMARY KEY,"
                            " sha256 TEXT UNIQUE,"
                            " declared_sha256 TEXT NOT NULL,"
                            " size BIGINT NOT NULL,"
                            " state TEXT NOT NULL,"
                            " uploader_id TEXT NOT NULL,"
                            " created_at BIGINT NOT NULL,"
                            " updated_at BIGINT NOT NULL)"),
             QStringLiteral("CREATE UNIQUE INDEX blobs_partial_upload"
                            " ON blobs(uploader_id, declared_sha256) WHERE state = 'partial'"),
             QStringLiteral("CREATE TABLE blob_chunks ("
                            " blob_id TEXT NOT NULL REFERENCES blobs(id) ON DELETE CASCADE,"
                            " first_byte BIGINT NOT NULL,"
                            " data {blob} NOT NULL,"
                            " PRIMARY KEY (blob_id, first_byte))"),
             QStringLiteral("CREATE TABLE document_files ("
                            " version_id TEXT NOT NULL PRIMARY KEY,"
                            " document_id TEXT NOT NULL,"
                            " sha256 TEXT NOT NULL,"
                            " size BIGINT NOT NULL,"
                            " created_at BIGINT NOT NULL)"),
             QStringLiteral("CREATE INDEX document_files_sha256 ON document_files(sha256)"),
             QStringLiteral("CREATE INDEX document_files_document ON document_files(document_id)"),
         },
         {}},
        // Governance (issue 6):
        //   sessions.wipe_delivered_at  first answer to a revoked device
        //   activation_codes            one-time codes (hash only), one per
        //                               account, for activation and resets
        //   audit_log_action            QueryAudit filters by action
        {4,
         {
             QStringLiteral("ALTER TABLE sessions ADD COLUMN wipe_delivered_at BIGINT"),
             QStringLiteral("CREATE TABLE activation_codes ("
                            " user_id TEXT NOT NULL PRIMARY KEY"
                            " REFERENCES users(id) ON DELETE CASCADE,"
                            " code_hash {blob} NOT NULL,"
                            " purpose TEXT NOT NULL,"
                            " created_at BIGINT,"
                            " created_by TEXT,"
                            " expires_at BIGINT NOT NULL)"),
             QStringLiteral("CREATE INDEX audit_log_action ON audit_log(action)"),
         },
         {}},
    };
    return kSteps;
}

// Gives the spaces, memberships and users of a version 1 database their
// synced records. Written against the version 2 tables with its own SQL
// (not RecordStore), so later changes to the store cannot change what this
// step does; the field mapping is RecordMirror's, the same as for new writes.
void backfillSyncRecords(QSqlDatabase &db) {
    const QString context = QStringLiteral("migrate schema to version 2: backfill sync records");
    QList<common::Record> records;
    {
        SqlQuery spaces(db,
                        QStringLiteral("SELECT id, name, description, kind, guest_visible, "
                                       "archived, created_at, created_by FROM spaces ORDER BY id"),
                        context);
        spaces.exec();
        while (spaces.next()) {
            common::Space space;
            space.id = spaces.value(0).toString();
            space.name = spaces.value(1).toString();
            space.description = spaces.value(2).toString();
            space.kind = sql::decode(common::parseSpaceKind(spaces.value(3).toString()),
                                     spaces.value(3), "spaces", space.id, "kind");
            space.guestVisible = spaces.value(4).toInt() != 0;
            space.archived = spaces.value(5).toInt() != 0;
            space.createdAt = sql::toTime(spaces.value(6));
            space.createdBy = spaces.value(7).toString();
            records.append(RecordMirror::spaceRecord(space));
        }
    }
    {
        SqlQuery memberships(db,
                             QStringLiteral("SELECT space_id, user_id, level, granted_at, "
                                            "granted_by FROM memberships ORDER BY space_id, "
                                            "user_id"),
                             context);
        memberships.exec();
        while (memberships.next()) {
            common::Membership membership;
            membership.spaceId = memberships.value(0).toString();
            membership.userId = memberships.value(1).toString();
            membership.level =
                sql::decode(common::parseSpaceLevel(memberships.value(2).toString()),
                            memberships.value(2), "memberships", membership.userId, "level");
            membership.grantedAt = sql::toTime(memberships.value(3));
            membership.grantedBy = memberships.value(4).toString();
            records.append(RecordMirror::membershipRecord(membership));
        }
    }
    {
        SqlQuery users(db,
                       QStringLiteral("SELECT id, email, display_name, organization, "
                                      "municipality, affiliation, role, status, created_at, "
                                      "updated_at FROM users ORDER BY id"),
                       context);
        users.exec();
        while (users.next()) {
            common::User user;
            user.id = users.value(0).toString();
            user.email = users.value(1).toString();
            user.displayName = users.value(2).toString();
            user.organization = users.value(3).toString();
            user.municipality = users.value(4).toString();
            user.affiliation = sql::decode(common::parseAffiliation(users.value(5).toString()),
                                           users.value(5), "users", user.id, "affiliation");
            user.role = sql::decode(common::parseGlobalRole(users.value(6).toString()),
                                    users.value(6), "users", user.id, "role");
            user.status = sql::decode(common::parseAccountStatus(users.value(7).toString()),
                                      users.value(7), "users", user.id, "status");
            user.createdAt = sql::toTime(users.value(8));
            user.updatedAt = sql::toTime(users.value(9));
            if (RecordMirror::listedInDirectory(user))
                records.append(RecordMirror::directoryRecord(user));
        }
    }

    SqlQuery insert(
        db,
        QStringLiteral("INSERT INTO records (id, entity, bucket, space_id, seq, "
                       "deleted, created_by, created_at, updated_by, updated_at, "
                       "fields, field_seqs) VALUES (?, ?, ?, ?, ?, 0, ?, ?, ?, ?, ?, ?)"),
        context);
    qint64 seq = 0;
    for (const common::Record &record : std::as_const(records)) {
        ++seq;
        QJsonObject fieldSeqs;
        for (auto it = record.fields.constBegin(); it != record.fields.constEnd(); ++it)
            fieldSeqs.insert(it.key(), double(seq));
        insert.exec({record.meta.id, common::toString(record.type), record.bucket(),
                     sql::fromText(record.meta.spaceId.isEmpty() ? QString() : record.meta.spaceId),
                     seq, sql::fromText(record.meta.createdBy),
                     sql::fromTime(record.meta.createdAt), sql::fromText(record.meta.updatedBy),
                     sql::fromTime(record.meta.updatedAt),
                     QString::fromUtf8(QJsonDocument(record.fields).toJson(QJsonDocument::Compact)),
                     QString::fromUtf8(QJsonDocument(fieldSeqs).toJson(QJsonDocument::Compact))});
    }
    SqlQuery(db, QStringLiteral("UPDATE sync_state SET head_seq = ? WHERE id = 1"), context)
        .exec({seq});
}

QString dialectSql(const QSqlDatabase &db, QString statement) {
    const bool sqlite = sql::isSqlite(db);
    statement.replace(QLatin1String("{blob}"),
                      sqlite ? QLatin1String("BLOB") : QLatin1String("BYTEA"));
    statement.replace(QLatin1String("{audit_id}"), sqlite ? QLatin1String("INTEGER PRIMARY KEY")
                                                          : QLatin1String("BIGINT PRIMARY KEY"));
    return statement;
}

void storeVersion(QSqlDatabase &db, int version) {
    const QString context = QStringLiteral("store schema version %1").arg(version);
    SqlQuery(db,
             QStringLiteral("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)"),
             context)
        .exec();
    SqlQuery(db, QStringLiteral("DELETE FROM schema_version"), context).exec();
    SqlQuery(db, QStringLiteral("INSERT INTO schema_version (version) VALUES (?)"), context)
        .exec({version});
}

void refuseNewer(int stored) {
    if (stored <= Migrations::kCurrentVersion)
        return;
    throw common::Error::failedPrecondition(
        QStringLiteral("The database has schema version %1, but this server only knows schema "
                       "versions up to %2. Update helfernetz-server to a release that supports "
                       "schema version %1 (or restore a backup made with this release).")
            .arg(stored)
            .arg(Migrations::kCurrentVersion));
}

} // namespace

int Migrations::storedVersion(QSqlDatabase &db) {
    if (!db.tables().contains(QStringLiteral("schema_version")))
        return 0;
    SqlQuery query(db, QStringLiteral("SELECT MAX(version) FROM schema_version"),
                   QStringLiteral("read schema version"));
    query.exec();
    if (!query.next() || query.value(0).isNull())
        return 0;
    return query.value(0).toInt();
}

void Migrations::apply(QSqlDatabase &db) {
    refuseNewer(storedVersion(db));
    for (const Step &step : steps()) {
        if (storedVersion(db) >= step.version)
            continue;
        sql::writeTransaction(db, [&](QSqlDatabase &tx) {
            // Checked again under the write lock: another server process
            // opening the same database may have migrated in the meantime.
            const int stored = storedVersion(tx);
            refuseNewer(stored);
            if (stored >= step.version)
                return;
            const QString context =
                QStringLiteral("migrate schema to version %1").arg(step.version);
            for (const QString &statement : step.statements)
                SqlQuery(tx, dialectSql(tx, statement), context).exec();
            if (step.backfill)
                step.backfill(tx);
            storeVersion(tx, step.version);
        });
    }
}

} // namespace hn::server
