// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "server/core/Caller.h"

#include <QElapsedTimer>
#include <functional>
#include <grpcpp/server_context.h>

namespace hn::server {

class Authentication;
class ServerLog;

// One incoming call, handled the same way everywhere: the bearer token is
// checked here (not per handler), every common::Error becomes a gRPC status
// here (with the field in the trailing metadata "hn-error-field" and the
// reason in "hn-error-reason"), anything
// unexpected becomes INTERNAL without leaking details, and one log line is
// written per request (method, user, peer, status, duration).
class RpcCall {
public:
    RpcCall(grpc::ServerContextBase *context, const char *method, ServerLog &log);

    // For the two RPCs that need no session (Login, RequestAccess).
    grpc::Status anonymous(const std::function<void()> &work);
    // Every other RPC: `work` runs only for a valid session.
    grpc::Status authenticated(Authentication &authentication,
                               const std::function<void(const Caller &)> &work);

    // The caller's address without the port (throttling is per address).
    const QString &peer() const { return m_peer; }
    // Names the user in the log line when the handler learns it (Login).
    void identify(const QString &userId) { m_userId = userId; }

    static QString peerAddress(const std::string &grpcPeer);
    static QString bearerToken(const grpc::ServerContextBase &context);

private:
    grpc::Status run(const std::function<void()> &work);
    void logResult(const grpc::Status &status);

    grpc::ServerContextBase *m_context;
    const char *m_method;
    ServerLog &m_log;
    QString m_peer;
    QString m_userId;
    QElapsedTimer m_timer;
    bool m_sessionEndSent = false;
};

} // namespace hn::server
