// SPDX-License-Identifier: GPL-3.0-or-later
#include "client/core/RemoteError.h"

#include "proto/codec/AdminCodec.h"

namespace hn::client {

using common::Error;
using common::ErrorCode;

common::SessionEndReason RemoteError::sessionEndReason(const common::Error &error) {
    if (error.code() != ErrorCode::Unauthenticated || error.reason().isEmpty())
        return common::SessionEndReason::None;
    return common::parseSessionEndReason(error.reason()).value_or(common::SessionEndReason::None);
}

common::Error RemoteError::from(const grpc::Status &status, const grpc::ClientContext &context,
                                const QString &server) {
    const QString message = QString::fromStdString(status.error_message());
    QString field;
    const auto &trailers = context.GetServerTrailingMetadata();
    if (const auto it = trailers.find("hn-error-field"); it != trailers.end())
        field = QString::fromUtf8(it->second.data(), qsizetype(it->second.size()));
    // What the client acts on ("resume" for an upload: ask Status again).
    QString errorReason;
    if (const auto it = trailers.find("hn-error-reason"); it != trailers.end())
        errorReason = QString::fromUtf8(it->second.data(), qsizetype(it->second.size()));
    // The server's message already starts with "field: "; keep it whole and
    // carry the field separately for forms that highlight it.
    auto withField = [&](ErrorCode code) {
        QString text = message;
        if (!field.isEmpty() && text.startsWith(field + QStringLiteral(": ")))
            text = text.mid(field.size() + 2);
        return Error(code, text, field).withReason(errorReason);
    };

    switch (status.error_code()) {
    case grpc::StatusCode::INVALID_ARGUMENT:
        return withField(ErrorCode::InvalidArgument);
    case grpc::StatusCode::NOT_FOUND:
        return withField(ErrorCode::NotFound);
    case grpc::StatusCode::ALREADY_EXISTS:
        return withField(ErrorCode::AlreadyExists);
    case grpc::StatusCode::PERMISSION_DENIED:
        return withField(ErrorCode::PermissionDenied);
    case grpc::StatusCode::UNAUTHENTICATED:
        // An ended session (rather than an unknown token) names its reason;
        // keep it so the client can act on it (a revoked device wipes).
        if (const auto it = trailers.find("hn-session-end"); it != trailers.end()) {
            const common::SessionEndReason reason =
                wire::sessionEndFromTrailer(std::string(it->second.data(), it->second.size()));
            if (reason != common::SessionEndReason::None)
                return Error(ErrorCode::Unauthenticated, message)
                    .withReason(common::toString(reason));
        }
        return withField(ErrorCode::Unauthenticated);
    case grpc::StatusCode::RESOURCE_EXHAUSTED:
        return withField(ErrorCode::ResourceExhausted);
    case grpc::StatusCode::FAILED_PRECONDITION:
        return withField(ErrorCode::FailedPrecondition);
    case grpc::StatusCode::OUT_OF_RANGE:
        return withField(ErrorCode::OutOfRange);
    case grpc::StatusCode::UNAVAILABLE:
    case grpc::StatusCode::DEADLINE_EXCEEDED:
    // A stream cut by a server shutting down ends CANCELLED on our side.
    case grpc::StatusCode::CANCELLED:
        return Error::unavailable(
            QStringLiteral("cannot reach the server at %1 (%2)").arg(server, message));
    case grpc::StatusCode::UNIMPLEMENTED:
        return Error::failedPrecondition(
            QStringLiteral("the server at %1 does not offer this yet (%2)").arg(server, message));
    default:
        return Error::internal(QStringLiteral("the server at %1 failed: %2").arg(server, message));
    }
}

} // namespace hn::client
