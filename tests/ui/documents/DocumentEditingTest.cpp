// SPDX-License-Identifier: GPL-3.0-or-later
// Editing a document's fields while a colleague edits it too (the clash
// question, nothing reverted silently), leaving a document with unsaved
// work (Save / Discard / Cancel), and opening files: programs and scripts
// are refused, opened copies live in the profile and go with the session.
#include "client/core/FileVersion.h"
#include "client/core/SyncEngine.h"
#include "client/ui/documents/DocumentDetail.h"
#include "client/ui/documents/DocumentFilesPanel.h"
#include "client/ui/documents/DocumentForm.h"
#include "client/ui/documents/DocumentOpener.h"
#include "client/ui/documents/DocumentsPane.h"
#include "client/ui/documents/VersionHistoryModel.h"
#include "client/ui/models/RecordListModel.h"
#include "client/ui/shell/EditClashDialog.h"
#include "client/ui/shell/Workspace.h"
#include "tests/ui/documents/DocumentTesting.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <catch2/catch.hpp>

using namespace hn;
using common::EntityType;
using common::GlobalRole;
using common::SpaceLevel;
using test::waitUntil;

namespace {

QString fieldOf(test::UiSession &session, const QString &id, const QString &field) {
    const auto record = session.workspace().replica().record(id);
    return record ? record->fields.value(field).toString() : QString();
}

// `session` pulls until the record's field has the value.
bool arrives(test::UiSession &session, const QString &id, const QString &field,
             const QString &value) {
    return waitUntil(
        [&] {
            if (fieldOf(session, id, field) == value)
                return true;
            if (session.workspace().engine()->state() == client::SyncEngine::State::Idle)
                session.workspace().engine()->syncNow();
            return false;
        },
        30000);
}

void typeInto(QLineEdit *line, const QString &text) {
    line->setFocus();
    line->selectAll();
    QTest::keyClicks(line, text);
}

QAbstractButton *messageButton(QMessageBox *box, QMessageBox::StandardButton which) {
    QAbstractButton *button = box->button(which);
    REQUIRE(button);
    return button;
}

struct TwoEditors {
    test::TestServer server;
    common::Space team = server.addSpace(QStringLiteral("Soziale Betreuung"));
    common::User anna = server.addUser(QStringLiteral("anna@kreis-beispiel.de"),
                                       test::kDocumentPassword, GlobalRole::Member);
    common::User ben = server.addUser(QStringLiteral("ben@kreis-beispiel.de"),
                                      test::kDocumentPassword, GlobalRole::Member);
};

} // namespace

TEST_CASE("DocumentDetail: a field changed by a colleague meanwhile is asked about and fields "
          "only they changed stay",
          "[ui][documents][clash]") {
    TwoEditors people;
    people.server.setMembership(people.team.id, people.anna.id, SpaceLevel::Editor);
    people.server.setMembership(people.team.id, people.ben.id, SpaceLevel::Editor);
    test::UiSession a(people.server, people.anna.email, test::kDocumentPassword);
    test::UiSession b(people.server, people.ben.email, test::kDocumentPassword);
    REQUIRE(a.waitForSync());
    REQUIRE(b.waitForSync());
    a.workspace().refresh();
    b.workspace().refresh();
    const QString id = a.workspace()
                           .create(EntityType::Document, people.team.id,
                                   {{QStringLiteral("title"), QStringLiteral("Dienstplan")},
                                    {QStringLiteral("category"), QStringLiteral("formular")},
                                    {QStringLiteral("description"), QStringLiteral("Mai")}})
                           .meta.id;
    REQUIRE(a.waitForSync());
    REQUIRE(arrives(b, id, QStringLiteral("title"), QStringLiteral("Dienstplan")));

    client::DocumentsPane pane(a.workspace());
    pane.resize(1200, 800);
    pane.show();
    pane.showRecord(id);
    client::DocumentDetail *detail = pane.detail();
    REQUIRE(detail->documentId() == id);
    client::DocumentForm *form = detail->form();

    // Only Ben changes the description; Anna changes the title: no
    // question, and Anna's save does not put "Mai" back.
    typeInto(form->titleEdit(), QStringLiteral("Dienstplan Juni"));
    b.workspace().update(id, {{QStringLiteral("description"), QStringLiteral("Juni, von Ben")}});
    REQUIRE(b.waitForSync());
    REQUIRE(arrives(a, id, QStringLiteral("description"), QStringLiteral("Juni, von Ben")));
    CHECK(form->titleEdit()->text() == u"Dienstplan Juni"); // typing stays
    QTest::mouseClick(detail->saveButton(), Qt::LeftButton);
    CHECK_FALSE(detail->findChild<client::EditClashDialog *>());
    CHECK(fieldOf(a, id, QStringLiteral("title")) == u"Dienstplan Juni");
    CHECK(fieldOf(a, id, QStringLiteral("description")) == u"Juni, von Ben");
    REQUIRE(a.waitForSync());
    REQUIRE(arrives(b, id, QStringLiteral("title"), QStringLiteral("Dienstplan Juni")));
    CHECK(fieldOf(b, id, QStringLiteral("description")) == u"Juni, von Ben");

    // Both change the title: Anna is asked, keeps hers, and it wins on both.
    typeInto(form->titleEdit(), QStringLiteral("Dienstplan Juli (Anna)"));
    b.workspace().update(id, {{QStringLiteral("title"), QStringLiteral("Dienstplan Juli (Ben)")}});
    REQUIRE(b.waitForSync());
    REQUIRE(arrives(a, id, QStringLiteral("title"), QStringLiteral("Dienstplan Juli (Ben)")));
    QTest::mouseClick(detail->saveButton(), Qt::LeftButton);
    auto *dialog = detail->findChild<client::EditClashDialog *>();
    REQUIRE(dialog);
    CHECK(dialog->mineButton(QStringLiteral("description")) == nullptr);
    REQUIRE(dialog->mineButton(QStringLiteral("title")));
    CHECK(dialog->mineButton(QStringLiteral("title"))->text().contains(u"(Anna)"));
    CHECK(dialog->theirsButton(QStringLiteral("title"))->text().contains(u"(Ben)"));
    // Nothing chosen yet: Save waits for a choice.
    QPushButton *save = dialog->buttons()->button(QDialogButtonBox::Save);
    CHECK_FALSE(save->isEnabled());
    QTest::mouseClick(dialog->mineButton(QStringLiteral("title")), Qt::LeftButton);
    REQUIRE(save->isEnabled());
    QTest::mouseClick(save, Qt::LeftButton);
    REQUIRE(waitUntil([&] { return !detail->findChild<client::EditClashDialog *>(); }));
    CHECK(fieldOf(a, id, QStringLiteral("title")) == u"Dienstplan Juli (Anna)");
    REQUIRE(a.waitForSync());
    REQUIRE(arrives(b, id, QStringLiteral("title"), QStringLiteral("Dienstplan Juli (Anna)")));

    // Again, and Anna keeps Ben's title: it stays on both, her other
    // change (the description) is still saved.
    typeInto(form->titleEdit(), QStringLiteral("Dienstplan August (Anna)"));
    form->descriptionEdit()->setFocus();
    form->descriptionEdit()->selectAll();
    QTest::keyClicks(form->descriptionEdit(), QStringLiteral("August"));
    b.workspace().update(id,
                         {{QStringLiteral("title"), QStringLiteral("Dienstplan August (Ben)")}});
    REQUIRE(b.waitForSync());
    REQUIRE(arrives(a, id, QStringLiteral("title"), QStringLiteral("Dienstplan August (Ben)")));
    QTest::mouseClick(detail->saveButton(), Qt::LeftButton);
    dialog = detail->findChild<client::EditClashDialog *>();
    REQUIRE(dialog);
    QTest::mouseClick(dialog->theirsButton(QStringLiteral("title")), Qt::LeftButton);
    QTest::mouseClick(dialog->buttons()->button(QDialogButtonBox::Save), Qt::LeftButton);
    REQUIRE(waitUntil([&] { return !detail->findChild<client::EditClashDialog *>(); }));
    CHECK(fieldOf(a, id, QStringLiteral("title")) == u"Dienstplan August (Ben)");
    CHECK(fieldOf(a, id, QStringLiteral("description")) == u"August");
    CHECK(form->titleEdit()->text() == u"Dienstplan August (Ben)");
    REQUIRE(a.waitForSync());
    REQUIRE(arrives(b, id, QStringLiteral("description"), QStringLiteral("August")));
    CHECK(fieldOf(b, id, QStringLiteral("title")) == u"Dienstplan August (Ben)");
}

TEST_CASE("DocumentsPane: choosing another document with unsaved changes asks Save or Discard "
          "or Cancel",
          "[ui][documents]") {
    TwoEditors people;
    people.server.setMembership(people.team.id, people.anna.id, SpaceLevel::Author);
    test::UiSession a(people.server, people.anna.email, test::kDocumentPassword);
    REQUIRE(a.waitForSync());
    a.workspace().refresh();
    auto make = [&](const QString &title) {
        return a.workspace()
            .create(EntityType::Document, people.team.id,
                    {{QStringLiteral("title"), title},
                     {QStringLiteral("category"), QStringLiteral("formular")}})
            .meta.id;
    };
    const QString first = make(QStringLiteral("Antrag A"));
    const QString second = make(QStringLiteral("Antrag B"));
    client::DocumentsPane pane(a.workspace());
    pane.resize(1200, 800);
    pane.show();
    pane.showRecord(first);
    client::DocumentDetail *detail = pane.detail();
    REQUIRE(detail->documentId() == first);
    auto chooseRow = [&](const QString &id) {
        const QModelIndex index = pane.model()->index(pane.model()->rowOf(id), 0);
        QTest::mouseClick(pane.view()->viewport(), Qt::LeftButton, {},
                          pane.view()->visualRect(index).center());
    };

    // Cancel: the edited document and its row stay.
    typeInto(detail->form()->titleEdit(), QStringLiteral("Antrag A neu"));
    chooseRow(second);
    REQUIRE(detail->leaveQuestion());
    QTest::mouseClick(messageButton(detail->leaveQuestion(), QMessageBox::Cancel), Qt::LeftButton);
    REQUIRE(waitUntil([&] { return !detail->leaveQuestion(); }));
    CHECK(detail->documentId() == first);
    CHECK(detail->form()->titleEdit()->text() == u"Antrag A neu");
    CHECK(pane.model()->recordId(pane.view()->currentIndex().row()) == first);

    // Save: stored, then the other document is shown.
    chooseRow(second);
    REQUIRE(detail->leaveQuestion());
    QTest::mouseClick(messageButton(detail->leaveQuestion(), QMessageBox::Save), Qt::LeftButton);
    REQUIRE(waitUntil([&] { return detail->documentId() == second; }));
    CHECK(fieldOf(a, first, QStringLiteral("title")) == u"Antrag A neu");

    // Discard: a typed upload comment and an edit go, the other one shows.
    test::SourceFiles sources;
    const QString file = sources.write(QStringLiteral("antrag.pdf"), QByteArray("%PDF-1.4 B"));
    detail->files()->offerUpload({file});
    QTest::keyClicks(detail->files()->commentEdit(), QStringLiteral("Unterschrift fehlt"));
    chooseRow(first);
    REQUIRE(detail->leaveQuestion());
    // Cancel keeps the offered file and the comment.
    QTest::mouseClick(messageButton(detail->leaveQuestion(), QMessageBox::Cancel), Qt::LeftButton);
    REQUIRE(waitUntil([&] { return !detail->leaveQuestion(); }));
    CHECK(detail->documentId() == second);
    CHECK(detail->files()->hasOfferedUpload());
    CHECK(detail->files()->commentEdit()->text() == u"Unterschrift fehlt");
    // Another file dropped on the same document joins; the comment stays.
    const QString more = sources.write(QStringLiteral("anlage.pdf"), QByteArray("%PDF-1.4 C"));
    REQUIRE(test::dropFiles(detail, {more}));
    CHECK(detail->files()->commentEdit()->text() == u"Unterschrift fehlt");
    chooseRow(first);
    REQUIRE(detail->leaveQuestion());
    QTest::mouseClick(messageButton(detail->leaveQuestion(), QMessageBox::Discard), Qt::LeftButton);
    REQUIRE(waitUntil([&] { return detail->documentId() == first; }));
    CHECK_FALSE(detail->files()->hasOfferedUpload());
    CHECK(fieldOf(a, second, QStringLiteral("title")) == u"Antrag B");

    // Without changes nothing is asked.
    chooseRow(second);
    CHECK_FALSE(detail->leaveQuestion());
    CHECK(detail->documentId() == second);
}

TEST_CASE("DocumentOpener: programs and scripts are not opened and opened copies live in the "
          "profile until the session closes",
          "[ui][documents]") {
    TwoEditors people;
    people.server.setMembership(people.team.id, people.anna.id, SpaceLevel::Author);
    test::UiSession a(people.server, people.anna.email, test::kDocumentPassword);
    REQUIRE(a.waitForSync());
    a.workspace().refresh();
    test::SourceFiles sources;
    const QString runnable =
        sources.write(QStringLiteral("rechnung.pdf.exe"), QByteArray("MZ not a pdf"));
    const QString shown = sources.write(QStringLiteral("liste.txt"), QByteArray("Namen\n"));
    const QString copies = QDir(a.profileDirectory()).filePath(QStringLiteral("open"));
    {
        client::DocumentsPane pane(a.workspace());
        pane.resize(1200, 800);
        pane.show();
        const QString id = test::createDocument(pane, QStringLiteral("Rechnung"),
                                                QStringLiteral("formular"), {}, runnable);
        REQUIRE_FALSE(id.isEmpty());
        pane.showRecord(id);
        client::DocumentFilesPanel *files = pane.detail()->files();
        REQUIRE(waitUntil([&] { return files->history()->rowCount() == 1; }));
        files->historyView()->selectRow(0);
        test::FileProgram program;
        REQUIRE(files->openButton()->isEnabled());
        QTest::mouseClick(files->openButton(), Qt::LeftButton);
        auto *refused = files->findChild<QMessageBox *>(QStringLiteral("openRefused"));
        REQUIRE(refused);
        CHECK(refused->text().contains(u"rechnung.pdf.exe"));
        CHECK(files->statusLabel()->text().contains(u"program or script"));
        // "Save as…" is offered in the question.
        bool offersSave = false;
        for (QAbstractButton *button : refused->buttons())
            offersSave = offersSave || button->text().contains(u"Save");
        CHECK(offersSave);
        refused->reject();
        QApplication::processEvents();
        CHECK(program.opened.isEmpty());
        CHECK_FALSE((QFileInfo::exists(copies) && !QDir(copies).isEmpty()));

        // A document shows: its copy is in <profile>/open/.
        files->offerUpload({shown});
        QTest::mouseClick(files->sendButton(), Qt::LeftButton);
        REQUIRE(a.waitForSync());
        REQUIRE(waitUntil(
            [&] {
                return files->history()->rowCount() == 2
                       && !a.workspace().replica().counts().pending;
            },
            30000));
        files->historyView()->selectRow(0);
        REQUIRE(waitUntil([&] { return files->openButton()->isEnabled(); }, 30000));
        QTest::mouseClick(files->openButton(), Qt::LeftButton);
        REQUIRE(waitUntil([&] { return !program.opened.isEmpty(); }, 30000));
        const QString opened = program.opened.first().toLocalFile();
        CHECK(QFileInfo(opened).fileName() == u"liste.txt");
        CHECK(QDir::cleanPath(opened).startsWith(QDir::cleanPath(copies) + u'/'));
        // Opened again while the copy is there: the same copy.
        program.opened.clear();
        QTest::mouseClick(files->openButton(), Qt::LeftButton);
        REQUIRE(waitUntil([&] { return !program.opened.isEmpty(); }, 30000));
        CHECK(program.opened.first().toLocalFile() == opened);
        // Something else in the copy's place that cannot be replaced (a
        // program holding an older copy): a fresh folder, the same name.
        QFile::setPermissions(opened, QFile::ReadOwner | QFile::WriteOwner);
        REQUIRE(QFile::remove(opened));
        REQUIRE(QDir().mkpath(QDir(opened).filePath(QStringLiteral("locked"))));
        program.opened.clear();
        QTest::mouseClick(files->openButton(), Qt::LeftButton);
        REQUIRE(waitUntil([&] { return !program.opened.isEmpty(); }, 30000));
        const QString fresh = program.opened.first().toLocalFile();
        CHECK(fresh != opened);
        CHECK(QFileInfo(fresh).fileName() == u"liste.txt");
        CHECK(test::readAll(fresh) == QByteArray("Namen\n"));
        CHECK(QDir::cleanPath(fresh).startsWith(QDir::cleanPath(copies) + u'/'));
    }
    // The pane (and its opener) closed with the session's window.
    CHECK_FALSE(QFileInfo::exists(copies));
}
