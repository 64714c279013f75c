// SPDX-License-Identifier: GPL-3.0-or-later
#include "client/core/ReplicaTransaction.h"

#include "client/core/RecordIds.h"

#include <algorithm>

namespace hn::client {

using common::MutationOp;

ReplicaTransaction::ReplicaTransaction(QSqlDatabase &db, const common::Clock &clock)
    : m_sql(db)
    , m_records(db)
    , m_outbox(m_sql)
    , m_conflicts(m_sql)
    , m_now(clock.now()) {}

RecordWork ReplicaTransaction::work(const QString &recordId) {
    RecordWork w;
    w.entries = m_outbox.select(QStringLiteral("WHERE record_id = ? ORDER BY id"), {recordId},
                                QStringLiteral("read outbox of a record"));
    w.conflicts = m_conflicts.select(QStringLiteral("WHERE record_id = ?"), {recordId});
    return w;
}

void ReplicaTransaction::dropWork(const QString &recordId, bool keepInFlight) {
    m_sql(keepInFlight ? QStringLiteral("DELETE FROM outbox WHERE record_id = ?"
                                        " AND state <> 'in_flight'")
                       : QStringLiteral("DELETE FROM outbox WHERE record_id = ?"),
          QStringLiteral("remove outbox entries of record %1").arg(recordId))
        .exec({recordId});
    m_sql(QStringLiteral("DELETE FROM conflicts WHERE record_id = ?"),
          QStringLiteral("remove conflicts of record %1").arg(recordId))
        .exec({recordId});
}

OutboxEntry ReplicaTransaction::newEntry(const ReplicaRow &row, MutationOp op, qint64 baseVersion,
                                         const QJsonObject &fields,
                                         const QStringList &changedFields, const QString &userId) {
    OutboxEntry e;
    e.mutation.mutationId = ids::newId();
    e.mutation.op = op;
    e.mutation.type = row.local.type;
    e.mutation.recordId = row.local.meta.id;
    e.mutation.spaceId = row.local.meta.spaceId;
    e.mutation.baseVersion = baseVersion;
    e.mutation.fields = fields;
    e.mutation.changedFields = changedFields;
    e.state = OutboxEntry::State::Pending;
    e.bucket = row.bucket;
    e.userId = userId;
    e.createdAt = m_now;
    m_outbox.insert(e);
    return e;
}

Conflict ReplicaTransaction::conflict(const ReplicaRow &row, Conflict::Kind kind,
                                      const QString &field, const QJsonValue &mine,
                                      const QJsonValue &theirs, qint64 serverVersion) const {
    Conflict c;
    c.kind = kind;
    c.type = row.local.type;
    c.recordId = row.local.meta.id;
    c.bucket = row.bucket;
    c.field = field;
    c.mine = mine;
    c.theirs = theirs;
    c.serverVersion = serverVersion;
    c.detectedAt = m_now;
    return c;
}

void ReplicaTransaction::settle(ReplicaRow &row, const RecordWork &work) {
    if (row.serverDeleted) {
        if (work.inFlight()) {
            m_records.write(row);
            return;
        }
        const bool onlyDeletes =
            std::all_of(work.entries.begin(), work.entries.end(),
                        [](const auto &s) { return s.entry.mutation.op == MutationOp::Delete; })
            && std::all_of(work.conflicts.begin(), work.conflicts.end(),
                           [](const auto &c) { return c.kind == Conflict::Kind::DeleteVsEdit; });
        if (work.empty() || row.local.meta.deleted || onlyDeletes) {
            dropWork(row.local.meta.id, false);
            m_records.remove(row);
            return;
        }
        // The local edits (pending, rejected or in field conflicts) are
        // kept as one decision: restore them, or let the deletion stand.
        dropWork(row.local.meta.id, false);
        m_conflicts.upsert(conflict(row, Conflict::Kind::EditVsDelete, {}, row.local.fields,
                                    QJsonValue(), row.local.meta.version));
        m_records.write(row);
        return;
    }
    if (work.empty()) {
        if (!row.onServer()) {
            m_records.remove(row);
            return;
        }
        row.local.fields = row.serverView();
        row.serverFields.reset();
        row.local.meta.deleted = false;
    }
    m_records.write(row);
}

} // namespace hn::client
