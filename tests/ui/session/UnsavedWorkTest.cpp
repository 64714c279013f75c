// SPDX-License-Identifier: GPL-3.0-or-later
// Closing the window or logging out with something typed and not stored
// (here a contact being written) asks first: Cancel keeps the window and
// the input, Discard goes on.
#include "client/ui/contacts/ContactEditor.h"
#include "client/ui/contacts/ContactsPane.h"
#include "client/ui/discussions/DiscussionsPane.h"
#include "client/ui/discussions/PostEditor.h"
#include "client/ui/discussions/ThreadView.h"
#include "client/ui/documents/DocumentDetail.h"
#include "client/ui/documents/DocumentForm.h"
#include "client/ui/documents/DocumentsPane.h"
#include "client/ui/session/ClientSession.h"
#include "client/ui/shell/MainWindow.h"
#include "client/ui/shell/Workspace.h"
#include "tests/ui/session/SessionFixture.h"
#include "tests/ui/support/UiSession.h"

#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <catch2/catch.hpp>

using namespace hn;
using test::SessionFixture;
using test::waitUntil;

namespace {

// Opens a new contact in the window and types a family name into it.
client::ContactEditor *writeContact(client::MainWindow &window) {
    window.showSection(client::MainWindow::Contacts);
    client::ContactsPane *contacts = window.contacts();
    REQUIRE(waitUntil([&] { return contacts->newAction()->isEnabled(); }));
    contacts->newContact();
    client::ContactEditor *editor = contacts->editor();
    REQUIRE(editor != nullptr);
    REQUIRE(waitUntil([&] { return editor->isVisible(); }));
    CHECK_FALSE(window.hasUnsavedWork()); // opened, nothing typed yet
    auto *family = qobject_cast<QLineEdit *>(editor->input(QStringLiteral("family_name")));
    REQUIRE(family);
    family->setFocus();
    QTest::keyClicks(family, QStringLiteral("Unfertig"));
    CHECK(window.hasUnsavedWork());
    return editor;
}

// Logs in and closes the notice that the token is kept in memory only
// (a window-modal box that would take the typing).
void logIn(SessionFixture &fixture, client::ClientSession &session) {
    fixture.logInAndSync(session);
    if (QMessageBox *notice = test::messageBox(QStringLiteral("keychainNotice"))) {
        notice->accept();
        REQUIRE(waitUntil(
            [] { return test::messageBox(QStringLiteral("keychainNotice")) == nullptr; }));
    }
}

// Waits until local records reached the server and the round is over, so
// no refresh is due while the test types.
void waitForRound(client::Workspace &workspace) {
    client::SyncEngine *engine = workspace.engine();
    REQUIRE(engine);
    REQUIRE(waitUntil([&] {
        const client::SyncCounts counts = workspace.replica().counts();
        return counts.pending + counts.inFlight == 0
               && engine->state() == client::SyncEngine::State::Idle;
    }));
}

QString familyName(client::ContactEditor &editor) {
    return qobject_cast<QLineEdit *>(editor.input(QStringLiteral("family_name")))->text();
}

} // namespace

TEST_CASE("unsaved work: closing the window with a contact being written asks first") {
    SessionFixture fixture;
    auto session = fixture.session();
    logIn(fixture, *session);
    client::MainWindow *window = session->mainWindow();
    client::ContactEditor *editor = writeContact(*window);
    const QPointer<client::ContactEditor> editorAlive = editor;
    QSignalSpy quit(session.get(), &client::ClientSession::quitRequested);

    window->close();
    REQUIRE(waitUntil([&] { return window->discardQuestion() != nullptr; }));
    QMessageBox *question = window->discardQuestion();
    CHECK(question->isVisible());
    CHECK(window->isVisible());

    SECTION("cancel keeps the window and what was typed") {
        QTest::mouseClick(question->button(QMessageBox::Cancel), Qt::LeftButton);
        REQUIRE(waitUntil([&] { return window->discardQuestion() == nullptr; }));
        QCoreApplication::processEvents();
        CHECK(quit.isEmpty());
        CHECK(window->isVisible());
        REQUIRE(editorAlive);
        CHECK(familyName(*editor) == QStringLiteral("Unfertig"));
    }
    SECTION("discard closes the window and the program ends") {
        QTest::mouseClick(question->findChild<QPushButton *>(QStringLiteral("discard")),
                          Qt::LeftButton);
        REQUIRE(waitUntil([&] { return quit.count() == 1; }));
        CHECK_FALSE(window->isVisible());
    }
}

TEST_CASE("unsaved work: logging out with a contact being written asks first") {
    SessionFixture fixture;
    auto session = fixture.session();
    logIn(fixture, *session);
    client::MainWindow *window = session->mainWindow();
    client::ContactEditor *editor = writeContact(*window);
    const QPointer<client::ContactEditor> editorAlive = editor;

    Q_EMIT window->logoutRequested();
    REQUIRE(waitUntil([&] { return window->discardQuestion() != nullptr; }));
    QMessageBox *question = window->discardQuestion();

    SECTION("cancel stays logged in with what was typed") {
        QTest::mouseClick(question->button(QMessageBox::Cancel), Qt::LeftButton);
        REQUIRE(waitUntil([&] { return window->discardQuestion() == nullptr; }));
        QCoreApplication::processEvents();
        CHECK(session->mainWindow() == window);
        CHECK(session->loginDialog() == nullptr);
        REQUIRE(editorAlive);
        CHECK(familyName(*editor) == QStringLiteral("Unfertig"));
    }
    SECTION("discard logs out") {
        QTest::mouseClick(question->findChild<QPushButton *>(QStringLiteral("discard")),
                          Qt::LeftButton);
        REQUIRE(waitUntil([&] { return session->loginDialog() != nullptr; }));
        CHECK(session->mainWindow() == nullptr);
    }
}

TEST_CASE("unsaved work: closing the window with nothing typed ends the program without asking") {
    SessionFixture fixture;
    auto session = fixture.session();
    logIn(fixture, *session);
    QSignalSpy quit(session.get(), &client::ClientSession::quitRequested);
    session->mainWindow()->close();
    REQUIRE(waitUntil([&] { return quit.count() == 1; }));
    CHECK(session->mainWindow()->discardQuestion() == nullptr);
}

TEST_CASE("unsaved work: a post being written in any thread makes closing the window ask") {
    SessionFixture fixture;
    auto session = fixture.session();
    logIn(fixture, *session);
    client::Workspace &workspace = *session->workspace();
    auto thread = [&](const QString &title) {
        return workspace
            .create(common::EntityType::Thread, fixture.space().id,
                    {{QStringLiteral("title"), title}})
            .meta.id;
    };
    const QString kitchen = thread(QStringLiteral("Küchendienst"));
    const QString beds = thread(QStringLiteral("Betten"));
    waitForRound(workspace);
    client::MainWindow *window = session->mainWindow();
    window->showSection(client::MainWindow::Discussions);
    client::DiscussionsPane *discussions = window->discussions();
    discussions->showRecord(kitchen);
    QPlainTextEdit *text = discussions->threadView()->editor()->textField();
    REQUIRE(waitUntil([&] { return text->isEnabled(); }));
    CHECK_FALSE(window->hasUnsavedWork());
    text->setFocus();
    QTest::keyClicks(text, QStringLiteral("Ich kann ab 18"));
    CHECK(window->hasUnsavedWork());
    // Kept for its thread while another one is shown: still unsaved.
    discussions->showRecord(beds);
    CHECK(window->hasUnsavedWork());

    QSignalSpy quit(session.get(), &client::ClientSession::quitRequested);
    window->close();
    REQUIRE(waitUntil([&] { return window->discardQuestion() != nullptr; }));
    QTest::mouseClick(window->discardQuestion()->button(QMessageBox::Cancel), Qt::LeftButton);
    REQUIRE(waitUntil([&] { return window->discardQuestion() == nullptr; }));
    QCoreApplication::processEvents();
    CHECK(quit.isEmpty());
    CHECK(window->isVisible());
    discussions->showRecord(kitchen);
    CHECK(discussions->threadView()->editor()->textField()->toPlainText()
          == QStringLiteral("Ich kann ab 18"));
}

TEST_CASE("unsaved work: an edited document makes logging out ask") {
    SessionFixture fixture;
    auto session = fixture.session();
    logIn(fixture, *session);
    const QString document =
        session->workspace()
            ->create(common::EntityType::Document, fixture.space().id,
                     {{QStringLiteral("title"), QStringLiteral("Antrag A")},
                      {QStringLiteral("category"), QStringLiteral("formular")}})
            .meta.id;
    waitForRound(*session->workspace());
    client::MainWindow *window = session->mainWindow();
    window->showSection(client::MainWindow::Documents);
    client::DocumentsPane *documents = window->documents();
    documents->showRecord(document);
    client::DocumentDetail *detail = documents->detail();
    REQUIRE(detail->documentId() == document);
    CHECK_FALSE(window->hasUnsavedWork());
    QLineEdit *title = detail->form()->titleEdit();
    title->setFocus();
    QTest::keyClicks(title, QStringLiteral(" neu"));
    CHECK(window->hasUnsavedWork());

    Q_EMIT window->logoutRequested();
    REQUIRE(waitUntil([&] { return window->discardQuestion() != nullptr; }));
    QTest::mouseClick(window->discardQuestion()->button(QMessageBox::Cancel), Qt::LeftButton);
    REQUIRE(waitUntil([&] { return window->discardQuestion() == nullptr; }));
    QCoreApplication::processEvents();
    CHECK(session->mainWindow() == window);
    CHECK(title->text() == QStringLiteral("Antrag A neu"));
}
