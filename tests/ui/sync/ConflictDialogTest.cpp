// SPDX-License-Identifier: GPL-3.0-or-later
// A real conflict between two devices, decided through the dialog: both
// sides are shown, the merged value is typed in, and both replicas end
// with it.
#include "client/ui/sync/ConflictDialog.h"

#include "client/ui/shell/FieldFeedback.h"
#include "client/ui/sync/ConflictModel.h"
#include "client/ui/sync/ConflictView.h"
#include "tests/ui/support/UiSession.h"
#include "tests/ui/sync/SyncUiTesting.h"

#include <QAbstractItemModelTester>
#include <QGroupBox>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QRadioButton>
#include <QTableView>
#include <QTableWidget>
#include <QtTest/QTest>
#include <catch2/catch.hpp>

using namespace hn;
using client::Conflict;
using client::ConflictDialog;
using common::EntityType;
using test::SyncNetwork;
using test::UiSession;
using test::waitUntil;

namespace {

const QString kFunction = QStringLiteral("function");

QString functionOf(client::Workspace &workspace, const QString &id) {
    const auto record = workspace.replica().record(id);
    return record ? record->fields.value(kFunction).toString() : QString();
}

// A dialog that refused to resolve shows why; the test reports it and
// closes the dialog instead of hanging in its event loop.
void closeIfStillOpen(ConflictDialog *dialog) {
    if (!dialog->isVisible())
        return;
    QStringList errors;
    for (QLabel *label : dialog->findChildren<QLabel *>()) {
        if (label->isVisible()
            && label->styleSheet().contains(client::FieldFeedback::errorColour()))
            errors << label->text();
    }
    FAIL_CHECK("the dialog stayed open: " << errors.join(QStringLiteral(" | ")).toStdString());
    dialog->reject();
}

} // namespace

TEST_CASE("a conflict on one contact field is resolved through the dialog with a merged value",
          "[ui][sync][conflict]") {
    SyncNetwork net;
    UiSession anna(net.server, QStringLiteral("anna@x.de"), test::kSyncPassword);
    UiSession bernd(net.server, QStringLiteral("bernd@x.de"), test::kSyncPassword);
    REQUIRE(anna.waitForSync());
    const common::Record contact = anna.workspace().create(
        EntityType::Contact, net.space.id,
        test::personFields(QStringLiteral("Fatma"), QStringLiteral("Yılmaz")));
    const QString id = contact.meta.id;
    REQUIRE(anna.waitForSync());
    REQUIRE(waitUntil([&] { return bernd.workspace().replica().record(id).has_value(); }));

    client::ConflictView view(anna.workspace());
    QAbstractItemModelTester tester(view.model(),
                                    QAbstractItemModelTester::FailureReportingMode::Fatal);
    view.show();
    CHECK(view.model()->rowCount() == 0);

    // Anna works offline while Bernd changes the same field on the server.
    anna.workspace().engine()->stop();
    anna.workspace().update(id, {{kFunction, QStringLiteral("Beraterin Wohnen")}});
    bernd.workspace().update(id, {{kFunction, QStringLiteral("Koordinatorin")}});
    REQUIRE(bernd.waitForSync());
    anna.workspace().engine()->start();
    REQUIRE(waitUntil([&] { return anna.workspace().replica().counts().conflicts == 1; }));
    // The conflict is not decided for her: her value stays until she decides.
    CHECK(functionOf(anna.workspace(), id) == QStringLiteral("Beraterin Wohnen"));

    REQUIRE(waitUntil([&] { return view.model()->rowCount() == 1; }));
    const QModelIndex what = view.model()->index(0, client::ConflictModel::WhatColumn);
    CHECK(what.data().toString().contains(QStringLiteral("on the server")));
    CHECK(view.model()->index(0, client::ConflictModel::FieldColumn).data().toString()
          == QStringLiteral("Function"));
    CHECK(view.model()->index(0, client::ConflictModel::RecordColumn).data().toString()
          == QStringLiteral("Fatma Yılmaz"));

    bool checked = false;
    test::whenModal<ConflictDialog>([&](ConflictDialog *dialog) {
        // No REQUIRE in here: it would throw through Qt's event loop.
        if (dialog->choices().size() != 1 || !dialog->choices().first().mergedLine) {
            FAIL_CHECK("expected one field conflict with a merged line editor");
            dialog->reject();
            return;
        }
        const ConflictDialog::FieldChoice &choice = dialog->choices().first();
        CHECK(choice.conflict.kind == Conflict::Kind::Field);
        CHECK(choice.mine->accessibleDescription().contains(QStringLiteral("Beraterin Wohnen")));
        CHECK(choice.theirs->accessibleDescription().contains(QStringLiteral("Koordinatorin")));
        CHECK(choice.merged);
        // Prefilled with mine (neither contains the other), editable.
        CHECK(choice.mergedLine->text() == QStringLiteral("Beraterin Wohnen"));
        // Nothing is decided without a choice.
        CHECK_FALSE(dialog->resolveButton()->isEnabled());
        // Every field offers the same choices, so they carry no mnemonics
        // (they would repeat); the field's group is named, arrows move in it.
        for (QRadioButton *r : {choice.mine, choice.theirs, choice.merged})
            CHECK_FALSE(r->text().contains(QLatin1Char('&')));
        auto *group = dialog->findChild<QGroupBox *>(QStringLiteral("field-function"));
        CHECK((group && group->accessibleName() == QStringLiteral("Decision on Function")));
        choice.mine->setFocus();
        QTest::keyClick(choice.mine, Qt::Key_Right);
        CHECK(dialog->focusWidget() == choice.theirs);
        CHECK_FALSE(dialog->resolveButton()->isEnabled());
        choice.mergedLine->selectAll();
        QTest::keyClicks(choice.mergedLine, QStringLiteral("Koordinatorin und Beraterin Wohnen"));
        CHECK(choice.merged->isChecked());
        CHECK(dialog->resolveButton()->isEnabled());
        checked = true;
        QTest::mouseClick(dialog->resolveButton(), Qt::LeftButton);
        closeIfStillOpen(dialog);
    });
    view.table()->setFocus();
    view.table()->selectRow(0);
    QTest::keyClick(view.table(), Qt::Key_Return);
    REQUIRE(waitUntil([&] { return checked; }));
    CHECK(view.openDialog() == nullptr);

    const QString merged = QStringLiteral("Koordinatorin und Beraterin Wohnen");
    CHECK(functionOf(anna.workspace(), id) == merged);
    CHECK(waitUntil([&] { return view.model()->rowCount() == 0; }));
    REQUIRE(anna.waitForSync());
    CHECK(anna.workspace().replica().counts() == client::SyncCounts{});
    CHECK(waitUntil([&] { return functionOf(bernd.workspace(), id) == merged; }));
    CHECK(bernd.workspace().replica().counts() == client::SyncCounts{});
}

TEST_CASE("an edit that met a deletion offers restore or accept, and restore brings it back",
          "[ui][sync][conflict]") {
    SyncNetwork net;
    UiSession anna(net.server, QStringLiteral("anna@x.de"), test::kSyncPassword);
    UiSession bernd(net.server, QStringLiteral("bernd@x.de"), test::kSyncPassword);
    REQUIRE(anna.waitForSync());
    const QString id =
        anna.workspace()
            .create(EntityType::Contact, net.space.id,
                    test::personFields(QStringLiteral("Olena"), QStringLiteral("Koval")))
            .meta.id;
    REQUIRE(anna.waitForSync());
    REQUIRE(waitUntil([&] { return bernd.workspace().replica().record(id).has_value(); }));

    anna.workspace().engine()->stop();
    anna.workspace().update(id, {{QStringLiteral("notes"), QStringLiteral("Spricht Ukrainisch")}});
    bernd.workspace().remove(id);
    REQUIRE(bernd.waitForSync());
    anna.workspace().engine()->start();
    REQUIRE(waitUntil([&] { return anna.workspace().replica().counts().conflicts >= 1; }));

    client::ConflictView view(anna.workspace());
    QAbstractItemModelTester tester(view.model(),
                                    QAbstractItemModelTester::FailureReportingMode::Fatal);
    int row = -1;
    for (int i = 0; i < view.model()->rowCount(); ++i) {
        if (view.model()->conflict(i)->kind == Conflict::Kind::EditVsDelete)
            row = i;
    }
    REQUIRE(row >= 0);

    {
        // The session may end (window and views deleted) while the dialog
        // is open: no crash, nothing decided.
        auto *doomedView = new client::ConflictView(anna.workspace());
        QPointer<client::ConflictView> doomed = doomedView;
        doomedView->show();
        doomedView->table()->selectRow(row);
        bool shown = false;
        test::whenModal<ConflictDialog>([&](ConflictDialog *) {
            shown = true;
            doomedView->deleteLater();
        });
        doomedView->resolveSelected();
        REQUIRE(waitUntil([&] { return doomed.isNull(); }));
        CHECK(shown);
        CHECK(QApplication::activeModalWidget() == nullptr);
        CHECK(anna.workspace().replica().counts().conflicts >= 1);
    }

    bool checked = false;
    test::whenModal<ConflictDialog>([&](ConflictDialog *dialog) {
        if (dialog->choices().size() != 1 || !dialog->sides()) {
            FAIL_CHECK("expected one record-level choice and both sides");
            dialog->reject();
            return;
        }
        // Both sides, field by field: my notes against the deletion.
        bool notesShown = false;
        for (int i = 0; i < dialog->sides()->rowCount(); ++i) {
            if (dialog->sides()->item(i, 1)->text() == QStringLiteral("Spricht Ukrainisch")) {
                notesShown = true;
                CHECK(dialog->sides()->item(i, 2)->text() == QStringLiteral("(deleted)"));
            }
        }
        CHECK(notesShown);
        const ConflictDialog::FieldChoice &choice = dialog->choices().first();
        CHECK(choice.merged == nullptr);
        CHECK(choice.mine->text().remove(QLatin1Char('&')).contains(QStringLiteral("Restore")));
        CHECK(choice.theirs->text().contains(QStringLiteral("Accept the deletion")));
        CHECK_FALSE(dialog->resolveButton()->isEnabled());
        // By keyboard, as a screen-reader user would.
        choice.mine->setFocus();
        QTest::keyClick(choice.mine, Qt::Key_Space);
        checked = true;
        QTest::mouseClick(dialog->resolveButton(), Qt::LeftButton);
        closeIfStillOpen(dialog);
    });
    view.table()->selectRow(row);
    QTest::mouseClick(view.findChild<QPushButton *>(QStringLiteral("conflictResolve")),
                      Qt::LeftButton);
    REQUIRE(waitUntil([&] { return checked; }));
    REQUIRE(anna.waitForSync());
    CHECK(anna.workspace().replica().counts() == client::SyncCounts{});
    // Restored as a new record with her notes; Bernd receives it.
    const auto contacts = anna.workspace().replica().records(EntityType::Contact);
    REQUIRE(contacts.size() == 1);
    CHECK(contacts[0].fields.value(QStringLiteral("notes")).toString()
          == QStringLiteral("Spricht Ukrainisch"));
    const QString restored = contacts[0].meta.id;
    CHECK(waitUntil([&] { return bernd.workspace().replica().record(restored).has_value(); }));
}

TEST_CASE("the prefilled merged value keeps both sides where that is sensible", "[ui][sync]") {
    Conflict c;
    c.type = EntityType::Contact;
    c.field = QStringLiteral("tags");
    c.mine = QJsonArray{QStringLiteral("Wohnraum"), QStringLiteral("Sprachkurse")};
    c.theirs = QJsonArray{QStringLiteral("Sprachkurse"), QStringLiteral("Arbeit")};
    CHECK(ConflictDialog::prefill(c, false)
          == QJsonValue(QJsonArray{QStringLiteral("Wohnraum"), QStringLiteral("Sprachkurse"),
                                   QStringLiteral("Arbeit")}));
    c.field = QStringLiteral("notes");
    c.mine = QStringLiteral("Mo geschlossen");
    c.theirs = QStringLiteral("Neue Telefonnummer ab Mai");
    CHECK(ConflictDialog::prefill(c, true).toString()
          == QStringLiteral("Mo geschlossen\nNeue Telefonnummer ab Mai"));
    c.theirs = QStringLiteral("Mo geschlossen, Di 9-12");
    CHECK(ConflictDialog::prefill(c, true).toString() == QStringLiteral("Mo geschlossen, Di 9-12"));
    c.field = QStringLiteral("function");
    c.mine = QStringLiteral("Beraterin");
    c.theirs = QStringLiteral("Koordinatorin");
    CHECK(ConflictDialog::prefill(c, false).toString() == QStringLiteral("Beraterin"));
    c.mine = QStringLiteral("");
    CHECK(ConflictDialog::prefill(c, false).toString() == QStringLiteral("Koordinatorin"));
}
