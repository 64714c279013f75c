// SPDX-License-Identifier: GPL-3.0-or-later
// The per-field merge rules of Sync.Push, one table row per case.
#include "common/FieldMerge.h"

#include <QJsonArray>
#include <catch2/catch.hpp>

using namespace hn::common;

namespace {

// The server's record: version 10; "given_name" last changed at 10,
// "family_name" at 5, "notes" at 3, "phones" at 8.
Record serverRecord(bool deleted = false) {
    Record record;
    record.type = EntityType::Contact;
    record.meta.id = QStringLiteral("c0ffee00-0000-4000-8000-000000000001");
    record.meta.spaceId = QStringLiteral("5ace0000-0000-4000-8000-000000000001");
    record.meta.version = 10;
    record.meta.deleted = deleted;
    if (!deleted) {
        record.fields = {{QStringLiteral("kind"), QStringLiteral("person")},
                         {QStringLiteral("given_name"), QStringLiteral("Anna")},
                         {QStringLiteral("family_name"), QStringLiteral("Müller")},
                         {QStringLiteral("notes"), QStringLiteral("")},
                         {QStringLiteral("phones"), QJsonArray{}}};
    }
    return record;
}

QHash<QString, qint64> serverSeqs() {
    return {{QStringLiteral("kind"), 1},
            {QStringLiteral("given_name"), 10},
            {QStringLiteral("family_name"), 5},
            {QStringLiteral("notes"), 3},
            {QStringLiteral("phones"), 8}};
}

Mutation update(qint64 base, QJsonObject fields) {
    Mutation m;
    m.mutationId = QStringLiteral("11111111-0000-4000-8000-000000000001");
    m.op = MutationOp::Update;
    m.type = EntityType::Contact;
    m.recordId = serverRecord().meta.id;
    m.baseVersion = base;
    m.changedFields = fields.keys();
    m.fields = std::move(fields);
    return m;
}

Mutation withOp(MutationOp op, qint64 base, QJsonObject fields = {}) {
    Mutation m = update(base, std::move(fields));
    m.op = op;
    if (op != MutationOp::Update)
        m.changedFields.clear();
    return m;
}

enum class Current { Missing, Live, Tombstone };

struct Row {
    const char *name;
    Current current;
    Mutation mutation;
    MutationOutcome outcome;
    bool write;
    bool tombstone;
    QStringList changed;   // fields the merge applies (sorted)
    QStringList conflicts; // conflicting fields (in order)
    QString rejectionField;
};

QStringList sorted(QStringList list) {
    list.sort();
    return list;
}

} // namespace

TEST_CASE("field merge: every case of the rules") {
    const QJsonObject fullContact{{QStringLiteral("kind"), QStringLiteral("person")},
                                  {QStringLiteral("given_name"), QStringLiteral("Bert")}};
    const QString anna = QStringLiteral("Anna");
    const QString bea = QStringLiteral("Bea");
    const std::vector<Row> rows{
        {"create on a new id",
         Current::Missing,
         withOp(MutationOp::Create, 0, fullContact),
         MutationOutcome::Applied,
         true,
         false,
         sorted({QStringLiteral("kind"), QStringLiteral("given_name")}),
         {},
         {}},
        {"create on an existing id",
         Current::Live,
         withOp(MutationOp::Create, 0, fullContact),
         MutationOutcome::Rejected,
         false,
         false,
         {},
         {},
         QStringLiteral("record_id")},
        {"create on a tombstone's id",
         Current::Tombstone,
         withOp(MutationOp::Create, 0, fullContact),
         MutationOutcome::Rejected,
         false,
         false,
         {},
         {},
         QStringLiteral("record_id")},
        {"update of a missing record",
         Current::Missing,
         update(3, {{QStringLiteral("notes"), QStringLiteral("x")}}),
         MutationOutcome::Rejected,
         false,
         false,
         {},
         {},
         QStringLiteral("record_id")},
        {"update on the current version",
         Current::Live,
         update(10, {{QStringLiteral("given_name"), bea}}),
         MutationOutcome::Applied,
         true,
         false,
         {QStringLiteral("given_name")},
         {},
         {}},
        {"update on a newer base than the record",
         Current::Live,
         update(12, {{QStringLiteral("notes"), QStringLiteral("neu")}}),
         MutationOutcome::Applied,
         true,
         false,
         {QStringLiteral("notes")},
         {},
         {}},
        {"same field changed on the server to another value",
         Current::Live,
         update(7, {{QStringLiteral("given_name"), bea}}),
         MutationOutcome::Conflict,
         false,
         false,
         {},
         {QStringLiteral("given_name")},
         {}},
        {"different fields: merged",
         Current::Live,
         update(7, {{QStringLiteral("notes"), QStringLiteral("neu")}}),
         MutationOutcome::Merged,
         true,
         false,
         {QStringLiteral("notes")},
         {},
         {}},
        {"same field changed to the same value: no conflict",
         Current::Live,
         update(7, {{QStringLiteral("given_name"), anna}}),
         MutationOutcome::Merged,
         false,
         false,
         {},
         {},
         {}},
        {"conflict and a clean field: the clean one applied",
         Current::Live,
         update(7, {{QStringLiteral("given_name"), bea},
                    {QStringLiteral("family_name"), QStringLiteral("Maier")},
                    {QStringLiteral("phones"), QJsonArray{QJsonObject{}}}}),
         MutationOutcome::Conflict,
         true,
         false,
         {QStringLiteral("family_name")},
         {QStringLiteral("given_name"), QStringLiteral("phones")},
         {}},
        {"field changed exactly at base: no conflict",
         Current::Live,
         update(8, {{QStringLiteral("phones"), QJsonArray{}}, {QStringLiteral("notes"), anna}}),
         MutationOutcome::Merged,
         true,
         false,
         {QStringLiteral("notes")},
         {},
         {}},
        {"update meets a deletion",
         Current::Tombstone,
         update(7, {{QStringLiteral("notes"), bea}}),
         MutationOutcome::Conflict,
         false,
         false,
         {},
         {},
         {}},
        {"delete of a missing record",
         Current::Missing,
         withOp(MutationOp::Delete, 4),
         MutationOutcome::Applied,
         false,
         false,
         {},
         {},
         {}},
        {"delete of a tombstone",
         Current::Tombstone,
         withOp(MutationOp::Delete, 4),
         MutationOutcome::Applied,
         false,
         false,
         {},
         {},
         {}},
        {"delete on the current version",
         Current::Live,
         withOp(MutationOp::Delete, 10),
         MutationOutcome::Applied,
         true,
         true,
         {},
         {},
         {}},
        {"delete meets later edits",
         Current::Live,
         withOp(MutationOp::Delete, 6),
         MutationOutcome::Conflict,
         false,
         false,
         {},
         {QStringLiteral("given_name"), QStringLiteral("phones")},
         {}},
    };

    for (const Row &row : rows) {
        SECTION(row.name) {
            std::optional<Record> current;
            if (row.current != Current::Missing)
                current = serverRecord(row.current == Current::Tombstone);
            const QHash<QString, qint64> seqs =
                row.current == Current::Live ? serverSeqs() : QHash<QString, qint64>{};
            const MergeDecision d = FieldMerge::decide(current, seqs, row.mutation);
            CHECK(d.outcome == row.outcome);
            CHECK(d.write == row.write);
            CHECK(d.tombstone == row.tombstone);
            CHECK(sorted(d.changedFields) == row.changed);
            QStringList conflicts;
            for (const FieldConflict &c : d.conflicts) {
                conflicts << c.field;
                CHECK(c.changedAtVersion == serverSeqs().value(c.field));
                CHECK(c.changedAtVersion > row.mutation.baseVersion);
            }
            CHECK(conflicts == row.conflicts);
            CHECK(d.rejection.has_value() == !row.rejectionField.isEmpty());
            if (d.rejection) {
                CHECK(d.rejection->kind == RejectionKind::Validation);
                CHECK(d.rejection->field == row.rejectionField);
                CHECK_FALSE(d.rejection->message.isEmpty());
            }
            // The fields afterwards: the server's, with exactly the applied
            // fields taken from the mutation.
            if (row.current == Current::Live && !d.tombstone && !d.rejection) {
                const QJsonObject before = serverRecord().fields;
                for (auto it = before.constBegin(); it != before.constEnd(); ++it) {
                    const QJsonValue expected = d.changedFields.contains(it.key())
                                                    ? row.mutation.fields.value(it.key())
                                                    : it.value();
                    CHECK(d.fields.value(it.key()) == expected);
                }
            }
            if (row.mutation.op == MutationOp::Create && d.write)
                CHECK(d.fields == row.mutation.fields);
            if (d.tombstone)
                CHECK(d.fields.isEmpty());
        }
    }
}

TEST_CASE("field merge: a last-writer-wins field never conflicts") {
    const Mutation m = update(7, {{QStringLiteral("given_name"), QStringLiteral("Bea")},
                                  {QStringLiteral("family_name"), QStringLiteral("Maier")}});
    const MergeDecision d =
        FieldMerge::decide(serverRecord(), serverSeqs(), m, {QStringLiteral("given_name")});
    CHECK(d.outcome == MutationOutcome::Merged);
    CHECK(d.conflicts.isEmpty());
    CHECK(sorted(d.changedFields)
          == QStringList{QStringLiteral("family_name"), QStringLiteral("given_name")});
    CHECK(d.fields.value(QStringLiteral("given_name")).toString() == QStringLiteral("Bea"));
}

TEST_CASE("field merge: a field without a recorded seq counts as never changed") {
    QHash<QString, qint64> seqs = serverSeqs();
    seqs.remove(QStringLiteral("given_name"));
    const MergeDecision d = FieldMerge::decide(
        serverRecord(), seqs, update(7, {{QStringLiteral("given_name"), QStringLiteral("Bea")}}));
    CHECK(d.outcome == MutationOutcome::Merged);
    CHECK(d.changedFields == QStringList{QStringLiteral("given_name")});
}
