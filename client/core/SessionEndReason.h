// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Error.h"

#include <QString>
#include <optional>

namespace hn::client {

// Why the server ended a session (admin.proto SessionEndReason), as the
// client learns it from the `hn-session-end` trailer of an UNAUTHENTICATED
// answer. DeviceRevoked obliges the client to wipe the profile.
enum class SessionEndReason {
    Expired,
    LoggedOut,
    PasswordChanged,
    PasswordReset,
    SessionsRevoked,
    DeviceRevoked,
    AccountDisabled,
};

// Stable lower-case names ("device_revoked") for logs, JSON and the console.
QString toString(SessionEndReason reason);
// From the wire name ("SESSION_END_REASON_DEVICE_REVOKED"); nullopt for
// UNSPECIFIED and names this build does not know.
std::optional<SessionEndReason> parseWireSessionEndReason(const QString &wireName);

// The reason kept on an error made by RemoteError, if the server said the
// session ended. RemoteError puts it in the error's field as
// "hn-session-end:<name>", because common::Error has no other slot and an
// UNAUTHENTICATED answer never names an input field.
std::optional<SessionEndReason> sessionEndReason(const common::Error &error);
QString sessionEndField(SessionEndReason reason);

} // namespace hn::client
