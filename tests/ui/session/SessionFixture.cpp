// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/ui/session/SessionFixture.h"

#include "client/core/SyncEngine.h"
#include "client/ui/shell/MainWindow.h"
#include "client/ui/shell/Workspace.h"
#include "tests/ui/support/UiSession.h"

#include <QApplication>
#include <QLineEdit>
#include <QPushButton>
#include <QRandomGenerator>
#include <QSettings>
#include <QTest>
#include <catch2/catch.hpp>

namespace hn::test {

SessionFixture::SessionFixture(TestServer::Options options)
    : m_server(std::make_unique<TestServer>(std::move(options))) {
    // No Secret Service in tests and CI; on a developer's desktop, keep the
    // tests away from the real keychain too (tokens are then in memory).
    qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/helfernetz-test-bus");
    // The window keeps its state in the default settings: in this test's
    // directory, not the user's.
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_dir.path());
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.path());
    m_space = m_server->addSpace(QStringLiteral("Soziale Betreuung"));
    m_anna = m_server->addUser(QString::fromLatin1(kEmail), QString::fromLatin1(kPassword),
                               common::GlobalRole::Member);
    m_server->setMembership(m_space.id, m_anna.id, common::SpaceLevel::Editor);
}

client::ClientSession::Options SessionFixture::options() const {
    client::ClientSession::Options options;
    options.settingsFile = m_dir.filePath(QStringLiteral("settings.ini"));
    options.profileBase = m_dir.filePath(QStringLiteral("profiles"));
    options.exportDirectory = exportDirectory();
    // Never the real keychain entry of a person running the tests.
    options.tokenService =
        QStringLiteral("Helfernetz-Test-%1").arg(QRandomGenerator::global()->generate64(), 0, 16);
    options.engine.firstRetry = std::chrono::milliseconds(100);
    options.engine.maxRetry = std::chrono::milliseconds(500);
    options.transfers.firstRetry = std::chrono::milliseconds(100);
    options.transfers.maxRetry = std::chrono::milliseconds(500);
    options.forceShow = true;
    return options;
}

std::unique_ptr<client::ClientSession> SessionFixture::session(const common::Clock &clock) {
    return std::make_unique<client::ClientSession>(options(), clock);
}

void SessionFixture::logIn(client::LoginDialog &dialog, const QString &server, const QString &email,
                           const QString &password) {
    auto type = [&dialog](const char *name, const QString &text) {
        auto *field = dialog.findChild<QLineEdit *>(QString::fromLatin1(name));
        REQUIRE(field);
        field->setFocus();
        field->selectAll();
        QTest::keyClick(field, Qt::Key_Delete);
        QTest::keyClicks(field, text);
    };
    type("server", server);
    type("email", email);
    type("password", password);
    auto *button = dialog.findChild<QPushButton *>(QStringLiteral("logIn"));
    REQUIRE(button);
    QTest::mouseClick(button, Qt::LeftButton);
}

void SessionFixture::logInAndSync(client::ClientSession &session) {
    session.start();
    REQUIRE(waitUntil([&] { return session.loginDialog() != nullptr; }));
    logIn(*session.loginDialog(), m_server->endpoint().address, QString::fromLatin1(kEmail),
          QString::fromLatin1(kPassword));
    REQUIRE(waitUntil([&] { return session.mainWindow() && session.mainWindow()->isVisible(); }));
    client::SyncEngine *engine = session.workspace()->engine();
    REQUIRE(engine);
    REQUIRE(waitUntil([&] {
        return engine->lastSync().isValid() && engine->state() == client::SyncEngine::State::Idle;
    }));
}

void SessionFixture::addContactOnServer(const QString &familyName) {
    UiSession other(*m_server, QString::fromLatin1(kEmail), QString::fromLatin1(kPassword));
    other.workspace().create(common::EntityType::Contact, m_space.id,
                             {{QStringLiteral("kind"), QStringLiteral("person")},
                              {QStringLiteral("given_name"), QStringLiteral("Fatma")},
                              {QStringLiteral("family_name"), familyName}});
    REQUIRE(other.waitForSync());
}

QMessageBox *messageBox(const QString &name) {
    for (QWidget *widget : QApplication::allWidgets()) {
        auto *box = qobject_cast<QMessageBox *>(widget);
        if (box && box->objectName() == name && box->isVisible())
            return box;
    }
    return nullptr;
}

} // namespace hn::test
