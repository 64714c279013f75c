// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/FieldMerge.h"

namespace hn::common {

namespace {

MergeDecision rejected(const QString &message) {
    MergeDecision decision;
    decision.outcome = MutationOutcome::Rejected;
    decision.rejection = Rejection{RejectionKind::Validation, QStringLiteral("record_id"), message};
    return decision;
}

MergeDecision create(const std::optional<Record> &current, const Mutation &mutation) {
    if (current) {
        // Also for a tombstone: an id is never used for a second record.
        return rejected(QStringLiteral("record already exists"));
    }
    MergeDecision decision;
    decision.outcome = MutationOutcome::Applied;
    decision.write = true;
    decision.fields = mutation.fields;
    decision.changedFields = mutation.fields.keys();
    return decision;
}

MergeDecision update(const std::optional<Record> &current, const QHash<QString, qint64> &fieldSeqs,
                     const Mutation &mutation, const QSet<QString> &lastWriterWins) {
    if (!current)
        return rejected(QStringLiteral("record does not exist"));
    MergeDecision decision;
    decision.fields = current->fields;
    if (current->meta.deleted) {
        // Edit vs delete: nothing applied, the client keeps its edit as a
        // conflict until a person decides (restore as new, or drop it).
        decision.outcome = MutationOutcome::Conflict;
        return decision;
    }
    for (const QString &field : mutation.changedFields) {
        const QJsonValue sent = mutation.fields.value(field);
        const QJsonValue server = current->fields.value(field);
        if (sent == server)
            continue; // the same value on both sides is never a conflict
        const qint64 fieldSeq = fieldSeqs.value(field, 0);
        if (fieldSeq > mutation.baseVersion && !lastWriterWins.contains(field)) {
            decision.conflicts.append({field, fieldSeq});
            continue;
        }
        decision.fields.insert(field, sent);
        decision.changedFields.append(field);
    }
    decision.write = !decision.changedFields.isEmpty();
    if (current->meta.version <= mutation.baseVersion)
        decision.outcome = MutationOutcome::Applied;
    else if (decision.conflicts.isEmpty())
        decision.outcome = MutationOutcome::Merged;
    else
        decision.outcome = MutationOutcome::Conflict;
    return decision;
}

MergeDecision remove(const std::optional<Record> &current, const QHash<QString, qint64> &fieldSeqs,
                     const Mutation &mutation) {
    MergeDecision decision;
    decision.outcome = MutationOutcome::Applied;
    if (!current || current->meta.deleted)
        return decision; // already gone: nothing to do, and nothing to disagree about
    decision.fields = current->fields;
    if (current->meta.version > mutation.baseVersion) {
        // Delete vs edit: someone changed the record after the deleter saw
        // it; deleting would silently drop that edit.
        decision.outcome = MutationOutcome::Conflict;
        for (auto it = fieldSeqs.constBegin(); it != fieldSeqs.constEnd(); ++it) {
            if (it.value() > mutation.baseVersion)
                decision.conflicts.append({it.key(), it.value()});
        }
        std::sort(decision.conflicts.begin(), decision.conflicts.end(),
                  [](const FieldConflict &a, const FieldConflict &b) { return a.field < b.field; });
        return decision;
    }
    decision.write = true;
    decision.tombstone = true;
    decision.fields = {};
    return decision;
}

} // namespace

MergeDecision FieldMerge::decide(const std::optional<Record> &current,
                                 const QHash<QString, qint64> &fieldSeqs, const Mutation &mutation,
                                 const QSet<QString> &lastWriterWins) {
    switch (mutation.op) {
    case MutationOp::Create:
        return create(current, mutation);
    case MutationOp::Update:
        return update(current, fieldSeqs, mutation, lastWriterWins);
    case MutationOp::Delete:
        return remove(current, fieldSeqs, mutation);
    }
    return rejected(QStringLiteral("unknown operation"));
}

} // namespace hn::common
