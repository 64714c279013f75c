// SPDX-License-Identifier: GPL-3.0-or-later
// The outbox against a real server: pending changes, changes the server
// refused with its reason, and the person's way out (edit and retry,
// discard after confirming).
#include "client/ui/sync/OutboxView.h"

#include "client/core/Replica.h"
#include "client/ui/sync/OutboxModel.h"
#include "tests/ui/support/UiSession.h"
#include "tests/ui/sync/SyncUiTesting.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QLabel>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest/QTest>
#include <catch2/catch.hpp>

using namespace hn;
using client::OutboxEntry;
using client::OutboxModel;
using common::EntityType;
using test::SyncNetwork;
using test::UiSession;
using test::waitUntil;

namespace {

QPushButton *button(QWidget &view, const char *name) {
    auto *b = view.findChild<QPushButton *>(QString::fromLatin1(name));
    REQUIRE(b);
    return b;
}

int rowInState(const OutboxModel &model, OutboxEntry::State state) {
    for (int row = 0; row < model.rowCount(); ++row) {
        if (model.entry(row)->state == state)
            return row;
    }
    return -1;
}

} // namespace

TEST_CASE("the outbox lists pending changes while offline and empties after the push",
          "[ui][sync][outbox]") {
    SyncNetwork net;
    UiSession anna(net.server, QStringLiteral("anna@x.de"), test::kSyncPassword);
    REQUIRE(anna.waitForSync());
    client::OutboxView view(anna.workspace());
    QAbstractItemModelTester tester(view.model(),
                                    QAbstractItemModelTester::FailureReportingMode::Fatal);
    view.show();
    CHECK(view.model()->rowCount() == 0);
    CHECK(view.findChild<QLabel *>(QStringLiteral("outboxEmpty"))->isVisible());

    anna.workspace().engine()->stop();
    anna.workspace().create(EntityType::Contact, net.space.id,
                            test::personFields(QStringLiteral("Hamid"), QStringLiteral("Rahimi")));
    REQUIRE(view.model()->rowCount() == 1);
    CHECK(view.model()->index(0, OutboxModel::RecordColumn).data().toString()
          == QStringLiteral("Hamid Rahimi"));
    CHECK(view.model()->index(0, OutboxModel::KindColumn).data().toString()
          == QStringLiteral("Contact"));
    CHECK(view.model()->index(0, OutboxModel::OperationColumn).data().toString()
          == QStringLiteral("Created"));
    CHECK(view.model()->index(0, OutboxModel::StateColumn).data().toString()
          == QStringLiteral("Waiting"));
    view.table()->selectRow(0);
    // Only refused changes have something to decide.
    CHECK_FALSE(button(view, "outboxRetry")->isEnabled());
    CHECK_FALSE(button(view, "outboxDiscard")->isEnabled());

    anna.workspace().engine()->start();
    REQUIRE(anna.waitForSync());
    CHECK(waitUntil([&] { return view.model()->rowCount() == 0; }));
}

TEST_CASE("a change the server refused shows its reason, and edit then retry sends it",
          "[ui][sync][outbox]") {
    SyncNetwork net;
    UiSession anna(net.server, QStringLiteral("anna@x.de"), test::kSyncPassword);
    UiSession bernd(net.server, QStringLiteral("bernd@x.de"), test::kSyncPassword);
    REQUIRE(anna.waitForSync());
    const QString id =
        anna.workspace()
            .create(EntityType::Contact, net.space.id,
                    test::personFields(QStringLiteral("Jonas"), QStringLiteral("Weber")))
            .meta.id;
    REQUIRE(anna.waitForSync());

    client::OutboxView view(anna.workspace());
    QAbstractItemModelTester tester(view.model(),
                                    QAbstractItemModelTester::FailureReportingMode::Fatal);
    view.show();
    QSignalSpy opened(&view, &client::OutboxView::openRecordRequested);

    // The replica keeps what the person typed; the server checks the format.
    anna.workspace().update(id, {{QStringLiteral("emails"), QJsonArray{QStringLiteral("kaputt")}}});
    REQUIRE(waitUntil([&] { return anna.workspace().replica().counts().rejected == 1; }));
    REQUIRE(
        waitUntil([&] { return rowInState(*view.model(), OutboxEntry::State::Rejected) >= 0; }));
    const int row = rowInState(*view.model(), OutboxEntry::State::Rejected);
    CHECK(view.model()->index(row, OutboxModel::StateColumn).data().toString()
          == QStringLiteral("Rejected"));
    const QString reason = view.model()->index(row, OutboxModel::ReasonColumn).data().toString();
    INFO("reason: " << reason.toStdString());
    CHECK(reason.contains(QStringLiteral("Not valid")));
    CHECK(reason.contains(QStringLiteral("E-mail addresses")));
    CHECK(reason.size() > QStringLiteral("Not valid (E-mail addresses): ").size());
    CHECK(view.model()->index(row, OutboxModel::OperationColumn).data().toString()
          == QStringLiteral("Changed: E-mail addresses"));

    view.table()->selectRow(row);
    CHECK(view.findChild<QLabel *>(QStringLiteral("outboxDetails"))->text().contains(reason));
    REQUIRE(button(view, "outboxEdit")->isEnabled());
    QTest::mouseClick(button(view, "outboxEdit"), Qt::LeftButton);
    REQUIRE(opened.size() == 1);
    CHECK(opened[0][0].toString() == id);
    CHECK(opened[0][1].value<common::EntityType>() == EntityType::Contact);

    // The person corrects the address (in the contact editor), then retries.
    anna.workspace().update(
        id, {{QStringLiteral("emails"), QJsonArray{QStringLiteral("jonas.weber@example.org")}}});
    view.table()->selectRow(rowInState(*view.model(), OutboxEntry::State::Rejected));
    QTest::mouseClick(button(view, "outboxRetry"), Qt::LeftButton);
    REQUIRE(anna.waitForSync());
    CHECK(anna.workspace().replica().counts() == client::SyncCounts{});
    CHECK(waitUntil([&] { return view.model()->rowCount() == 0; }));
    CHECK(waitUntil([&] {
        const auto r = bernd.workspace().replica().record(id);
        return r
               && r->fields.value(QStringLiteral("emails")).toArray()
                      == QJsonArray{QStringLiteral("jonas.weber@example.org")};
    }));
}

TEST_CASE("a change refused for lost rights is discarded after confirming", "[ui][sync][outbox]") {
    SyncNetwork net;
    UiSession anna(net.server, QStringLiteral("anna@x.de"), test::kSyncPassword);
    REQUIRE(anna.waitForSync());
    const QString id =
        anna.workspace()
            .create(EntityType::Contact, net.space.id,
                    test::personFields(QStringLiteral("Lena"), QStringLiteral("Schäfer")))
            .meta.id;
    REQUIRE(anna.waitForSync());

    client::OutboxView view(anna.workspace());
    QAbstractItemModelTester tester(view.model(),
                                    QAbstractItemModelTester::FailureReportingMode::Fatal);
    view.show();

    net.server.setMembership(net.space.id, anna.user().id, common::SpaceLevel::Reader);
    anna.workspace().update(id, {{QStringLiteral("notes"), QStringLiteral("neue Sprechzeiten")}});
    REQUIRE(waitUntil([&] { return anna.workspace().replica().counts().rejected == 1; }));
    REQUIRE(
        waitUntil([&] { return rowInState(*view.model(), OutboxEntry::State::Rejected) >= 0; }));
    const int row = rowInState(*view.model(), OutboxEntry::State::Rejected);
    CHECK(view.model()
              ->index(row, OutboxModel::ReasonColumn)
              .data()
              .toString()
              .startsWith(QStringLiteral("Not permitted")));
    view.table()->selectRow(row);

    SECTION("cancelling the confirmation keeps the change") {
        bool answered = false;
        test::whenModal<QMessageBox>([&](QMessageBox *box) {
            box->button(QMessageBox::Cancel)->click();
            answered = true;
        });
        QTest::mouseClick(button(view, "outboxDiscard"), Qt::LeftButton);
        REQUIRE(waitUntil([&] { return answered; }));
        CHECK(anna.workspace().replica().counts().rejected == 1);
        CHECK(anna.workspace().replica().record(id)->fields.value(QStringLiteral("notes"))
              == QStringLiteral("neue Sprechzeiten"));
    }
    SECTION("confirming reverts the record to the server's state") {
        bool asked = false;
        bool answered = false;
        test::whenModal<QMessageBox>([&](QMessageBox *box) {
            asked = box->text().contains(QStringLiteral("Lena Schäfer"));
            box->button(QMessageBox::Discard)->click();
            answered = true;
        });
        QTest::mouseClick(button(view, "outboxDiscard"), Qt::LeftButton);
        REQUIRE(waitUntil([&] { return answered; }));
        CHECK(asked);
        CHECK(anna.workspace().replica().counts().rejected == 0);
        CHECK(anna.workspace().replica().record(id)->fields.value(QStringLiteral("notes"))
              == QStringLiteral(""));
        CHECK(view.model()->rowCount() == 0);
    }
    SECTION("the view going away while the confirmation is open neither crashes nor discards") {
        // As when the session ends (the window and its views are deleted)
        // while the person still reads the question.
        auto *doomedView = new client::OutboxView(anna.workspace());
        QPointer<client::OutboxView> doomed = doomedView;
        doomedView->show();
        doomedView->table()->selectRow(
            rowInState(*doomedView->model(), OutboxEntry::State::Rejected));
        bool asked = false;
        test::whenModal<QMessageBox>([&](QMessageBox *) {
            asked = true;
            doomedView->deleteLater();
        });
        doomedView->discardSelected();
        REQUIRE(waitUntil([&] { return doomed.isNull(); }));
        CHECK(asked);
        CHECK(QApplication::activeModalWidget() == nullptr);
        CHECK(anna.workspace().replica().counts().rejected == 1);
    }
}

TEST_CASE("the outbox model reads a long outbox a page at a time", "[ui][sync][outbox]") {
    QTemporaryDir dir;
    common::SystemClock clock;
    client::Replica replica(dir.filePath(QStringLiteral("replica.db")), clock);
    const QString space = QStringLiteral("00000000-0000-4000-8000-00000000b001");
    const QString user = QStringLiteral("00000000-0000-4000-8000-00000000a001");
    const int total = OutboxModel::kPageRows + 50;
    for (int i = 0; i < total; ++i) {
        replica.create(EntityType::Contact, space,
                       test::personFields(QStringLiteral("Person"), QString::number(i)), user);
    }
    OutboxModel model(replica);
    CHECK(model.rowCount() == OutboxModel::kPageRows);
    CHECK(model.canFetchMore({}));
    // The tester fetches more itself, as a view scrolling down would.
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    while (model.canFetchMore({}))
        model.fetchMore({});
    CHECK(model.rowCount() == total);
    CHECK(model.index(total - 1, OutboxModel::RecordColumn).data().toString()
          == QStringLiteral("Person %1").arg(total - 1));
    // A reload keeps every row that was loaded, so a view keeps its place.
    model.reload();
    CHECK(model.rowCount() == total);
}

TEST_CASE("the outbox model follows changes row by row without a reset", "[ui][sync][outbox]") {
    QTemporaryDir dir;
    common::SystemClock clock;
    client::Replica replica(dir.filePath(QStringLiteral("replica.db")), clock);
    const QString space = QStringLiteral("00000000-0000-4000-8000-00000000b001");
    const QString user = QStringLiteral("00000000-0000-4000-8000-00000000a001");
    QStringList ids;
    for (int i = 0; i < 3; ++i) {
        ids << replica
                   .create(EntityType::Contact, space,
                           test::personFields(QStringLiteral("Person"), QString::number(i)), user)
                   .meta.id;
    }
    OutboxModel model(replica);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    REQUIRE(model.rowCount() == 3);
    const QPersistentModelIndex first = model.index(0, OutboxModel::RecordColumn);
    QSignalSpy resets(&model, &OutboxModel::modelAboutToBeReset);
    QSignalSpy inserted(&model, &OutboxModel::rowsInserted);
    QSignalSpy changed(&model, &OutboxModel::dataChanged);

    // Nothing new: nothing signalled.
    model.reload();
    CHECK(inserted.isEmpty());
    CHECK(changed.isEmpty());

    replica.create(EntityType::Contact, space,
                   test::personFields(QStringLiteral("Person"), QStringLiteral("3")), user);
    model.reload();
    REQUIRE(model.rowCount() == 4);
    REQUIRE(inserted.size() == 1);
    CHECK(inserted.first().at(1).toInt() == 3);
    CHECK(model.index(3, OutboxModel::RecordColumn).data().toString()
          == QStringLiteral("Person 3"));

    // A rename: the new change is listed, and the record's older change is
    // shown under its current name.
    replica.update(ids.first(), {{QStringLiteral("family_name"), QStringLiteral("Neu")}}, user);
    model.reload();
    CHECK(first.isValid());
    CHECK(first.row() == 0);
    CHECK(first.data().toString() == QStringLiteral("Person Neu"));
    CHECK(resets.isEmpty());
}

TEST_CASE("a hidden outbox reads the outbox again only when it is shown", "[ui][sync][outbox]") {
    SyncNetwork net;
    UiSession anna(net.server, QStringLiteral("anna@x.de"), test::kSyncPassword);
    REQUIRE(anna.waitForSync());
    client::OutboxView view(anna.workspace());
    QAbstractItemModelTester tester(view.model(),
                                    QAbstractItemModelTester::FailureReportingMode::Fatal);
    REQUIRE(view.model()->rowCount() == 0);

    anna.workspace().engine()->stop();
    anna.workspace().create(EntityType::Contact, net.space.id,
                            test::personFields(QStringLiteral("Hamid"), QStringLiteral("Rahimi")));
    // Another section is on screen: every edit and sync round would re-read
    // the outbox for nothing.
    CHECK(view.model()->rowCount() == 0);
    view.show();
    REQUIRE(view.model()->rowCount() == 1);
    CHECK(view.model()->index(0, OutboxModel::RecordColumn).data().toString()
          == QStringLiteral("Hamid Rahimi"));
    CHECK_FALSE(view.findChild<QLabel *>(QStringLiteral("outboxEmpty"))->isVisible());
}
