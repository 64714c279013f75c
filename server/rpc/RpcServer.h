// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <chrono>
#include <memory>

namespace grpc {
class Server;
class Service;
} // namespace grpc

namespace hn::server {

class AdminRpc;
class AuthRpc;
class SyncRpc;
class ServerCore;
class ServerLog;

// The gRPC server: every service registered, listening as the config says.
// With a certificate and key it speaks only TLS; plaintext is refused on
// any address but loopback unless the config says `insecure`.
class RpcServer {
public:
    RpcServer(ServerCore &core, ServerLog &log);
    ~RpcServer();
    RpcServer(const RpcServer &) = delete;
    RpcServer &operator=(const RpcServer &) = delete;

    // Binds and starts serving. Throws common::Error: FailedPrecondition for
    // plaintext on a non-loopback address, InvalidArgument for unreadable
    // TLS files, Unavailable when the address cannot be bound.
    void start();
    // The port actually bound (useful with port 0, "any free port").
    int port() const { return m_port; }
    bool usesTls() const;
    // Open Sync.Subscribe streams (for tests and stats).
    int subscriberCount() const;
    // Open Admin.FollowAudit streams.
    int auditFollowerCount() const;
    // Stops accepting calls, lets running calls finish for `grace`, then cancels them.
    void shutdown(std::chrono::milliseconds grace);

    // Whether host:port names a loopback address (127.0.0.0/8, ::1, localhost).
    static bool isLoopback(const QString &listenAddress);

private:
    ServerCore &m_core;
    ServerLog &m_log;
    std::unique_ptr<AuthRpc> m_auth;
    std::unique_ptr<SyncRpc> m_sync;
    // Implemented by a later issue; until then the generated base answers UNIMPLEMENTED.
    std::unique_ptr<grpc::Service> m_blobs;
    std::unique_ptr<AdminRpc> m_admin;
    std::unique_ptr<grpc::Server> m_server;
    int m_port = 0;
};

} // namespace hn::server
