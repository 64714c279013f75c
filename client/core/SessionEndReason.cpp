// SPDX-License-Identifier: GPL-3.0-or-later
#include "client/core/SessionEndReason.h"

#include <array>
#include <utility>

namespace hn::client {

namespace {

constexpr std::array<std::pair<SessionEndReason, const char *>, 7> kNames{{
    {SessionEndReason::Expired, "expired"},
    {SessionEndReason::LoggedOut, "logged_out"},
    {SessionEndReason::PasswordChanged, "password_changed"},
    {SessionEndReason::PasswordReset, "password_reset"},
    {SessionEndReason::SessionsRevoked, "sessions_revoked"},
    {SessionEndReason::DeviceRevoked, "device_revoked"},
    {SessionEndReason::AccountDisabled, "account_disabled"},
}};

const QString kFieldPrefix = QStringLiteral("hn-session-end:");

std::optional<SessionEndReason> parseName(const QString &name) {
    for (const auto &[reason, text] : kNames) {
        if (name == QLatin1String(text))
            return reason;
    }
    return std::nullopt;
}

} // namespace

QString toString(SessionEndReason reason) {
    for (const auto &[value, text] : kNames) {
        if (value == reason)
            return QString::fromLatin1(text);
    }
    return QStringLiteral("unknown");
}

std::optional<SessionEndReason> parseWireSessionEndReason(const QString &wireName) {
    static const QString prefix = QStringLiteral("SESSION_END_REASON_");
    if (!wireName.startsWith(prefix))
        return std::nullopt;
    return parseName(wireName.mid(prefix.size()).toLower());
}

std::optional<SessionEndReason> sessionEndReason(const common::Error &error) {
    if (error.code() != common::ErrorCode::Unauthenticated
        || !error.field().startsWith(kFieldPrefix))
        return std::nullopt;
    return parseName(error.field().mid(kFieldPrefix.size()));
}

QString sessionEndField(SessionEndReason reason) {
    return kFieldPrefix + toString(reason);
}

} // namespace hn::client
