// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "client/core/ServerEndpoint.h"
#include "common/Clock.h"
#include "common/Space.h"
#include "common/User.h"
#include "server/core/ServerCore.h"
#include "server/rpc/RpcServer.h"
#include "server/rpc/ServerLog.h"

#include <QLockFile>
#include <QStringList>
#include <QTemporaryDir>
#include <functional>
#include <memory>
#include <mutex>

namespace hn::test {

// A real helfernetz-server running in this process on 127.0.0.1 with a
// free port and a fresh data directory (initialised like `init` does),
// stopped and deleted when the object goes. Its log lines are kept for
// assertions instead of going to standard error.
class TestServer {
public:
    struct Options {
        bool tls = false;
        // Time source for the server; the system clock when null.
        const common::Clock *clock = nullptr;
        // Changes the config before the data directory is initialised
        // (offline lease, activation code lifetime, largest file, ...).
        std::function<void(server::ServerConfig &)> configure = nullptr;
    };

    static constexpr const char *kAdminEmail = "admin@kreis-beispiel.de";
    static constexpr const char *kAdminPassword = "Admin-Passwort-1";

    TestServer();
    explicit TestServer(Options options);
    ~TestServer();

    // Where a client connects: "127.0.0.1:port", or "https://localhost:port"
    // with the test CA for TLS.
    client::ServerEndpoint endpoint() const;
    int port() const { return m_port; }
    int subscriberCount() const { return m_rpc->subscriberCount(); }
    QString dataDir() const { return m_dir.path(); }
    // The server's own data directory (config file, database, lock).
    const server::ServerConfig &config() const { return m_config; }
    int auditFollowerCount() const { return m_rpc->auditFollowerCount(); }
    server::ServerCore &core() { return *m_core; }
    QStringList logLines() const;

    // Adds an account directly in the store (tests set up users this way;
    // the admin console's RPCs come with a later issue).
    common::User addUser(const QString &email, const QString &password, common::GlobalRole role,
                         common::AccountStatus status = common::AccountStatus::Active);

    // Adds a space / sets a membership directly in the store (the Admin
    // RPCs come with the console issue); both become sync records.
    common::Space addSpace(const QString &name, bool guestVisible = false,
                           common::SpaceKind kind = common::SpaceKind::Team);
    void setMembership(const QString &spaceId, const QString &userId, common::SpaceLevel level);
    void removeMembership(const QString &spaceId, const QString &userId);

    // Stops and starts the server on the same data dir and port.
    void restart();
    // Stops serving (the port is kept for start()); the data stays.
    void stop();
    void start();

private:
    Options m_options;
    common::SystemClock m_systemClock;
    QTemporaryDir m_dir;
    server::ServerConfig m_config;
    std::unique_ptr<server::ServerLog> m_log;
    // Held while serving, like `helfernetz-server serve` does.
    std::unique_ptr<QLockFile> m_lock;
    std::unique_ptr<server::ServerCore> m_core;
    std::unique_ptr<server::RpcServer> m_rpc;
    mutable std::mutex m_logMutex;
    QStringList m_logLines;
    int m_port = 0;
};

} // namespace hn::test
