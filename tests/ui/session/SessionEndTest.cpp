// SPDX-License-Identifier: GPL-3.0-or-later
// When the server ends the session: a revoked device exports its unsynced
// work and deletes its profile, and tells where the export is; any other
// end locks the profile and asks for a login; an offline lease that ran
// out locks the profile before it opens.
#include "client/core/OfflineLease.h"
#include "client/core/Replica.h"
#include "client/ui/session/ClientSession.h"
#include "client/ui/shell/MainWindow.h"
#include "client/ui/shell/Workspace.h"
#include "tests/client/governance/GovernanceTesting.h"
#include "tests/support/ManualClock.h"
#include "tests/ui/session/SessionFixture.h"
#include "tests/ui/support/UiSession.h"

#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <catch2/catch.hpp>

using namespace hn;
using test::SessionFixture;
using test::waitUntil;

namespace {

QJsonObject person(const QString &family) {
    return {{QStringLiteral("kind"), QStringLiteral("person")},
            {QStringLiteral("given_name"), QStringLiteral("Jürgen")},
            {QStringLiteral("family_name"), family}};
}

common::Device deviceOf(client::AdminClient &admin, const QString &email) {
    const QList<common::Device> devices = admin.listDevices(email, false);
    const auto found = std::find_if(devices.begin(), devices.end(), [](const common::Device &d) {
        return d.deviceName == client::LoginDialog::deviceName();
    });
    REQUIRE(found != devices.end());
    return *found;
}

QString noticeOf(client::LoginDialog &dialog) {
    auto *notice = dialog.findChild<QLabel *>(QStringLiteral("notice"));
    return notice && notice->isVisible() ? notice->text() : QString();
}

} // namespace

TEST_CASE("session end: a revoked device exports its unsynced work, deletes the profile and names "
          "the export") {
    SessionFixture fixture;
    auto session = fixture.session();
    fixture.logInAndSync(*session);
    const QString profileDir = session->profile().directory;
    REQUIRE(QFileInfo::exists(profileDir));

    client::AdminClient admin = test::adminOf(fixture.server());
    admin.revokeDevice(deviceOf(admin, QString::fromLatin1(SessionFixture::kEmail)).sessionId);
    // A change made after the revocation can never reach the server; the
    // wipe must save it.
    session->workspace()->create(common::EntityType::Contact, fixture.space().id,
                                 person(QStringLiteral("Unterwegs")));

    REQUIRE(waitUntil([] { return test::messageBox(QStringLiteral("wipeReport")) != nullptr; }));
    QMessageBox *report = test::messageBox(QStringLiteral("wipeReport"));
    CHECK(session->mainWindow() == nullptr);
    CHECK(session->workspace() == nullptr);
    CHECK_FALSE(QFileInfo::exists(profileDir));
    CHECK_FALSE(session->history().last().has_value());

    const QStringList exports =
        QDir(fixture.exportDirectory()).entryList({QStringLiteral("Helfernetz-Sicherung-*.json")});
    REQUIRE(exports.size() == 1);
    const QString exportPath =
        QDir::toNativeSeparators(QDir(fixture.exportDirectory()).filePath(exports.first()));
    CHECK(report->text().contains(exportPath));
    CHECK(report->text().contains(QStringLiteral("• 1 change(s) not yet sent")));
    QFile exported(QDir(fixture.exportDirectory()).filePath(exports.first()));
    REQUIRE(exported.open(QIODevice::ReadOnly));
    CHECK(exported.readAll().contains("Unterwegs"));

    REQUIRE(session->loginDialog());
    CHECK(session->loginDialog()->isVisible());
    CHECK(noticeOf(*session->loginDialog()).contains(QStringLiteral("removed")));
}

TEST_CASE(
    "session end: sessions ended by an admin lock the profile, keep its data and ask for a login") {
    SessionFixture fixture;
    auto session = fixture.session();
    fixture.logInAndSync(*session);
    const QString profileDir = session->profile().directory;

    client::AdminClient admin = test::adminOf(fixture.server());
    admin.revokeSessions(fixture.anna().id);
    session->workspace()->engine()->syncNow();

    REQUIRE(waitUntil([&] { return session->loginDialog() != nullptr; }));
    CHECK(session->mainWindow() == nullptr);
    CHECK(noticeOf(*session->loginDialog()).contains(QStringLiteral("ended your sessions")));
    CHECK(QFileInfo::exists(profileDir));
    common::SystemClock clock;
    CHECK(client::OfflineLease(profileDir, clock).isLocked());

    // Logging in again unlocks the same profile.
    SessionFixture::logIn(*session->loginDialog(), fixture.server().endpoint().address,
                          QString::fromLatin1(SessionFixture::kEmail),
                          QString::fromLatin1(SessionFixture::kPassword));
    REQUIRE(waitUntil([&] { return session->mainWindow() != nullptr; }));
    CHECK(session->profile().directory == profileDir);
    CHECK_FALSE(client::OfflineLease(profileDir, clock).isLocked());
}

TEST_CASE("session end: past the offline lease the profile is locked and the login says why") {
    test::ManualClock clock(QDateTime::currentDateTimeUtc());
    SessionFixture fixture;
    QString profileDir;
    {
        auto session = fixture.session(clock);
        fixture.logInAndSync(*session);
        profileDir = session->profile().directory;
    }
    // 31 days without contact (the server's lease is 30 days).
    clock.advanceSeconds(31LL * 24 * 3600);
    auto session = fixture.session(clock);
    session->start();
    REQUIRE(waitUntil([&] { return session->loginDialog() != nullptr; }));
    CHECK(session->mainWindow() == nullptr);
    CHECK(noticeOf(*session->loginDialog()).contains(QStringLiteral("locked")));
    CHECK(client::OfflineLease(profileDir, clock).isLocked());
}
