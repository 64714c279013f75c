// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "client/core/AdminClient.h"
#include "client/core/AuthClient.h"
#include "client/core/ProfileLocation.h"
#include "client/core/Replica.h"
#include "client/core/SyncClient.h"
#include "client/core/SyncRound.h"
#include "tests/support/TestServer.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <functional>
#include <memory>

namespace hn::test {

// One person's device as the desktop app keeps it: a login with a device
// name and a profile directory (replica.db, files/, profile.json) under a
// temporary base.
class ProfileDevice {
public:
    ProfileDevice(TestServer &server, const QString &email, const QString &password,
                  const QString &deviceName, const common::Clock &clock)
        : m_clock(clock) {
        m_session =
            client::AuthClient(server.endpoint()).login(email, password.toStdString(), deviceName);
        m_location = std::make_unique<client::ProfileLocation>(
            server.endpoint().address, m_session.identity.user.id, m_base.path());
        open(server);
    }

    void open(TestServer &server) {
        m_replica = std::make_unique<client::Replica>(m_location->replicaPath(), m_clock);
        m_transport = std::make_unique<client::SyncClient>(server.endpoint(), m_session.token);
    }
    // Closes the replica (a wipe needs the profile closed).
    void close() {
        m_transport.reset();
        m_replica.reset();
    }

    client::RoundReport sync() { return client::SyncRound(*m_replica, *m_transport).run(); }

    client::Replica &replica() { return *m_replica; }
    const client::SessionInfo &session() const { return m_session; }
    const QString &userId() const { return m_session.identity.user.id; }
    const client::ProfileLocation &location() const { return *m_location; }
    QString base() const { return m_base.path(); }

private:
    const common::Clock &m_clock;
    QTemporaryDir m_base;
    client::SessionInfo m_session;
    std::unique_ptr<client::ProfileLocation> m_location;
    std::unique_ptr<client::Replica> m_replica;
    std::unique_ptr<client::SyncClient> m_transport;
};

// The admin's side, through the Admin service like the console.
inline client::AdminClient adminOf(TestServer &server) {
    const client::SessionInfo admin =
        client::AuthClient(server.endpoint())
            .login(QString::fromLatin1(TestServer::kAdminEmail), TestServer::kAdminPassword,
                   QStringLiteral("Konsole"));
    return client::AdminClient(server.endpoint(), admin.token);
}

inline bool waitFor(const std::function<bool()> &condition, int milliseconds = 15000) {
    QElapsedTimer timer;
    timer.start();
    while (!condition() && timer.elapsed() < milliseconds)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    return condition();
}

} // namespace hn::test
