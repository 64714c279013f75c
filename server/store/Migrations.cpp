// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/store/Migrations.h"

#include "common/Error.h"
#include "server/store/Sql.h"
#include "server/store/SqlQuery.h"

#include <QStringList>

namespace hn::server {

namespace {

struct Step {
    int version;
    QStringList statements;
};

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
         }},
    };
    return kSteps;
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
            storeVersion(tx, step.version);
        });
    }
}

} // namespace hn::server
