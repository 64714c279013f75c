// SPDX-License-Identifier: GPL-3.0-or-later
// Pulls: pending local fields are never overwritten, tombstones meet local
// edits as conflicts, snapshots delete what the server no longer has, and
// cursors are stored with their pages so a pull resumes.
#include "tests/client/ReplicaTesting.h"

#include <QJsonArray>
#include <catch2/catch.hpp>
#include <thread>

using namespace hn;
using namespace hn::test;
using client::Conflict;
using common::EntityType;

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

} // namespace

TEST_CASE("a pull never overwrites a pending field but updates the others") {
    ReplicaFixture f;
    pulledContact(f.replica(), recordId(1), 5, weber());
    f.replica().update(recordId(1), {{QStringLiteral("family_name"), QStringLiteral("Weber-Lang")}},
                       kUser);

    QJsonObject theirs = weber(QStringLiteral("Mo–Do erreichbar"));
    theirs.insert(QStringLiteral("family_name"), QStringLiteral("Weber-Kurz"));
    f.replica().applyPage(page(spaceBucket(), {serverContact(recordId(1), 8, theirs)}, 8));

    CHECK(field(f.replica(), recordId(1), QStringLiteral("family_name"))
          == QStringLiteral("Weber-Lang"));
    CHECK(field(f.replica(), recordId(1), QStringLiteral("notes"))
          == QStringLiteral("Mo–Do erreichbar"));
    CHECK(f.replica().record(recordId(1))->meta.version == 8);
    // The outbox entry still carries the base the person edited on.
    const auto out = f.replica().outboxToSend(10);
    REQUIRE(out.size() == 1);
    CHECK(out[0].mutation.baseVersion == 5);
    CHECK(f.replica().cursors().value(spaceBucket()) == 8);

    // In flight protects as well.
    theirs.insert(QStringLiteral("family_name"), QStringLiteral("Weber-Dritt"));
    theirs.insert(QStringLiteral("notes"), QStringLiteral("Di frei"));
    f.replica().applyPage(page(spaceBucket(), {serverContact(recordId(1), 9, theirs)}, 9));
    CHECK(field(f.replica(), recordId(1), QStringLiteral("family_name"))
          == QStringLiteral("Weber-Lang"));
    CHECK(field(f.replica(), recordId(1), QStringLiteral("notes")) == QStringLiteral("Di frei"));
}

TEST_CASE("a pull of an older version changes nothing") {
    ReplicaFixture f;
    pulledContact(f.replica(), recordId(1), 5, weber(QStringLiteral("neu")));
    f.replica().applyPage(
        page(spaceBucket(), {serverContact(recordId(1), 4, weber(QStringLiteral("alt")))}, 5));
    CHECK(field(f.replica(), recordId(1), QStringLiteral("notes")) == QStringLiteral("neu"));
}

TEST_CASE("a tombstone deletes a record without local work") {
    ReplicaFixture f;
    pulledContact(f.replica(), recordId(1), 5, weber());
    f.replica().applyPage(page(spaceBucket(), {tombstone(EntityType::Contact, recordId(1), 6)}, 6));
    CHECK_FALSE(f.replica().record(recordId(1)));
    CHECK(f.replica().search(QStringLiteral("Weber")).isEmpty());
    CHECK(f.replica().conflicts().isEmpty());
}

TEST_CASE("a tombstone for a record with a pending edit becomes a conflict") {
    ReplicaFixture f;
    pulledContact(f.replica(), recordId(1), 5, weber());
    f.replica().update(recordId(1), {{QStringLiteral("notes"), QStringLiteral("wichtig")}}, kUser);
    f.replica().applyPage(page(spaceBucket(), {tombstone(EntityType::Contact, recordId(1), 7)}, 7));

    const QList<Conflict> conflicts = f.replica().conflicts();
    REQUIRE(conflicts.size() == 1);
    CHECK(conflicts[0].kind == Conflict::Kind::EditVsDelete);
    CHECK(conflicts[0].recordId == recordId(1));
    CHECK(conflicts[0].mine.toObject().value(QStringLiteral("notes")).toString()
          == QStringLiteral("wichtig"));
    CHECK(conflicts[0].theirs.isNull());
    CHECK(conflicts[0].serverVersion == 7);
    // The edit is not lost: the record stays visible with it, nothing is
    // pushed until a person decides.
    CHECK(field(f.replica(), recordId(1), QStringLiteral("notes")) == QStringLiteral("wichtig"));
    CHECK(f.replica().counts().pending == 0);
    CHECK(f.replica().outboxToSend(10).isEmpty());
}

TEST_CASE("a tombstone for a record I deleted too just removes it") {
    ReplicaFixture f;
    pulledContact(f.replica(), recordId(1), 5, weber());
    f.replica().remove(recordId(1), kUser);
    f.replica().applyPage(page(spaceBucket(), {tombstone(EntityType::Contact, recordId(1), 7)}, 7));
    CHECK_FALSE(f.replica().record(recordId(1)));
    CHECK(f.replica().counts() == client::SyncCounts{});
}

TEST_CASE("a completed snapshot deletes unseen records but keeps local work") {
    ReplicaFixture f;
    for (int i = 1; i <= 5; ++i)
        pulledContact(f.replica(), recordId(i), i, weber(QString::number(i)));
    // 2: pending edit; 3: unseen, no local work; 4: unchanged; 5: resent.
    f.replica().update(recordId(2), {{QStringLiteral("notes"), QStringLiteral("meins")}}, kUser);
    const common::Record created =
        f.replica().create(EntityType::Contact, kSpace,
                           {{QStringLiteral("family_name"), QStringLiteral("Neu")}}, kUser);

    f.replica().applyPage(
        snapshotPage(spaceBucket(), {}, {recordId(1), recordId(4)}, 5, true, false));
    CHECK(f.replica().snapshotsInProgress() == QStringList{spaceBucket()});
    f.replica().applyPage(
        snapshotPage(spaceBucket(), {serverContact(recordId(5), 20, weber(QStringLiteral("fünf")))},
                     {}, 30, false, true));
    CHECK(f.replica().snapshotsInProgress().isEmpty());

    CHECK(f.replica().record(recordId(1)));
    CHECK_FALSE(f.replica().record(recordId(3)));
    CHECK(f.replica().record(recordId(4)));
    CHECK(field(f.replica(), recordId(5), QStringLiteral("notes")) == QStringLiteral("fünf"));
    // The never-synced record stays with its Create.
    CHECK(f.replica().record(created.meta.id));
    // The record with a local edit is gone on the server: kept as a conflict.
    CHECK(field(f.replica(), recordId(2), QStringLiteral("notes")) == QStringLiteral("meins"));
    const auto conflicts = f.replica().conflicts();
    REQUIRE(conflicts.size() == 1);
    CHECK(conflicts[0].recordId == recordId(2));
    CHECK(conflicts[0].kind == Conflict::Kind::EditVsDelete);
    CHECK(f.replica().cursors().value(spaceBucket()) == 30);
    const auto out = f.replica().outboxToSend(10);
    REQUIRE(out.size() == 1);
    CHECK(out[0].mutation.recordId == created.meta.id);
}

TEST_CASE("a snapshot restarts its bookkeeping with the first page of a new pull") {
    ReplicaFixture f;
    for (int i = 1; i <= 3; ++i)
        pulledContact(f.replica(), recordId(i), i, weber());
    // An interrupted snapshot saw 1, 2 and 3 ...
    f.replica().applyPage(
        snapshotPage(spaceBucket(), {}, {recordId(1), recordId(2), recordId(3)}, 3, true, false));
    f.reopen();
    CHECK(f.replica().snapshotsInProgress() == QStringList{spaceBucket()});
    // ... the resumed one no longer lists 2, which was deleted meanwhile.
    f.replica().applyPage(
        snapshotPage(spaceBucket(), {}, {recordId(1), recordId(3)}, 9, true, true));
    CHECK(f.replica().record(recordId(1)));
    CHECK_FALSE(f.replica().record(recordId(2)));
    CHECK(f.replica().record(recordId(3)));
}

TEST_CASE("the first snapshot into an empty bucket fills it") {
    ReplicaFixture f;
    QList<common::Record> first;
    QList<common::Record> second;
    for (int i = 1; i <= 10; ++i)
        (i <= 5 ? first : second) << serverContact(recordId(i), i, weber(QString::number(i)));
    f.replica().applyPage(snapshotPage(spaceBucket(), first, {}, 5, true, false));
    f.replica().applyPage(snapshotPage(spaceBucket(), second, {}, 12, false, true));
    CHECK(f.replica().count(EntityType::Contact, spaceBucket()) == 10);
    CHECK(f.replica().cursors().value(spaceBucket()) == 12);
    CHECK(f.raw(QStringLiteral("SELECT COUNT(*) FROM snapshot_seen")).toInt() == 0);
}

TEST_CASE("an interrupted pull resumes from the stored cursor") {
    ReplicaFixture f;
    QList<common::Record> one;
    QList<common::Record> two;
    for (int i = 1; i <= 4; ++i)
        (i <= 2 ? one : two) << serverContact(recordId(i), i * 10, weber(QString::number(i)));
    f.replica().applyPage(page(spaceBucket(), one, 20, false));
    // The connection drops; the program restarts.
    f.reopen();
    CHECK(f.replica().cursors().value(spaceBucket()) == 20);
    CHECK(f.replica().count(EntityType::Contact) == 2);
    // The next pull asks from 20 and gets only the rest.
    f.replica().applyPage(page(spaceBucket(), two, 55, true));
    CHECK(f.replica().cursors().value(spaceBucket()) == 55);
    CHECK(f.replica().count(EntityType::Contact) == 4);
    // A page received twice (answer lost after storing) changes nothing.
    f.replica().applyPage(page(spaceBucket(), two, 55, true));
    CHECK(f.replica().count(EntityType::Contact) == 4);
    CHECK(f.raw(QStringLiteral("SELECT COUNT(*) FROM search")).toInt() == 4);
}

TEST_CASE("my own change comes back in a pull without any conflict") {
    ReplicaFixture f;
    const common::Record created =
        f.replica().create(EntityType::Post, kSpace,
                           {{QStringLiteral("thread_id"), recordId(9)},
                            {QStringLiteral("body"), QStringLiteral("Hallo")}},
                           kUser);
    auto out = f.replica().outboxToSend(10);
    REQUIRE(out.size() == 1);
    // The pull brings the record (with a field the server maintains) before
    // the push's answer is stored ...
    common::Record server = serverRecord(EntityType::Post, created.meta.id, 20,
                                         {{QStringLiteral("thread_id"), recordId(9)},
                                          {QStringLiteral("body"), QStringLiteral("Hallo")},
                                          {QStringLiteral("edited_at_ms"), 0}});
    f.replica().applyPage(page(spaceBucket(), {server}, 20));
    f.replica().applyResults({{out[0], applied(out[0], 20)}});
    CHECK(f.replica().conflicts().isEmpty());
    CHECK(f.replica().counts() == client::SyncCounts{});
    CHECK(f.replica().record(created.meta.id)->fields == server.fields);

    // ... or after it: an edit's Applied answer, then the pull of the same
    // version with the server-maintained field set.
    f.replica().update(created.meta.id, {{QStringLiteral("body"), QStringLiteral("Hallo!")}},
                       kUser);
    out = f.replica().outboxToSend(10);
    REQUIRE(out.size() == 1);
    CHECK(out[0].mutation.baseVersion == 20);
    f.replica().applyResults({{out[0], applied(out[0], 21)}});
    server.meta.version = 21;
    server.fields.insert(QStringLiteral("body"), QStringLiteral("Hallo!"));
    server.fields.insert(QStringLiteral("edited_at_ms"), 1700000000123.0);
    f.replica().applyPage(page(spaceBucket(), {server}, 21));
    CHECK(f.replica().record(created.meta.id)->fields == server.fields);
    CHECK(f.raw(QStringLiteral("SELECT COUNT(*) FROM records WHERE server_fields IS NOT NULL"))
              .toInt()
          == 0);
}

TEST_CASE("the engine and the UI work on one file from two threads") {
    ReplicaFixture f;
    // The engine's own Replica on the same file, used from its thread.
    client::Replica engine(f.path(), f.clock);
    for (int i = 1; i <= 50; ++i)
        pulledContact(f.replica(), recordId(i), i, weber());
    std::thread worker([&] {
        for (int round = 0; round < 20; ++round) {
            QList<common::Record> records;
            for (int i = 1; i <= 50; ++i)
                records << serverContact(recordId(i), 100 + round * 100 + i,
                                         weber(QString::number(round)));
            engine.applyPage(page(spaceBucket(), records, 100 + round * 100 + 50));
            const auto sent = engine.outboxToSend(100);
            QList<std::pair<client::OutboxEntry, common::MutationResult>> results;
            for (const auto &entry : sent)
                results.append({entry, applied(entry, 5000 + round * 100 + int(results.size()))});
            engine.applyResults(results);
        }
    });
    for (int i = 1; i <= 50; ++i)
        f.replica().update(recordId(i),
                           {{QStringLiteral("municipality"), QStringLiteral("Wittlich %1").arg(i)}},
                           kUser);
    worker.join();
    // Every local edit survived the concurrent pulls.
    for (int i = 1; i <= 50; ++i)
        CHECK(field(f.replica(), recordId(i), QStringLiteral("municipality"))
              == QStringLiteral("Wittlich %1").arg(i));
    const client::SyncCounts counts = f.replica().counts();
    CHECK(counts.inFlight == 0);
    CHECK(counts.rejected == 0);
    CHECK(counts.conflicts == 0);
}

TEST_CASE("a snapshot that counts records as held which the replica lacks asks for all again") {
    ReplicaFixture f;
    pulledContact(f.replica(), recordId(1), 1, weber());
    f.replica().applyPage(
        snapshotPage(spaceBucket(), {}, {recordId(1), recordId(2)}, 40, true, true));
    // Record 2 was never received: the next pull starts from 0.
    CHECK(f.replica().cursors().value(spaceBucket(), -1) == 0);
    CHECK(f.replica().record(recordId(1)));
    f.replica().applyPage(snapshotPage(
        spaceBucket(),
        {serverContact(recordId(1), 1, weber()), serverContact(recordId(2), 2, weber())}, {}, 41,
        true, true));
    CHECK(f.replica().count(EntityType::Contact) == 2);
    CHECK(f.replica().cursors().value(spaceBucket()) == 41);
}
