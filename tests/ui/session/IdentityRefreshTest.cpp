// SPDX-License-Identifier: GPL-3.0-or-later
// WhoAmI at a start with a remembered session brings the account as it is
// now: a new role (a guest's too) changes what the open window offers and
// a new name its title, without closing the window.
#include "client/ui/contacts/ContactsPane.h"
#include "client/ui/session/ClientSession.h"
#include "client/ui/shell/MainWindow.h"
#include "client/ui/shell/Workspace.h"
#include "tests/ui/session/SessionFixture.h"
#include "tests/ui/support/UiSession.h"

#include <QAction>
#include <QFileInfo>
#include <QPointer>
#include <catch2/catch.hpp>

using namespace hn;
using test::SessionFixture;
using test::waitUntil;

TEST_CASE("identity: a role changed to guest makes the open window read-only without reopening "
          "it") {
    SessionFixture fixture;
    const QString email = QStringLiteral("gast@kreis-beispiel.de");
    const QString password = QStringLiteral("Gast-Passwort-2026");
    const common::Space open = fixture.server().addSpace(QStringLiteral("Offene Runde"), true);
    const common::User guest = fixture.server().addUser(email, password, common::GlobalRole::Guest);
    fixture.server().setMembership(open.id, guest.id, common::SpaceLevel::Editor);

    QString token;
    QString key;
    {
        auto session = fixture.session();
        session->start();
        REQUIRE(waitUntil([&] { return session->loginDialog() != nullptr; }));
        SessionFixture::logIn(*session->loginDialog(), fixture.server().endpoint().address, email,
                              password);
        REQUIRE(
            waitUntil([&] { return session->mainWindow() && session->mainWindow()->isVisible(); }));
        client::SyncEngine *engine = session->workspace()->engine();
        REQUIRE(engine);
        REQUIRE(waitUntil([&] {
            return engine->lastSync().isValid()
                   && engine->state() == client::SyncEngine::State::Idle;
        }));
        REQUIRE(session->workspace()->permissions().isReadOnly());
        key = QFileInfo(session->profile().directory).fileName();
        session->tokens().read(key, [&token](const QString &stored) { token = stored; });
        REQUIRE(waitUntil([&] { return !token.isEmpty(); }));
    }

    // This computer still remembers the account as a member with another
    // name (the role changed on the server since).
    auto session = fixture.session();
    session->tokens().write(key, token);
    std::optional<client::RememberedProfile> remembered = session->history().last();
    REQUIRE(remembered);
    remembered->user.role = common::GlobalRole::Member;
    remembered->user.displayName = QStringLiteral("Alter Name");
    session->history().remember(*remembered);

    session->start();
    REQUIRE(waitUntil([&] { return session->mainWindow() && session->mainWindow()->isVisible(); }));
    client::MainWindow *window = session->mainWindow();
    const QPointer<client::MainWindow> windowAlive = window;
    client::ContactsPane *contacts = window->contacts();
    QAction *create = contacts->newAction();
    REQUIRE(
        waitUntil([&] { return session->workspace()->user().role == common::GlobalRole::Guest; }));
    REQUIRE(windowAlive);
    CHECK(session->mainWindow() == window);
    CHECK(session->workspace()->permissions().isReadOnly());
    CHECK_FALSE(create->isEnabled());
    CHECK_FALSE(create->toolTip().isEmpty());
    CHECK_FALSE(window->windowTitle().contains(QStringLiteral("Alter Name")));
    CHECK(window->windowTitle().contains(guest.displayName.isEmpty() ? guest.email
                                                                     : guest.displayName));
    CHECK(session->history().last()->user.role == common::GlobalRole::Guest);
}
