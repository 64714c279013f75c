// SPDX-License-Identifier: GPL-3.0-or-later
// Push results: applied, merged, conflict, rejected, and entries whose
// answer never came.
#include "common/Error.h"
#include "tests/client/ReplicaTesting.h"

#include <QJsonArray>
#include <catch2/catch.hpp>

using namespace hn;
using namespace hn::test;
using client::Conflict;
using client::OutboxEntry;
using common::EntityType;
using common::MutationOp;

namespace {

QJsonObject weber(const QString &notes = {}) {
    return {{QStringLiteral("given_name"), QStringLiteral("Jonas")},
            {QStringLiteral("family_name"), QStringLiteral("Weber")},
            {QStringLiteral("notes"), notes}};
}

QString field(client::Replica &replica, const QString &id, const QString &name) {
    const auto r = replica.record(id);
    REQUIRE(r);
    return r->fields.value(name).toString();
}

OutboxEntry sendOne(client::Replica &replica) {
    const QList<OutboxEntry> out = replica.outboxToSend(10);
    REQUIRE(out.size() == 1);
    return out[0];
}

} // namespace

TEST_CASE("Applied: the record takes the server version, the entry goes") {
    ReplicaFixture f;
    const common::Record r =
        f.replica().create(EntityType::Contact, kSpace,
                           {{QStringLiteral("family_name"), QStringLiteral("Schulz")}}, kUser);
    const OutboxEntry create = sendOne(f.replica());
    f.replica().applyResults({{create, applied(create, 41)}});
    CHECK(f.replica().record(r.meta.id)->meta.version == 41);
    CHECK(f.replica().counts() == client::SyncCounts{});

    f.replica().update(r.meta.id, {{QStringLiteral("notes"), QStringLiteral("a")}}, kUser);
    const OutboxEntry update = sendOne(f.replica());
    CHECK(update.mutation.baseVersion == 41);
    f.replica().applyResults({{update, applied(update, 42)}});
    CHECK(f.replica().record(r.meta.id)->meta.version == 42);
    CHECK(field(f.replica(), r.meta.id, QStringLiteral("notes")) == QStringLiteral("a"));
    CHECK(f.raw(QStringLiteral("SELECT COUNT(*) FROM records WHERE server_fields IS NOT NULL"))
              .toInt()
          == 0);

    // An answer given twice is ignored.
    f.replica().applyResults({{update, applied(update, 42)}});
    CHECK(f.replica().record(r.meta.id)->meta.version == 42);

    f.replica().remove(r.meta.id, kUser);
    const OutboxEntry del = sendOne(f.replica());
    f.replica().applyResults({{del, applied(del, 43)}});
    CHECK_FALSE(f.replica().record(r.meta.id));
    CHECK(f.replica().counts() == client::SyncCounts{});
}

TEST_CASE("the next entry of a record waits for the answer and is based on it") {
    ReplicaFixture f;
    const common::Record r =
        f.replica().create(EntityType::Contact, kSpace,
                           {{QStringLiteral("family_name"), QStringLiteral("Schulz")}}, kUser);
    const OutboxEntry create = sendOne(f.replica());
    f.replica().update(r.meta.id, {{QStringLiteral("notes"), QStringLiteral("b")}}, kUser);
    f.replica().remove(r.meta.id, kUser);
    CHECK(f.replica().outboxToSend(10).isEmpty());
    f.replica().applyResults({{create, applied(create, 50)}});
    const OutboxEntry del = sendOne(f.replica());
    CHECK(del.mutation.op == MutationOp::Delete);
    CHECK(del.mutation.baseVersion == 50);
}

TEST_CASE("outboxToSend hands out at most one entry per record, in order") {
    ReplicaFixture f;
    QStringList ids;
    for (int i = 0; i < 5; ++i) {
        ids << f.replica()
                   .create(EntityType::Contact, kSpace,
                           {{QStringLiteral("family_name"), QString::number(i)}}, kUser)
                   .meta.id;
    }
    f.replica().update(ids[0], {{QStringLiteral("notes"), QStringLiteral("x")}}, kUser);
    const auto first = f.replica().outboxToSend(3);
    REQUIRE(first.size() == 3);
    CHECK(first[0].mutation.recordId == ids[0]);
    CHECK(first[2].mutation.recordId == ids[2]);
    const auto second = f.replica().outboxToSend(10);
    REQUIRE(second.size() == 2);
    CHECK(second[0].mutation.recordId == ids[3]);
    CHECK(f.replica().counts().inFlight == 5);
}

TEST_CASE("Merged: server fields are taken except newer local edits") {
    ReplicaFixture f;
    pulledContact(f.replica(), recordId(1), 5, weber());
    f.replica().update(recordId(1), {{QStringLiteral("family_name"), QStringLiteral("Weber-Lang")}},
                       kUser);
    const OutboxEntry update = sendOne(f.replica());
    // Edited again while the first push is on its way.
    f.replica().update(recordId(1),
                       {{QStringLiteral("municipality"), QStringLiteral("Bernkastel")}}, kUser);

    QJsonObject server = weber(QStringLiteral("vom Server"));
    server.insert(QStringLiteral("family_name"), QStringLiteral("Weber-Lang"));
    server.insert(QStringLiteral("municipality"), QStringLiteral("Wittlich"));
    f.replica().applyResults(
        {{update, merged(update, 12, serverContact(recordId(1), 12, server))}});

    CHECK(field(f.replica(), recordId(1), QStringLiteral("notes")) == QStringLiteral("vom Server"));
    CHECK(field(f.replica(), recordId(1), QStringLiteral("family_name"))
          == QStringLiteral("Weber-Lang"));
    CHECK(field(f.replica(), recordId(1), QStringLiteral("municipality"))
          == QStringLiteral("Bernkastel"));
    CHECK(f.replica().record(recordId(1))->meta.version == 12);
    // The later edit's field changed on the server after its base: not
    // rebased, so the server can see the conflict.
    const OutboxEntry next = sendOne(f.replica());
    CHECK(next.mutation.baseVersion == 5);
}

TEST_CASE("Conflict: each conflicting field is kept with both sides") {
    ReplicaFixture f;
    pulledContact(f.replica(), recordId(1), 5, weber());
    f.replica().update(recordId(1),
                       {{QStringLiteral("family_name"), QStringLiteral("Weber-Lang")},
                        {QStringLiteral("notes"), QStringLiteral("meine Notiz")}},
                       kUser);
    const OutboxEntry update = sendOne(f.replica());
    QJsonObject server = weber(QStringLiteral("meine Notiz"));
    server.insert(QStringLiteral("family_name"), QStringLiteral("Weber-Kurz"));
    server.insert(QStringLiteral("department"), QStringLiteral("Integration"));
    f.replica().applyResults(
        {{update, conflicted(update, 14, serverContact(recordId(1), 14, server),
                             {QStringLiteral("family_name")})}});

    const QList<Conflict> conflicts = f.replica().conflicts();
    REQUIRE(conflicts.size() == 1);
    CHECK(conflicts[0].kind == Conflict::Kind::Field);
    CHECK(conflicts[0].field == QStringLiteral("family_name"));
    CHECK(conflicts[0].mine.toString() == QStringLiteral("Weber-Lang"));
    CHECK(conflicts[0].theirs.toString() == QStringLiteral("Weber-Kurz"));
    CHECK(conflicts[0].serverVersion == 14);
    // Non-conflicting fields take the server's record; the conflicting one
    // shows mine until decided, and a pull does not overwrite it.
    CHECK(field(f.replica(), recordId(1), QStringLiteral("department"))
          == QStringLiteral("Integration"));
    CHECK(field(f.replica(), recordId(1), QStringLiteral("family_name"))
          == QStringLiteral("Weber-Lang"));
    server.insert(QStringLiteral("family_name"), QStringLiteral("Weber-Kürzer"));
    f.replica().applyPage(page(spaceBucket(), {serverContact(recordId(1), 15, server)}, 15));
    CHECK(field(f.replica(), recordId(1), QStringLiteral("family_name"))
          == QStringLiteral("Weber-Lang"));
    // ... but the conflict shows what the server has now.
    CHECK(f.replica().conflicts()[0].theirs.toString() == QStringLiteral("Weber-Kürzer"));
    CHECK(f.replica().conflicts()[0].serverVersion == 15);
    CHECK(f.replica().counts().conflicts == 1);
    CHECK(f.replica().counts().pending == 0);
    // Editing the field before deciding is refused, naming it.
    try {
        f.replica().update(recordId(1), {{QStringLiteral("family_name"), QStringLiteral("X")}},
                           kUser);
        FAIL("no error");
    } catch (const common::Error &error) {
        CHECK(error.code() == common::ErrorCode::FailedPrecondition);
        CHECK(error.field() == QStringLiteral("family_name"));
    }
}

TEST_CASE("Conflict: my edit met a deletion") {
    ReplicaFixture f;
    pulledContact(f.replica(), recordId(1), 5, weber());
    f.replica().update(recordId(1), {{QStringLiteral("notes"), QStringLiteral("meins")}}, kUser);
    const OutboxEntry update = sendOne(f.replica());
    f.replica().applyResults(
        {{update, conflicted(update, 9, tombstone(EntityType::Contact, recordId(1), 9), {})}});
    const auto conflicts = f.replica().conflicts();
    REQUIRE(conflicts.size() == 1);
    CHECK(conflicts[0].kind == Conflict::Kind::EditVsDelete);
    CHECK(conflicts[0].mine.toObject().value(QStringLiteral("notes")).toString()
          == QStringLiteral("meins"));
    CHECK(f.replica().record(recordId(1)));
}

TEST_CASE("Conflict: my deletion met edits") {
    ReplicaFixture f;
    pulledContact(f.replica(), recordId(1), 5, weber());
    f.replica().remove(recordId(1), kUser);
    const OutboxEntry del = sendOne(f.replica());
    f.replica().applyResults(
        {{del, conflicted(del, 9, serverContact(recordId(1), 9, weber(QStringLiteral("neu"))),
                          {QStringLiteral("notes")})}});
    const auto conflicts = f.replica().conflicts();
    REQUIRE(conflicts.size() == 1);
    CHECK(conflicts[0].kind == Conflict::Kind::DeleteVsEdit);
    CHECK(conflicts[0].mine.isNull());
    CHECK(conflicts[0].theirs.toObject().value(QStringLiteral("notes")).toString()
          == QStringLiteral("neu"));
    CHECK(f.replica().record(recordId(1))->meta.deleted);
}

TEST_CASE("Rejected: the entry stays visible with the reason until a person acts") {
    ReplicaFixture f;
    pulledContact(f.replica(), recordId(1), 5, weber());
    f.replica().update(recordId(1),
                       {{QStringLiteral("emails"), QJsonArray{QStringLiteral("kaputt")}}}, kUser);
    const OutboxEntry update = sendOne(f.replica());
    f.replica().applyResults({{update, rejected(update, QStringLiteral("emails"),
                                                QStringLiteral("not an e-mail address"))}});

    const auto rejectedEntries = f.replica().rejected();
    REQUIRE(rejectedEntries.size() == 1);
    CHECK(rejectedEntries[0].state == OutboxEntry::State::Rejected);
    REQUIRE(rejectedEntries[0].rejection);
    CHECK(rejectedEntries[0].rejection->field == QStringLiteral("emails"));
    CHECK(rejectedEntries[0].rejection->message == QStringLiteral("not an e-mail address"));
    CHECK(f.replica().counts().rejected == 1);
    // Not resent by the engine, and the local value stays.
    CHECK(f.replica().outboxToSend(10).isEmpty());
    CHECK(f.replica().record(recordId(1))->fields.value(QStringLiteral("emails")).toArray().size()
          == 1);
    // A pull does not overwrite it either.
    f.replica().applyPage(
        page(spaceBucket(), {serverContact(recordId(1), 6, weber(QStringLiteral("x")))}, 6));
    CHECK(f.replica().record(recordId(1))->fields.value(QStringLiteral("emails")).toArray().size()
          == 1);

    SECTION("retry after the person fixed it") {
        f.replica().update(
            recordId(1), {{QStringLiteral("emails"), QJsonArray{QStringLiteral("jw@example.org")}}},
            kUser);
        f.replica().retryRejected(rejectedEntries[0].id);
        const OutboxEntry again = sendOne(f.replica());
        CHECK(again.mutation.mutationId != update.mutation.mutationId);
        CHECK(again.mutation.fields.value(QStringLiteral("emails")).toArray().first().toString()
              == QStringLiteral("jw@example.org"));
        CHECK(f.replica().rejected().isEmpty());
    }
    SECTION("discard reverts the record to the server's state") {
        f.replica().discardRejected(rejectedEntries[0].id);
        CHECK(f.replica().counts() == client::SyncCounts{});
        CHECK(f.replica().record(recordId(1))->fields
              == serverContact(recordId(1), 6, weber(QStringLiteral("x"))).fields);
    }
    SECTION("discarding a rejected create removes the record") {
        const common::Record r = f.replica().create(EntityType::Contact, kSpace, {}, kUser);
        const OutboxEntry create = sendOne(f.replica());
        f.replica().applyResults({{create, rejected(create, QStringLiteral("family_name"),
                                                    QStringLiteral("required"))}});
        const auto list = f.replica().rejected();
        REQUIRE(list.size() == 2);
        f.replica().discardRejected(list[1].id);
        CHECK_FALSE(f.replica().record(r.meta.id));
    }
    CHECK_THROWS_AS(f.replica().retryRejected(999), common::Error);
}

TEST_CASE("entries without an answer return to pending with the same mutation id") {
    ReplicaFixture f;
    const common::Record a = f.replica().create(EntityType::Contact, kSpace, {}, kUser);
    const common::Record b = f.replica().create(EntityType::Contact, kSpace, {}, kUser);
    const auto sent = f.replica().outboxToSend(10);
    REQUIRE(sent.size() == 2);
    // Only the first answer arrives before the connection is cut.
    f.replica().applyResults({{sent[0], applied(sent[0], 7)}});
    f.replica().requeueInFlight();
    // Further edits do not change the content that may have reached the server.
    f.replica().update(b.meta.id, {{QStringLiteral("notes"), QStringLiteral("später")}}, kUser);
    auto again = f.replica().outboxToSend(10);
    REQUIRE(again.size() == 1);
    CHECK(again[0].mutation.mutationId == sent[1].mutation.mutationId);
    CHECK(again[0].mutation.fields == sent[1].mutation.fields);

    // After a restart of the program, the engine does the same; until then
    // a second Replica on the file (the UI's) leaves in-flight entries be.
    f.reopen();
    CHECK(f.replica().counts().inFlight == 1);
    CHECK(f.replica().outboxToSend(10).isEmpty());
    f.replica().requeueInFlight();
    again = f.replica().outboxToSend(10);
    REQUIRE(again.size() == 1);
    CHECK(again[0].mutation.mutationId == sent[1].mutation.mutationId);
    f.replica().applyResults({{again[0], applied(again[0], 8)}});
    const OutboxEntry later = sendOne(f.replica());
    CHECK(later.mutation.op == MutationOp::Update);
    CHECK(later.mutation.baseVersion == 8);
    CHECK(a.meta.id != b.meta.id);
}

TEST_CASE("discarding a rejected edit restores the server's values, not the edit") {
    ReplicaFixture f;
    const common::Record original =
        pulledContact(f.replica(), recordId(1), 5, weber(QStringLiteral("alt")));
    f.replica().update(recordId(1), {{QStringLiteral("notes"), QStringLiteral("neu")}}, kUser);
    const OutboxEntry update = sendOne(f.replica());
    f.replica().applyResults({{update, rejected(update, {}, QStringLiteral("read only"))}});
    f.replica().discardRejected(f.replica().rejected().first().id);
    CHECK(f.replica().record(recordId(1))->fields == original.fields);
    CHECK(f.replica().counts() == client::SyncCounts{});
}

TEST_CASE("outboxEntries lists pending, in-flight and rejected entries in order, by page") {
    ReplicaFixture f;
    QStringList ids;
    for (int i = 0; i < 3; ++i) {
        ids << f.replica()
                   .create(EntityType::Contact, kSpace,
                           {{QStringLiteral("family_name"), QString::number(i)}}, kUser)
                   .meta.id;
    }
    const QList<OutboxEntry> sent = f.replica().outboxToSend(2);
    REQUIRE(sent.size() == 2);
    f.replica().applyResults(
        {{sent[1], rejected(sent[1], QStringLiteral("family_name"), QStringLiteral("too long"))}});

    const QList<OutboxEntry> all = f.replica().outboxEntries();
    REQUIRE(all.size() == 3);
    CHECK(all[0].mutation.recordId == ids[0]);
    CHECK(all[0].state == OutboxEntry::State::InFlight);
    CHECK(all[1].state == OutboxEntry::State::Rejected);
    REQUIRE(all[1].rejection);
    CHECK(all[1].rejection->message == QStringLiteral("too long"));
    CHECK(all[2].state == OutboxEntry::State::Pending);
    CHECK(all[2].mutation.op == MutationOp::Create);

    const QList<OutboxEntry> page = f.replica().outboxEntries(1, 2);
    REQUIRE(page.size() == 1);
    CHECK(page[0].mutation.recordId == ids[2]);
    CHECK(f.replica().outboxEntries(2, 0).size() == 2);
    CHECK(f.replica().outboxEntries(5, 3).isEmpty());
}
