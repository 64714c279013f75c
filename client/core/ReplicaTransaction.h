// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "client/core/Conflict.h"
#include "client/core/ConflictTable.h"
#include "client/core/OutboxEntry.h"
#include "client/core/OutboxTable.h"
#include "client/core/RecordTable.h"
#include "client/core/RecordWork.h"
#include "client/core/ReplicaRow.h"
#include "client/core/StatementCache.h"
#include "common/Clock.h"
#include "common/Mutation.h"

#include <QDateTime>
#include <QJsonObject>
#include <QJsonValue>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace hn::client {

// What one write transaction of the replica works with: its prepared
// statements, the records, outbox and conflicts tables, one "now" for every
// stamp it writes, and the rules that keep a record and its local work in
// step. Made inside ReplicaDatabase::write; it commits nothing itself.
class ReplicaTransaction {
public:
    ReplicaTransaction(QSqlDatabase &db, const common::Clock &clock);

    StatementCache &sql() { return m_sql; }
    RecordTable &records() { return m_records; }
    OutboxTable &outbox() { return m_outbox; }
    ConflictTable &conflicts() { return m_conflicts; }
    const QDateTime &now() const { return m_now; }

    // The record's outbox entries and open conflicts.
    RecordWork work(const QString &recordId);
    // Removes the record's outbox entries (but those in flight, if asked)
    // and its conflicts.
    void dropWork(const QString &recordId, bool keepInFlight);

    // Queues a new pending change of the row's record.
    OutboxEntry newEntry(const ReplicaRow &row, common::MutationOp op, qint64 baseVersion,
                         const QJsonObject &fields, const QStringList &changedFields,
                         const QString &userId);
    // A conflict about the row's record, found now (not stored yet).
    Conflict conflict(const ReplicaRow &row, Conflict::Kind kind, const QString &field,
                      const QJsonValue &mine, const QJsonValue &theirs, qint64 serverVersion) const;

    // Brings a record whose local work changed into its settled form:
    //  - the server deleted it: with nothing local (or only a deletion of
    //    our own) it goes; with local edits they become one EditVsDelete
    //    conflict holding the local fields; while a change is in flight we
    //    wait for its answer;
    //  - no local work left: the local view becomes the server's view
    //    exactly (a record that never reached the server goes).
    void settle(ReplicaRow &row, const RecordWork &work);

private:
    StatementCache m_sql;
    RecordTable m_records;
    OutboxTable m_outbox;
    ConflictTable m_conflicts;
    QDateTime m_now;
};

} // namespace hn::client
