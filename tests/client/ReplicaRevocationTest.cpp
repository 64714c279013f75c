// SPDX-License-Identifier: GPL-3.0-or-later
// A bucket whose access was withdrawn is purged, but the person's unsynced
// work in it is set aside, never silently deleted; a bucket granted again
// starts from cursor 0.
#include "common/Error.h"
#include "tests/client/ReplicaTesting.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <catch2/catch.hpp>

using namespace hn;
using namespace hn::test;
using common::EntityType;
using common::MutationOp;

TEST_CASE("a revoked bucket is purged and its local work set aside") {
    ReplicaFixture f;
    const QString privateBucket = QStringLiteral("private:") + kUser;
    f.replica().retainBuckets({spaceBucket(), spaceBucket(kOtherSpace), privateBucket});
    CHECK(f.replica().cursors().value(spaceBucket(kOtherSpace), -1) == 0);

    for (int i = 1; i <= 3; ++i)
        pulledContact(f.replica(), recordId(i), i,
                      {{QStringLiteral("family_name"), QStringLiteral("Weber")}});
    f.replica().applyPage(page(
        spaceBucket(kOtherSpace),
        {serverContact(recordId(9), 9, {{QStringLiteral("family_name"), QStringLiteral("Bleibt")}},
                       kOtherSpace)},
        9));
    // Local work in the bucket about to be revoked: an edit, a new record,
    // a deletion, and a rejected change.
    f.replica().update(recordId(1), {{QStringLiteral("notes"), QStringLiteral("meine Notiz")}},
                       kUser);
    const common::Record created =
        f.replica().create(EntityType::Contact, kSpace,
                           {{QStringLiteral("family_name"), QStringLiteral("Neu")}}, kUser);
    f.replica().remove(recordId(2), kUser);
    f.replica().update(recordId(3), {{QStringLiteral("notes"), QStringLiteral("abgelehnt")}},
                       kUser);
    f.replica().update(recordId(9), {{QStringLiteral("notes"), QStringLiteral("anderer Bereich")}},
                       kUser);
    auto out = f.replica().outboxToSend(10);
    for (const auto &entry : out) {
        if (entry.mutation.recordId == recordId(3)) {
            f.replica().applyResults({{entry, rejected(entry, {}, QStringLiteral("not allowed"))}});
        }
    }
    f.replica().requeueInFlight();

    f.replica().retainBuckets({spaceBucket(kOtherSpace), privateBucket});

    CHECK(f.replica().count(EntityType::Contact, spaceBucket()) == 0);
    CHECK_FALSE(f.replica().record(recordId(1)));
    CHECK_FALSE(f.replica().cursors().contains(spaceBucket()));
    CHECK(f.replica().search(QStringLiteral("Weber")).isEmpty());
    CHECK(
        f.raw(QStringLiteral("SELECT COUNT(*) FROM records WHERE bucket = '%1'").arg(spaceBucket()))
            .toInt()
        == 0);
    // The other bucket and its local work are untouched.
    CHECK(f.replica().record(recordId(9)));
    const client::SyncCounts counts = f.replica().counts();
    CHECK(counts.pending == 1);
    CHECK(counts.rejected == 0);
    CHECK(counts.setAside == 4);

    const auto items = f.replica().setAside();
    REQUIRE(items.size() == 4);
    QHash<QString, client::SetAsideItem> byRecord;
    for (const auto &item : items)
        byRecord.insert(item.recordId, item);
    CHECK(byRecord.value(recordId(1)).op == MutationOp::Update);
    CHECK(byRecord.value(recordId(1)).fields.value(QStringLiteral("notes")).toString()
          == QStringLiteral("meine Notiz"));
    CHECK(byRecord.value(recordId(1)).changedFields == QStringList{QStringLiteral("notes")});
    CHECK(byRecord.value(recordId(1)).baseVersion == 1);
    CHECK(byRecord.value(created.meta.id).op == MutationOp::Create);
    CHECK(byRecord.value(created.meta.id).fields.value(QStringLiteral("family_name")).toString()
          == QStringLiteral("Neu"));
    CHECK(byRecord.value(recordId(2)).op == MutationOp::Delete);
    CHECK(byRecord.value(recordId(3)).fields.value(QStringLiteral("notes")).toString()
          == QStringLiteral("abgelehnt"));
    CHECK(byRecord.value(recordId(1)).reason.contains(spaceBucket()));
    CHECK(byRecord.value(recordId(1)).type == EntityType::Contact);
    CHECK(byRecord.value(recordId(1)).bucket == spaceBucket());

    // Exportable as JSON with everything in it.
    const QJsonDocument exported = QJsonDocument::fromJson(f.replica().exportSetAside());
    REQUIRE(exported.isObject());
    const QJsonArray exportedItems = exported.object().value(QStringLiteral("items")).toArray();
    REQUIRE(exportedItems.size() == 4);
    bool foundRejection = false;
    for (const QJsonValue &item : exportedItems) {
        CHECK(item.toObject().value(QStringLiteral("bucket")).toString() == spaceBucket());
        for (const QJsonValue &detail :
             item.toObject().value(QStringLiteral("details")).toArray()) {
            const QJsonObject outbox = detail.toObject().value(QStringLiteral("outbox")).toObject();
            if (outbox.value(QStringLiteral("rejection"))
                    .toObject()
                    .value(QStringLiteral("message"))
                    .toString()
                == QStringLiteral("not allowed"))
                foundRejection = true;
        }
    }
    CHECK(foundRejection);

    // Set-aside work survives a restart until a person dismisses it.
    f.reopen();
    CHECK(f.replica().setAside().size() == 4);
    f.replica().dismissSetAside(items[0].id);
    CHECK(f.replica().counts().setAside == 3);
    CHECK_THROWS_AS(f.replica().dismissSetAside(items[0].id), common::Error);

    // Granted again: starts from 0 and fills on the next pull.
    f.replica().retainBuckets({spaceBucket(), spaceBucket(kOtherSpace), privateBucket});
    CHECK(f.replica().cursors().value(spaceBucket(), -1) == 0);
    f.replica().applyPage(
        snapshotPage(spaceBucket(),
                     {serverContact(recordId(1), 30,
                                    {{QStringLiteral("family_name"), QStringLiteral("Weber")}})},
                     {}, 30, true, true));
    CHECK(f.replica().record(recordId(1)));
    CHECK(f.replica().search(QStringLiteral("Weber")).size() == 1);
}

TEST_CASE("retainBuckets keeps listed buckets and their cursors") {
    ReplicaFixture f;
    pulledContact(f.replica(), recordId(1), 7,
                  {{QStringLiteral("family_name"), QStringLiteral("Weber")}});
    f.replica().retainBuckets({spaceBucket(), QStringLiteral("directory")});
    CHECK(f.replica().cursors().value(spaceBucket()) == 7);
    CHECK(f.replica().cursors().value(QStringLiteral("directory"), -1) == 0);
    CHECK(f.replica().record(recordId(1)));
    CHECK(f.replica().setAside().isEmpty());
}
