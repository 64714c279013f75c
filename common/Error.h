// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <exception>
#include <string>

namespace hn::common {

// What went wrong, in terms both the server (mapped to a gRPC status in one
// place) and the client (shown to a person) understand.
enum class ErrorCode {
    InvalidArgument,
    NotFound,
    AlreadyExists,
    PermissionDenied,
    Unauthenticated,
    ResourceExhausted,
    FailedPrecondition,
    // A position beyond the end (a download offset past the file's size).
    OutOfRange,
    Unavailable,
    Internal,
};

// An error with context: which field (if any) and a message for people.
// Thrown by core code, caught at the boundary (RPC handler, command line).
class Error : public std::exception {
public:
    Error(ErrorCode code, QString message, QString field = {});

    static Error invalidArgument(const QString &field, const QString &message);
    static Error notFound(const QString &message);
    static Error alreadyExists(const QString &message);
    static Error permissionDenied(const QString &reason);
    static Error unauthenticated(const QString &message);
    static Error resourceExhausted(const QString &message);
    static Error failedPrecondition(const QString &message);
    static Error outOfRange(const QString &field, const QString &message);
    static Error unavailable(const QString &message);
    static Error internal(const QString &message);

    ErrorCode code() const { return m_code; }
    // The offending field's wire name ("email", "password", ...), or empty.
    const QString &field() const { return m_field; }
    const QString &message() const { return m_message; }
    // "field: message" when a field is known, else the message.
    QString describe() const;

    // A machine-readable reason a program acts on, beside the message for
    // people: for an ended session the SessionEndReason's name
    // ("device-revoked"), so a client knows to wipe. Empty for most errors.
    const QString &reason() const { return m_reason; }
    Error withReason(QString reason) const;

    const char *what() const noexcept override { return m_what.c_str(); }

private:
    ErrorCode m_code;
    QString m_message;
    QString m_field;
    QString m_reason;
    std::string m_what;
};

const char *errorCodeName(ErrorCode code);

// The reason() of the upload errors that a retry fixes: the client asks
// Status again and uploads from the bytes the server holds (blobs.proto,
// trailer hn-error-reason). Shared so both sides spell it the same.
inline const QString kResumeReason = QStringLiteral("resume");

} // namespace hn::common
