// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Record.h"

#include <QList>
#include <QStringList>
#include <optional>

namespace hn::common {

enum class MutationOp { Create, Update, Delete };

// One local change sent with Sync.Push (DESIGN.md, Sync).
struct Mutation {
    QString mutationId; // UUID; a replay returns the first result
    MutationOp op = MutationOp::Update;
    EntityType type = EntityType::Contact;
    QString recordId;
    QString spaceId;
    // The record's version the change was made on; 0 for Create.
    qint64 baseVersion = 0;
    // Create: every field. Update: exactly the fields in changedFields.
    // Delete: empty.
    QJsonObject fields;
    QStringList changedFields; // top-level field names (Update only)
};

enum class MutationOutcome {
    Applied,  // every changed field taken as sent
    Merged,   // taken; other fields had changed on the server meanwhile
    Conflict, // some fields conflicted; the rest were applied
    Rejected, // nothing applied (permission or validation)
};

// A field the server changed after the mutation's base version, to a value
// different from the one sent.
struct FieldConflict {
    QString field;
    qint64 changedAtVersion = 0;
};

enum class RejectionKind { Permission, Validation };

struct Rejection {
    RejectionKind kind = RejectionKind::Validation;
    QString field; // may be empty
    QString message;
};

// Stable lower-case names ("create", "applied", ...) for SQL, JSON and
// logs; parse*() gives nullopt for an unknown name.
QString toString(MutationOp op);
std::optional<MutationOp> parseMutationOp(const QString &name);
QString toString(MutationOutcome outcome);
std::optional<MutationOutcome> parseMutationOutcome(const QString &name);

struct MutationResult {
    QString mutationId;
    MutationOutcome outcome = MutationOutcome::Applied;
    // The record's version after the mutation (for Rejected: unchanged).
    qint64 version = 0;
    // The server's record after the mutation: for Merged and Conflict,
    // and for an edit-vs-delete conflict (then meta.deleted is set).
    std::optional<Record> record;
    QList<FieldConflict> conflicts;
    std::optional<Rejection> rejection;
};

} // namespace hn::common
