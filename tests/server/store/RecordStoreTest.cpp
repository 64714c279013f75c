// SPDX-License-Identifier: GPL-3.0-or-later
// The synced records, the change counter and the stored push answers, on a
// real SQLite file.
#include "server/store/RecordStore.h"

#include "common/Bucket.h"
#include "server/store/RecordMirror.h"
#include "server/store/SpaceStore.h"
#include "server/store/UserStore.h"
#include "tests/server/store/StoreTesting.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace hn;
using namespace hn::test;
using common::EntityType;
using server::RecordStore;
using server::StoredRecord;

namespace {

const QString kSpace = QStringLiteral("5ace0000-0000-4000-8000-000000000001");
const QString kUser = QStringLiteral("0000aaaa-0000-4000-8000-000000000001");

QString recordId(int n) {
    return QStringLiteral("c0ffee00-0000-4000-8000-%1").arg(n, 12, 10, QLatin1Char('0'));
}

// Writes a contact with a fresh seq, as the push processor does.
qint64 writeContact(server::Database &database, int n, const QString &notes, bool deleted = false,
                    const QDateTime &when = at()) {
    qint64 seq = 0;
    database.write([&](QSqlDatabase &db) {
        RecordStore store(db);
        seq = store.allocateSeq();
        StoredRecord stored;
        stored.record.type = EntityType::Contact;
        stored.record.meta = {recordId(n), kSpace, seq, deleted, kUser, when, kUser, when};
        if (!deleted) {
            stored.record.fields = {{QStringLiteral("family_name"), QStringLiteral("Müller")},
                                    {QStringLiteral("notes"), notes},
                                    {QStringLiteral("emails"), QJsonArray{kInjection()}}};
            stored.fieldSeqs = {{QStringLiteral("family_name"), seq},
                                {QStringLiteral("notes"), seq},
                                {QStringLiteral("emails"), seq}};
        }
        store.upsert(stored);
    });
    return seq;
}

} // namespace

TEST_CASE("records: seqs increase by one and only inside a write transaction") {
    TempDatabase temp;
    RecordStore outside(temp.db().connection());
    const common::Error error = errorFrom([&] { outside.allocateSeq(); });
    CHECK(error.code() == common::ErrorCode::Internal);
    CHECK(outside.headSeq() == 0);

    QList<qint64> seqs;
    temp.db().write([&](QSqlDatabase &db) {
        RecordStore store(db);
        for (int i = 0; i < 3; ++i)
            seqs << store.allocateSeq();
    });
    CHECK(seqs == QList<qint64>{1, 2, 3});
    CHECK(outside.headSeq() == 3);

    // A rolled-back transaction gives its seqs back: nothing visible used them.
    CHECK_THROWS(temp.db().write([&](QSqlDatabase &db) {
        RecordStore(db).allocateSeq();
        throw common::Error::internal(QStringLiteral("abort"));
    }));
    CHECK(outside.headSeq() == 3);
}

TEST_CASE("records: upsert and find round-trip meta, fields and field seqs") {
    TempDatabase temp;
    const qint64 seq = writeContact(temp.db(), 1, QStringLiteral("Zeile 1\nZeile 2"));
    const auto found = RecordStore(temp.db().connection()).find(recordId(1));
    REQUIRE(found);
    CHECK(found->record.type == EntityType::Contact);
    CHECK(found->record.meta.version == seq);
    CHECK(found->record.meta.spaceId == kSpace);
    checkTime(found->record.meta.createdAt, at());
    CHECK(found->record.fields.value(QStringLiteral("notes")).toString()
          == QStringLiteral("Zeile 1\nZeile 2"));
    CHECK(found->record.fields.value(QStringLiteral("emails")).toArray().at(0).toString()
          == kInjection());
    CHECK(found->fieldSeqs.value(QStringLiteral("notes")) == seq);
    CHECK(found->record.bucket() == common::Bucket::forSpace(kSpace));
    CHECK_FALSE(RecordStore(temp.db().connection()).find(recordId(2)));
}

TEST_CASE("records: pages in seq order, counts, live ids and purged tombstones") {
    TempDatabase temp;
    for (int n = 1; n <= 5; ++n)
        writeContact(temp.db(), n, QStringLiteral("v1"));
    writeContact(temp.db(), 2, QStringLiteral("v2"));                // seq 6
    writeContact(temp.db(), 3, {}, true, at(-100 * 86400 * 1000LL)); // seq 7, old tombstone
    writeContact(temp.db(), 4, {}, true, at());                      // seq 8, fresh tombstone

    RecordStore store(temp.db().connection());
    const auto idsOf = [](const QList<common::Record> &records) {
        QStringList ids;
        for (const auto &r : records)
            ids << r.meta.id;
        return ids;
    };
    const QString bucket = common::Bucket::forSpace(kSpace);
    CHECK(idsOf(store.page(bucket, 0, 100))
          == QStringList{recordId(1), recordId(5), recordId(2), recordId(3), recordId(4)});
    CHECK(idsOf(store.page(bucket, 5, 2)) == QStringList{recordId(2), recordId(3)});
    CHECK(store.count(bucket, 0, 8, false) == 5);
    CHECK(store.count(bucket, 0, 8, true) == 3);
    CHECK(store.liveIds(bucket, 5) == QStringList{recordId(1), recordId(5)});
    CHECK(store.liveCounts() == QHash<QString, qint64>{{bucket, 3}});
    CHECK(store.page(QStringLiteral("space:other"), 0, 10).isEmpty());

    qint64 floor = 0;
    temp.db().write([&](QSqlDatabase &db) { floor = RecordStore(db).purgeTombstones(at(-1)); });
    CHECK(floor == 7); // only the old tombstone
    CHECK(store.tombstoneFloor() == 7);
    CHECK_FALSE(store.find(recordId(3)));
    CHECK(store.find(recordId(4)));
    // Purging nothing never lowers the floor.
    temp.db().write([&](QSqlDatabase &db) { floor = RecordStore(db).purgeTombstones(at(-2)); });
    CHECK(floor == 7);
}

TEST_CASE("records: push results are stored per user and read back exactly") {
    TempDatabase temp;
    common::MutationResult result;
    result.mutationId = QStringLiteral("11111111-0000-4000-8000-000000000001");
    result.outcome = common::MutationOutcome::Conflict;
    result.version = 42;
    common::Record record;
    record.type = EntityType::Thread;
    record.meta = {recordId(9), kSpace, 42, false, kUser, at(), kUser, at(5)};
    record.fields = {{QStringLiteral("title"), QStringLiteral("Treffen \"Ü\"")}};
    result.record = record;
    result.conflicts = {{QStringLiteral("title"), 40}};
    common::MutationResult rejected;
    rejected.mutationId = QStringLiteral("11111111-0000-4000-8000-000000000002");
    rejected.outcome = common::MutationOutcome::Rejected;
    rejected.rejection =
        common::Rejection{common::RejectionKind::Permission, QString(), QStringLiteral("Nein.")};
    temp.db().write([&](QSqlDatabase &db) {
        RecordStore store(db);
        store.storeResult(kUser, result, at());
        store.storeResult(kUser, rejected, at(-10 * 86400 * 1000LL));
    });

    RecordStore store(temp.db().connection());
    const auto found = store.findResult(result.mutationId);
    REQUIRE(found);
    CHECK(found->userId == kUser);
    CHECK(found->result.outcome == common::MutationOutcome::Conflict);
    CHECK(found->result.version == 42);
    REQUIRE(found->result.record);
    CHECK(found->result.record->type == EntityType::Thread);
    CHECK(found->result.record->fields == record.fields);
    checkTime(found->result.record->meta.updatedAt, at(5));
    REQUIRE(found->result.conflicts.size() == 1);
    CHECK(found->result.conflicts[0].field == QStringLiteral("title"));
    CHECK(found->result.conflicts[0].changedAtVersion == 40);
    const auto no = store.findResult(rejected.mutationId);
    REQUIRE(no);
    REQUIRE(no->result.rejection);
    CHECK(no->result.rejection->kind == common::RejectionKind::Permission);
    CHECK(no->result.rejection->message == QStringLiteral("Nein."));
    CHECK_FALSE(no->result.record);

    int purged = 0;
    temp.db().write([&](QSqlDatabase &db) { purged = RecordStore(db).purgeResults(at(-1)); });
    CHECK(purged == 1);
    CHECK_FALSE(store.findResult(rejected.mutationId));
}

TEST_CASE("mirrors: store writes keep the synced records in step") {
    TempDatabase temp;
    common::User user = sampleUser(kUser, QStringLiteral("anna@example.org"));
    common::Space space;
    space.id = kSpace;
    space.name = QStringLiteral("Intern");
    space.kind = common::SpaceKind::Internal;
    space.createdAt = at();
    space.createdBy = kUser;
    temp.db().write([&](QSqlDatabase &db) {
        server::UserStore(db).insert(user, QByteArrayLiteral("geheim"), kUser);
        server::SpaceStore(db).insert(space);
        server::SpaceStore(db).setMembership(
            {kSpace, kUser, common::SpaceLevel::Moderator, at(1), kUser});
    });
    RecordStore store(temp.db().connection());
    CHECK(store.headSeq() == 3);
    const auto entry = store.find(kUser);
    REQUIRE(entry);
    CHECK(entry->record.meta.version == 1);
    CHECK(entry->record.fields.value(QStringLiteral("organization")).toString()
          == user.organization);
    CHECK_FALSE(QJsonDocument(entry->record.fields).toJson().contains("geheim"));

    space.guestVisible = true;
    user.displayName = QStringLiteral("Anna B.");
    user.updatedAt = at(9);
    const QString admin = QStringLiteral("0000aaaa-0000-4000-8000-000000000002");
    temp.db().write([&](QSqlDatabase &db) {
        server::SpaceStore(db).update(space, {admin, at(8)});
        server::UserStore(db).update(user, admin);
    });
    const auto s = store.find(kSpace);
    REQUIRE(s);
    CHECK(s->record.meta.version == 4);
    CHECK(s->record.fields.value(QStringLiteral("guest_visible")).toBool());
    CHECK(s->fieldSeqs.value(QStringLiteral("guest_visible")) == 4);
    CHECK(s->fieldSeqs.value(QStringLiteral("name")) == 2);
    CHECK(s->record.meta.updatedBy == admin);
    checkTime(s->record.meta.updatedAt, at(8));
    CHECK(s->record.meta.createdBy == kUser);
    const auto e = store.find(kUser);
    REQUIRE(e);
    CHECK(e->record.meta.version == 5);
    CHECK(e->record.meta.updatedBy == admin);
    CHECK(e->record.fields.value(QStringLiteral("display_name")).toString()
          == QStringLiteral("Anna B."));

    // A failed store write leaves no mirror behind.
    common::Space clash = space;
    clash.id = QStringLiteral("5ace0000-0000-4000-8000-000000000002");
    CHECK_THROWS(temp.db().write([&](QSqlDatabase &db) { server::SpaceStore(db).insert(clash); }));
    CHECK_FALSE(store.find(clash.id));
    CHECK(store.headSeq() == 5);
}
