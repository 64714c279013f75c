// SPDX-License-Identifier: GPL-3.0-or-later
#include "client/core/PushResults.h"

#include "client/core/ReplicaTransaction.h"
#include "common/Error.h"

#include <QSet>
#include <algorithm>

namespace hn::client {

using common::Error;
using common::MutationOp;
using common::MutationOutcome;
using common::MutationResult;
using common::Record;

namespace {

// After an answer to an entry of a record, the record's next unsent entries
// may be based on the answered version (sync.proto: the client uses that
// result's version as base_version), so our own change does not come back
// as a conflict. Only where no one else's change could hide behind it:
// always after Applied (nothing else changed); after Merged or Conflict
// only for updates whose every field either was in the answered change or
// still has the server value the entry was based on.
void rebase(ReplicaTransaction &tx, const RecordWork &work, const common::Mutation &answered,
            const MutationResult &result, const QJsonObject &serverBefore, bool hadServer,
            const QSet<QString> &conflictFields) {
    for (StoredEntry s : work.entries) {
        common::Mutation &m = s.entry.mutation;
        if (!s.editable() || m.op == MutationOp::Create || m.baseVersion >= result.version)
            continue;
        bool ok = result.outcome == MutationOutcome::Applied;
        if (!ok && m.op == MutationOp::Update && result.record) {
            ok = std::all_of(m.changedFields.begin(), m.changedFields.end(), [&](const QString &f) {
                if (conflictFields.contains(f))
                    return false;
                if (answered.op == MutationOp::Create || answered.changedFields.contains(f))
                    return true;
                return hadServer && result.record->fields.value(f) == serverBefore.value(f);
            });
        }
        if (!ok)
            continue;
        m.baseVersion = result.version;
        tx.outbox().update(s);
    }
}

// A field now owned by a conflict leaves the record's later unsent updates,
// so it is pushed again only as the person's decision.
void withdrawField(ReplicaTransaction &tx, const QString &recordId, const QString &field) {
    const QList<StoredEntry> entries =
        tx.outbox().select(QStringLiteral("WHERE record_id = ? ORDER BY id"), {recordId},
                           QStringLiteral("read outbox of a record"));
    for (StoredEntry s : entries) {
        common::Mutation &m = s.entry.mutation;
        if (!s.editable() || m.op != MutationOp::Update || !m.changedFields.contains(field))
            continue;
        m.changedFields.removeAll(field);
        m.fields.remove(field);
        if (m.changedFields.isEmpty())
            tx.outbox().remove(s.entry.id);
        else
            tx.outbox().update(s);
    }
}

void applyResult(ReplicaTransaction &tx, const StoredEntry &stored, MutationResult result) {
    const OutboxEntry &e = stored.entry;
    const common::Mutation &m = e.mutation;
    // Without the server's record a merge is taken as applied (the next
    // pull brings the record); a conflict cannot be shown, so the change
    // stays visible as refused rather than being dropped.
    if (result.outcome == MutationOutcome::Merged && !result.record)
        result.outcome = MutationOutcome::Applied;
    if (result.outcome == MutationOutcome::Conflict && !result.record) {
        result.outcome = MutationOutcome::Rejected;
        result.rejection = common::Rejection{
            common::RejectionKind::Validation,
            {},
            QStringLiteral("The server reported a conflict but did not send its version of the "
                           "record; check the record and retry.")};
    }
    if (result.outcome == MutationOutcome::Rejected) {
        StoredEntry rejected = stored;
        rejected.entry.state = OutboxEntry::State::Rejected;
        rejected.entry.rejection = result.rejection.value_or(
            common::Rejection{common::RejectionKind::Validation,
                              {},
                              QStringLiteral("The server refused the change without a reason.")});
        tx.outbox().update(rejected);
        return;
    }
    tx.outbox().remove(e.id);
    std::optional<ReplicaRow> loaded = tx.records().load(m.recordId);
    if (!loaded)
        return;
    ReplicaRow &row = *loaded;
    const QJsonObject serverBefore = row.serverView();
    const bool hadServer = row.onServer();
    const std::optional<Record> &server = result.record;
    QSet<QString> conflictFields;

    switch (result.outcome) {
    case MutationOutcome::Applied:
        if (server && m.op != MutationOp::Delete) {
            // The server stored more than was sent (fields it maintains,
            // such as a thread's last activity): take its record as it is.
            row.adoptServer(*server, result.version);
        } else if (result.version > row.local.meta.version) {
            if (m.op == MutationOp::Create) {
                row.serverFields = m.fields;
            } else if (m.op == MutationOp::Update) {
                QJsonObject fields = serverBefore;
                for (const QString &f : m.changedFields)
                    fields.insert(f, m.fields.value(f));
                row.serverFields = fields;
            }
            row.local.meta.version = result.version;
        }
        if (m.op == MutationOp::Delete)
            row.serverDeleted = true;
        break;
    case MutationOutcome::Merged:
        row.adoptServer(*server, result.version);
        if (m.op == MutationOp::Delete)
            row.serverDeleted = true;
        break;
    case MutationOutcome::Conflict:
        if (m.op == MutationOp::Delete && !server->meta.deleted) {
            // My deletion met later edits: the record stays deleted here
            // until a person decides; the server's record is "theirs".
            row.adoptServer(*server, result.version);
            tx.conflicts().upsert(tx.conflict(row, Conflict::Kind::DeleteVsEdit, {}, QJsonValue(),
                                              row.serverView(), result.version));
        } else if (server->meta.deleted) {
            // My edit met a deletion: settle() keeps the local fields as an
            // EditVsDelete conflict.
            row.serverDeleted = true;
            row.local.meta.version = std::max(row.local.meta.version, result.version);
            tx.conflicts().upsert(tx.conflict(row, Conflict::Kind::EditVsDelete, {},
                                              row.local.fields, QJsonValue(), result.version));
        } else {
            row.adoptServer(*server, result.version);
            for (const common::FieldConflict &fc : result.conflicts) {
                conflictFields.insert(fc.field);
                const QJsonValue mine = row.local.fields.contains(fc.field)
                                            ? row.local.fields.value(fc.field)
                                            : m.fields.value(fc.field);
                const QJsonValue theirs = server->fields.value(fc.field);
                tx.conflicts().upsert(tx.conflict(row, Conflict::Kind::Field, fc.field, mine,
                                                  theirs, result.version));
                withdrawField(tx, m.recordId, fc.field);
            }
        }
        break;
    case MutationOutcome::Rejected:
        break;
    }

    const RecordWork work = tx.work(m.recordId);
    if (result.outcome != MutationOutcome::Applied)
        row.followServer(work);
    rebase(tx, work, m, result, serverBefore, hadServer, conflictFields);
    tx.settle(row, work);
}

} // namespace

PushResults::PushResults(ReplicaDatabase &database, const common::Clock &clock)
    : m_database(database)
    , m_clock(clock) {}

void PushResults::apply(const QList<std::pair<OutboxEntry, MutationResult>> &results) {
    m_database.write([&](QSqlDatabase &db) {
        ReplicaTransaction tx(db, m_clock);
        for (const auto &[entry, result] : results) {
            const std::optional<StoredEntry> stored = tx.outbox().load(entry.id);
            // Answered already, or purged with its bucket meanwhile.
            if (!stored || stored->entry.state != OutboxEntry::State::InFlight)
                continue;
            if (!result.mutationId.isEmpty()
                && result.mutationId != stored->entry.mutation.mutationId) {
                throw Error::internal(
                    QStringLiteral("the result for mutation %1 was given for outbox entry %2 (%3)")
                        .arg(result.mutationId)
                        .arg(entry.id)
                        .arg(stored->entry.mutation.mutationId));
            }
            applyResult(tx, *stored, result);
        }
    });
}

} // namespace hn::client
