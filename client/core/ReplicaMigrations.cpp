// SPDX-License-Identifier: GPL-3.0-or-later
#include "client/core/ReplicaMigrations.h"

#include "client/core/ReplicaDatabase.h"
#include "client/core/ReplicaQuery.h"
#include "common/Error.h"

#include <QList>
#include <QStringList>

namespace hn::client {

namespace {

struct Step {
    int version;
    QStringList statements;
};

// Times are INTEGER milliseconds since the epoch (UTC); JSON is stored as
// compact UTF-8 text.
const QList<Step> &steps() {
    static const QList<Step> kSteps{
        {1,
         {
             // One row per record held. `fields` is the local view (with the
             // person's unsynced changes); `server_fields` the last state the
             // server sent, NULL when it equals `fields` (the common case, so
             // a plain pull writes the JSON once). `version` is the server's
             // version (0: never reached the server). `rid` is the row's
             // stable key for the search index (a rowid of a table without
             // an INTEGER PRIMARY KEY may change on VACUUM).
             QStringLiteral("CREATE TABLE records ("
                            " rid INTEGER PRIMARY KEY,"
                            " id TEXT NOT NULL UNIQUE,"
                            " type TEXT NOT NULL,"
                            " bucket TEXT NOT NULL,"
                            " space_id TEXT NOT NULL DEFAULT '',"
                            " parent_id TEXT NOT NULL DEFAULT '',"
                            " version INTEGER NOT NULL DEFAULT 0,"
                            " deleted INTEGER NOT NULL DEFAULT 0,"
                            " server_deleted INTEGER NOT NULL DEFAULT 0,"
                            " created_by TEXT NOT NULL DEFAULT '',"
                            " created_at INTEGER,"
                            " updated_by TEXT NOT NULL DEFAULT '',"
                            " updated_at INTEGER,"
                            " fields TEXT NOT NULL,"
                            " server_fields TEXT)"),
             QStringLiteral(
                 "CREATE INDEX records_type_bucket ON records(type, bucket, deleted, id)"),
             QStringLiteral("CREATE INDEX records_bucket ON records(bucket)"),
             QStringLiteral(
                 "CREATE INDEX records_parent ON records(parent_id) WHERE parent_id <> ''"),
             // Where the replica stands in each bucket. snapshot_active: a
             // snapshot of the bucket began and has not completed yet.
             QStringLiteral("CREATE TABLE cursors ("
                            " bucket TEXT NOT NULL PRIMARY KEY,"
                            " cursor INTEGER NOT NULL DEFAULT 0,"
                            " snapshot_active INTEGER NOT NULL DEFAULT 0)"),
             QStringLiteral("CREATE TABLE snapshot_seen ("
                            " bucket TEXT NOT NULL,"
                            " record_id TEXT NOT NULL,"
                            " PRIMARY KEY (bucket, record_id)) WITHOUT ROWID"),
             // Local changes in the order made. `sent`: handed to the
             // engine at least once, so its content (and mutation_id) is
             // frozen: the server may already have applied it.
             QStringLiteral("CREATE TABLE outbox ("
                            " id INTEGER PRIMARY KEY AUTOINCREMENT,"
                            " mutation_id TEXT NOT NULL UNIQUE,"
                            " record_id TEXT NOT NULL,"
                            " type TEXT NOT NULL,"
                            " bucket TEXT NOT NULL,"
                            " space_id TEXT NOT NULL DEFAULT '',"
                            " op TEXT NOT NULL,"
                            " base_version INTEGER NOT NULL DEFAULT 0,"
                            " fields TEXT NOT NULL,"
                            " changed_fields TEXT NOT NULL,"
                            " state TEXT NOT NULL,"
                            " sent INTEGER NOT NULL DEFAULT 0,"
                            " rejection_kind TEXT,"
                            " rejection_field TEXT,"
                            " rejection_message TEXT,"
                            " user_id TEXT NOT NULL DEFAULT '',"
                            " created_at INTEGER NOT NULL)"),
             QStringLiteral("CREATE INDEX outbox_record ON outbox(record_id, id)"),
             QStringLiteral("CREATE INDEX outbox_state ON outbox(state, id)"),
             QStringLiteral("CREATE INDEX outbox_bucket ON outbox(bucket)"),
             // Open conflicts; `mine` and `theirs` are JSON arrays holding
             // the one value (any JSON value, null included).
             QStringLiteral("CREATE TABLE conflicts ("
                            " id INTEGER PRIMARY KEY AUTOINCREMENT,"
                            " kind TEXT NOT NULL,"
                            " record_id TEXT NOT NULL,"
                            " type TEXT NOT NULL,"
                            " bucket TEXT NOT NULL,"
                            " field TEXT NOT NULL DEFAULT '',"
                            " mine TEXT NOT NULL,"
                            " theirs TEXT NOT NULL,"
                            " server_version INTEGER NOT NULL DEFAULT 0,"
                            " detected_at INTEGER NOT NULL,"
                            " UNIQUE (record_id, field))"),
             QStringLiteral("CREATE INDEX conflicts_bucket ON conflicts(bucket)"),
             QStringLiteral("CREATE TABLE set_aside ("
                            " id INTEGER PRIMARY KEY AUTOINCREMENT,"
                            " type TEXT NOT NULL,"
                            " record_id TEXT NOT NULL,"
                            " bucket TEXT NOT NULL,"
                            " space_id TEXT NOT NULL DEFAULT '',"
                            " op TEXT NOT NULL,"
                            " fields TEXT NOT NULL,"
                            " changed_fields TEXT NOT NULL,"
                            " base_version INTEGER NOT NULL DEFAULT 0,"
                            " reason TEXT NOT NULL,"
                            " set_aside_at INTEGER NOT NULL,"
                            " details TEXT NOT NULL)"),
             // Full-text index of the local view, rowid = records.rid.
             // remove_diacritics 2 folds "Müller" to "muller"; the indexed
             // text also carries transliterated copies of words with
             // umlauts ("mueller"), see SearchText.
             QStringLiteral("CREATE VIRTUAL TABLE search USING fts5("
                            " title, keys, body,"
                            " tokenize = 'unicode61 remove_diacritics 2')"),
         }},
        {2,
         {
             // Document files held on this computer (FileCache), one file per
             // version under the profile's files/ directory, named by the
             // version id. last_used_at orders eviction (LRU).
             QStringLiteral("CREATE TABLE cached_files ("
                            " version_id TEXT NOT NULL PRIMARY KEY,"
                            " document_id TEXT NOT NULL,"
                            " sha256 TEXT NOT NULL,"
                            " size INTEGER NOT NULL,"
                            " file_name TEXT NOT NULL DEFAULT '',"
                            " mime_type TEXT NOT NULL DEFAULT '',"
                            " last_used_at INTEGER NOT NULL)"),
             QStringLiteral("CREATE INDEX cached_files_lru ON cached_files(last_used_at)"),
             // "Offline verfügbar": the current versions of these documents,
             // and of every document of these spaces, are fetched ahead and
             // never evicted.
             QStringLiteral(
                 "CREATE TABLE pinned_documents (document_id TEXT NOT NULL PRIMARY KEY)"),
             QStringLiteral("CREATE TABLE offline_spaces (space_id TEXT NOT NULL PRIMARY KEY)"),
             // Settings of this profile on this computer (the cache cap).
             QStringLiteral("CREATE TABLE local_settings ("
                            " name TEXT NOT NULL PRIMARY KEY, value TEXT NOT NULL)"),
             // Files waiting to be uploaded as new document versions
             // (UploadQueue). version_id is made at enqueue, so a repeated
             // upload creates the version once (blobs.proto). A restore has
             // no local file (the server completes it from bytes it holds).
             // state: pending | stopped (a retry cannot help; reason kept
             // for the person to retry with override or discard).
             QStringLiteral("CREATE TABLE upload_queue ("
                            " id INTEGER PRIMARY KEY AUTOINCREMENT,"
                            " version_id TEXT NOT NULL UNIQUE,"
                            " document_id TEXT NOT NULL,"
                            " file_name TEXT NOT NULL,"
                            " mime_type TEXT NOT NULL,"
                            " comment TEXT NOT NULL DEFAULT '',"
                            " size INTEGER NOT NULL,"
                            " sha256 TEXT NOT NULL,"
                            " restore INTEGER NOT NULL DEFAULT 0,"
                            " override_checkout INTEGER NOT NULL DEFAULT 0,"
                            " state TEXT NOT NULL,"
                            " error_code TEXT NOT NULL DEFAULT '',"
                            " error_message TEXT NOT NULL DEFAULT '',"
                            " attempts INTEGER NOT NULL DEFAULT 0,"
                            " created_at INTEGER NOT NULL)"),
             // Text extracted from a cached file (DocumentText), indexed
             // with its document while the version is the current one.
             QStringLiteral("CREATE TABLE file_texts ("
                            " version_id TEXT NOT NULL PRIMARY KEY,"
                            " document_id TEXT NOT NULL,"
                            " text TEXT NOT NULL)"),
         }},
        {3,
         {
             // Where the contact list sorts and filters by default (issue 5:
             // fast with 100,000 rows): the name order without reading
             // every record, and the municipalities for the filter. The
             // expressions must match the list's SQL (client/ui/contacts/
             // ContactColumns) character for character, or SQLite sorts
             // the whole table again; ContactsScrollTest checks the plan.
             QStringLiteral("CREATE INDEX records_contact_name ON records(deleted,"
                            " trim(json_extract(fields, '$.family_name') || ' ' ||"
                            " json_extract(fields, '$.given_name') || ' ' ||"
                            " json_extract(fields, '$.name')) COLLATE NOCASE, id, space_id)"
                            " WHERE type = 'contact'"),
             QStringLiteral("CREATE INDEX records_contact_municipality ON records(deleted,"
                            " json_extract(fields, '$.municipality'), space_id)"
                            " WHERE type = 'contact'"),
         }},
        {4,
         {
             // The document list's default order (by title), for the same
             // reason; the expression matches client/ui/documents/
             // DocumentListColumns, DocumentsScaleTest checks the plan.
             QStringLiteral("CREATE INDEX records_document_title ON records(deleted,"
                            " json_extract(fields, '$.title') COLLATE NOCASE, id, space_id)"
                            " WHERE type = 'document'"),
         }},
    };
    return kSteps;
}

void storeVersion(QSqlDatabase &db, int version) {
    const QString context = QStringLiteral("store replica schema version %1").arg(version);
    ReplicaQuery(
        db, QStringLiteral("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)"),
        context)
        .exec();
    ReplicaQuery(db, QStringLiteral("DELETE FROM schema_version"), context).exec();
    ReplicaQuery(db, QStringLiteral("INSERT INTO schema_version (version) VALUES (?)"), context)
        .exec({version});
}

void refuseNewer(QSqlDatabase &db, int stored) {
    if (stored <= ReplicaMigrations::kCurrentVersion)
        return;
    throw common::Error::failedPrecondition(
        QStringLiteral("The offline data file %1 has schema version %2, but this Helfernetz "
                       "client only knows schema versions up to %3. It was written by a newer "
                       "Helfernetz; update this program to open it.")
            .arg(db.databaseName())
            .arg(stored)
            .arg(ReplicaMigrations::kCurrentVersion));
}

} // namespace

int ReplicaMigrations::storedVersion(QSqlDatabase &db) {
    if (!db.tables().contains(QStringLiteral("schema_version")))
        return 0;
    ReplicaQuery query(db, QStringLiteral("SELECT MAX(version) FROM schema_version"),
                       QStringLiteral("read replica schema version"));
    query.exec();
    if (!query.next() || query.value(0).isNull())
        return 0;
    return query.value(0).toInt();
}

void ReplicaMigrations::apply(QSqlDatabase &db) {
    applyUpTo(db, kCurrentVersion);
}

void ReplicaMigrations::applyUpTo(QSqlDatabase &db, int version) {
    refuseNewer(db, storedVersion(db));
    for (const Step &step : steps()) {
        if (step.version > version || storedVersion(db) >= step.version)
            continue;
        ReplicaDatabase::writeTransaction(db, [&](QSqlDatabase &tx) {
            // Checked again under the write lock: a second process of the
            // same profile may have migrated meanwhile.
            const int stored = storedVersion(tx);
            refuseNewer(tx, stored);
            if (stored >= step.version)
                return;
            const QString context =
                QStringLiteral("migrate replica schema to version %1").arg(step.version);
            for (const QString &statement : step.statements)
                ReplicaQuery(tx, statement, context).exec();
            storeVersion(tx, step.version);
        });
    }
}

} // namespace hn::client
