// SPDX-License-Identifier: GPL-3.0-or-later
// "Request access" from the login dialog reaches the server's review list;
// with the activation code a coordinator hands out, the person sets a
// password and is logged in.
#include "client/ui/session/AccessRequestDialog.h"
#include "client/ui/session/ActivationDialog.h"
#include "client/ui/session/ClientSession.h"
#include "client/ui/shell/MainWindow.h"
#include "client/ui/shell/Workspace.h"
#include "tests/client/governance/GovernanceTesting.h"
#include "tests/ui/session/SessionFixture.h"
#include "tests/ui/support/UiSession.h"

#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTest>
#include <catch2/catch.hpp>

using namespace hn;
using test::SessionFixture;
using test::waitUntil;

namespace {

void type(QWidget &dialog, const char *name, const QString &text) {
    auto *field = dialog.findChild<QLineEdit *>(QString::fromLatin1(name));
    REQUIRE(field);
    field->setFocus();
    field->selectAll();
    QTest::keyClick(field, Qt::Key_Delete);
    QTest::keyClicks(field, text);
}

void click(QWidget &dialog, const char *name) {
    auto *button = dialog.findChild<QPushButton *>(QString::fromLatin1(name));
    REQUIRE(button);
    QTest::mouseClick(button, Qt::LeftButton);
}

} // namespace

TEST_CASE("access request: the dialog sends the request and the server lists it, and the "
          "activation code logs in") {
    SessionFixture fixture;
    auto session = fixture.session();
    session->start();
    REQUIRE(waitUntil([&] { return session->loginDialog() != nullptr; }));
    client::LoginDialog &login = *session->loginDialog();
    type(login, "server", fixture.server().endpoint().address);
    click(login, "requestAccess");
    auto *request = login.findChild<client::AccessRequestDialog *>();
    REQUIRE(request);
    REQUIRE(request->isVisible());

    // A field left empty is marked there, nothing is sent.
    click(*request, "send");
    auto *nameMessage = request->findChild<QLabel *>(QStringLiteral("nameMessage"));
    REQUIRE(nameMessage);
    CHECK(nameMessage->isVisible());

    type(*request, "name", QStringLiteral("Zeynep Kaya"));
    type(*request, "email", QStringLiteral("zeynep.kaya@beispiel.de"));
    type(*request, "organization", QStringLiteral("Caritas"));
    type(*request, "municipality", QStringLiteral("Adorf"));
    auto *message = request->findChild<QPlainTextEdit *>(QStringLiteral("message"));
    message->setFocus();
    QTest::keyClicks(message, QStringLiteral("Ich begleite Familien zu Ämtern."));
    click(*request, "send");
    auto *done = request->findChild<QLabel *>(QStringLiteral("done"));
    REQUIRE(waitUntil([&] { return done->isVisible(); }));
    CHECK_FALSE(nameMessage->isVisible());

    client::AdminClient admin = test::adminOf(fixture.server());
    const QList<common::AccessRequest> pending =
        admin.listAccessRequests(common::AccessRequestStatus::Pending, {});
    const auto found =
        std::find_if(pending.begin(), pending.end(), [](const common::AccessRequest &r) {
            return r.email == QStringLiteral("zeynep.kaya@beispiel.de");
        });
    REQUIRE(found != pending.end());
    CHECK(found->name == QStringLiteral("Zeynep Kaya"));
    CHECK(found->organization == QStringLiteral("Caritas"));
    CHECK(found->municipality == QStringLiteral("Adorf"));
    CHECK(found->message == QStringLiteral("Ich begleite Familien zu Ämtern."));
    request->close();

    // A coordinator approves and hands out the code.
    const client::AdminClient::Approval approval =
        admin.approveAccessRequest(found->id, common::GlobalRole::Member, {});
    REQUIRE_FALSE(approval.activation.code.isEmpty());
    click(login, "activate");
    auto *activation = login.findChild<client::ActivationDialog *>();
    REQUIRE(activation);
    type(*activation, "email", QStringLiteral("zeynep.kaya@beispiel.de"));
    type(*activation, "code", approval.activation.code);
    type(*activation, "newPassword", QStringLiteral("Zeynep-Passwort-1"));
    type(*activation, "repeatPassword", QStringLiteral("Zeynep-Passwort-2"));
    click(*activation, "activate");
    auto *repeatMessage = activation->findChild<QLabel *>(QStringLiteral("repeat_passwordMessage"));
    REQUIRE(repeatMessage);
    CHECK(repeatMessage->isVisible());
    type(*activation, "repeatPassword", QStringLiteral("Zeynep-Passwort-1"));
    click(*activation, "activate");
    REQUIRE(waitUntil([&] { return session->mainWindow() && session->mainWindow()->isVisible(); }));
    CHECK(session->workspace()->user().email == QStringLiteral("zeynep.kaya@beispiel.de"));
}
