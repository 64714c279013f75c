// SPDX-License-Identifier: GPL-3.0-or-later
// The documents section against a real server: a document created with a
// first file, a second version dropped on it, opened on another device
// (downloaded on demand), kept offline, an old version restored, and an
// upload queued while the server is down that goes out when it is back.
#include "client/ui/documents/DocumentsPane.h"

#include "client/core/FileCache.h"
#include "client/ui/documents/DocumentDetail.h"
#include "client/ui/documents/DocumentFilesPanel.h"
#include "client/ui/documents/DocumentForm.h"
#include "client/ui/documents/DocumentListColumns.h"
#include "client/ui/documents/DocumentUploadsView.h"
#include "client/ui/documents/NewDocumentDialog.h"
#include "client/ui/documents/VersionHistoryModel.h"
#include "client/ui/models/RecordListModel.h"
#include "tests/ui/documents/DocumentTesting.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QFileDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>
#include <QTest>
#include <catch2/catch.hpp>

using namespace hn;
using client::DocumentListColumns;
using client::VersionHistoryModel;
using common::GlobalRole;
using common::SpaceLevel;
using test::waitUntil;

namespace {

QByteArray content(const char *text, int repeat) {
    QByteArray bytes;
    for (int i = 0; i < repeat; ++i)
        bytes += QByteArray(text) + QByteArray::number(i) + '\n';
    return bytes;
}

} // namespace

TEST_CASE("DocumentsPane: create with a file, drop a new version, open it on another device, "
          "keep it offline, restore the first version",
          "[ui][documents]") {
    test::TestServer server;
    const common::Space team = server.addSpace(QStringLiteral("Soziale Betreuung"));
    const common::User anna = server.addUser(QStringLiteral("anna@kreis-beispiel.de"),
                                             test::kDocumentPassword, GlobalRole::Member);
    const common::User ben = server.addUser(QStringLiteral("ben@kreis-beispiel.de"),
                                            test::kDocumentPassword, GlobalRole::Member);
    server.setMembership(team.id, anna.id, SpaceLevel::Author);
    server.setMembership(team.id, ben.id, SpaceLevel::Reader);
    test::UiSession first(server, anna.email, test::kDocumentPassword);
    test::UiSession second(server, ben.email, test::kDocumentPassword);
    REQUIRE(first.waitForSync());
    REQUIRE(second.waitForSync());
    first.workspace().refresh();
    second.workspace().refresh();

    client::DocumentsPane pane(first.workspace());
    pane.resize(1200, 800);
    pane.show();
    QAbstractItemModelTester listTester(pane.model(),
                                        QAbstractItemModelTester::FailureReportingMode::Fatal);
    client::DocumentFilesPanel *files = pane.detail()->files();
    QAbstractItemModelTester historyTester(files->history(),
                                           QAbstractItemModelTester::FailureReportingMode::Fatal);

    test::SourceFiles sources;
    const QByteArray v1 = content("Sprachkurse im Landkreis, Stand Mai ", 3000);
    const QByteArray v2 = content("Sprachkurse im Landkreis, Stand Juni ", 3500);
    const QString v1Path = sources.write(QStringLiteral("Flyer Sprachkurse.pdf"), v1);
    const QString v2Path = sources.write(QStringLiteral("Flyer Sprachkurse Juni.pdf"), v2);

    // A missing title is refused at the field, and nothing is created.
    pane.newDocumentAction()->trigger();
    auto *dialog = pane.findChild<client::NewDocumentDialog *>();
    REQUIRE(dialog);
    QTest::mouseClick(dialog->okButton(), Qt::LeftButton);
    CHECK(dialog->isVisible());
    CHECK(dialog->form()->titleEdit()->styleSheet().contains(QStringLiteral("border")));
    CHECK(pane.model()->rowCount() == 0);
    dialog->reject();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);

    const QString documentId =
        test::createDocument(pane, QStringLiteral("Flyer Sprachkurse"), QStringLiteral("flyer"),
                             QStringLiteral("Sprache, Kurse"), v1Path);
    REQUIRE_FALSE(documentId.isEmpty());
    REQUIRE(pane.model()->rowCount() == 1);
    CHECK(pane.detail()->documentId() == documentId);
    CHECK(test::listCell(pane, documentId, DocumentListColumns::Category) == u"Flyer");
    CHECK(test::listCell(pane, documentId, DocumentListColumns::Tags) == u"Sprache, Kurse");

    // The upload waits for the document's push, then the version arrives.
    REQUIRE(waitUntil([&] { return files->history()->rowCount() == 1; }, 30000));
    CHECK(files->history()->version(0).fileName == u"Flyer Sprachkurse.pdf");
    CHECK(files->history()->version(0).size == v1.size());
    REQUIRE(waitUntil([&] {
        return test::listCell(pane, documentId, DocumentListColumns::Version).startsWith(u'1');
    }));
    CHECK_FALSE(test::listCell(pane, documentId, DocumentListColumns::Size).isEmpty());
    // The uploaded copy became the cached file.
    // (once the transfer thread has moved it there; the version may be
    // pulled a moment before).
    REQUIRE(waitUntil([&] {
        return test::listCell(pane, documentId, DocumentListColumns::FileState)
               == u"On this device";
    }));
    CHECK(files->history()->index(0, VersionHistoryModel::Uploader).data().toString() == u"anna");

    // Filters: by tag (values from the documents), by category, by words.
    // (read when the person turns to the tag filter)
    QFocusEvent focus(QEvent::FocusIn, Qt::TabFocusReason);
    QApplication::sendEvent(pane.tagFilter(), &focus);
    REQUIRE(pane.tagFilter()->findData(QStringLiteral("Kurse")) > 0);
    pane.tagFilter()->setCurrentIndex(pane.tagFilter()->findData(QStringLiteral("Kurse")));
    CHECK(pane.model()->rowCount() == 1);
    pane.categoryFilter()->setCurrentIndex(
        pane.categoryFilter()->findData(QStringLiteral("protokoll")));
    CHECK(pane.model()->rowCount() == 0);
    pane.categoryFilter()->setCurrentIndex(0);
    pane.tagFilter()->setCurrentIndex(0);
    QTest::keyClicks(pane.searchField(), QStringLiteral("sprachk"));
    CHECK(pane.model()->rowCount() == 1);
    pane.searchField()->clear();
    REQUIRE(pane.model()->rowCount() == 1);
    pane.view()->selectRow(0);
    REQUIRE(pane.detail()->documentId() == documentId);

    // Editing the fields: an empty title is refused at the field and what
    // was typed stays; a good one is saved and listed.
    client::DocumentForm *form = pane.detail()->form();
    form->titleEdit()->selectAll();
    QTest::keyClick(form->titleEdit(), Qt::Key_Delete);
    QTest::keyClicks(form->descriptionEdit(), QStringLiteral("Kurse ab Juni"));
    REQUIRE(pane.detail()->saveButton()->isEnabled());
    QTest::mouseClick(pane.detail()->saveButton(), Qt::LeftButton);
    CHECK(form->titleEdit()->styleSheet().contains(QStringLiteral("border")));
    CHECK(form->descriptionEdit()->toPlainText() == u"Kurse ab Juni");
    CHECK(test::listCell(pane, documentId, DocumentListColumns::Title) == u"Flyer Sprachkurse");
    QTest::keyClicks(form->titleEdit(), QStringLiteral("Flyer Sprachkurse 2026"));
    QTest::mouseClick(pane.detail()->saveButton(), Qt::LeftButton);
    CHECK(form->titleEdit()->styleSheet().isEmpty());
    CHECK(test::listCell(pane, documentId, DocumentListColumns::Title)
          == u"Flyer Sprachkurse 2026");
    CHECK_FALSE(pane.detail()->saveButton()->isEnabled());

    // A second version, dropped on the document, with a comment.
    REQUIRE(test::dropFiles(pane.detail(), {v2Path}));
    REQUIRE(files->commentEdit()->isVisible());
    QTest::keyClicks(files->commentEdit(), QStringLiteral("Neue Termine im Juni"));
    QTest::mouseClick(files->sendButton(), Qt::LeftButton);
    CHECK_FALSE(files->commentEdit()->isVisible());
    REQUIRE(waitUntil([&] { return files->history()->rowCount() == 2; }, 30000));
    CHECK(files->history()->number(0) == 2);
    CHECK(files->history()->index(0, VersionHistoryModel::Comment).data().toString()
          == u"Neue Termine im Juni");
    REQUIRE(waitUntil([&] {
        return test::listCell(pane, documentId, DocumentListColumns::Version).startsWith(u'2');
    }));

    // Another device: listed without the file, downloaded when opened.
    client::DocumentsPane otherPane(second.workspace());
    otherPane.resize(1200, 800);
    otherPane.show();
    QAbstractItemModelTester otherTester(otherPane.model(),
                                         QAbstractItemModelTester::FailureReportingMode::Fatal);
    client::DocumentFilesPanel *otherFiles = otherPane.detail()->files();
    REQUIRE(waitUntil([&] {
        return test::listCell(otherPane, documentId, DocumentListColumns::Version).startsWith(u'2');
    }));
    otherPane.showRecord(documentId);
    REQUIRE(otherPane.detail()->documentId() == documentId);
    REQUIRE(otherFiles->history()->rowCount() == 2);
    CHECK(test::listCell(otherPane, documentId, DocumentListColumns::FileState)
          == u"Not on this device");
    CHECK(otherFiles->history()->index(0, VersionHistoryModel::OnDevice).data().toString()
          == u"No");
    // A reader may open but not change it.
    CHECK_FALSE(otherFiles->uploadButton()->isEnabled());
    CHECK_FALSE(otherFiles->uploadButton()->toolTip().isEmpty());
    CHECK_FALSE(otherPane.detail()->saveButton()->isEnabled());
    {
        test::FileProgram program;
        REQUIRE(otherFiles->openButton()->isEnabled());
        QTest::mouseClick(otherFiles->openButton(), Qt::LeftButton);
        REQUIRE(waitUntil([&] { return !program.opened.isEmpty(); }, 30000));
        const QString opened = program.opened.first().toLocalFile();
        CHECK(opened.endsWith(QStringLiteral("Flyer Sprachkurse Juni.pdf")));
        CHECK(test::readAll(opened) == v2);
    }
    REQUIRE(waitUntil([&] {
        return otherFiles->history()->index(0, VersionHistoryModel::OnDevice).data().toString()
               == u"Yes";
    }));

    // Save as: a copy where the person chooses.
    QTemporaryDir saved;
    const QString target = saved.filePath(QStringLiteral("kopie.pdf"));
    otherFiles->historyView()->selectRow(1);
    QTest::mouseClick(otherFiles->saveAsButton(), Qt::LeftButton);
    auto *saveDialog = otherPane.findChild<QFileDialog *>();
    REQUIRE(saveDialog);
    saveDialog->selectFile(target);
    static_cast<QDialog *>(saveDialog)->accept();
    REQUIRE(waitUntil([&] { return test::readAll(target) == v1; }, 30000));

    // Kept offline: pinned, and not evicted even with no cache room at all.
    QTest::mouseClick(otherPane.detail()->keepOfflineBox(), Qt::LeftButton);
    client::FileCache &otherCache = second.workspace().fileCache();
    CHECK(otherCache.isPinned(documentId));
    CHECK(test::listCell(otherPane, documentId, DocumentListColumns::FileState) == u"Kept offline");
    otherCache.setCapBytes(0);
    const QString current = otherFiles->history()->version(0).versionId;
    CHECK(otherCache.contains(current));
    CHECK_FALSE(otherCache.contains(otherFiles->history()->version(1).versionId));

    // Restore the first version: a third version with the first one's file.
    files->historyView()->selectRow(0);
    CHECK_FALSE(files->restoreButton()->isEnabled()); // already current
    files->historyView()->selectRow(1);
    REQUIRE(files->restoreButton()->isEnabled());
    QTest::mouseClick(files->restoreButton(), Qt::LeftButton);
    REQUIRE(waitUntil([&] { return files->history()->rowCount() == 3; }, 30000));
    CHECK(files->history()->version(0).sha256 == files->history()->version(2).sha256);
    REQUIRE(waitUntil([&] { return otherFiles->history()->rowCount() == 3; }, 30000));
    // The pinned document's new current version is fetched ahead.
    REQUIRE(waitUntil(
        [&] { return otherCache.contains(otherFiles->history()->version(0).versionId); }, 30000));

    // The whole area kept offline, on the first device.
    QTest::mouseClick(pane.detail()->spaceOfflineBox(), Qt::LeftButton);
    CHECK(first.workspace().fileCache().isSpaceOffline(team.id));
    CHECK(test::listCell(pane, documentId, DocumentListColumns::FileState) == u"Area kept offline");
}

TEST_CASE("DocumentsPane: a version queued while the server is down goes out when it is back",
          "[ui][documents][offline]") {
    test::TestServer server;
    const common::Space team = server.addSpace(QStringLiteral("Unterkunft"));
    const common::User anna = server.addUser(QStringLiteral("anna@kreis-beispiel.de"),
                                             test::kDocumentPassword, GlobalRole::Member);
    server.setMembership(team.id, anna.id, SpaceLevel::Author);
    test::UiSession session(server, anna.email, test::kDocumentPassword);
    REQUIRE(session.waitForSync());
    session.workspace().refresh();

    client::DocumentsPane pane(session.workspace());
    pane.resize(1200, 800);
    pane.show();
    client::DocumentFilesPanel *files = pane.detail()->files();
    test::SourceFiles sources;
    const QByteArray first = content("Zimmer frei ", 400);
    const QString firstPath = sources.write(QStringLiteral("Belegung Mai.ods"), first);
    const QString documentId = test::createDocument(pane, QStringLiteral("Belegungsliste"),
                                                    QStringLiteral("liste"), QString(), firstPath);
    REQUIRE_FALSE(documentId.isEmpty());
    REQUIRE(waitUntil([&] { return files->history()->rowCount() == 1; }, 30000));
    REQUIRE(session.waitForSync());
    // As if the cache had evicted it: opening needs the server.
    session.workspace().fileCache().drop(files->history()->version(0).versionId);

    server.stop();
    session.workspace().engine()->syncNow();
    REQUIRE(waitUntil([&] { return !session.workspace().transfers()->isOnline(); }, 30000));

    test::FileProgram program;
    files->historyView()->selectRow(0);
    QTest::mouseClick(files->openButton(), Qt::LeftButton);
    CHECK(files->statusLabel()->text().contains(QStringLiteral("when the connection is back")));

    const QByteArray bytes = content("Zimmer ", 500);
    const QString path = sources.write(QStringLiteral("Belegung.ods"), bytes);
    // Dropped on the document's row in the list this time.
    const int row = pane.model()->rowOf(documentId);
    REQUIRE(row >= 0);
    const QPoint onRow = pane.view()->visualRect(pane.model()->index(row, 0)).center();
    CHECK_FALSE(test::dropFiles(pane.view()->viewport(), {path}, QPoint(5, 700)));
    REQUIRE(test::dropFiles(pane.view()->viewport(), {path}, onRow));
    REQUIRE(pane.detail()->documentId() == documentId);
    QTest::keyClicks(files->commentEdit(), QStringLiteral("offline erfasst"));
    QTest::keyClick(files->commentEdit(), Qt::Key_Return);
    CHECK(files->statusLabel()->text().contains(QStringLiteral("when the connection is back")));
    REQUIRE(waitUntil([&] { return files->uploads()->list()->count() == 1; }));
    CHECK(files->uploads()->list()->item(0)->text().contains(QStringLiteral("Belegung.ods")));
    CHECK(files->history()->rowCount() == 1);
    CHECK(program.opened.isEmpty());

    server.start();
    // The file asked for opens once it is back, and the queued version goes out.
    REQUIRE(waitUntil([&] { return !program.opened.isEmpty(); }, 30000));
    CHECK(test::readAll(program.opened.first().toLocalFile()) == first);
    REQUIRE(waitUntil([&] { return files->history()->rowCount() == 2; }, 30000));
    CHECK(files->history()->index(0, VersionHistoryModel::Comment).data().toString()
          == u"offline erfasst");
    REQUIRE(waitUntil([&] { return files->uploads()->list()->count() == 0; }));
}

TEST_CASE("DocumentsPane without a session: cached files open, others say why, uploads wait for "
          "the next login",
          "[ui][documents][offline]") {
    test::TestServer server;
    const common::Space team = server.addSpace(QStringLiteral("Medizinische Versorgung"));
    const common::User anna = server.addUser(QStringLiteral("anna@kreis-beispiel.de"),
                                             test::kDocumentPassword, GlobalRole::Member);
    server.setMembership(team.id, anna.id, SpaceLevel::Author);
    test::UiSession session(server, anna.email, test::kDocumentPassword);
    REQUIRE(session.waitForSync());
    session.workspace().refresh();

    test::SourceFiles sources;
    const QByteArray kept = content("Impftermine ", 300);
    const QByteArray gone = content("Sprechzeiten ", 300);
    QString keptVersion;
    QString goneVersion;
    QString keptDocument;
    {
        client::DocumentsPane pane(session.workspace());
        pane.show();
        client::DocumentFilesPanel *files = pane.detail()->files();
        keptDocument =
            test::createDocument(pane, QStringLiteral("Impfungen"), QStringLiteral("liste"),
                                 QString(), sources.write(QStringLiteral("Impfungen.txt"), kept));
        REQUIRE(waitUntil([&] { return files->history()->rowCount() == 1; }, 30000));
        keptVersion = files->history()->version(0).versionId;
        const QString other = test::createDocument(
            pane, QStringLiteral("Sprechzeiten"), QStringLiteral("liste"), QString(),
            sources.write(QStringLiteral("Sprechzeiten.txt"), gone));
        REQUIRE(waitUntil([&] { return files->history()->rowCount() == 1; }, 30000));
        goneVersion = files->history()->version(0).versionId;
        REQUIRE(session.waitForSync());
        REQUIRE(waitUntil([&] { return session.workspace().fileCache().contains(goneVersion); }));
        session.workspace().fileCache().drop(goneVersion);
        REQUIRE_FALSE(other.isEmpty());
    }
    session.workspace().stop();

    // The profile opened offline, as at a start without the server.
    common::SystemClock clock;
    client::Workspace::Options options = session.workspace().options();
    options.token.clear();
    client::Workspace offline(options, clock);
    REQUIRE(offline.transfers() == nullptr);
    client::DocumentsPane pane(offline);
    pane.show();
    client::DocumentFilesPanel *files = pane.detail()->files();
    test::FileProgram program;

    pane.showRecord(goneVersion);
    REQUIRE(files->history()->rowCount() == 1);
    QTest::mouseClick(files->openButton(), Qt::LeftButton);
    CHECK(files->statusLabel()->text().contains(QStringLiteral("Log in")));
    CHECK(program.opened.isEmpty());

    pane.showRecord(keptDocument);
    QTest::mouseClick(files->openButton(), Qt::LeftButton);
    REQUIRE(program.opened.size() == 1);
    CHECK(test::readAll(program.opened.first().toLocalFile()) == kept);

    const QByteArray next = content("Impftermine neu ", 300);
    REQUIRE(
        test::dropFiles(pane.detail(), {sources.write(QStringLiteral("Impfungen 2.txt"), next)}));
    QTest::keyClicks(files->commentEdit(), QStringLiteral("ohne Verbindung"));
    QTest::mouseClick(files->sendButton(), Qt::LeftButton);
    CHECK(files->statusLabel()->text().contains(QStringLiteral("when the connection is back")));
    REQUIRE(files->uploads()->list()->count() == 1);
    CHECK(test::listCell(pane, keptDocument, DocumentListColumns::FileState)
          == u"Waiting to upload");

    // The next login sends it.
    session.workspace().start();
    REQUIRE(waitUntil(
        [&] {
            const std::optional<common::Record> document =
                session.workspace().replica().record(keptDocument);
            return document
                   && document->fields.value(QStringLiteral("current_version_id")).toString()
                          != keptVersion;
        },
        30000));
}
