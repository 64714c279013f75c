// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/rpc/RpcCall.h"

#include "common/Error.h"
#include "proto/codec/AdminCodec.h"
#include "server/core/Authentication.h"
#include "server/rpc/ServerLog.h"
#include "server/rpc/StatusMapping.h"

namespace hn::server {

namespace {

const char *statusName(grpc::StatusCode code) {
    switch (code) {
    case grpc::StatusCode::OK:
        return "OK";
    case grpc::StatusCode::CANCELLED:
        return "CANCELLED";
    case grpc::StatusCode::INVALID_ARGUMENT:
        return "INVALID_ARGUMENT";
    case grpc::StatusCode::DEADLINE_EXCEEDED:
        return "DEADLINE_EXCEEDED";
    case grpc::StatusCode::NOT_FOUND:
        return "NOT_FOUND";
    case grpc::StatusCode::ALREADY_EXISTS:
        return "ALREADY_EXISTS";
    case grpc::StatusCode::PERMISSION_DENIED:
        return "PERMISSION_DENIED";
    case grpc::StatusCode::UNAUTHENTICATED:
        return "UNAUTHENTICATED";
    case grpc::StatusCode::RESOURCE_EXHAUSTED:
        return "RESOURCE_EXHAUSTED";
    case grpc::StatusCode::FAILED_PRECONDITION:
        return "FAILED_PRECONDITION";
    case grpc::StatusCode::UNAVAILABLE:
        return "UNAVAILABLE";
    case grpc::StatusCode::OUT_OF_RANGE:
        return "OUT_OF_RANGE";
    case grpc::StatusCode::UNIMPLEMENTED:
        return "UNIMPLEMENTED";
    default:
        return "INTERNAL";
    }
}

} // namespace

RpcCall::RpcCall(grpc::ServerContextBase *context, const char *method, ServerLog &log)
    : m_context(context)
    , m_method(method)
    , m_log(log)
    , m_peer(peerAddress(context->peer())) {
    m_timer.start();
}

QString RpcCall::peerAddress(const std::string &grpcPeer) {
    // "ipv4:127.0.0.1:40312" / "ipv6:[::1]:40312": the port changes with
    // every connection, so it is cut off.
    const QString peer = QString::fromStdString(grpcPeer);
    const qsizetype colon = peer.lastIndexOf(u':');
    const qsizetype bracket = peer.lastIndexOf(u']');
    if (colon > 0 && colon > bracket && peer.indexOf(u':') != colon)
        return peer.left(colon);
    return peer;
}

QString RpcCall::bearerToken(const grpc::ServerContextBase &context) {
    const auto &metadata = context.client_metadata();
    const auto it = metadata.find("authorization");
    if (it == metadata.end())
        return {};
    const QString value = QString::fromUtf8(it->second.data(), qsizetype(it->second.size()));
    const QString prefix = QStringLiteral("Bearer ");
    return value.startsWith(prefix, Qt::CaseInsensitive) ? value.mid(prefix.size()).trimmed()
                                                         : QString();
}

grpc::Status RpcCall::anonymous(const std::function<void()> &work) {
    return run(work);
}

grpc::Status RpcCall::authenticated(Authentication &authentication,
                                    const std::function<void(const Caller &)> &work) {
    return run([&] {
        const QString token = bearerToken(*m_context);
        const Caller caller = [&] {
            try {
                return authentication.authenticate(token, m_peer);
            } catch (const common::Error &error) {
                // The one place where a client learns why its session
                // ended (and a revoked device that it must wipe).
                if (error.code() == common::ErrorCode::Unauthenticated) {
                    if (const auto reason = authentication.sessionEnd(token)) {
                        m_context->AddTrailingMetadata("hn-session-end",
                                                       wire::sessionEndTrailer(*reason));
                        m_sessionEndSent = true;
                    }
                }
                throw;
            }
        }();
        m_userId = caller.user.id;
        work(caller);
    });
}

grpc::Status RpcCall::run(const std::function<void()> &work) {
    grpc::Status status;
    try {
        work();
    } catch (const common::Error &error) {
        if (!error.field().isEmpty())
            m_context->AddTrailingMetadata("hn-error-field", error.field().toStdString());
        // What a program acts on ("resume": ask Status and upload again);
        // an ended session names its reason in "hn-session-end" instead.
        if (!error.reason().isEmpty() && !m_sessionEndSent)
            m_context->AddTrailingMetadata("hn-error-reason", error.reason().toStdString());
        status = statusOf(error);
    } catch (const std::exception &unexpected) {
        // Details stay in the server's log; the caller learns only that it failed.
        m_log.write(LogLevel::Error, QStringLiteral("rpc-exception"),
                    {{QStringLiteral("method"), QLatin1String(m_method)},
                     {QStringLiteral("error"), QString::fromUtf8(unexpected.what())}});
        status = grpc::Status(grpc::StatusCode::INTERNAL,
                              "internal server error; the server's log has the details");
    }
    logResult(status);
    return status;
}

void RpcCall::logResult(const grpc::Status &status) {
    const LogLevel level =
        status.error_code() == grpc::StatusCode::INTERNAL ? LogLevel::Error : LogLevel::Info;
    if (!m_log.enabled(level))
        return;
    const QString duration = QString::number(double(m_timer.nsecsElapsed()) / 1e6, 'f', 1);
    if (status.ok()) {
        m_log.write(level, QStringLiteral("rpc"),
                    {{QStringLiteral("method"), QLatin1String(m_method)},
                     {QStringLiteral("user"), m_userId.isEmpty() ? QStringLiteral("-") : m_userId},
                     {QStringLiteral("peer"), m_peer},
                     {QStringLiteral("status"), QStringLiteral("OK")},
                     {QStringLiteral("duration_ms"), duration}});
        return;
    }
    m_log.write(level, QStringLiteral("rpc"),
                {{QStringLiteral("method"), QLatin1String(m_method)},
                 {QStringLiteral("user"), m_userId.isEmpty() ? QStringLiteral("-") : m_userId},
                 {QStringLiteral("peer"), m_peer},
                 {QStringLiteral("status"), QLatin1String(statusName(status.error_code()))},
                 {QStringLiteral("duration_ms"), duration},
                 {QStringLiteral("message"), QString::fromStdString(status.error_message())}});
}

} // namespace hn::server
