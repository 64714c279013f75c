// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QString>
#include <optional>

namespace hn::common {

// Why a session ended (admin.proto, SessionEndReason). The client decides
// by it whether to log in again (most reasons) or to wipe (DeviceRevoked).
enum class SessionEndReason {
    None,
    Expired,
    LoggedOut,
    PasswordChanged,
    PasswordReset,
    SessionsRevoked,
    DeviceRevoked,
    AccountDisabled,
};

// Stable lower-case names, as stored in sessions.revoke_reason ("logout",
// "device-revoked", ...). parseSessionEndReason() also reads the names that
// older releases wrote ("role-changed", "status-changed").
QString toString(SessionEndReason reason);
std::optional<SessionEndReason> parseSessionEndReason(const QString &name);

// A device: one login session with the name its client gave it, as admins
// see it. The token is never part of it.
struct Device {
    QString sessionId;
    QString userId;
    QString userEmail;
    QString deviceName;
    QString peer;
    QDateTime createdAt;
    QDateTime lastUsedAt;
    QDateTime expiresAt;
    QDateTime endedAt; // null while valid
    SessionEndReason endReason = SessionEndReason::None;
    QDateTime wipeDeliveredAt; // DeviceRevoked: the client's first contact after it
};

} // namespace hn::common
