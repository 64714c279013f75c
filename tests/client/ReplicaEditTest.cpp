// SPDX-License-Identifier: GPL-3.0-or-later
// Local edits: each written with its outbox entry in one transaction,
// offline edits of one record coalesced, deletions of unsynced records.
#include "common/Error.h"
#include "tests/client/ReplicaTesting.h"

#include <QJsonArray>
#include <catch2/catch.hpp>

using namespace hn;
using namespace hn::test;
using client::OutboxEntry;
using common::EntityType;
using common::MutationOp;

namespace {

QJsonObject person(const QString &given, const QString &family) {
    return {{QStringLiteral("kind"), QStringLiteral("person")},
            {QStringLiteral("given_name"), given},
            {QStringLiteral("family_name"), family}};
}

} // namespace

TEST_CASE("create stores a complete record and its Create in the outbox") {
    ReplicaFixture f;
    const common::Record r =
        f.replica().create(EntityType::Contact, kSpace,
                           person(QStringLiteral("Anna"), QStringLiteral("Müller")), kUser);
    CHECK(QUuid::fromString(r.meta.id).isNull() == false);
    CHECK(r.meta.version == 0);
    CHECK(r.meta.createdBy == kUser);
    CHECK(r.fields.value(QStringLiteral("family_name")).toString() == QStringLiteral("Müller"));
    // Every field is present, defaults included.
    CHECK(r.fields.contains(QStringLiteral("notes")));
    CHECK(r.fields.value(QStringLiteral("phones")).isArray());

    const auto stored = f.replica().record(r.meta.id);
    REQUIRE(stored);
    CHECK(stored->fields == r.fields);
    CHECK(stored->bucket() == spaceBucket());

    const QList<OutboxEntry> out = f.replica().outboxToSend(10);
    REQUIRE(out.size() == 1);
    CHECK(out[0].mutation.op == MutationOp::Create);
    CHECK(out[0].mutation.recordId == r.meta.id);
    CHECK(out[0].mutation.spaceId == kSpace);
    CHECK(out[0].mutation.baseVersion == 0);
    CHECK(out[0].mutation.fields == r.fields);
    CHECK(out[0].bucket == spaceBucket());
    CHECK(out[0].userId == kUser);
}

TEST_CASE("private records go to the user's private bucket with a derived id") {
    ReplicaFixture f;
    const QString thread = recordId(1);
    const common::Record marker =
        f.replica().create(EntityType::Favourite, kSpace,
                           {{QStringLiteral("target_type"), QStringLiteral("thread")},
                            {QStringLiteral("target_id"), thread}},
                           kUser);
    CHECK(marker.meta.spaceId.isEmpty());
    CHECK(f.replica().records(EntityType::Favourite, QStringLiteral("private:") + kUser).size()
          == 1);
    // The same key again is the same record, not a second one.
    const common::Record again =
        f.replica().create(EntityType::Favourite, {},
                           {{QStringLiteral("target_type"), QStringLiteral("thread")},
                            {QStringLiteral("target_id"), thread}},
                           kUser);
    CHECK(again.meta.id == marker.meta.id);
    CHECK(f.replica().count(EntityType::Favourite) == 1);
    CHECK(f.replica().counts().pending == 1);
}

TEST_CASE("create refuses unknown fields, bad spaces and server-only types") {
    ReplicaFixture f;
    CHECK_THROWS_AS(
        f.replica().create(EntityType::Contact, kSpace, {{QStringLiteral("shoe_size"), 42}}, kUser),
        common::Error);
    CHECK_THROWS_AS(f.replica().create(EntityType::Contact, QStringLiteral("nope"), {}, kUser),
                    common::Error);
    CHECK_THROWS_AS(f.replica().create(EntityType::Space, kSpace, {}, kUser), common::Error);
    CHECK(f.replica().counts() == client::SyncCounts{});
}

TEST_CASE("a failure while writing the outbox leaves nothing half-written") {
    ReplicaFixture f;
    const common::Record synced = pulledContact(
        f.replica(), recordId(1), 5, person(QStringLiteral("Jonas"), QStringLiteral("Weber")));
    // A real SQLite failure in the middle of the transaction: the outbox
    // write aborts after the record row was written.
    f.exec(QStringLiteral("CREATE TRIGGER fail_outbox_insert BEFORE INSERT ON outbox"
                          " BEGIN SELECT RAISE(ABORT, 'disk full (simulated)'); END"));
    f.exec(QStringLiteral("CREATE TRIGGER fail_outbox_update BEFORE UPDATE ON outbox"
                          " BEGIN SELECT RAISE(ABORT, 'disk full (simulated)'); END"));

    CHECK_THROWS_AS(f.replica().create(EntityType::Contact, kSpace,
                                       person(QStringLiteral("Eva"), QStringLiteral("Schulz")),
                                       kUser),
                    common::Error);
    CHECK(f.replica().count(EntityType::Contact) == 1);
    CHECK(f.replica().search(QStringLiteral("Schulz")).isEmpty());
    CHECK(f.raw(QStringLiteral("SELECT COUNT(*) FROM records")).toInt() == 1);

    CHECK_THROWS_AS(f.replica().update(synced.meta.id,
                                       {{QStringLiteral("family_name"), QStringLiteral("Becker")}},
                                       kUser),
                    common::Error);
    CHECK(f.replica().record(synced.meta.id)->fields == synced.fields);
    CHECK(f.replica().search(QStringLiteral("Becker")).isEmpty());
    CHECK(f.replica().search(QStringLiteral("Weber")).size() == 1);

    CHECK_THROWS_AS(f.replica().remove(synced.meta.id, kUser), common::Error);
    CHECK_FALSE(f.replica().record(synced.meta.id)->meta.deleted);
    CHECK(f.replica().counts() == client::SyncCounts{});

    // Once the disk is fine again, the same edit goes through.
    f.exec(QStringLiteral("DROP TRIGGER fail_outbox_insert"));
    f.exec(QStringLiteral("DROP TRIGGER fail_outbox_update"));
    f.replica().update(synced.meta.id, {{QStringLiteral("family_name"), QStringLiteral("Becker")}},
                       kUser);
    CHECK(f.replica().counts().pending == 1);
}

TEST_CASE("offline edits of one record coalesce into one pending Update") {
    ReplicaFixture f;
    const common::Record synced = pulledContact(
        f.replica(), recordId(1), 5, person(QStringLiteral("Jonas"), QStringLiteral("Weber")));

    f.replica().update(synced.meta.id,
                       {{QStringLiteral("family_name"), QStringLiteral("Weber-Lang")}}, kUser);
    // A pull of an unrelated field moves the record's version meanwhile.
    f.replica().applyPage(
        page(spaceBucket(),
             {serverContact(recordId(1), 9,
                            {{QStringLiteral("given_name"), QStringLiteral("Jonas")},
                             {QStringLiteral("family_name"), QStringLiteral("Weber")},
                             {QStringLiteral("notes"), QStringLiteral("neu")}})},
             9));
    f.replica().update(synced.meta.id,
                       {{QStringLiteral("emails"), QJsonArray{QStringLiteral("jw@example.org")}}},
                       kUser);
    f.replica().update(synced.meta.id, {{QStringLiteral("family_name"), QStringLiteral("Lang")}},
                       kUser);
    // Unchanged values are no edit at all.
    f.replica().update(synced.meta.id, {{QStringLiteral("given_name"), QStringLiteral("Jonas")}},
                       kUser);

    QList<OutboxEntry> out = f.replica().outboxToSend(10);
    REQUIRE(out.size() == 1);
    const common::Mutation &m = out[0].mutation;
    CHECK(m.op == MutationOp::Update);
    CHECK(m.baseVersion == 5); // the earliest
    CHECK(QSet<QString>(m.changedFields.begin(), m.changedFields.end())
          == QSet<QString>{QStringLiteral("family_name"), QStringLiteral("emails")});
    CHECK(m.fields.value(QStringLiteral("family_name")).toString() == QStringLiteral("Lang"));
    CHECK(m.fields.value(QStringLiteral("emails")).toArray().size() == 1);

    // An entry in flight is frozen: a further edit makes a new entry.
    f.replica().update(synced.meta.id, {{QStringLiteral("notes"), QStringLiteral("später")}},
                       kUser);
    CHECK(f.replica().counts().inFlight == 1);
    CHECK(f.replica().counts().pending == 1);
    // ... which waits until the first one is answered.
    CHECK(f.replica().outboxToSend(10).isEmpty());
}

TEST_CASE("edits of a never-synced record coalesce into its Create") {
    ReplicaFixture f;
    const common::Record r =
        f.replica().create(EntityType::Contact, kSpace,
                           person(QStringLiteral("Eva"), QStringLiteral("Schulz")), kUser);
    f.replica().update(r.meta.id, {{QStringLiteral("notes"), QStringLiteral("Sprachkurse")}},
                       kUser);
    const QList<OutboxEntry> out = f.replica().outboxToSend(10);
    REQUIRE(out.size() == 1);
    CHECK(out[0].mutation.op == MutationOp::Create);
    CHECK(out[0].mutation.fields.value(QStringLiteral("notes")).toString()
          == QStringLiteral("Sprachkurse"));
}

TEST_CASE("deleting a never-synced record drops its Create") {
    ReplicaFixture f;
    const common::Record r =
        f.replica().create(EntityType::Contact, kSpace,
                           person(QStringLiteral("Eva"), QStringLiteral("Schulz")), kUser);
    f.replica().update(r.meta.id, {{QStringLiteral("notes"), QStringLiteral("x")}}, kUser);
    f.replica().remove(r.meta.id, kUser);
    CHECK_FALSE(f.replica().record(r.meta.id));
    CHECK(f.replica().counts() == client::SyncCounts{});
    CHECK(f.replica().outboxToSend(10).isEmpty());
    CHECK(f.replica().search(QStringLiteral("Schulz")).isEmpty());
}

TEST_CASE("deleting a synced record leaves a local tombstone and a Delete") {
    ReplicaFixture f;
    const common::Record synced = pulledContact(
        f.replica(), recordId(1), 5, person(QStringLiteral("Jonas"), QStringLiteral("Weber")));
    f.replica().update(synced.meta.id, {{QStringLiteral("notes"), QStringLiteral("x")}}, kUser);
    f.replica().remove(synced.meta.id, kUser);

    const auto local = f.replica().record(synced.meta.id);
    REQUIRE(local);
    CHECK(local->meta.deleted);
    CHECK(f.replica().records(EntityType::Contact).isEmpty());
    CHECK(f.replica().count(EntityType::Contact) == 0);
    CHECK(f.replica().search(QStringLiteral("Weber")).isEmpty());

    const QList<OutboxEntry> out = f.replica().outboxToSend(10);
    REQUIRE(out.size() == 1); // the unsent update is superseded
    CHECK(out[0].mutation.op == MutationOp::Delete);
    CHECK(out[0].mutation.baseVersion == 5);
    CHECK_THROWS_AS(
        f.replica().update(synced.meta.id, {{QStringLiteral("notes"), QStringLiteral("y")}}, kUser),
        common::Error);
}

TEST_CASE("update refuses unknown records and fields") {
    ReplicaFixture f;
    const common::Record synced = pulledContact(
        f.replica(), recordId(1), 5, person(QStringLiteral("Jonas"), QStringLiteral("Weber")));
    try {
        f.replica().update(synced.meta.id, {{QStringLiteral("shoe_size"), 42}}, kUser);
        FAIL("no error");
    } catch (const common::Error &error) {
        CHECK(error.code() == common::ErrorCode::InvalidArgument);
        CHECK(error.field() == QStringLiteral("shoe_size"));
    }
    try {
        f.replica().update(recordId(99), {{QStringLiteral("notes"), QStringLiteral("x")}}, kUser);
        FAIL("no error");
    } catch (const common::Error &error) {
        CHECK(error.code() == common::ErrorCode::NotFound);
    }
}

TEST_CASE("records lists live records by type and bucket, with paging") {
    ReplicaFixture f;
    for (int i = 1; i <= 5; ++i)
        pulledContact(f.replica(), recordId(i), i, person(QStringLiteral("P"), QString::number(i)));
    f.replica().applyPage(
        page(spaceBucket(kOtherSpace),
             {serverContact(recordId(6), 7, person(QStringLiteral("Q"), QStringLiteral("Q")),
                            kOtherSpace)},
             7));
    CHECK(f.replica().count(EntityType::Contact) == 6);
    CHECK(f.replica().count(EntityType::Contact, spaceBucket()) == 5);
    const auto paged = f.replica().records(EntityType::Contact, spaceBucket(), 2, 1);
    REQUIRE(paged.size() == 2);
    CHECK(paged[0].meta.id == recordId(2));
    CHECK(paged[1].meta.id == recordId(3));
    CHECK(paged[0].meta.version == 2);
    CHECK(f.replica().records(EntityType::Document).isEmpty());
}
