// SPDX-License-Identifier: GPL-3.0-or-later
#include "client/core/PullApplier.h"

#include "client/core/ReplicaJson.h"
#include "client/core/ReplicaTransaction.h"
#include "client/core/SetAside.h"
#include "common/Bucket.h"
#include "common/Error.h"

#include <QDebug>
#include <QSet>
#include <algorithm>
#include <utility>

namespace hn::client {

using common::Bucket;
using common::Error;
using common::Record;

namespace {

// cursors.snapshot_active: no snapshot running, one that notes the ids it
// sees, or one into a bucket that held nothing from the server.
constexpr int kSnapshotTracked = 1;
constexpr int kSnapshotIntoEmpty = 2;
// The server listed ids as unchanged that the replica does not hold: its
// cursor claims more than it has. The snapshot completes with cursor 0, so
// the next pull sends the bucket in full.
constexpr int kSnapshotIncomplete = 3;

// The ids of records with any local work, read once per page so records
// without any (nearly all of a pull) cost no further query.
QSet<QString> recordsWithWork(StatementCache &sql) {
    ReplicaQuery &q =
        sql(QStringLiteral("SELECT record_id FROM outbox UNION SELECT record_id FROM conflicts"),
            QStringLiteral("read records with local work"));
    q.exec();
    QSet<QString> ids;
    while (q.next())
        ids.insert(q.value(0).toString());
    return ids;
}

// Open conflicts show the newest server value as "theirs", so a person
// decides on what the server has now.
void refreshConflicts(ReplicaTransaction &tx, const ReplicaRow &row, const RecordWork &work) {
    const QJsonObject server = row.serverView();
    for (Conflict c : work.conflicts) {
        if (c.kind == Conflict::Kind::Field) {
            const QJsonValue theirs = server.value(c.field);
            if (theirs == c.theirs)
                continue;
            c.theirs = theirs;
        } else if (c.kind == Conflict::Kind::DeleteVsEdit) {
            c.theirs = server;
        } else {
            continue;
        }
        c.serverVersion = row.local.meta.version;
        tx.conflicts().upsert(c);
    }
}

// A live record from a pull; `existing` is the row held for it, if any.
void applyLive(ReplicaTransaction &tx, const QString &bucket, const Record &incoming,
               std::optional<ReplicaRow> existing, bool mayHaveWork) {
    if (!existing) {
        ReplicaRow row;
        row.local = incoming;
        row.local.meta.deleted = false;
        row.bucket = bucket;
        tx.records().write(row);
        return;
    }
    ReplicaRow &row = *existing;
    // Already held in a newer state (our own push's answer came first). The
    // same version is taken again: after an Applied answer the replica
    // holds the version but not the fields the server maintains itself
    // (edited_at_ms, last_activity_at_ms, ...), which this pull brings.
    if (row.onServer() && row.local.meta.version > incoming.meta.version)
        return;
    row.bucket = bucket;
    const RecordWork work = mayHaveWork ? tx.work(row.local.meta.id) : RecordWork{};
    if (work.empty()) {
        row.local = incoming;
        row.local.meta.deleted = false;
        row.serverFields.reset();
        row.serverDeleted = false;
        tx.records().write(row);
        return;
    }
    row.adoptServer(incoming, incoming.meta.version);
    row.followServer(work);
    if (!work.wholeRecord() && work.fields().isEmpty()) {
        row.local.meta.updatedBy = incoming.meta.updatedBy;
        row.local.meta.updatedAt = incoming.meta.updatedAt;
    }
    refreshConflicts(tx, row, work);
    tx.records().write(row);
}

// A tombstone from a pull, or a record a completed snapshot did not list.
void applyServerDeletion(ReplicaTransaction &tx, ReplicaRow &row, qint64 version,
                         bool mayHaveWork) {
    row.local.meta.version = std::max(row.local.meta.version, version);
    row.serverDeleted = true;
    const RecordWork work = mayHaveWork ? tx.work(row.local.meta.id) : RecordWork{};
    tx.settle(row, work);
}

// The bookkeeping of a snapshot page before its records are applied;
// returns the bucket's snapshot mode (cursors.snapshot_active).
int noteSnapshotPage(StatementCache &sql, const PullPageData &page) {
    ReplicaQuery &active =
        sql(QStringLiteral("SELECT snapshot_active FROM cursors WHERE bucket = ?"),
            QStringLiteral("read snapshot state"));
    active.exec({page.bucket});
    const bool running = active.next() && active.value(0).toInt() != 0;
    int mode = running ? active.value(0).toInt() : 0;
    active.finish();
    // Each snapshot answer is complete in itself: its first page
    // starts the bookkeeping of seen ids afresh. A snapshot into a
    // bucket that holds nothing from the server (the first sync)
    // needs no bookkeeping: all it holds at the end came with it.
    if (page.first || !running) {
        sql(QStringLiteral("DELETE FROM snapshot_seen WHERE bucket = ?"),
            QStringLiteral("restart snapshot of %1").arg(page.bucket))
            .exec({page.bucket});
        ReplicaQuery &held = sql(QStringLiteral("SELECT EXISTS (SELECT 1 FROM records"
                                                " WHERE bucket = ? AND version > 0)"),
                                 QStringLiteral("check bucket %1").arg(page.bucket));
        held.exec({page.bucket});
        mode = held.next() && held.value(0).toInt() != 0 ? kSnapshotTracked : kSnapshotIntoEmpty;
        held.finish();
        sql(QStringLiteral("UPDATE cursors SET snapshot_active = ? WHERE bucket = ?"),
            QStringLiteral("restart snapshot of %1").arg(page.bucket))
            .exec({mode, page.bucket});
    }
    if (!page.unchangedIds.isEmpty() && mode != kSnapshotIncomplete) {
        ReplicaQuery &missing =
            sql(QStringLiteral("SELECT EXISTS (SELECT 1 FROM json_each(?) WHERE value NOT IN"
                               " (SELECT id FROM records WHERE version > 0))"),
                QStringLiteral("check unchanged ids of %1").arg(page.bucket));
        missing.exec({QString::fromUtf8(json::listToText(page.unchangedIds))});
        if (missing.next() && missing.value(0).toInt() != 0) {
            qWarning().noquote() << "replica: bucket" << page.bucket
                                 << "misses records the server counts as held;"
                                    " it will be pulled again in full";
            mode = kSnapshotIncomplete;
            sql(QStringLiteral("UPDATE cursors SET snapshot_active = ? WHERE bucket = ?"),
                QStringLiteral("restart snapshot of %1").arg(page.bucket))
                .exec({mode, page.bucket});
        }
        missing.finish();
    }
    if (mode == kSnapshotTracked) {
        QStringList ids = page.unchangedIds;
        for (const Record &r : page.records)
            ids << r.meta.id;
        sql(QStringLiteral("INSERT OR IGNORE INTO snapshot_seen (bucket, record_id)"
                           " SELECT ?, value FROM json_each(?)"),
            QStringLiteral("note snapshot ids of %1").arg(page.bucket))
            .exec({page.bucket, QString::fromUtf8(json::listToText(ids))});
    }
    return mode;
}

void applyRecords(ReplicaTransaction &tx, const PullPageData &page, const QSet<QString> &withWork) {
    // The rows held for the page's records, read in one query.
    QStringList ids;
    ids.reserve(page.records.size());
    for (const Record &r : page.records)
        ids << r.meta.id;
    const QHash<QString, ReplicaRow> held = tx.records().loadMany(ids);
    QSet<QString> written;
    for (const Record &r : page.records) {
        const bool mayHaveWork = withWork.contains(r.meta.id);
        // A record twice in one page (never sent so, but cheap to
        // survive): the second time the row is read afresh.
        std::optional<ReplicaRow> row;
        if (written.contains(r.meta.id))
            row = tx.records().load(r.meta.id);
        else if (const auto it = held.constFind(r.meta.id); it != held.constEnd())
            row = *it;
        written.insert(r.meta.id);
        if (!r.meta.deleted)
            applyLive(tx, page.bucket, r, std::move(row), mayHaveWork);
        else if (row && !(row->onServer() && row->local.meta.version >= r.meta.version))
            applyServerDeletion(tx, *row, r.meta.version, mayHaveWork);
    }
}

// What the server no longer has is deleted here too; records that never
// reached the server are not in any snapshot.
void deleteUnseen(ReplicaTransaction &tx, const QString &bucket, const QSet<QString> &withWork) {
    ReplicaQuery &unseen =
        tx.sql()(QStringLiteral("SELECT %1 FROM records WHERE bucket = ?"
                                " AND version > 0 AND id NOT IN (SELECT record_id"
                                " FROM snapshot_seen WHERE bucket = ?)")
                     .arg(RecordTable::columns()),
                 QStringLiteral("find records missing from the snapshot"));
    unseen.exec({bucket, bucket});
    QList<ReplicaRow> gone;
    while (unseen.next())
        gone << RecordTable::fromQuery(unseen);
    unseen.finish();
    for (ReplicaRow &row : gone)
        applyServerDeletion(tx, row, row.local.meta.version, withWork.contains(row.local.meta.id));
}

void purgeBucket(ReplicaTransaction &tx, const QString &bucket) {
    ReplicaQuery &ids =
        tx.sql()(QStringLiteral("SELECT record_id FROM outbox WHERE bucket = ?"
                                " UNION SELECT record_id FROM conflicts WHERE bucket = ?"),
                 QStringLiteral("read local work of bucket %1").arg(bucket));
    ids.exec({bucket, bucket});
    QStringList recordIds;
    while (ids.next())
        recordIds << ids.value(0).toString();
    ids.finish();
    const QString reason =
        QStringLiteral("Access to %1 was withdrawn before these changes reached the server.")
            .arg(bucket);
    for (const QString &id : std::as_const(recordIds))
        SetAside::keepWorkOf(tx, id, reason);

    const QString context = QStringLiteral("purge bucket %1").arg(bucket);
    tx.sql()(QStringLiteral("DELETE FROM search WHERE rowid IN"
                            " (SELECT rid FROM records WHERE bucket = ?)"),
             context)
        .exec({bucket});
    for (const QString &table :
         {QStringLiteral("records"), QStringLiteral("outbox"), QStringLiteral("conflicts"),
          QStringLiteral("cursors"), QStringLiteral("snapshot_seen")}) {
        tx.sql()(QStringLiteral("DELETE FROM %1 WHERE bucket = ?").arg(table), context)
            .exec({bucket});
    }
}

} // namespace

PullApplier::PullApplier(ReplicaDatabase &database, const common::Clock &clock)
    : m_database(database)
    , m_clock(clock) {}

QHash<QString, qint64> PullApplier::cursors() {
    ReplicaQuery q(m_database.connection(), QStringLiteral("SELECT bucket, cursor FROM cursors"),
                   QStringLiteral("read cursors"));
    q.exec();
    QHash<QString, qint64> out;
    while (q.next())
        out.insert(q.value(0).toString(), q.value(1).toLongLong());
    return out;
}

QStringList PullApplier::snapshotsInProgress() {
    ReplicaQuery q(
        m_database.connection(),
        QStringLiteral("SELECT bucket FROM cursors WHERE snapshot_active = 1 ORDER BY bucket"),
        QStringLiteral("read interrupted snapshots"));
    q.exec();
    QStringList out;
    while (q.next())
        out << q.value(0).toString();
    return out;
}

void PullApplier::applyPage(const PullPageData &page) {
    if (!Bucket::parse(page.bucket)) {
        throw Error::invalidArgument(QStringLiteral("bucket"),
                                     QStringLiteral("'%1' is not a bucket").arg(page.bucket));
    }
    m_database.write([&](QSqlDatabase &db) {
        ReplicaTransaction tx(db, m_clock);
        StatementCache &sql = tx.sql();
        sql(QStringLiteral("INSERT OR IGNORE INTO cursors (bucket) VALUES (?)"),
            QStringLiteral("add bucket %1").arg(page.bucket))
            .exec({page.bucket});
        const QSet<QString> withWork = recordsWithWork(sql);

        const int mode = page.snapshot ? noteSnapshotPage(sql, page) : 0;
        applyRecords(tx, page, withWork);

        const bool finished = page.snapshot && page.complete;
        sql(QStringLiteral("UPDATE cursors SET cursor = ? WHERE bucket = ?"),
            QStringLiteral("store cursor of %1").arg(page.bucket))
            .exec({finished && mode == kSnapshotIncomplete ? 0 : page.cursor, page.bucket});

        if (finished && mode == kSnapshotTracked)
            deleteUnseen(tx, page.bucket, withWork);
        if (finished) {
            sql(QStringLiteral("DELETE FROM snapshot_seen WHERE bucket = ?"),
                QStringLiteral("finish snapshot of %1").arg(page.bucket))
                .exec({page.bucket});
            sql(QStringLiteral("UPDATE cursors SET snapshot_active = 0 WHERE bucket = ?"),
                QStringLiteral("finish snapshot of %1").arg(page.bucket))
                .exec({page.bucket});
        }
    });
}

void PullApplier::retainBuckets(const QStringList &readable) {
    m_database.write([&](QSqlDatabase &db) {
        ReplicaTransaction tx(db, m_clock);
        StatementCache &sql = tx.sql();
        ReplicaQuery &held =
            sql(QStringLiteral("SELECT bucket FROM cursors UNION SELECT DISTINCT bucket"
                               " FROM records UNION SELECT bucket FROM outbox"
                               " UNION SELECT bucket FROM conflicts"),
                QStringLiteral("read held buckets"));
        held.exec();
        QStringList revoked;
        while (held.next()) {
            const QString bucket = held.value(0).toString();
            if (!readable.contains(bucket))
                revoked << bucket;
        }
        held.finish();
        for (const QString &bucket : std::as_const(revoked))
            purgeBucket(tx, bucket);
        ReplicaQuery &add = sql(QStringLiteral("INSERT OR IGNORE INTO cursors (bucket) VALUES (?)"),
                                QStringLiteral("add bucket"));
        for (const QString &bucket : readable)
            add.exec({bucket});
    });
}

} // namespace hn::client
