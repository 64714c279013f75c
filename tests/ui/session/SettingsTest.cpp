// SPDX-License-Identifier: GPL-3.0-or-later
// Settings and logging out: the cache size reaches the file cache, the
// choices are kept; logging out with unsynced changes warns first.
#include "client/core/FileCache.h"
#include "client/core/ProfileLocation.h"
#include "client/core/Replica.h"
#include "client/ui/session/ClientSession.h"
#include "client/ui/session/SettingsDialog.h"
#include "client/ui/shell/MainWindow.h"
#include "client/ui/shell/Workspace.h"
#include "tests/client/governance/GovernanceTesting.h"
#include "tests/ui/session/SessionFixture.h"
#include "tests/ui/support/UiSession.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QTest>
#include <catch2/catch.hpp>

using namespace hn;
using test::SessionFixture;
using test::waitUntil;

namespace {

client::SettingsDialog *openSettings(client::ClientSession &session) {
    // As the menu does: MainWindow::settingsRequested.
    Q_EMIT session.mainWindow()->settingsRequested();
    client::SettingsDialog *dialog = nullptr;
    REQUIRE(waitUntil([&] {
        dialog = session.mainWindow()->findChild<client::SettingsDialog *>();
        return dialog && dialog->isVisible();
    }));
    return dialog;
}

} // namespace

TEST_CASE("settings: the dialog changes the cache size and keeps the other choices") {
    SessionFixture fixture;
    auto session = fixture.session();
    fixture.logInAndSync(*session);
    client::FileCache &cache = session->workspace()->fileCache();
    REQUIRE(cache.capBytes() == client::FileCache::kDefaultCapBytes);

    client::SettingsDialog *dialog = openSettings(*session);
    CHECK(dialog->findChild<QLabel *>(QStringLiteral("cacheUsed"))
              ->text()
              .contains(QStringLiteral("in use")));
    auto *size = dialog->findChild<QSpinBox *>(QStringLiteral("cacheSize"));
    CHECK(size->value() == 2048);
    size->setFocus();
    size->selectAll();
    QTest::keyClicks(size, QStringLiteral("512"));
    auto *language = dialog->findChild<QComboBox *>(QStringLiteral("language"));
    CHECK(language->currentData().toString() == QStringLiteral("de"));
    language->setCurrentIndex(language->findData(QStringLiteral("en")));
    CHECK(dialog->findChild<QLabel *>(QStringLiteral("languageNote"))->isVisible());
    QTest::mouseClick(dialog->findChild<QCheckBox *>(QStringLiteral("startMinimized")),
                      Qt::LeftButton);
    QTest::mouseClick(dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok),
                      Qt::LeftButton);

    REQUIRE(waitUntil(
        [&] { return session->mainWindow()->findChild<client::SettingsDialog *>() == nullptr; }));
    CHECK(cache.capBytes() == qint64(512) * 1024 * 1024);
    CHECK(session->preferences().language() == QStringLiteral("en"));
    CHECK(session->preferences().startMinimized());
}

TEST_CASE("logout: with changes that have not reached the server it warns first") {
    SessionFixture fixture;
    auto session = fixture.session();
    fixture.logInAndSync(*session);
    fixture.server().stop();
    session->workspace()->create(
        common::EntityType::Contact, fixture.space().id,
        {{QStringLiteral("kind"), QStringLiteral("person")},
         {QStringLiteral("given_name"), QStringLiteral("Noch")},
         {QStringLiteral("family_name"), QStringLiteral("Nicht-Gesendet")}});
    Q_EMIT session->mainWindow()->logoutRequested();
    REQUIRE(waitUntil([] { return test::messageBox(QStringLiteral("logoutWarning")) != nullptr; }));
    QMessageBox *warning = test::messageBox(QStringLiteral("logoutWarning"));
    CHECK(warning->text().contains(QStringLiteral("1 change(s) have not reached the server yet")));

    SECTION("cancel keeps the window") {
        QTest::mouseClick(warning->button(QMessageBox::Cancel), Qt::LeftButton);
        REQUIRE(
            waitUntil([] { return test::messageBox(QStringLiteral("logoutWarning")) == nullptr; }));
        CHECK(session->mainWindow() != nullptr);
        CHECK(session->loginDialog() == nullptr);
    }
    SECTION("log out anyway ends the session and keeps the change on this computer") {
        const QString profileDir = session->profile().directory;
        QTest::mouseClick(warning->findChild<QPushButton *>(QStringLiteral("logOutAnyway")),
                          Qt::LeftButton);
        REQUIRE(waitUntil([&] { return session->loginDialog() != nullptr; }));
        CHECK(session->mainWindow() == nullptr);
        CHECK(session->workspace() == nullptr);
        common::SystemClock clock;
        client::Replica replica(client::ProfileLocation::atDirectory(profileDir).replicaPath(),
                                clock);
        CHECK(replica.counts().pending == 1);
    }
}

TEST_CASE("logout: with everything synced it logs out at once and ends the server's session") {
    SessionFixture fixture;
    auto session = fixture.session();
    fixture.logInAndSync(*session);
    Q_EMIT session->mainWindow()->logoutRequested();
    REQUIRE(waitUntil([&] { return session->loginDialog() != nullptr; }));
    CHECK(test::messageBox(QStringLiteral("logoutWarning")) == nullptr);
    CHECK(session->mainWindow() == nullptr);
    // The session is ended on the server as well.
    client::AdminClient admin = test::adminOf(fixture.server());
    REQUIRE(waitUntil([&] {
        return admin.listDevices(QString::fromLatin1(SessionFixture::kEmail), false).isEmpty();
    }));
}

TEST_CASE("settings: \"Log out\" in the settings logs out like the menu") {
    SessionFixture fixture;
    auto session = fixture.session();
    fixture.logInAndSync(*session);
    client::SettingsDialog *dialog = openSettings(*session);
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("logOut")), Qt::LeftButton);
    REQUIRE(waitUntil([&] { return session->loginDialog() != nullptr; }));
    CHECK(session->mainWindow() == nullptr);
}
