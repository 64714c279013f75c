// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/Error.h"

namespace hn::common {

Error::Error(ErrorCode code, QString message, QString field)
    : m_code(code)
    , m_message(std::move(message))
    , m_field(std::move(field))
    , m_what(describe().toStdString()) {}

Error Error::invalidArgument(const QString &field, const QString &message) {
    return Error(ErrorCode::InvalidArgument, message, field);
}
Error Error::notFound(const QString &message) {
    return Error(ErrorCode::NotFound, message);
}
Error Error::alreadyExists(const QString &message) {
    return Error(ErrorCode::AlreadyExists, message);
}
Error Error::permissionDenied(const QString &reason) {
    return Error(ErrorCode::PermissionDenied, reason);
}
Error Error::unauthenticated(const QString &message) {
    return Error(ErrorCode::Unauthenticated, message);
}
Error Error::resourceExhausted(const QString &message) {
    return Error(ErrorCode::ResourceExhausted, message);
}
Error Error::failedPrecondition(const QString &message) {
    return Error(ErrorCode::FailedPrecondition, message);
}
Error Error::outOfRange(const QString &field, const QString &message) {
    return Error(ErrorCode::OutOfRange, message, field);
}
Error Error::unavailable(const QString &message) {
    return Error(ErrorCode::Unavailable, message);
}
Error Error::internal(const QString &message) {
    return Error(ErrorCode::Internal, message);
}

Error Error::withReason(QString reason) const {
    Error copy = *this;
    copy.m_reason = std::move(reason);
    return copy;
}

QString Error::describe() const {
    return m_field.isEmpty() ? m_message : m_field + QStringLiteral(": ") + m_message;
}

const char *errorCodeName(ErrorCode code) {
    switch (code) {
    case ErrorCode::InvalidArgument:
        return "invalid-argument";
    case ErrorCode::NotFound:
        return "not-found";
    case ErrorCode::AlreadyExists:
        return "already-exists";
    case ErrorCode::PermissionDenied:
        return "permission-denied";
    case ErrorCode::Unauthenticated:
        return "unauthenticated";
    case ErrorCode::ResourceExhausted:
        return "resource-exhausted";
    case ErrorCode::FailedPrecondition:
        return "failed-precondition";
    case ErrorCode::OutOfRange:
        return "out-of-range";
    case ErrorCode::Unavailable:
        return "unavailable";
    case ErrorCode::Internal:
        return "internal";
    }
    return "unknown";
}

} // namespace hn::common
