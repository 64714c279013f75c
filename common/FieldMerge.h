// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Mutation.h"
#include "common/Record.h"

#include <QHash>
#include <QSet>
#include <QStringList>
#include <optional>

namespace hn::common {

// What the merge rules decided for one mutation.
struct MergeDecision {
    MutationOutcome outcome = MutationOutcome::Applied;
    // Set when outcome is Rejected (a Create on an existing id, an Update
    // of a record that does not exist).
    std::optional<Rejection> rejection;
    // Whether the record changes at all (and so needs a new seq): false for
    // rejections, no-op deletes, edit-vs-delete and delete-vs-edit
    // conflicts, and updates that send only values the server already has.
    bool write = false;
    // The record becomes a tombstone.
    bool tombstone = false;
    // The record's complete fields after the mutation (the current fields
    // when nothing is applied; empty for a missing record).
    QJsonObject fields;
    // The fields whose value this mutation changes; each gets the new seq
    // as its field seq. For a Create: every field.
    QStringList changedFields;
    // Conflict: the fields where the server's value won (for a Delete that
    // met later edits, every field edited after base_version).
    QList<FieldConflict> conflicts;
};

// The per-field merge rules of Sync.Push (DESIGN.md, Sync; sync.proto,
// MutationOutcome). Pure: no I/O, no clock, no policy; the server asks it
// after the permission and validation checks, the client can use it to
// preview what a push will do.
class FieldMerge {
public:
    // `current` is the server's record (a tombstone included) or nullopt
    // when the id is unknown; `fieldSeqs` the seq at which each of its
    // top-level fields last changed (a field not listed counts as never
    // changed, seq 0). Fields in `lastWriterWins` never conflict (used for
    // values the server decides itself, such as a document's checkout).
    static MergeDecision decide(const std::optional<Record> &current,
                                const QHash<QString, qint64> &fieldSeqs, const Mutation &mutation,
                                const QSet<QString> &lastWriterWins = {});
};

} // namespace hn::common
