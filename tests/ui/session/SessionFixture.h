// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "client/ui/session/ClientSession.h"
#include "common/Clock.h"
#include "tests/support/TestServer.h"

#include <QMessageBox>
#include <QTemporaryDir>
#include <memory>

class QWidget;

namespace hn::test {

// A test server with one space and one member (Anna, editor), plus what a
// ClientSession on this computer needs of its own: a settings file, a
// profile base and an export folder in a temporary directory, and a
// keychain service name nobody else uses.
class SessionFixture {
public:
    static constexpr const char *kEmail = "anna@kreis-beispiel.de";
    static constexpr const char *kPassword = "Anna-Passwort-2026";

    explicit SessionFixture(TestServer::Options options = {});

    TestServer &server() { return *m_server; }
    const common::Space &space() const { return m_space; }
    const common::User &anna() const { return m_anna; }
    QString exportDirectory() const { return m_dir.filePath(QStringLiteral("export")); }

    client::ClientSession::Options options() const;
    // A new ClientSession (not started) over this computer's files.
    std::unique_ptr<client::ClientSession> session(const common::Clock &clock);
    std::unique_ptr<client::ClientSession> session() { return session(m_clock); }

    // Types into the login dialog and clicks "Log in", like a person.
    static void logIn(client::LoginDialog &dialog, const QString &server, const QString &email,
                      const QString &password);
    // Logs in through the dialog and waits for the window and a first sync.
    void logInAndSync(client::ClientSession &session);

    // A contact created on the server's side by a second device of Anna's.
    void addContactOnServer(const QString &familyName);

private:
    common::SystemClock m_clock;
    QTemporaryDir m_dir;
    std::unique_ptr<TestServer> m_server;
    common::Space m_space;
    common::User m_anna;
};

// The visible top-level message box named `name`, or nullptr.
QMessageBox *messageBox(const QString &name);

} // namespace hn::test
