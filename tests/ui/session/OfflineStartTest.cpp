// SPDX-License-Identifier: GPL-3.0-or-later
// Starting without the server: the last profile opens with the remembered
// account, shows its records and says that it is offline.
#include "client/core/Replica.h"
#include "client/ui/session/ClientSession.h"
#include "client/ui/shell/MainWindow.h"
#include "client/ui/shell/Workspace.h"
#include "tests/ui/session/SessionFixture.h"
#include "tests/ui/support/UiSession.h"

#include <catch2/catch.hpp>

using namespace hn;
using test::SessionFixture;
using test::waitUntil;

TEST_CASE("offline start: --offline opens the last profile with its records and says offline") {
    SessionFixture fixture;
    fixture.addContactOnServer(QStringLiteral("Offline-Kontakt"));
    {
        auto session = fixture.session();
        fixture.logInAndSync(*session);
        REQUIRE(session->workspace()->replica().count(common::EntityType::Contact) == 1);
    }
    fixture.server().stop();

    client::ClientSession::Options options = fixture.options();
    options.offline = true;
    common::SystemClock clock;
    client::ClientSession session(options, clock);
    session.start();
    REQUIRE(waitUntil([&] { return session.mainWindow() && session.mainWindow()->isVisible(); }));
    CHECK(session.loginDialog() == nullptr);
    CHECK(session.isOffline());
    CHECK(session.mainWindow()->windowTitle().contains(QStringLiteral("offline")));
    CHECK(session.workspace()->engine() == nullptr);
    CHECK(session.workspace()->user().id == fixture.anna().id);
    CHECK(session.workspace()->replica().count(common::EntityType::Contact) == 1);
}

TEST_CASE("offline start: a remembered session opens at once while the server is away, and goes "
          "online when it is back") {
    SessionFixture fixture;
    QString token;
    QString key;
    {
        auto session = fixture.session();
        fixture.logInAndSync(*session);
        key = QFileInfo(session->profile().directory).fileName();
        session->tokens().read(key, [&token](const QString &stored) { token = stored; });
        REQUIRE(waitUntil([&] { return !token.isEmpty(); }));
    }
    fixture.server().stop();

    // The token as the keychain would give it at the next start.
    auto session = fixture.session();
    session->tokens().write(key, token);
    session->start();
    REQUIRE(waitUntil([&] { return session->mainWindow() && session->mainWindow()->isVisible(); }));
    CHECK(session->workspace()->engine() != nullptr);
    CHECK(session->isOffline());
    REQUIRE(waitUntil([&] {
        return session->workspace()->engine()->state() == client::SyncEngine::State::Offline;
    }));
    CHECK(session->mainWindow()->windowTitle().contains(QStringLiteral("(offline)")));

    fixture.server().start();
    REQUIRE(waitUntil([&] { return !session->isOffline(); }, 30000));
    CHECK_FALSE(session->mainWindow()->windowTitle().contains(QStringLiteral("offline")));
}
