// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Mutation.h"
#include "common/Record.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QStringList>
#include <functional>
#include <memory>
#include <optional>

namespace hn::server {

class SqlQuery;

// A synced record as the server keeps it: the record (meta.version is the
// seq of its last change) and the seq at which each top-level field last
// changed, which decides per-field conflicts (common/FieldMerge).
struct StoredRecord {
    common::Record record;
    QHash<QString, qint64> fieldSeqs;
};

// Who made a server-side change and when (updated_by/updated_at of the
// records it touches). An empty `by` or invalid `at` keeps the record's
// previous value.
struct ChangeStamp {
    QString by;
    QDateTime at;
};

// A stored answer to a pushed mutation, kept for idempotent replays.
struct StoredMutationResult {
    QString userId; // who pushed it: a mutation id belongs to one user
    common::MutationResult result;
};

// The synced records of every bucket (spaces and their content, the user
// directory, per-user private data), the global change counter and the
// answers to pushed mutations. Bound to one connection like the other
// stores; writes belong inside Database::write.
//
// Why a pull can never skip a change (DESIGN.md, Sync, must): every change
// takes its seq from allocateSeq(), which increments the single counter row
// in sync_state inside the writing transaction. Database::write starts that
// transaction with BEGIN IMMEDIATE, so writers are serialized from their
// first statement to their commit: no transaction can allocate a seq while
// another one that allocated an earlier (or later) seq is still open. Seq
// order is therefore commit order, and a reader that has seen seq N has
// seen every change with a seq below N. (On PostgreSQL the counter row's
// lock does the same, held by the UPDATE until commit.)
//
// Statements are prepared once per RecordStore and reused, so one instance
// used for a whole push batch pays the preparation once.
class RecordStore {
public:
    explicit RecordStore(QSqlDatabase db);
    ~RecordStore();
    RecordStore(const RecordStore &) = delete;
    RecordStore &operator=(const RecordStore &) = delete;

    // The next seq, inside the current write transaction (throws
    // Error(Internal) outside one). Every accepted change takes its own.
    qint64 allocateSeq();
    // The newest seq handed out (committed, as seen by this connection).
    qint64 headSeq() const;
    // The highest seq of any tombstone purged so far: a cursor below it may
    // have missed deletions and needs a snapshot.
    qint64 tombstoneFloor() const;

    std::optional<StoredRecord> find(const QString &id) const;
    // Inserts or replaces the row as given; the caller has set
    // meta.version to a seq from allocateSeq() and fieldSeqs accordingly.
    void upsert(const StoredRecord &stored);

    // A change the server makes itself (the mirrors of spaces, memberships
    // and users; a thread's last activity): compares `fields` and `deleted`
    // with the stored record and, only if something differs, writes it
    // with a new seq, giving the new seq to the fields that changed.
    // `record.meta.id`, `spaceId`, `createdBy/At` (used when the record is
    // new) and `type` are taken from `record`; its version is ignored.
    // Returns the record's version afterwards (unchanged when nothing
    // differed). Runs in the caller's write transaction or its own.
    qint64 writeServerChange(const common::Record &record, const ChangeStamp &stamp);

    // Up to `limit` records of `bucket` with seq > afterSeq, in seq order,
    // tombstones included.
    QList<common::Record> page(const QString &bucket, qint64 afterSeq, int limit) const;
    // Calls `visit` for every record of `bucket` with afterSeq < seq <=
    // upToSeq in seq order (only live ones if `liveOnly`), with the size of
    // its stored fields in bytes; stops when `visit` returns false.
    void scan(const QString &bucket, qint64 afterSeq, qint64 upToSeq, bool liveOnly,
              const std::function<bool(const common::Record &, qsizetype)> &visit) const;
    // How many records scan() would visit.
    qint64 count(const QString &bucket, qint64 afterSeq, qint64 upToSeq, bool liveOnly) const;
    // Ids of the live records of `bucket` with seq <= upToSeq, in seq order.
    QStringList liveIds(const QString &bucket, qint64 upToSeq) const;
    // Live records per bucket.
    QHash<QString, qint64> liveCounts() const;
    // Live records per bucket that `userId` created.
    QHash<QString, qint64> liveCountsCreatedBy(const QString &userId) const;

    // Drops tombstones last changed before `olderThan` and raises the
    // tombstone floor to the highest seq dropped; returns the new floor.
    qint64 purgeTombstones(const QDateTime &olderThan);

    void storeResult(const QString &userId, const common::MutationResult &result,
                     const QDateTime &at);
    std::optional<StoredMutationResult> findResult(const QString &mutationId) const;
    // Drops stored results older than `olderThan`; returns how many.
    int purgeResults(const QDateTime &olderThan);

private:
    SqlQuery &statement(std::unique_ptr<SqlQuery> &slot, const QString &sql,
                        const QString &context) const;

    QSqlDatabase m_db;
    mutable std::unique_ptr<SqlQuery> m_allocate;
    mutable std::unique_ptr<SqlQuery> m_find;
    mutable std::unique_ptr<SqlQuery> m_upsert;
    mutable std::unique_ptr<SqlQuery> m_findResult;
    mutable std::unique_ptr<SqlQuery> m_storeResult;
};

} // namespace hn::server
