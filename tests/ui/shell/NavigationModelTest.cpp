// SPDX-License-Identifier: GPL-3.0-or-later
// NavigationModel and SearchResultsModel over a real replica file: grouping,
// order, reload, and the model tester.
#include "client/ui/models/NavigationModel.h"

#include "client/core/Replica.h"
#include "client/ui/models/SearchResultsModel.h"
#include "common/Bucket.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <catch2/catch.hpp>

using namespace hn;
using common::EntityType;

namespace {

const QString kUser = QStringLiteral("00000000-0000-4000-8000-000000000001");

QString spaceId(int n) {
    return QStringLiteral("00000000-0000-4000-8000-0000000001%1").arg(n, 2, 10, QLatin1Char('0'));
}

common::Record space(int n, const QString &name, const QString &kind, bool archived = false) {
    common::Record record;
    record.type = EntityType::Space;
    record.meta.id = spaceId(n);
    record.meta.spaceId = spaceId(n);
    record.meta.version = n;
    record.fields = {{QStringLiteral("name"), name},
                     {QStringLiteral("description"), QString()},
                     {QStringLiteral("kind"), kind},
                     {QStringLiteral("guest_visible"), kind == u"public"},
                     {QStringLiteral("archived"), archived}};
    return record;
}

void store(client::Replica &replica, const common::Record &record) {
    client::PullPageData page;
    page.bucket = common::Bucket::forSpace(record.meta.spaceId);
    page.records = {record};
    page.cursor = record.meta.version;
    replica.applyPage(page);
}

QStringList childNames(const QAbstractItemModel &model, const QModelIndex &parent) {
    QStringList names;
    for (int row = 0; row < model.rowCount(parent); ++row)
        names << model.index(row, 0, parent).data().toString();
    return names;
}

} // namespace

TEST_CASE("NavigationModel: All areas, then spaces grouped by kind and sorted by name",
          "[ui][model][navigation]") {
    QTemporaryDir dir;
    common::SystemClock clock;
    client::Replica replica(dir.filePath(QStringLiteral("replica.db")), clock);
    store(replica, space(1, QStringLiteral("Unterkunft"), QStringLiteral("team")));
    store(replica, space(2, QStringLiteral("Bergheim"), QStringLiteral("municipality")));
    store(replica, space(3, QStringLiteral("Öffentlich"), QStringLiteral("public")));
    store(replica, space(4, QStringLiteral("Ausbildung und Arbeit"), QStringLiteral("team")));
    store(replica, space(5, QStringLiteral("Altes Projekt"), QStringLiteral("team"), true));

    client::NavigationModel model(replica);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    REQUIRE(childNames(model, {})
            == QStringList{QStringLiteral("All areas"), QStringLiteral("Public"),
                           QStringLiteral("Teams"), QStringLiteral("Municipalities")});
    CHECK(model.allAreasIndex().data(client::NavigationModel::SpaceIdRole).toString().isEmpty());
    CHECK(model.allAreasIndex().data(client::NavigationModel::SpaceIdRole).isValid());
    const QModelIndex teams = model.index(2, 0);
    CHECK_FALSE(model.flags(teams) & Qt::ItemIsSelectable);
    CHECK_FALSE(teams.data(client::NavigationModel::SpaceIdRole).isValid());
    // Archived spaces last.
    CHECK(childNames(model, teams)
          == QStringList{QStringLiteral("Ausbildung und Arbeit"), QStringLiteral("Unterkunft"),
                         QStringLiteral("Altes Projekt (archived)")});
    const QModelIndex bergheim = model.indexOfSpace(spaceId(2));
    REQUIRE(bergheim.isValid());
    CHECK(bergheim.data().toString() == QStringLiteral("Bergheim"));
    CHECK(bergheim.parent() == model.index(3, 0));
    CHECK(bergheim.data(client::NavigationModel::SpaceIdRole).toString() == spaceId(2));

    // A new space arrives with a sync round: the model resets once; an
    // unchanged list does not reset.
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    model.reload();
    CHECK(resets.isEmpty());
    store(replica, space(6, QStringLiteral("Intern"), QStringLiteral("internal")));
    model.reload();
    CHECK(resets.size() == 1);
    CHECK(childNames(model, {}).last() == QStringLiteral("Internal"));
    CHECK(model.indexOfSpace(spaceId(6)).isValid());
}

TEST_CASE("SearchResultsModel: hits grouped by kind with snippets pass the model tester",
          "[ui][model][search]") {
    client::SearchResultsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    CHECK(model.rowCount() == 0);
    CHECK_FALSE(model.firstHit().isValid());

    auto hit = [](EntityType type, const QString &id, const QString &title) {
        client::SearchHit h;
        h.type = type;
        h.id = id;
        h.title = title;
        h.snippet = QStringLiteral("… die [Sprachkurse] im …");
        return h;
    };
    model.setHits({hit(EntityType::Post, QStringLiteral("p1"), QStringLiteral("Termine")),
                   hit(EntityType::Contact, QStringLiteral("c1"), QStringLiteral("Anna Weber")),
                   hit(EntityType::Document, QStringLiteral("d1"), QStringLiteral("Flyer")),
                   hit(EntityType::Contact, QStringLiteral("c2"), QStringLiteral("Jobcenter")),
                   hit(EntityType::Thread, QStringLiteral("t1"), QStringLiteral("Wohnraum"))});
    REQUIRE(model.rowCount() == 3);
    CHECK(model.hitCount() == 5);
    CHECK(model.index(0, 0).data().toString() == QStringLiteral("Contacts (2)"));
    CHECK(model.index(1, 0).data().toString() == QStringLiteral("Documents (1)"));
    CHECK(model.index(2, 0).data().toString() == QStringLiteral("Discussions (2)"));
    const QModelIndex first = model.firstHit();
    CHECK(first.data().toString() == QStringLiteral("Anna Weber"));
    CHECK(first.data(client::SearchResultsModel::RecordIdRole).toString() == QStringLiteral("c1"));
    CHECK(first.siblingAtColumn(client::SearchResultsModel::SnippetColumn).data().toString()
          == QStringLiteral("… die Sprachkurse im …"));
    const QModelIndex discussions = model.index(2, 0);
    CHECK(model.index(0, 0, discussions).data(client::SearchResultsModel::EntityTypeRole).toInt()
          == int(EntityType::Post));
    CHECK_FALSE(model.flags(discussions) & Qt::ItemIsSelectable);

    // Other groups from one search to the next (each key typed): the
    // tester checks every change of shape.
    model.setHits({hit(EntityType::Thread, QStringLiteral("t2"), QStringLiteral("Umzug"))});
    REQUIRE(model.rowCount() == 1);
    CHECK(model.index(0, 0).data().toString() == QStringLiteral("Discussions (1)"));
    CHECK(model.firstHit().data().toString() == QStringLiteral("Umzug"));
    model.setHits({hit(EntityType::Document, QStringLiteral("d2"), QStringLiteral("Satzung")),
                   hit(EntityType::Contact, QStringLiteral("c3"), QStringLiteral("Tafel"))});
    REQUIRE(model.rowCount() == 2);
    CHECK(model.index(0, 0).data().toString() == QStringLiteral("Contacts (1)"));
    CHECK(model.rowCount(model.index(1, 0)) == 1);

    model.setHits({});
    CHECK(model.rowCount() == 0);
}
