// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/Device.h"

#include <array>
#include <utility>

namespace hn::common {

namespace {

constexpr std::array<std::pair<SessionEndReason, const char16_t *>, 8> kReasons{{
    {SessionEndReason::None, u""},
    {SessionEndReason::Expired, u"expired"},
    {SessionEndReason::LoggedOut, u"logout"},
    {SessionEndReason::PasswordChanged, u"password-changed"},
    {SessionEndReason::PasswordReset, u"password-reset"},
    {SessionEndReason::SessionsRevoked, u"sessions-revoked"},
    {SessionEndReason::DeviceRevoked, u"device-revoked"},
    {SessionEndReason::AccountDisabled, u"account-disabled"},
}};

} // namespace

QString toString(SessionEndReason reason) {
    for (const auto &[value, name] : kReasons) {
        if (value == reason)
            return QString::fromUtf16(name);
    }
    return {};
}

std::optional<SessionEndReason> parseSessionEndReason(const QString &name) {
    for (const auto &[value, text] : kReasons) {
        if (name == QString::fromUtf16(text))
            return value;
    }
    // Written by schema versions before 4: a role change ended every session
    // (the client logs in again and keeps its replica); a status change
    // ended them only when the account was disabled.
    if (name == u"role-changed")
        return SessionEndReason::SessionsRevoked;
    if (name == u"status-changed")
        return SessionEndReason::AccountDisabled;
    return std::nullopt;
}

} // namespace hn::common
