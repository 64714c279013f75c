// SPDX-License-Identifier: GPL-3.0-or-later
// Who may do what in the documents section: a check-out blocks another
// member's upload (disabled, with the holder and the reason) until it is
// checked in; a guest reads documents and changes nothing.
#include "client/ui/documents/DocumentDetail.h"
#include "client/ui/documents/DocumentFilesPanel.h"
#include "client/ui/documents/DocumentForm.h"
#include "client/ui/documents/DocumentListColumns.h"
#include "client/ui/documents/DocumentUploadsView.h"
#include "client/ui/documents/DocumentsPane.h"
#include "client/ui/documents/VersionHistoryModel.h"
#include "client/ui/models/RecordListModel.h"
#include "tests/ui/documents/DocumentTesting.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <catch2/catch.hpp>

using namespace hn;
using client::DocumentListColumns;
using common::EntityType;
using common::GlobalRole;
using common::SpaceLevel;
using test::waitUntil;

namespace {

QJsonObject documentFields(const QString &title) {
    return {{QStringLiteral("title"), title},
            {QStringLiteral("category"), QStringLiteral("formular")}};
}

} // namespace

TEST_CASE("DocumentsPane: a check-out blocks another member's upload and shows the holder",
          "[ui][documents][checkout]") {
    test::TestServer server;
    const common::Space team = server.addSpace(QStringLiteral("Ausbildung und Arbeit"));
    const common::User carla = server.addUser(QStringLiteral("carla@kreis-beispiel.de"),
                                              test::kDocumentPassword, GlobalRole::Member);
    const common::User dirk = server.addUser(QStringLiteral("dirk@kreis-beispiel.de"),
                                             test::kDocumentPassword, GlobalRole::Member);
    server.setMembership(team.id, carla.id, SpaceLevel::Editor);
    server.setMembership(team.id, dirk.id, SpaceLevel::Author);
    test::UiSession editor(server, carla.email, test::kDocumentPassword);
    test::UiSession author(server, dirk.email, test::kDocumentPassword);
    REQUIRE(editor.waitForSync());
    REQUIRE(author.waitForSync());
    editor.workspace().refresh();
    author.workspace().refresh();

    // Dirk's own form, which he may change and upload to.
    const QString documentId =
        author.workspace()
            .create(EntityType::Document, team.id, documentFields(QStringLiteral("Antrag")))
            .meta.id;
    REQUIRE(author.waitForSync());

    client::DocumentsPane authorPane(author.workspace());
    authorPane.show();
    client::DocumentsPane editorPane(editor.workspace());
    editorPane.show();
    authorPane.showRecord(documentId);
    client::DocumentFilesPanel *authorFiles = authorPane.detail()->files();
    CHECK(authorFiles->uploadButton()->isEnabled());
    REQUIRE(waitUntil([&] { return editorPane.model()->rowOf(documentId) >= 0; }));
    editorPane.showRecord(documentId);

    // Carla checks it out.
    QPushButton *checkout = editorPane.detail()->checkoutButton();
    REQUIRE(checkout->isEnabled());
    QTest::mouseClick(checkout, Qt::LeftButton);
    REQUIRE(editor.waitForSync());
    REQUIRE(waitUntil([&] {
        return editorPane.detail()->checkoutLabel()->text().contains(QStringLiteral("until"));
    }));

    REQUIRE(waitUntil([&] {
        return authorPane.detail()->checkoutLabel()->text().contains(QStringLiteral("carla"));
    }));
    CHECK(test::listCell(authorPane, documentId, DocumentListColumns::CheckedOut)
              .startsWith(QStringLiteral("carla")));
    CHECK_FALSE(authorFiles->uploadButton()->isEnabled());
    CHECK(authorFiles->uploadButton()->toolTip().contains(QStringLiteral("carla")));
    CHECK(authorFiles->uploadButton()->toolTip().contains(QStringLiteral("only editors")));
    // Only Carla or a moderator may check it in.
    CHECK_FALSE(authorPane.detail()->checkoutButton()->isEnabled());
    CHECK_FALSE(authorPane.detail()->checkoutButton()->toolTip().isEmpty());
    // A dropped file is refused too.
    test::SourceFiles sources;
    const QString path = sources.write(QStringLiteral("Antrag.odt"), QByteArray("Antrag"));
    CHECK_FALSE(test::dropFiles(authorPane.detail(), {path}));

    // Checked in: Dirk may upload again.
    QTest::mouseClick(checkout, Qt::LeftButton);
    REQUIRE(editor.waitForSync());
    REQUIRE(waitUntil([&] { return authorFiles->uploadButton()->isEnabled(); }));
    CHECK(authorPane.detail()->checkoutLabel()->text().contains(QStringLiteral("Not checked")));
}

TEST_CASE("DocumentsPane: a guest reads documents and changes nothing", "[ui][documents][guest]") {
    test::TestServer server;
    const common::Space open = server.addSpace(QStringLiteral("Öffentlich"), true);
    const common::User emma = server.addUser(QStringLiteral("emma@kreis-beispiel.de"),
                                             test::kDocumentPassword, GlobalRole::Member);
    const common::User gast = server.addUser(QStringLiteral("gast@example.org"),
                                             test::kDocumentPassword, GlobalRole::Guest);
    server.setMembership(open.id, emma.id, SpaceLevel::Editor);
    test::UiSession staff(server, emma.email, test::kDocumentPassword);
    REQUIRE(staff.waitForSync());
    staff.workspace().refresh();
    const QString documentId =
        staff.workspace()
            .create(EntityType::Document, open.id, documentFields(QStringLiteral("Willkommen")))
            .meta.id;
    REQUIRE(staff.waitForSync());

    test::UiSession guest(server, gast.email, test::kDocumentPassword);
    REQUIRE(guest.waitForSync());
    guest.workspace().refresh();
    client::DocumentsPane pane(guest.workspace());
    QSignalSpy painted(&pane, &client::DocumentsPane::firstRowsPainted);
    pane.show();
    REQUIRE(waitUntil([&] { return pane.model()->rowOf(documentId) >= 0; }));
    REQUIRE(waitUntil([&] { return painted.count() == 1; }));
    pane.showRecord(documentId);
    client::DocumentDetail *detail = pane.detail();
    REQUIRE(detail->documentId() == documentId);
    CHECK(detail->form()->titleEdit()->text() == u"Willkommen");

    CHECK_FALSE(pane.newDocumentAction()->isEnabled());
    CHECK_FALSE(pane.newDocumentAction()->toolTip().isEmpty());
    CHECK(detail->form()->titleEdit()->isReadOnly());
    CHECK_FALSE(detail->form()->categoryBox()->isEnabled());
    for (QPushButton *button :
         {detail->saveButton(), detail->deleteButton(), detail->checkoutButton(),
          detail->files()->uploadButton(), detail->files()->restoreButton()}) {
        INFO(button->text().toStdString());
        CHECK_FALSE(button->isEnabled());
        CHECK_FALSE(button->toolTip().isEmpty());
    }
    test::SourceFiles sources;
    const QString path = sources.write(QStringLiteral("x.txt"), QByteArray("x"));
    CHECK_FALSE(test::dropFiles(detail, {path}));
    // Keeping a file offline is reading, not changing.
    CHECK(detail->keepOfflineBox()->isEnabled());
}

TEST_CASE("DocumentsPane: a refused upload stops with the server's reason, and an editor "
          "overrides a check-out after confirming",
          "[ui][documents][checkout]") {
    test::TestServer server;
    const common::Space team = server.addSpace(QStringLiteral("Ausbildung und Arbeit"));
    const common::User carla = server.addUser(QStringLiteral("carla@kreis-beispiel.de"),
                                              test::kDocumentPassword, GlobalRole::Member);
    const common::User dirk = server.addUser(QStringLiteral("dirk@kreis-beispiel.de"),
                                             test::kDocumentPassword, GlobalRole::Member);
    server.setMembership(team.id, carla.id, SpaceLevel::Editor);
    server.setMembership(team.id, dirk.id, SpaceLevel::Author);
    test::UiSession editor(server, carla.email, test::kDocumentPassword);
    test::UiSession author(server, dirk.email, test::kDocumentPassword);
    REQUIRE(editor.waitForSync());
    REQUIRE(author.waitForSync());
    editor.workspace().refresh();
    author.workspace().refresh();
    const QString documentId =
        author.workspace()
            .create(EntityType::Document, team.id, documentFields(QStringLiteral("Antrag")))
            .meta.id;
    REQUIRE(author.waitForSync());

    client::DocumentsPane authorPane(author.workspace());
    authorPane.show();
    client::DocumentsPane editorPane(editor.workspace());
    editorPane.show();
    authorPane.showRecord(documentId);
    REQUIRE(waitUntil([&] { return editorPane.model()->rowOf(documentId) >= 0; }));
    editorPane.showRecord(documentId);
    client::DocumentFilesPanel *authorFiles = authorPane.detail()->files();
    client::DocumentFilesPanel *editorFiles = editorPane.detail()->files();
    test::SourceFiles sources;

    // Carla checks the document out while Dirk's device does not sync
    // (his engine stopped, his file transfers still running): his device
    // does not know of the lock, so he uploads, and the server refuses.
    author.workspace().engine()->stop();
    QTest::mouseClick(editorPane.detail()->checkoutButton(), Qt::LeftButton);
    REQUIRE(editor.waitForSync());
    CHECK(authorFiles->uploadButton()->isEnabled());
    const QString draft = sources.write(QStringLiteral("Antrag v1.odt"), QByteArray(4000, 'a'));
    REQUIRE(test::dropFiles(authorPane.detail(), {draft}));
    QTest::mouseClick(authorFiles->sendButton(), Qt::LeftButton);

    // The server refuses it; the entry stays with the reason until Dirk
    // decides.
    REQUIRE(waitUntil([&] {
        return authorFiles->uploads()->list()->count() == 1
               && authorFiles->uploads()->list()->item(0)->text().contains(
                   QStringLiteral("stopped"));
    }));
    CHECK(authorFiles->uploads()->list()->item(0)->text().contains(QStringLiteral("carla")));
    CHECK(authorFiles->uploads()->list()->isVisible());
    authorFiles->uploads()->list()->setCurrentRow(0);
    CHECK(authorFiles->uploads()->retryButton()->isEnabled());
    REQUIRE(authorFiles->uploads()->discardButton()->isEnabled());
    QTest::mouseClick(authorFiles->uploads()->discardButton(), Qt::LeftButton);
    REQUIRE(waitUntil([&] { return authorFiles->uploads()->list()->count() == 0; }));
    CHECK(authorFiles->history()->rowCount() == 0);
    author.workspace().engine()->start();

    // Carla checks in; Dirk checks out; Carla, an editor, may still upload,
    // after confirming that this releases Dirk's check-out.
    QTest::mouseClick(editorPane.detail()->checkoutButton(), Qt::LeftButton);
    REQUIRE(editor.waitForSync());
    REQUIRE(waitUntil([&] { return authorPane.detail()->checkoutButton()->isEnabled(); }));
    REQUIRE(waitUntil([&] {
        return authorPane.detail()->checkoutLabel()->text().contains(QStringLiteral("Not"));
    }));
    QTest::mouseClick(authorPane.detail()->checkoutButton(), Qt::LeftButton);
    REQUIRE(author.waitForSync());
    REQUIRE(waitUntil([&] {
        return editorPane.detail()->checkoutLabel()->text().contains(QStringLiteral("dirk"));
    }));
    REQUIRE(editorFiles->uploadButton()->isEnabled());
    const QString final = sources.write(QStringLiteral("Antrag final.odt"), QByteArray(5000, 'b'));
    REQUIRE(test::dropFiles(editorPane.detail(), {final}));
    QTest::mouseClick(editorFiles->sendButton(), Qt::LeftButton);
    auto *confirm = editorPane.findChild<QMessageBox *>();
    REQUIRE(confirm);
    CHECK(confirm->text().contains(QStringLiteral("dirk")));
    QTest::mouseClick(confirm->button(QMessageBox::Yes), Qt::LeftButton);
    REQUIRE(waitUntil([&] { return editorFiles->history()->rowCount() == 1; }, 30000));
    REQUIRE(waitUntil([&] {
        return authorPane.detail()->checkoutLabel()->text().contains(QStringLiteral("Not"));
    }));
    REQUIRE(waitUntil([&] { return authorFiles->history()->rowCount() == 1; }));

    // Carla's device is not syncing when Dirk checks out again: her upload
    // stops at the server's refusal, and she sends it again over the lock.
    editor.workspace().engine()->stop();
    QTest::mouseClick(authorPane.detail()->checkoutButton(), Qt::LeftButton);
    REQUIRE(author.waitForSync());
    const QString late = sources.write(QStringLiteral("Antrag spaet.odt"), QByteArray(3000, 'c'));
    REQUIRE(test::dropFiles(editorPane.detail(), {late}));
    QTest::mouseClick(editorFiles->sendButton(), Qt::LeftButton);
    CHECK_FALSE(editorPane.findChild<QMessageBox *>());
    client::DocumentUploadsView *uploads = editorFiles->uploads();
    REQUIRE(waitUntil([&] {
        return uploads->count() == 1
               && uploads->list()->item(0)->text().contains(QStringLiteral("stopped"));
    }));
    uploads->list()->setCurrentRow(0);
    REQUIRE(uploads->retryButton()->isEnabled());
    QTest::mouseClick(uploads->retryButton(), Qt::LeftButton);
    confirm = editorPane.findChild<QMessageBox *>();
    REQUIRE(confirm);
    QTest::mouseClick(confirm->button(QMessageBox::Yes), Qt::LeftButton);
    REQUIRE(waitUntil([&] { return uploads->count() == 0; }, 30000));
    editor.workspace().engine()->start();
    REQUIRE(waitUntil([&] { return editorFiles->history()->rowCount() == 2; }, 30000));
}

TEST_CASE("DocumentsPane: a moderator checks in another's check-out after confirming",
          "[ui][documents][checkout]") {
    test::TestServer server;
    const common::Space team = server.addSpace(QStringLiteral("Engagement und Ehrenamt"));
    const common::User carla = server.addUser(QStringLiteral("carla@kreis-beispiel.de"),
                                              test::kDocumentPassword, GlobalRole::Member);
    const common::User mira = server.addUser(QStringLiteral("mira@kreis-beispiel.de"),
                                             test::kDocumentPassword, GlobalRole::Member);
    server.setMembership(team.id, carla.id, SpaceLevel::Editor);
    server.setMembership(team.id, mira.id, SpaceLevel::Moderator);
    test::UiSession editor(server, carla.email, test::kDocumentPassword);
    test::UiSession moderator(server, mira.email, test::kDocumentPassword);
    REQUIRE(editor.waitForSync());
    REQUIRE(moderator.waitForSync());
    editor.workspace().refresh();
    moderator.workspace().refresh();
    const QString documentId =
        editor.workspace()
            .create(EntityType::Document, team.id, documentFields(QStringLiteral("Dienstplan")))
            .meta.id;
    REQUIRE(editor.waitForSync());

    client::DocumentsPane editorPane(editor.workspace());
    editorPane.show();
    editorPane.showRecord(documentId);
    QTest::mouseClick(editorPane.detail()->checkoutButton(), Qt::LeftButton);
    REQUIRE(editor.waitForSync());

    client::DocumentsPane moderatorPane(moderator.workspace());
    moderatorPane.show();
    REQUIRE(waitUntil([&] { return moderatorPane.model()->rowOf(documentId) >= 0; }));
    moderatorPane.showRecord(documentId);
    client::DocumentDetail *detail = moderatorPane.detail();
    REQUIRE(waitUntil(
        [&] { return detail->checkoutLabel()->text().contains(QStringLiteral("carla")); }));
    QPushButton *checkIn = detail->checkoutButton();
    REQUIRE(checkIn->isEnabled());

    // Declined: nothing changes.
    QTest::mouseClick(checkIn, Qt::LeftButton);
    auto *confirm = moderatorPane.findChild<QMessageBox *>();
    REQUIRE(confirm);
    QTest::mouseClick(confirm->button(QMessageBox::No), Qt::LeftButton);
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    CHECK(detail->checkoutLabel()->text().contains(QStringLiteral("carla")));

    QTest::mouseClick(checkIn, Qt::LeftButton);
    confirm = moderatorPane.findChild<QMessageBox *>();
    REQUIRE(confirm);
    QTest::mouseClick(confirm->button(QMessageBox::Yes), Qt::LeftButton);
    REQUIRE(moderator.waitForSync());
    CHECK(moderator.workspace().replica().counts().rejected == 0);
    REQUIRE(waitUntil([&] {
        return editorPane.detail()->checkoutLabel()->text().contains(QStringLiteral("Not"));
    }));

    // A moderator deletes any document, after confirming.
    REQUIRE(detail->deleteButton()->isEnabled());
    QTest::mouseClick(detail->deleteButton(), Qt::LeftButton);
    confirm = moderatorPane.findChild<QMessageBox *>();
    REQUIRE(confirm);
    QTest::mouseClick(confirm->button(QMessageBox::Yes), Qt::LeftButton);
    CHECK(moderatorPane.model()->rowOf(documentId) < 0);
    CHECK(detail->documentId().isEmpty());
    REQUIRE(moderator.waitForSync());
    REQUIRE(waitUntil([&] { return editorPane.detail()->documentId().isEmpty(); }));
    CHECK(editorPane.model()->rowCount() == 0);
}
