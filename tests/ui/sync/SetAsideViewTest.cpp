// SPDX-License-Identifier: GPL-3.0-or-later
// Work set aside when access to a space went while it held unsynced
// edits: shown for review, exported to a file the person picks, dismissed
// after confirming.
#include "client/ui/sync/SetAsideView.h"

#include "client/ui/sync/SetAsideModel.h"
#include "tests/ui/support/UiSession.h"
#include "tests/ui/sync/SyncUiTesting.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest/QTest>
#include <catch2/catch.hpp>

using namespace hn;
using common::EntityType;
using test::SyncNetwork;
using test::UiSession;
using test::waitUntil;

TEST_CASE("set-aside work is shown, exported to the chosen file and dismissed",
          "[ui][sync][setaside]") {
    SyncNetwork net;
    UiSession anna(net.server, QStringLiteral("anna@x.de"), test::kSyncPassword);
    REQUIRE(anna.waitForSync());
    const QString id =
        anna.workspace()
            .create(EntityType::Contact, net.space.id,
                    test::personFields(QStringLiteral("Mariam"), QStringLiteral("Sultani")))
            .meta.id;
    REQUIRE(anna.waitForSync());

    client::SetAsideView view(anna.workspace());
    QAbstractItemModelTester tester(view.model(),
                                    QAbstractItemModelTester::FailureReportingMode::Fatal);
    view.show();
    CHECK(view.model()->rowCount() == 0);

    // Offline edit, then her access to the space is withdrawn.
    anna.workspace().engine()->stop();
    anna.workspace().update(id, {{QStringLiteral("notes"), QStringLiteral("Termin am Dienstag")}});
    net.server.removeMembership(net.space.id, anna.user().id);
    anna.workspace().engine()->start();
    REQUIRE(waitUntil([&] { return anna.workspace().replica().counts().setAside == 1; }));
    REQUIRE(waitUntil([&] { return view.model()->rowCount() == 1; }));
    CHECK(view.model()->index(0, client::SetAsideModel::RecordColumn).data().toString()
          == QStringLiteral("Mariam Sultani"));
    CHECK(view.model()->index(0, client::SetAsideModel::ChangeColumn).data().toString()
          == QStringLiteral("Changed: Notes"));
    CHECK(view.model()
              ->index(0, client::SetAsideModel::ReasonColumn)
              .data()
              .toString()
              .contains(QStringLiteral("withdrawn")));
    view.table()->selectRow(0);
    CHECK(view.findChild<QPlainTextEdit *>(QStringLiteral("setAsideDetails"))
              ->toPlainText()
              .contains(QStringLiteral("* Notes: Termin am Dienstag")));

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("beiseite.json"));
    // "Export…" asks where to save, suggesting a dated name; the file
    // dialog's own behaviour is Qt's, so the test cancels it and exports
    // through the same code the dialog's answer goes to.
    QString suggested;
    bool asked = false;
    test::whenModal<QFileDialog>([&](QFileDialog *dialog) {
        suggested = dialog->selectedFiles().value(0);
        asked = true;
        dialog->reject();
    });
    QTest::mouseClick(view.findChild<QPushButton *>(QStringLiteral("setAsideExport")),
                      Qt::LeftButton);
    REQUIRE(waitUntil([&] { return asked; }));
    CHECK(QFileInfo(suggested).fileName().startsWith(QStringLiteral("Helfernetz-set-aside-")));
    CHECK(suggested.endsWith(QStringLiteral(".json")));
    REQUIRE(view.exportTo(path));
    INFO("message: "
         << view.findChild<QLabel *>(QStringLiteral("setAsideMessage"))->text().toStdString());
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QJsonDocument json = QJsonDocument::fromJson(file.readAll());
    const QByteArray text = json.toJson(QJsonDocument::Compact);
    INFO(text.toStdString());
    CHECK(text.contains(id.toUtf8()));
    CHECK(text.contains("Termin am Dienstag"));

    // The session may end (window and views deleted) while a question or
    // the file dialog is open: no crash, nothing dismissed.
    for (const bool exporting : {true, false}) {
        auto *doomedView = new client::SetAsideView(anna.workspace());
        QPointer<client::SetAsideView> doomed = doomedView;
        doomedView->show();
        doomedView->table()->selectRow(0);
        bool shown = false;
        auto goAway = [&](QWidget *) {
            shown = true;
            doomedView->deleteLater();
        };
        if (exporting) {
            test::whenModal<QFileDialog>(goAway);
            doomedView->exportAll();
        } else {
            test::whenModal<QMessageBox>(goAway);
            doomedView->dismissSelected();
        }
        INFO("exporting: " << exporting);
        REQUIRE(waitUntil([&] { return doomed.isNull(); }));
        CHECK(shown);
        CHECK(QApplication::activeModalWidget() == nullptr);
        CHECK(anna.workspace().replica().counts().setAside == 1);
    }

    bool confirmed = false;
    test::whenModal<QMessageBox>([&](QMessageBox *box) {
        box->button(QMessageBox::Discard)->click();
        confirmed = true;
    });
    QTest::mouseClick(view.findChild<QPushButton *>(QStringLiteral("setAsideDismiss")),
                      Qt::LeftButton);
    REQUIRE(waitUntil([&] { return confirmed; }));
    CHECK(view.model()->rowCount() == 0);
    CHECK(anna.workspace().replica().counts().setAside == 0);
}
