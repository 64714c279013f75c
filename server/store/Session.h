// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QString>

namespace hn::server {

// A login session. The token itself is never stored: only its SHA-256.
struct Session {
    QString id; // UUID
    QString userId;
    QByteArray tokenHash; // 32 bytes
    QString deviceName;   // as reported by the client ("Laptop Gemeinde Adorf")
    QString peer;         // address at login
    QDateTime createdAt;
    QDateTime lastUsedAt;
    QDateTime expiresAt;
    QDateTime revokedAt;  // null while valid
    QString revokeReason; // common::toString(SessionEndReason): "logout", "device-revoked", ...
    // For a revoked device: when its client was first told (schema 4).
    QDateTime wipeDeliveredAt;
};

} // namespace hn::server
