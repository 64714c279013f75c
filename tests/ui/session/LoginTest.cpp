// SPDX-License-Identifier: GPL-3.0-or-later
// Logging in through the dialog, as a person does: typed into the fields,
// "Log in" clicked; the window opens and the replica fills; what went
// wrong is said in the dialog and nothing typed is lost.
#include "client/core/ProfileLocation.h"
#include "client/core/Replica.h"
#include "client/ui/session/ClientSession.h"
#include "client/ui/shell/MainWindow.h"
#include "client/ui/shell/Workspace.h"
#include "tests/ui/session/SessionFixture.h"
#include "tests/ui/support/UiSession.h"

#include <QCoreApplication>
#include <QEvent>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QTest>
#include <catch2/catch.hpp>

using namespace hn;
using test::SessionFixture;
using test::waitUntil;

namespace {

QString fieldText(client::LoginDialog &dialog, const char *name) {
    return dialog.findChild<QLineEdit *>(QString::fromLatin1(name))->text();
}

QLabel *problemOf(client::LoginDialog &dialog) {
    return dialog.findChild<QLabel *>(QStringLiteral("problem"));
}

} // namespace

TEST_CASE("login: the dialog logs in, the window opens and the replica fills") {
    SessionFixture fixture;
    fixture.addContactOnServer(QStringLiteral("Yılmaz"));
    auto session = fixture.session();
    session->start();
    REQUIRE(waitUntil([&] { return session->loginDialog() != nullptr; }));
    client::LoginDialog &dialog = *session->loginDialog();
    CHECK(dialog.isVisible());
    SessionFixture::logIn(dialog, fixture.server().endpoint().address,
                          QString::fromLatin1(SessionFixture::kEmail),
                          QString::fromLatin1(SessionFixture::kPassword));
    // The login runs off the UI thread; the dialog shows that it is busy.
    CHECK(dialog.findChild<QProgressBar *>(QStringLiteral("busy"))->isVisible());
    REQUIRE(waitUntil([&] { return session->mainWindow() && session->mainWindow()->isVisible(); }));
    CHECK(session->loginDialog() == nullptr);
    client::Workspace &workspace = *session->workspace();
    CHECK(workspace.user().email == QString::fromLatin1(SessionFixture::kEmail));
    REQUIRE(waitUntil([&] { return workspace.replica().count(common::EntityType::Contact) == 1; }));
    // Online once the engine reached the server; the title says who works.
    REQUIRE(waitUntil([&] { return !session->isOffline(); }));
    CHECK(session->mainWindow()->windowTitle().contains(
        fixture.anna().displayName.isEmpty() ? fixture.anna().email : fixture.anna().displayName));
    CHECK_FALSE(session->mainWindow()->windowTitle().contains(QStringLiteral("offline")));

    // The profile and the account are remembered for the next start.
    const auto remembered = session->history().last();
    REQUIRE(remembered);
    CHECK(remembered->server == fixture.server().endpoint().address);
    CHECK(remembered->email == QString::fromLatin1(SessionFixture::kEmail));
    CHECK(remembered->user.id == fixture.anna().id);
    CHECK(remembered->directory
          == client::ProfileLocation(fixture.server().endpoint().address, fixture.anna().id,
                                     fixture.options().profileBase)
                 .directory());
}

TEST_CASE("login: a wrong password is said at the dialog and the input stays") {
    SessionFixture fixture;
    auto session = fixture.session();
    session->start();
    REQUIRE(waitUntil([&] { return session->loginDialog() != nullptr; }));
    client::LoginDialog &dialog = *session->loginDialog();
    const QString server = fixture.server().endpoint().address;
    SessionFixture::logIn(dialog, server, QString::fromLatin1(SessionFixture::kEmail),
                          QStringLiteral("falsches-Passwort"));
    QLabel *problem = problemOf(dialog);
    REQUIRE(waitUntil([&] { return problem->isVisible() && !dialog.isBusy(); }));
    CHECK(problem->text().contains(QStringLiteral("password is not correct")));
    CHECK(fieldText(dialog, "server") == server);
    CHECK(fieldText(dialog, "email") == QString::fromLatin1(SessionFixture::kEmail));
    CHECK(fieldText(dialog, "password") == QStringLiteral("falsches-Passwort"));
    CHECK(dialog.focusWidget() == dialog.findChild<QLineEdit *>(QStringLiteral("password")));
    CHECK(session->mainWindow() == nullptr);
    CHECK(dialog.isVisible());
}

TEST_CASE("login: an invalid e-mail address is marked at its field before anything is sent") {
    SessionFixture fixture;
    auto session = fixture.session();
    session->start();
    REQUIRE(waitUntil([&] { return session->loginDialog() != nullptr; }));
    client::LoginDialog &dialog = *session->loginDialog();
    SessionFixture::logIn(dialog, fixture.server().endpoint().address, QStringLiteral("anna-at-x"),
                          QStringLiteral("egal"));
    auto *message = dialog.findChild<QLabel *>(QStringLiteral("emailMessage"));
    REQUIRE(message);
    CHECK(message->isVisible());
    CHECK_FALSE(message->text().isEmpty());
    CHECK(dialog.focusWidget() == dialog.findChild<QLineEdit *>(QStringLiteral("email")));
    CHECK_FALSE(dialog.isBusy());
}

TEST_CASE("login: a server that cannot be reached is named clearly") {
    SessionFixture fixture;
    fixture.server().stop();
    auto session = fixture.session();
    session->start();
    REQUIRE(waitUntil([&] { return session->loginDialog() != nullptr; }));
    client::LoginDialog &dialog = *session->loginDialog();
    const QString server = fixture.server().endpoint().address;
    SessionFixture::logIn(dialog, server, QString::fromLatin1(SessionFixture::kEmail),
                          QString::fromLatin1(SessionFixture::kPassword));
    QLabel *problem = problemOf(dialog);
    REQUIRE(waitUntil([&] { return problem->isVisible() && !dialog.isBusy(); }, 30000));
    CHECK(problem->text().contains(QStringLiteral("cannot reach the server")));
    CHECK(problem->text().contains(server));
    CHECK(fieldText(dialog, "password") == QString::fromLatin1(SessionFixture::kPassword));
    CHECK(session->mainWindow() == nullptr);
    CHECK(dialog.focusWidget() == dialog.findChild<QLineEdit *>(QStringLiteral("server")));
}

TEST_CASE("login: without a keychain the session says once that it is kept in memory only") {
    SessionFixture fixture; // no Secret Service (see SessionFixture)
    auto session = fixture.session();
    fixture.logInAndSync(*session);
    REQUIRE(
        waitUntil([] { return test::messageBox(QStringLiteral("keychainNotice")) != nullptr; }));
    QMessageBox *notice = test::messageBox(QStringLiteral("keychainNotice"));
    CHECK(notice->text().contains(QStringLiteral("only until you close Helfernetz")));
    CHECK(session->tokens().isMemoryOnly());
    notice->accept();
    REQUIRE(
        waitUntil([] { return test::messageBox(QStringLiteral("keychainNotice")) == nullptr; }));
}

TEST_CASE("login: a server certificate that is not trusted is named as a TLS problem, its CA file "
          "fixes it") {
    test::TestServer::Options tls;
    tls.tls = true;
    SessionFixture fixture(tls);
    auto session = fixture.session();
    session->start();
    REQUIRE(waitUntil([&] { return session->loginDialog() != nullptr; }));
    client::LoginDialog &dialog = *session->loginDialog();
    const client::ServerEndpoint endpoint = fixture.server().endpoint();
    SessionFixture::logIn(dialog, endpoint.address, QString::fromLatin1(SessionFixture::kEmail),
                          QString::fromLatin1(SessionFixture::kPassword));
    QLabel *problem = problemOf(dialog);
    REQUIRE(waitUntil([&] { return problem->isVisible() && !dialog.isBusy(); }, 30000));
    CHECK(problem->text().contains(QStringLiteral("secure connection")));
    CHECK(problem->text().contains(QStringLiteral("CA file")));
    CHECK(dialog.focusWidget() == dialog.findChild<QLineEdit *>(QStringLiteral("caFile")));

    auto *caFile = dialog.findChild<QLineEdit *>(QStringLiteral("caFile"));
    caFile->setFocus();
    QTest::keyClicks(caFile, endpoint.caFile);
    QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("logIn")), Qt::LeftButton);
    REQUIRE(waitUntil([&] { return session->mainWindow() && session->mainWindow()->isVisible(); }));
    CHECK(session->history().last()->caFile == endpoint.caFile);
}

TEST_CASE("login: a profile that cannot be opened is said at the dialog and the dialog stays") {
    SessionFixture fixture;
    client::ClientSession::Options options = fixture.options();
    // Where the profiles should be created is a file: the login succeeds,
    // the profile cannot be opened.
    QFile blocker(options.profileBase);
    REQUIRE(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    common::SystemClock clock;
    client::ClientSession session(options, clock);
    session.start();
    REQUIRE(waitUntil([&] { return session.loginDialog() != nullptr; }));
    client::LoginDialog *dialog = session.loginDialog();
    QPointer<client::LoginDialog> alive = dialog;
    SessionFixture::logIn(*dialog, fixture.server().endpoint().address,
                          QString::fromLatin1(SessionFixture::kEmail),
                          QString::fromLatin1(SessionFixture::kPassword));
    auto *notice = dialog->findChild<QLabel *>(QStringLiteral("notice"));
    REQUIRE(notice);
    REQUIRE(waitUntil([&] { return !alive || (!dialog->isBusy() && !notice->text().isEmpty()); }));
    REQUIRE(alive);
    CHECK(notice->text().contains(QStringLiteral("cannot be opened")));
    // Deferred deletes run: the dialog is still there and shown, so the
    // program does not go on invisibly.
    QCoreApplication::processEvents();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    REQUIRE(alive);
    CHECK(dialog->isVisible());
    CHECK(notice->isVisible());
    CHECK(session.loginDialog() == dialog);
    CHECK(session.mainWindow() == nullptr);
}
