// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/rpc/RpcServer.h"

#include "common/Error.h"
#include "helfernetz/v1/admin.grpc.pb.h"
#include "helfernetz/v1/blobs.grpc.pb.h"
#include "server/core/ServerCore.h"
#include "server/rpc/AdminRpc.h"
#include "server/rpc/AuditFollowHub.h"
#include "server/rpc/AuthRpc.h"
#include "server/rpc/BlobsRpc.h"
#include "server/rpc/ServerLog.h"
#include "server/rpc/SubscriptionHub.h"
#include "server/rpc/SyncRpc.h"

#include <QFile>
#include <QHostAddress>
#include <grpcpp/security/server_credentials.h>
#include <grpcpp/server.h>
#include <grpcpp/server_builder.h>

namespace hn::server {

using common::Error;

namespace {

std::string readPem(const QString &key, const QString &path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw Error::invalidArgument(key, QStringLiteral("cannot read %1").arg(path));
    return file.readAll().toStdString();
}

} // namespace

RpcServer::RpcServer(ServerCore &core, ServerLog &log)
    : m_core(core)
    , m_log(log)
    , m_auth(std::make_unique<AuthRpc>(core, log))
    , m_sync(std::make_unique<SyncRpc>(core, log))
    , m_blobs(std::make_unique<BlobsRpc>(core, log))
    , m_admin(std::make_unique<AdminRpc>(core, log, [this] { return subscriberCount(); })) {}

RpcServer::~RpcServer() {
    if (m_server)
        shutdown(std::chrono::milliseconds(0));
}

bool RpcServer::isLoopback(const QString &listenAddress) {
    QString host = listenAddress;
    if (host.startsWith(u'[')) {
        host = host.mid(1, host.indexOf(u']') - 1);
    } else if (host.count(u':') == 1) {
        host = host.left(host.indexOf(u':'));
    }
    if (host.compare(QStringLiteral("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

bool RpcServer::usesTls() const {
    return m_core.config().hasTls();
}

void RpcServer::start() {
    const ServerConfig &config = m_core.config();
    std::shared_ptr<grpc::ServerCredentials> credentials;
    if (config.hasTls()) {
        grpc::SslServerCredentialsOptions options;
        options.pem_key_cert_pairs.push_back(
            {readPem(QStringLiteral("tls/key"), config.tlsKeyFile),
             readPem(QStringLiteral("tls/cert"), config.tlsCertFile)});
        credentials = grpc::SslServerCredentials(options);
    } else if (isLoopback(config.listenAddress) || config.insecure) {
        credentials = grpc::InsecureServerCredentials();
    } else {
        throw Error::failedPrecondition(
            QStringLiteral("refusing plaintext on %1, which is not a loopback address: configure "
                           "tls/cert and tls/key, or pass --insecure if a TLS proxy is in front")
                .arg(config.listenAddress));
    }

    grpc::ServerBuilder builder;
    builder.AddListeningPort(config.listenAddress.toStdString(), credentials, &m_port);
    builder.SetMaxReceiveMessageSize(config.maxMessageBytes);
    // Notice dead peers (laptops closed mid-call) within a minute.
    builder.AddChannelArgument(GRPC_ARG_KEEPALIVE_TIME_MS, 30000);
    builder.AddChannelArgument(GRPC_ARG_KEEPALIVE_TIMEOUT_MS, 10000);
    builder.AddChannelArgument(GRPC_ARG_HTTP2_MIN_RECV_PING_INTERVAL_WITHOUT_DATA_MS, 10000);
    builder.AddChannelArgument(GRPC_ARG_KEEPALIVE_PERMIT_WITHOUT_CALLS, 1);
    builder.RegisterService(m_auth.get());
    builder.RegisterService(m_sync.get());
    builder.RegisterService(m_blobs.get());
    builder.RegisterService(m_admin.get());
    m_server = builder.BuildAndStart();
    if (!m_server || m_port == 0) {
        m_server.reset();
        throw Error::unavailable(
            QStringLiteral("cannot listen on %1 (address in use or not available)")
                .arg(config.listenAddress));
    }
    m_log.lifecycle(
        QStringLiteral("listening"),
        {{QStringLiteral("address"), config.listenAddress},
         {QStringLiteral("port"), QString::number(m_port)},
         {QStringLiteral("tls"), config.hasTls() ? QStringLiteral("yes") : QStringLiteral("no")}});
}

void RpcServer::shutdown(std::chrono::milliseconds grace) {
    if (!m_server)
        return;
    // Live streams never end on their own; end them first so Shutdown does
    // not have to wait out the grace period for them.
    m_sync->subscriptions().closeAll(grace);
    m_admin->followers().closeAll(grace);
    m_server->Shutdown(std::chrono::system_clock::now() + grace);
    m_server->Wait();
    m_server.reset();
    m_log.lifecycle(QStringLiteral("stopped"), {});
}

} // namespace hn::server

namespace hn::server {

int RpcServer::subscriberCount() const {
    return m_sync->subscriptions().count();
}

int RpcServer::auditFollowerCount() const {
    return m_admin->followers().count();
}

} // namespace hn::server
