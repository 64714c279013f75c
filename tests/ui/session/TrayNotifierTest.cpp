// SPDX-License-Identifier: GPL-3.0-or-later
// After a sync round the tray tells of new posts by others in the threads
// the person follows, and of nothing else.
#include "client/ui/session/TrayNotifier.h"

#include "client/ui/session/Preferences.h"
#include "client/ui/shell/Workspace.h"
#include "tests/ui/support/UiSession.h"

#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <catch2/catch.hpp>

using namespace hn;
using test::waitUntil;

namespace {

const QString kPassword = QStringLiteral("Test-Passwort-123");

common::Record post(client::Workspace &workspace, const QString &spaceId, const QString &threadId,
                    const QString &body) {
    return workspace.create(
        common::EntityType::Post, spaceId,
        {{QStringLiteral("thread_id"), threadId}, {QStringLiteral("body"), body}});
}

} // namespace

TEST_CASE("tray: new posts by others in followed threads are announced after a round") {
    test::TestServer server;
    const common::Space space = server.addSpace(QStringLiteral("Ehrenamt Adorf"));
    const common::User anna =
        server.addUser(QStringLiteral("anna@x.de"), kPassword, common::GlobalRole::Member);
    const common::User bernd =
        server.addUser(QStringLiteral("bernd@x.de"), kPassword, common::GlobalRole::Member);
    server.setMembership(space.id, anna.id, common::SpaceLevel::Editor);
    server.setMembership(space.id, bernd.id, common::SpaceLevel::Editor);

    test::UiSession annaSession(server, QStringLiteral("anna@x.de"), kPassword);
    test::UiSession berndSession(server, QStringLiteral("bernd@x.de"), kPassword);
    client::Workspace &annas = annaSession.workspace();
    client::Workspace &bernds = berndSession.workspace();
    auto thread = [&](const QString &title) {
        return annas
            .create(common::EntityType::Thread, space.id, {{QStringLiteral("title"), title}})
            .meta.id;
    };
    const QString followed = thread(QStringLiteral("Fahrdienst Mittwoch"));
    const QString other = thread(QStringLiteral("Kleiderkammer"));
    annas.create(common::EntityType::Favourite, {},
                 {{QStringLiteral("target_type"), QStringLiteral("thread")},
                  {QStringLiteral("target_id"), followed}});
    post(annas, space.id, followed, QStringLiteral("Wer fährt am Mittwoch?"));
    REQUIRE(annaSession.waitForSync());
    REQUIRE(waitUntil([&] { return bernds.replica().record(followed).has_value(); }));

    QTemporaryDir dir;
    QSettings settings(dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
    client::Preferences preferences(settings);
    client::TrayNotifier tray(annas, preferences, nullptr);
    QSignalSpy announced(&tray, &client::TrayNotifier::newPosts);

    // Bernd answers in the followed thread and writes in the other one.
    post(bernds, space.id, other, QStringLiteral("Jacken in Größe 128 gesucht"));
    const common::Record answer =
        post(bernds, space.id, followed, QStringLiteral("Ich fahre, ab 9 Uhr am Rathaus."));
    REQUIRE(berndSession.waitForSync());
    annas.engine()->syncNow();
    REQUIRE(waitUntil([&] { return announced.count() == 1; }));
    const auto posts = announced.at(0).at(0).value<QList<common::Record>>();
    REQUIRE(posts.size() == 1);
    CHECK(posts.first().meta.id == answer.meta.id);
    CHECK(announced.at(0).at(1).toString().contains(QStringLiteral("Fahrdienst Mittwoch")));
    CHECK(announced.at(0).at(2).toString().contains(QStringLiteral("ab 9 Uhr")));

    // Anna's own post in the followed thread is not announced to her.
    post(annas, space.id, followed, QStringLiteral("Danke!"));
    REQUIRE(annaSession.waitForSync());
    tray.check();
    CHECK(announced.count() == 1);
}
