// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/support/TestServer.h"

#include "server/core/DataDirectory.h"
#include "server/core/PasswordHasher.h"
#include "server/store/SpaceStore.h"
#include "server/store/UserStore.h"
#include "tests/support/TestCertificate.h"

#include <QUuid>
#include <stdexcept>

namespace hn::test {

TestServer::TestServer()
    : TestServer(Options{}) {}

TestServer::TestServer(Options options)
    : m_options(options) {
    if (!m_dir.isValid())
        throw std::runtime_error("cannot create a temporary directory for the test server");
    m_config.dataDir = m_dir.filePath(QStringLiteral("data"));
    m_config.listenAddress = QStringLiteral("127.0.0.1:0");
    if (options.tls) {
        const TestCertificate cert = TestCertificate::create(m_dir.path());
        m_config.tlsCertFile = cert.certFile;
        m_config.tlsKeyFile = cert.keyFile;
    }
    if (options.configure)
        options.configure(m_config);
    const std::string password = kAdminPassword;
    server::DataDirectory::init(
        m_config, {QString::fromLatin1(kAdminEmail), QStringLiteral("Admin"), password},
        options.clock ? *options.clock : m_systemClock);
    start();
}

TestServer::~TestServer() {
    if (m_rpc)
        m_rpc->shutdown(std::chrono::milliseconds(200));
}

void TestServer::start() {
    m_lock = server::DataDirectory::lock(m_config.dataDir);
    m_log = std::make_unique<server::ServerLog>(server::LogLevel::Debug);
    m_log->setSink([this](const QString &line) {
        std::lock_guard lock(m_logMutex);
        m_logLines.append(line);
    });
    m_core = std::make_unique<server::ServerCore>(m_config, m_options.clock ? *m_options.clock
                                                                            : m_systemClock);
    m_rpc = std::make_unique<server::RpcServer>(*m_core, *m_log);
    m_rpc->start();
    m_port = m_rpc->port();
    // Keep the port across restarts so clients can reconnect.
    m_config.listenAddress = QStringLiteral("127.0.0.1:%1").arg(m_port);
}

void TestServer::restart() {
    stop();
    start();
}

void TestServer::stop() {
    if (!m_rpc)
        return;
    m_rpc->shutdown(std::chrono::milliseconds(200));
    m_rpc.reset();
    m_core.reset();
    m_lock.reset();
}

client::ServerEndpoint TestServer::endpoint() const {
    client::ServerEndpoint endpoint;
    if (m_options.tls) {
        endpoint.address = QStringLiteral("https://localhost:%1").arg(port());
        endpoint.caFile = m_config.tlsCertFile;
    } else {
        endpoint.address = QStringLiteral("127.0.0.1:%1").arg(port());
    }
    return endpoint;
}

QStringList TestServer::logLines() const {
    std::lock_guard lock(m_logMutex);
    return m_logLines;
}

common::User TestServer::addUser(const QString &email, const QString &password,
                                 common::GlobalRole role, common::AccountStatus status) {
    common::User user;
    user.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    user.email = email.toLower();
    user.displayName = email.section(u'@', 0, 0);
    user.role = role;
    user.status = status;
    user.createdAt = m_core->clock().now();
    user.updatedAt = user.createdAt;
    const QByteArray hash =
        server::PasswordHasher(m_config.passwordCost).hash(password.toStdString());
    m_core->database().write([&](QSqlDatabase &db) { server::UserStore(db).insert(user, hash); });
    return user;
}

} // namespace hn::test

namespace hn::test {

common::Space TestServer::addSpace(const QString &name, bool guestVisible, common::SpaceKind kind) {
    common::Space space;
    space.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    space.name = name;
    space.kind = kind;
    space.guestVisible = guestVisible;
    space.createdAt = m_core->clock().now();
    m_core->database().write([&](QSqlDatabase &db) { server::SpaceStore(db).insert(space); });
    m_core->changeNotifier().publishAccessChanged({});
    return space;
}

void TestServer::setMembership(const QString &spaceId, const QString &userId,
                               common::SpaceLevel level) {
    common::Membership membership{spaceId, userId, level, m_core->clock().now(), {}};
    m_core->database().write(
        [&](QSqlDatabase &db) { server::SpaceStore(db).setMembership(membership); });
    m_core->changeNotifier().publishAccessChanged(userId);
}

void TestServer::removeMembership(const QString &spaceId, const QString &userId) {
    m_core->database().write(
        [&](QSqlDatabase &db) { server::SpaceStore(db).removeMembership(spaceId, userId); });
    m_core->changeNotifier().publishAccessChanged(userId);
}

} // namespace hn::test
