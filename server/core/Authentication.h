// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Clock.h"
#include "common/Identity.h"
#include "server/core/Caller.h"

#include <chrono>
#include <string_view>

namespace hn::server {

class Database;
class LoginThrottle;
class PasswordHasher;

struct SessionSettings {
    // A token unused for this long expires; each use moves the expiry.
    std::chrono::hours lifetime{24 * 30};
    // Use is written back at most this often, so reads stay reads.
    std::chrono::seconds touchInterval{60};
};

// A login as received: already validated for form (see common/Validation).
struct LoginAttempt {
    QString email; // lower-case
    std::string_view password;
    QString deviceName;
    QString peer;
};

struct LoginResult {
    QString token;
    QDateTime expiresAt;
    common::Identity identity;
};

// Logins, sessions and passwords. Every outcome that matters is written to
// the audit log in the same transaction as the change it describes.
class Authentication {
public:
    Authentication(Database &database, const common::Clock &clock, const PasswordHasher &hasher,
                   LoginThrottle &throttle, SessionSettings settings);

    // Throws ResourceExhausted (throttled, before hashing), Unauthenticated
    // (the same for unknown e-mail and wrong password), PermissionDenied
    // (right password, account pending or disabled).
    LoginResult login(const LoginAttempt &attempt);
    // Resolves a bearer token to its caller, or throws Unauthenticated
    // saying whether it is malformed, unknown, ended or expired.
    Caller authenticate(const QString &token, const QString &peer);
    void logout(const Caller &caller);
    // Checks the current password (throttled like a login), stores the new
    // hash and ends every other session of the account.
    void changePassword(const Caller &caller, std::string_view currentPassword,
                        std::string_view newPassword);
    common::Identity identityOf(const Caller &caller);
    QDateTime expiryAfterUse() const;

private:
    [[noreturn]] void failLogin(const LoginAttempt &attempt, const QString &userId,
                                const QString &reason);

    Database &m_database;
    const common::Clock &m_clock;
    const PasswordHasher &m_hasher;
    LoginThrottle &m_throttle;
    SessionSettings m_settings;
};

} // namespace hn::server
