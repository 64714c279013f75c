// SPDX-License-Identifier: GPL-3.0-or-later
// RecordListModel over a real replica file: lazy blocks, SQL sorting and
// filtering, and reloads that insert and remove rows instead of resetting.
#include "client/ui/models/RecordListModel.h"

#include "client/core/Replica.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QUuid>
#include <catch2/catch.hpp>

using namespace hn;
using common::EntityType;

namespace {

const QString kUser = QStringLiteral("00000000-0000-4000-8000-000000000001");
const QString kSpaceA = QStringLiteral("00000000-0000-4000-8000-0000000000a1");
const QString kSpaceB = QStringLiteral("00000000-0000-4000-8000-0000000000b2");

QList<client::RecordColumn> nameColumns() {
    return {{QStringLiteral("Name"),
             [](const common::Record &r, int role) -> QVariant {
                 if (role != Qt::DisplayRole)
                     return {};
                 return r.fields.value(QStringLiteral("family_name")).toString();
             },
             QStringLiteral("json_extract(fields, '$.family_name')")},
            {QStringLiteral("Ort"),
             [](const common::Record &r, int role) -> QVariant {
                 return role == Qt::DisplayRole ? r.fields.value(QStringLiteral("municipality"))
                                                : QVariant();
             },
             QString()}};
}

struct Fixture {
    QTemporaryDir dir;
    common::SystemClock clock;
    client::Replica replica{dir.filePath(QStringLiteral("replica.db")), clock};

    QString addContact(const QString &family, const QString &space = kSpaceA,
                       const QString &municipality = QStringLiteral("Bergheim"),
                       const QStringList &tags = {}) {
        return replica
            .create(EntityType::Contact, space,
                    {{QStringLiteral("kind"), QStringLiteral("person")},
                     {QStringLiteral("family_name"), family},
                     {QStringLiteral("municipality"), municipality},
                     {QStringLiteral("tags"), QJsonArray::fromStringList(tags)}},
                    kUser)
            .meta.id;
    }
};

} // namespace

TEST_CASE("RecordListModel lists, sorts in SQL and passes the model tester", "[ui][model]") {
    Fixture f;
    f.addContact(QStringLiteral("Weber"));
    f.addContact(QStringLiteral("Albers"), kSpaceB, QStringLiteral("Tal"),
                 {QStringLiteral("Sprache")});
    f.addContact(QStringLiteral("Müller"));

    client::RecordListModel model(f.replica, nameColumns());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    client::RecordListQuery query;
    model.setQuery(query);
    REQUIRE(model.rowCount() == 3);
    REQUIRE(model.columnCount() == 2);

    model.sort(0, Qt::AscendingOrder);
    CHECK(model.index(0, 0).data().toString() == QStringLiteral("Albers"));
    CHECK(model.index(2, 0).data().toString() == QStringLiteral("Weber"));
    model.sort(0, Qt::DescendingOrder);
    CHECK(model.index(0, 0).data().toString() == QStringLiteral("Weber"));

    query.spaceIds = {kSpaceA};
    model.setQuery(query);
    CHECK(model.rowCount() == 2);

    query.spaceIds.clear();
    query.filters = {{QStringLiteral("tags"), QStringLiteral("Sprache"),
                      client::RecordFilter::Match::HasElement}};
    model.setQuery(query);
    REQUIRE(model.rowCount() == 1);
    CHECK(model.index(0, 0).data().toString() == QStringLiteral("Albers"));

    query.filters = {{QStringLiteral("municipality"), QStringLiteral("Bergheim")}};
    query.text = QStringLiteral("mueller");
    model.setQuery(query);
    REQUIRE(model.rowCount() == 1);
    CHECK(model.index(0, 0).data().toString() == QStringLiteral("Müller"));
}

TEST_CASE("RecordListModel keeps its rows when a new query cannot be read", "[ui][model]") {
    Fixture f;
    f.addContact(QStringLiteral("Weber"));
    f.addContact(QStringLiteral("Albers"));
    client::RecordListModel model(f.replica, nameColumns());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setQuery({});
    REQUIRE(model.rowCount() == 2);

    QSignalSpy failed(&model, &client::RecordListModel::loadFailed);
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    client::RecordListQuery broken;
    broken.filters = {{QStringLiteral("family_name'; --"), QStringLiteral("x")}};
    model.setQuery(broken);
    REQUIRE(failed.count() == 1);
    CHECK(failed.first().first().toString().contains(QStringLiteral("invalid field path")));
    CHECK(resets.count() == 0);
    CHECK(model.rowCount() == 2);
    CHECK(model.index(0, 0).data().toString() == QStringLiteral("Weber"));
}

TEST_CASE("RecordListModel reload inserts and removes rows and keeps others", "[ui][model]") {
    Fixture f;
    const QString b = f.addContact(QStringLiteral("B"));
    const QString d = f.addContact(QStringLiteral("D"));
    client::RecordListModel model(f.replica, nameColumns());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setQuery({});
    model.sort(0);
    QPersistentModelIndex kept(model.index(1, 0)); // D

    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    QSignalSpy inserts(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy removes(&model, &QAbstractItemModel::rowsRemoved);
    f.addContact(QStringLiteral("A"));
    f.addContact(QStringLiteral("C"));
    f.replica.remove(b, kUser);
    model.reload();
    CHECK(resets.count() == 0);
    CHECK(inserts.count() == 1); // A and C are one run of new rows
    CHECK(removes.count() == 1);
    REQUIRE(model.rowCount() == 3);
    CHECK(model.index(0, 0).data().toString() == QStringLiteral("A"));
    CHECK(model.index(1, 0).data().toString() == QStringLiteral("C"));
    CHECK(kept.row() == 2);
    CHECK(model.rowOf(d) == 2);

    // A changed sort key reorders: a reset is the honest answer.
    f.replica.update(d, {{QStringLiteral("family_name"), QStringLiteral("0")}}, kUser);
    model.reload();
    CHECK(resets.count() == 1);
    CHECK(model.index(0, 0).data().toString() == QStringLiteral("0"));
}

TEST_CASE("RecordListModel holds a bounded number of blocks over 20000 rows", "[ui][model]") {
    Fixture f;
    f.replica.database().write([&](QSqlDatabase &) {
        for (int i = 0; i < 20000; ++i)
            f.addContact(QStringLiteral("Name %1").arg(i, 5, 10, QLatin1Char('0')));
    });
    client::RecordListModel model(f.replica, nameColumns());
    model.setQuery({});
    model.sort(0);
    REQUIRE(model.rowCount() == 20000);
    for (int row = 0; row < model.rowCount(); row += 97)
        REQUIRE(model.index(row, 0).data().toString()
                == QStringLiteral("Name %1").arg(row, 5, 10, QLatin1Char('0')));
    CHECK(model.cachedBlockCount() <= client::RecordListModel::kCachedBlocks);
}
