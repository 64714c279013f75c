// SPDX-License-Identifier: GPL-3.0-or-later
// Sync.Pull through the server core: who reads which bucket, checked on the
// records that come out; paging, cursors, snapshots; the mirrors.
#include "server/store/RecordMirror.h"
#include "server/store/RecordStore.h"
#include "tests/server/core/SyncTesting.h"

#include <QSet>

using namespace hn;
using namespace hn::test;
using common::Bucket;
using common::EntityType;
using common::GlobalRole;
using common::MutationOutcome;
using common::SpaceLevel;

namespace {

QStringList ids(const QList<common::Record> &records) {
    QStringList list;
    for (const common::Record &r : records)
        list << r.meta.id;
    return list;
}

qint64 head(SyncFixture &f) {
    return server::RecordStore(f.database->connection()).headSeq();
}

} // namespace

TEST_CASE("feed: readable buckets follow role, membership and guest visibility") {
    SyncFixture f;
    const QString open = f.addSpace(QStringLiteral("Öffentlich"), true);
    const QString team = f.addSpace(QStringLiteral("Team"));
    const QString intern = f.addSpace(QStringLiteral("Intern"));
    const server::Caller member = f.addUser(QStringLiteral("member"), GlobalRole::Member);
    const server::Caller guest = f.addUser(QStringLiteral("gast"), GlobalRole::Guest);
    f.grant(team, member, SpaceLevel::Reader);
    f.grant(intern, guest, SpaceLevel::Reader); // a guest's membership gives no access

    CHECK(f.feed->readableBuckets(member)
          == QStringList{Bucket::forSpace(team), Bucket::forSpace(open),
                         Bucket::privateFor(member.user.id), Bucket::directory()});
    // No directory for guests: it lists the staff's e-mail addresses.
    CHECK(f.feed->readableBuckets(guest)
          == QStringList{Bucket::forSpace(open), Bucket::privateFor(guest.user.id)});
    CHECK(f.feed->readableBuckets(f.admin)
          == QStringList{Bucket::forSpace(intern), Bucket::forSpace(team), Bucket::forSpace(open),
                         Bucket::privateFor(f.admin.user.id), Bucket::directory()});

    SECTION("a revoked membership is gone at the very next call") {
        f.revoke(team, member);
        CHECK_FALSE(f.feed->readableBuckets(member).contains(Bucket::forSpace(team)));
        CHECK(f.pull(member, Bucket::forSpace(team)).isEmpty());
        f.grant(team, member, SpaceLevel::Author);
        CHECK(f.feed->readableBuckets(member).contains(Bucket::forSpace(team)));
    }
    SECTION("an inactive account reads nothing") {
        server::Caller disabled = member;
        disabled.user.status = common::AccountStatus::Disabled;
        CHECK(f.feed->readableBuckets(disabled).isEmpty());
    }
}

TEST_CASE("feed: a guest never receives a record of a space not open to guests") {
    SyncFixture f;
    const QString open = f.addSpace(QStringLiteral("Öffentlich"), true);
    const QString team = f.addSpace(QStringLiteral("Team"));
    const server::Caller guest = f.addUser(QStringLiteral("gast"), GlobalRole::Guest);
    f.grant(team, guest, SpaceLevel::Moderator);
    const auto pub = f.pushOne(f.admin, createContact(open, QStringLiteral("Offen")));
    const auto secret = f.pushOne(f.admin, createContact(team, QStringLiteral("Geheim")));
    REQUIRE(pub.outcome == MutationOutcome::Applied);
    REQUIRE(secret.outcome == MutationOutcome::Applied);

    // Ask for everything there is, with every trick.
    QList<server::BucketRequest> asks;
    for (const QString &bucket :
         {Bucket::forSpace(team), Bucket::forSpace(open), Bucket::directory(),
          Bucket::privateFor(f.admin.user.id), Bucket::privateFor(guest.user.id)}) {
        asks.append({bucket, 0, false});
        asks.append({bucket, 1, true});
    }
    QList<server::FeedPage> pages;
    f.feed->pull(guest, asks, 1, [&](const server::FeedPage &page) {
        pages.append(page);
        return true;
    });
    QSet<QString> buckets;
    for (const server::FeedPage &page : pages) {
        buckets.insert(page.bucket);
        for (const common::Record &record : page.records) {
            INFO(record.meta.id.toStdString());
            CHECK(record.meta.spaceId != team);
            CHECK(record.type != EntityType::DirectoryEntry);
            CHECK((record.meta.spaceId == open
                   || record.bucket() == Bucket::privateFor(guest.user.id)));
        }
    }
    CHECK(buckets == QSet<QString>{Bucket::forSpace(open), Bucket::privateFor(guest.user.id)});
    const QStringList got = ids(SyncFixture::records(pages));
    CHECK(got.contains(open)); // the Space record itself
    CHECK_FALSE(got.contains(team));
}

TEST_CASE("feed: pages in seq order with cursors, the complete page ends at the head") {
    SyncFixture f;
    const QString space = f.addSpace(QStringLiteral("Team"));
    const QString bucket = Bucket::forSpace(space);
    QList<common::Mutation> batch;
    for (int i = 0; i < 7; ++i)
        batch.append(createContact(space, QStringLiteral("Nr. %1").arg(i)));
    f.push(f.admin, batch);

    const QList<server::FeedPage> pages = f.pull(f.admin, bucket, 0, 3);
    // Space record + 7 contacts = 8 records: 3 + 3 + 2.
    REQUIRE(pages.size() == 3);
    qint64 previous = 0;
    for (int i = 0; i < pages.size(); ++i) {
        const server::FeedPage &page = pages[i];
        CHECK(page.bucket == bucket);
        CHECK(page.snapshot); // cursor 0
        CHECK(page.totalRecords == 8);
        CHECK(page.complete == (i == pages.size() - 1));
        for (const common::Record &record : page.records) {
            CHECK(record.meta.version > previous);
            previous = record.meta.version;
        }
        if (!page.complete)
            CHECK(page.cursor == page.records.last().meta.version);
    }
    CHECK(pages[0].records.size() == 3);
    CHECK(pages[2].records.size() == 2);
    CHECK(pages.last().cursor == head(f));

    SECTION("an incremental pull from a page cursor continues exactly there") {
        const QList<server::FeedPage> rest = f.pull(f.admin, bucket, pages[0].cursor, 100);
        REQUIRE(rest.size() == 1);
        CHECK_FALSE(rest[0].snapshot);
        CHECK(rest[0].complete);
        CHECK(ids(rest[0].records) == ids(pages[1].records) + ids(pages[2].records));
        CHECK(rest[0].totalRecords == 5);
    }
    SECTION("the sink can stop the pull") {
        int calls = 0;
        f.feed->pull(f.admin, {{bucket, 0, false}, {Bucket::directory(), 0, false}}, 1,
                     [&](const server::FeedPage &) { return ++calls < 2; });
        CHECK(calls == 2);
    }
    SECTION("page sizes are clamped") {
        CHECK(f.pull(f.admin, bucket, 0, -5).size() == 1); // the default, 500
        CHECK(f.pull(f.admin, bucket, 0, 1).size() == 8);
    }
}

TEST_CASE("feed: a quiet bucket's cursor advances to the head") {
    SyncFixture f;
    const QString quiet = f.addSpace(QStringLiteral("Ruhig"));
    const QString busy = f.addSpace(QStringLiteral("Viel los"));
    const auto first = f.pull(f.admin, Bucket::forSpace(quiet));
    REQUIRE(first.size() == 1);
    const qint64 cursor = first[0].cursor;
    for (int i = 0; i < 3; ++i)
        f.pushOne(f.admin, createContact(busy, QStringLiteral("X")));
    const auto again = f.pull(f.admin, Bucket::forSpace(quiet), cursor);
    REQUIRE(again.size() == 1);
    CHECK(again[0].records.isEmpty());
    CHECK(again[0].complete);
    CHECK_FALSE(again[0].snapshot);
    CHECK(again[0].totalRecords == 0);
    CHECK(again[0].cursor == head(f));
    CHECK(again[0].cursor > cursor);
}

TEST_CASE("feed: tombstones in increments, snapshots past the horizon") {
    server::SyncSettings settings;
    settings.tombstoneHorizon = std::chrono::hours(24 * 7);
    SyncFixture f(settings);
    const QString space = f.addSpace(QStringLiteral("Team"));
    const QString bucket = Bucket::forSpace(space);
    const common::Mutation keep = createContact(space, QStringLiteral("Bleibt"));
    const common::Mutation gone = createContact(space, QStringLiteral("Geht"));
    const auto created = f.push(f.admin, {keep, gone});
    const qint64 cursor = f.pull(f.admin, bucket).last().cursor;

    const auto del =
        f.pushOne(f.admin, remove(EntityType::Contact, space, gone.recordId, created[1].version));
    REQUIRE(del.outcome == MutationOutcome::Applied);

    // Within the horizon: the tombstone comes as a record.
    const auto increment = f.pull(f.admin, bucket, cursor);
    REQUIRE(increment.size() == 1);
    CHECK_FALSE(increment[0].snapshot);
    REQUIRE(increment[0].records.size() == 1);
    CHECK(increment[0].records[0].meta.id == gone.recordId);
    CHECK(increment[0].records[0].meta.deleted);

    // Past the horizon the tombstone is purged and the old cursor gets a snapshot.
    f.clock.advanceSeconds(8 * 86400);
    const qint64 floor = f.feed->purgeTombstones();
    CHECK(floor == del.version);
    CHECK_FALSE(server::RecordStore(f.database->connection()).find(gone.recordId));

    const auto snapshot = f.pull(f.admin, bucket, cursor);
    REQUIRE_FALSE(snapshot.isEmpty());
    QStringList unchanged;
    QList<common::Record> records;
    for (const server::FeedPage &page : snapshot) {
        CHECK(page.snapshot);
        unchanged += page.unchangedIds;
        records += page.records;
    }
    CHECK(snapshot.last().complete);
    CHECK(snapshot.last().cursor == head(f));
    // Everything live, nothing deleted: the client deletes what is missing.
    CHECK(QSet<QString>(unchanged.begin(), unchanged.end()) == QSet<QString>{space, keep.recordId});
    CHECK(records.isEmpty());

    SECTION("a cursor at or above the floor still gets increments") {
        const auto fresh = f.pull(f.admin, bucket, floor);
        REQUIRE(fresh.size() == 1);
        CHECK_FALSE(fresh[0].snapshot);
    }
    SECTION("force_snapshot: unchanged ids first, then the newer records in full") {
        const auto edit =
            f.pushOne(f.admin, update(EntityType::Contact, space, keep.recordId, created[0].version,
                                      {{QStringLiteral("notes"), QStringLiteral("neu")}}));
        const auto forced = f.pull(f.admin, bucket, floor, 0, true);
        REQUIRE(forced.size() == 1);
        CHECK(forced[0].snapshot);
        CHECK(forced[0].unchangedIds == QStringList{space});
        REQUIRE(forced[0].records.size() == 1);
        CHECK(forced[0].records[0].meta.version == edit.version);
        CHECK(forced[0].totalRecords == 1);
    }
    SECTION("stored push results are purged with the tombstones") {
        // The delete's result is gone: a replay now would be a new mutation.
        CHECK_FALSE(server::RecordStore(f.database->connection()).findResult(del.mutationId));
    }
}

TEST_CASE("feed: private data only to its owner, the directory to staff") {
    SyncFixture f;
    const server::Caller anna = f.addUser(QStringLiteral("anna"), GlobalRole::Member);
    const server::Caller bert = f.addUser(QStringLiteral("bert"), GlobalRole::Member);
    const QString thread = newId();
    const QString markerId = QUuid::createUuidV5(QUuid::fromString(anna.user.id),
                                                 QStringLiteral("read_marker:") + thread)
                                 .toString(QUuid::WithoutBraces);
    REQUIRE(f.pushOne(anna, create(EntityType::ReadMarker, QString(),
                                   {{QStringLiteral("thread_id"), thread},
                                    {QStringLiteral("read_up_to_at_ms"), 5.0}},
                                   markerId))
                .outcome
            == MutationOutcome::Applied);
    CHECK(ids(SyncFixture::records(f.pull(anna, Bucket::privateFor(anna.user.id))))
          == QStringList{markerId});
    CHECK(f.pull(bert, Bucket::privateFor(anna.user.id)).isEmpty());

    const QStringList directory = ids(SyncFixture::records(f.pull(bert, Bucket::directory())));
    CHECK(directory.contains(anna.user.id));
    CHECK(directory.contains(bert.user.id));
    CHECK(directory.contains(f.admin.user.id));
}

TEST_CASE("mirrors: spaces, memberships and users appear in their buckets with a seq") {
    SyncFixture f;
    const qint64 start = head(f);
    const QString space = f.addSpace(QStringLiteral("Soziale Betreuung"));
    const qint64 afterSpace = head(f);
    CHECK(afterSpace == start + 1);
    const server::Caller member = f.addUser(QStringLiteral("neu"), GlobalRole::Member);
    CHECK(head(f) == afterSpace + 1);
    f.grant(space, member, SpaceLevel::Editor);
    const QString membershipId = server::RecordMirror::membershipId(space, member.user.id);

    const QList<common::Record> spaceRecords =
        SyncFixture::records(f.pull(f.admin, Bucket::forSpace(space)));
    REQUIRE(spaceRecords.size() == 2);
    CHECK(spaceRecords[0].type == EntityType::Space);
    CHECK(spaceRecords[0].meta.id == space);
    CHECK(spaceRecords[0].meta.version == afterSpace);
    CHECK(spaceRecords[0].fields.value(QStringLiteral("name")).toString()
          == QStringLiteral("Soziale Betreuung"));
    CHECK(spaceRecords[1].type == EntityType::Membership);
    CHECK(spaceRecords[1].meta.id == membershipId);
    CHECK(spaceRecords[1].fields.value(QStringLiteral("user_id")).toString() == member.user.id);
    CHECK(spaceRecords[1].fields.value(QStringLiteral("level")).toString()
          == QStringLiteral("editor"));
    CHECK(spaceRecords[1].meta.version == head(f));

    bool foundEntry = false;
    for (const common::Record &r : SyncFixture::records(f.pull(f.admin, Bucket::directory()))) {
        if (r.meta.id != member.user.id)
            continue;
        foundEntry = true;
        CHECK(r.type == EntityType::DirectoryEntry);
        CHECK(r.meta.version == afterSpace + 1);
        CHECK(r.fields.value(QStringLiteral("email")).toString() == member.user.email);
        CHECK(r.fields.value(QStringLiteral("role")).toString() == QStringLiteral("member"));
        CHECK(r.fields.value(QStringLiteral("status")).toString() == QStringLiteral("active"));
        CHECK(r.fields.keys().size() == 7); // no secrets
    }
    CHECK(foundEntry);

    SECTION("a revoked membership becomes a tombstone; a re-grant revives it") {
        const qint64 cursor = head(f);
        f.revoke(space, member);
        auto pages = f.pull(f.admin, Bucket::forSpace(space), cursor);
        REQUIRE(pages.size() == 1);
        REQUIRE(pages[0].records.size() == 1);
        CHECK(pages[0].records[0].meta.id == membershipId);
        CHECK(pages[0].records[0].meta.deleted);
        CHECK(pages[0].records[0].meta.updatedBy == f.admin.user.id);
        f.grant(space, member, SpaceLevel::Reader);
        pages = f.pull(f.admin, Bucket::forSpace(space), pages[0].cursor);
        REQUIRE(pages[0].records.size() == 1);
        CHECK_FALSE(pages[0].records[0].meta.deleted);
        CHECK(pages[0].records[0].fields.value(QStringLiteral("level")).toString()
              == QStringLiteral("reader"));
    }
    SECTION("an unchanged write takes no seq; a pending user has no entry") {
        const qint64 before = head(f);
        f.grant(space, member, SpaceLevel::Editor);
        CHECK(head(f) == before); // the same level again: nothing moved
        const server::Caller pending =
            f.addUser(QStringLiteral("wartet"), GlobalRole::Guest, common::AccountStatus::Pending);
        CHECK(head(f) == before);
        CHECK_FALSE(server::RecordStore(f.database->connection()).find(pending.user.id));
    }
}
