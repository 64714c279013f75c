// SPDX-License-Identifier: GPL-3.0-or-later
#include "client/core/Outbox.h"

#include "client/core/OutboxTable.h"
#include "client/core/RecordIds.h"
#include "client/core/ReplicaNames.h"
#include "client/core/ReplicaTransaction.h"
#include "client/core/StatementCache.h"
#include "common/Error.h"

#include <algorithm>

namespace hn::client {

using common::Error;

namespace {

StoredEntry requireRejected(OutboxTable &outbox, qint64 entryId) {
    const std::optional<StoredEntry> stored = outbox.load(entryId);
    if (!stored)
        throw Error::notFound(QStringLiteral("outbox entry %1 not found").arg(entryId));
    if (stored->entry.state != OutboxEntry::State::Rejected) {
        throw Error::failedPrecondition(
            QStringLiteral("outbox entry %1 was not rejected").arg(entryId));
    }
    return *stored;
}

} // namespace

Outbox::Outbox(ReplicaDatabase &database, const common::Clock &clock)
    : m_database(database)
    , m_clock(clock) {}

QList<OutboxEntry> Outbox::toSend(int limit) {
    QList<OutboxEntry> out;
    if (limit <= 0)
        return out;
    m_database.write([&](QSqlDatabase &db) {
        StatementCache sql(db);
        // The first entry of each record, if it is pending: a record whose
        // earlier entry is in flight or rejected waits for that one.
        const QList<StoredEntry> entries = OutboxTable(sql).select(
            QStringLiteral("AS o WHERE o.state = 'pending' AND NOT EXISTS (SELECT 1 FROM outbox"
                           " AS p WHERE p.record_id = o.record_id AND p.id < o.id)"
                           " ORDER BY o.id LIMIT ?"),
            {limit}, QStringLiteral("read outbox to send"));
        ReplicaQuery &mark = sql(QStringLiteral("UPDATE outbox SET state = 'in_flight', sent = 1"
                                                " WHERE id = ?"),
                                 QStringLiteral("mark outbox entry in flight"));
        for (StoredEntry s : entries) {
            mark.exec({s.entry.id});
            s.entry.state = OutboxEntry::State::InFlight;
            out << s.entry;
        }
    });
    return out;
}

void Outbox::requeueInFlight() {
    m_database.write([&](QSqlDatabase &db) {
        StatementCache sql(db);
        sql(QStringLiteral("UPDATE outbox SET state = 'pending' WHERE state = 'in_flight'"),
            QStringLiteral("return in-flight entries to pending"))
            .exec();
    });
}

QList<OutboxEntry> Outbox::entries(int limit, int offset) {
    QList<OutboxEntry> out;
    StatementCache sql(m_database.connection());
    const QList<StoredEntry> entries = OutboxTable(sql).select(
        QStringLiteral("ORDER BY id LIMIT ? OFFSET ?"),
        {limit < 0 ? -1 : limit, std::max(0, offset)}, QStringLiteral("read the outbox"));
    for (const StoredEntry &s : entries)
        out << s.entry;
    return out;
}

QList<OutboxEntry> Outbox::rejected() {
    QList<OutboxEntry> out;
    StatementCache sql(m_database.connection());
    const QList<StoredEntry> entries =
        OutboxTable(sql).select(QStringLiteral("WHERE state = 'rejected' ORDER BY id"), {},
                                QStringLiteral("read rejected changes"));
    for (const StoredEntry &s : entries)
        out << s.entry;
    return out;
}

void Outbox::retryRejected(qint64 entryId) {
    m_database.write(
        [&](QSqlDatabase &db) {
            StatementCache sql(db);
            OutboxTable outbox(sql);
            StoredEntry s = requireRejected(outbox, entryId);
            // A new mutation_id: the server answers a replayed one with its
            // first result (the rejection), and the content may have changed.
            s.entry.mutation.mutationId = ids::newId();
            s.entry.state = OutboxEntry::State::Pending;
            s.entry.rejection.reset();
            s.sent = false;
            outbox.update(s);
        },
        ReplicaDatabase::Durability::Full);
}

void Outbox::discardRejected(qint64 entryId) {
    m_database.write(
        [&](QSqlDatabase &db) {
            ReplicaTransaction tx(db, m_clock);
            const StoredEntry s = requireRejected(tx.outbox(), entryId);
            const QString recordId = s.entry.mutation.recordId;
            tx.sql()(
                  QStringLiteral("DELETE FROM outbox WHERE record_id = ? AND state <> 'in_flight'"),
                  QStringLiteral("discard changes of record %1").arg(recordId))
                .exec({recordId});
            std::optional<ReplicaRow> loaded = tx.records().load(recordId);
            if (!loaded)
                return;
            ReplicaRow &row = *loaded;
            const RecordWork work = tx.work(recordId);
            if (!row.onServer() && !work.inFlight()) {
                tx.dropWork(recordId, false);
                tx.records().remove(row);
                return;
            }
            // Back to the server's state; fields in open conflicts keep the
            // person's value until the conflict is decided.
            QJsonObject fields = row.serverView();
            for (const Conflict &c : work.conflicts) {
                if (c.kind == Conflict::Kind::Field)
                    fields.insert(c.field, c.mine);
            }
            row.local.fields = fields;
            row.local.meta.deleted =
                static_cast<bool>(work.conflictOfKind(Conflict::Kind::DeleteVsEdit));
            tx.settle(row, work);
        },
        ReplicaDatabase::Durability::Full);
}

SyncCounts Outbox::counts() {
    QSqlDatabase db = m_database.connection();
    StatementCache sql(db);
    SyncCounts counts;
    ReplicaQuery &states = sql(QStringLiteral("SELECT state, COUNT(*) FROM outbox GROUP BY state"),
                               QStringLiteral("count outbox"));
    states.exec();
    while (states.next()) {
        const int n = states.value(1).toInt();
        switch (names::parseState(states.value(0).toString())) {
        case OutboxEntry::State::Pending:
            counts.pending = n;
            break;
        case OutboxEntry::State::InFlight:
            counts.inFlight = n;
            break;
        case OutboxEntry::State::Rejected:
            counts.rejected = n;
            break;
        }
    }
    ReplicaQuery &others = sql(QStringLiteral("SELECT (SELECT COUNT(*) FROM conflicts),"
                                              " (SELECT COUNT(*) FROM set_aside)"),
                               QStringLiteral("count conflicts"));
    others.exec();
    if (others.next()) {
        counts.conflicts = others.value(0).toInt();
        counts.setAside = others.value(1).toInt();
    }
    return counts;
}

} // namespace hn::client
