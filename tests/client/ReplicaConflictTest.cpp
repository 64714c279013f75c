// SPDX-License-Identifier: GPL-3.0-or-later
// A person's decision on a conflict: mine and merged become normal
// mutations based on the conflict's server version, theirs takes the
// server's value.
#include "common/Error.h"
#include "tests/client/ReplicaTesting.h"

#include <catch2/catch.hpp>

using namespace hn;
using namespace hn::test;
using client::Conflict;
using client::OutboxEntry;
using client::Resolution;
using common::EntityType;
using common::MutationOp;

namespace {

QJsonObject weber(const QString &family, const QString &notes = {}) {
    return {{QStringLiteral("given_name"), QStringLiteral("Jonas")},
            {QStringLiteral("family_name"), family},
            {QStringLiteral("notes"), notes}};
}

QString field(client::Replica &replica, const QString &id, const QString &name) {
    const auto r = replica.record(id);
    REQUIRE(r);
    return r->fields.value(name).toString();
}

// Record 1 with my family name "Weber-Lang" against the server's
// "Weber-Kurz" (version 14).
Conflict fieldConflict(ReplicaFixture &f) {
    pulledContact(f.replica(), recordId(1), 5, weber(QStringLiteral("Weber")));
    f.replica().update(recordId(1), {{QStringLiteral("family_name"), QStringLiteral("Weber-Lang")}},
                       kUser);
    const auto out = f.replica().outboxToSend(10);
    REQUIRE(out.size() == 1);
    f.replica().applyResults(
        {{out[0], conflicted(out[0], 14,
                             serverContact(recordId(1), 14, weber(QStringLiteral("Weber-Kurz"))),
                             {QStringLiteral("family_name")})}});
    const auto conflicts = f.replica().conflicts();
    REQUIRE(conflicts.size() == 1);
    return conflicts[0];
}

} // namespace

TEST_CASE("resolving a field conflict") {
    ReplicaFixture f;
    const Conflict c = fieldConflict(f);

    SECTION("mine pushes my value based on the server's version") {
        f.replica().resolveConflict(c.id, {Resolution::Choice::Mine, {}}, kUser);
        CHECK(f.replica().conflicts().isEmpty());
        CHECK(field(f.replica(), recordId(1), QStringLiteral("family_name"))
              == QStringLiteral("Weber-Lang"));
        const auto out = f.replica().outboxToSend(10);
        REQUIRE(out.size() == 1);
        CHECK(out[0].mutation.op == MutationOp::Update);
        CHECK(out[0].mutation.baseVersion == 14);
        CHECK(out[0].mutation.changedFields == QStringList{QStringLiteral("family_name")});
        CHECK(out[0].mutation.fields.value(QStringLiteral("family_name")).toString()
              == QStringLiteral("Weber-Lang"));
        f.replica().applyResults({{out[0], applied(out[0], 15)}});
        CHECK(f.replica().counts() == client::SyncCounts{});
        CHECK(f.replica().record(recordId(1))->meta.version == 15);
    }
    SECTION("theirs takes the server's value and pushes nothing") {
        f.replica().resolveConflict(c.id, {Resolution::Choice::Theirs, {}}, kUser);
        CHECK(field(f.replica(), recordId(1), QStringLiteral("family_name"))
              == QStringLiteral("Weber-Kurz"));
        CHECK(f.replica().counts() == client::SyncCounts{});
        // The replica now equals the server's view.
        CHECK(f.replica().record(recordId(1))->fields
              == serverContact(recordId(1), 14, weber(QStringLiteral("Weber-Kurz"))).fields);
    }
    SECTION("merged pushes the person's value") {
        f.replica().resolveConflict(
            c.id, {Resolution::Choice::Merged, QStringLiteral("Weber-Lang-Kurz")}, kUser);
        CHECK(field(f.replica(), recordId(1), QStringLiteral("family_name"))
              == QStringLiteral("Weber-Lang-Kurz"));
        const auto out = f.replica().outboxToSend(10);
        REQUIRE(out.size() == 1);
        CHECK(out[0].mutation.baseVersion == 14);
        CHECK(out[0].mutation.fields.value(QStringLiteral("family_name")).toString()
              == QStringLiteral("Weber-Lang-Kurz"));
    }
    SECTION("merged without a value is refused and changes nothing") {
        CHECK_THROWS_AS(f.replica().resolveConflict(c.id, {Resolution::Choice::Merged, {}}, kUser),
                        common::Error);
        CHECK(f.replica().conflicts().size() == 1);
    }
    CHECK_THROWS_AS(f.replica().resolveConflict(c.id + 100, {Resolution::Choice::Mine, {}}, kUser),
                    common::Error);
}

TEST_CASE("resolving an edit that met a deletion") {
    ReplicaFixture f;
    pulledContact(f.replica(), recordId(1), 5, weber(QStringLiteral("Weber")));
    f.replica().update(recordId(1), {{QStringLiteral("notes"), QStringLiteral("meins")}}, kUser);
    f.replica().applyPage(page(spaceBucket(), {tombstone(EntityType::Contact, recordId(1), 9)}, 9));
    const auto conflicts = f.replica().conflicts();
    REQUIRE(conflicts.size() == 1);

    SECTION("theirs lets the deletion stand") {
        f.replica().resolveConflict(conflicts[0].id, {Resolution::Choice::Theirs, {}}, kUser);
        CHECK_FALSE(f.replica().record(recordId(1)));
        CHECK(f.replica().counts() == client::SyncCounts{});
    }
    SECTION("mine brings the record back as a new one") {
        f.replica().resolveConflict(conflicts[0].id, {Resolution::Choice::Mine, {}}, kUser);
        CHECK_FALSE(f.replica().record(recordId(1)));
        const auto out = f.replica().outboxToSend(10);
        REQUIRE(out.size() == 1);
        CHECK(out[0].mutation.op == MutationOp::Create);
        CHECK(out[0].mutation.recordId != recordId(1));
        CHECK(out[0].mutation.fields.value(QStringLiteral("notes")).toString()
              == QStringLiteral("meins"));
        CHECK(field(f.replica(), out[0].mutation.recordId, QStringLiteral("family_name"))
              == QStringLiteral("Weber"));
    }
}

TEST_CASE("resolving a deletion that met edits") {
    ReplicaFixture f;
    pulledContact(f.replica(), recordId(1), 5, weber(QStringLiteral("Weber")));
    f.replica().remove(recordId(1), kUser);
    auto out = f.replica().outboxToSend(10);
    REQUIRE(out.size() == 1);
    f.replica().applyResults(
        {{out[0], conflicted(out[0], 11,
                             serverContact(recordId(1), 11,
                                           weber(QStringLiteral("Weber"), QStringLiteral("neu"))),
                             {QStringLiteral("notes")})}});
    const auto conflicts = f.replica().conflicts();
    REQUIRE(conflicts.size() == 1);

    SECTION("mine deletes again, based on the server's version") {
        f.replica().resolveConflict(conflicts[0].id, {Resolution::Choice::Mine, {}}, kUser);
        out = f.replica().outboxToSend(10);
        REQUIRE(out.size() == 1);
        CHECK(out[0].mutation.op == MutationOp::Delete);
        CHECK(out[0].mutation.baseVersion == 11);
        CHECK(f.replica().record(recordId(1))->meta.deleted);
    }
    SECTION("theirs keeps the record as the server has it") {
        f.replica().resolveConflict(conflicts[0].id, {Resolution::Choice::Theirs, {}}, kUser);
        const auto r = f.replica().record(recordId(1));
        REQUIRE(r);
        CHECK_FALSE(r->meta.deleted);
        CHECK(r->fields.value(QStringLiteral("notes")).toString() == QStringLiteral("neu"));
        CHECK(f.replica().counts() == client::SyncCounts{});
    }
    SECTION("merged keeps the record with the person's fields") {
        f.replica().resolveConflict(
            conflicts[0].id,
            {Resolution::Choice::Merged,
             QJsonObject{{QStringLiteral("notes"), QStringLiteral("neu, geprüft")}}},
            kUser);
        CHECK(field(f.replica(), recordId(1), QStringLiteral("notes"))
              == QStringLiteral("neu, geprüft"));
        out = f.replica().outboxToSend(10);
        REQUIRE(out.size() == 1);
        CHECK(out[0].mutation.op == MutationOp::Update);
        CHECK(out[0].mutation.baseVersion == 11);
        CHECK(out[0].mutation.changedFields == QStringList{QStringLiteral("notes")});
    }
}
