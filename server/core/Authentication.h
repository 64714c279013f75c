// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Clock.h"
#include "common/Device.h"
#include "common/Identity.h"
#include "server/core/Caller.h"

#include <QSqlDatabase>
#include <chrono>
#include <string_view>

namespace hn::server {

class ChangeNotifier;
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

// An activation as received (Auth.ActivateAccount), validated for form.
struct ActivationAttempt {
    QString email; // lower-case
    QString code;  // as typed
    std::string_view newPassword;
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
                   LoginThrottle &throttle, SessionSettings settings,
                   ChangeNotifier *notifier = nullptr);

    // Throws ResourceExhausted (throttled, before hashing), Unauthenticated
    // (the same for unknown e-mail and wrong password), PermissionDenied
    // (right password, account pending or disabled).
    LoginResult login(const LoginAttempt &attempt);
    // Checks the one-time code (throttled like a login), sets the password,
    // makes a pending account active, uses the code up and opens a session.
    // Throws ResourceExhausted, Unauthenticated (the same for a wrong
    // e-mail and an unknown, used or expired code), PermissionDenied (a
    // disabled account; the code stays).
    LoginResult activate(const ActivationAttempt &attempt);
    // Why the session behind `token` ended, if it is a session that ended
    // (revoked, or expired); nullopt for a live or unknown token. The first
    // time a DeviceRevoked end is reported, its delivery time is recorded
    // (Device.wipe_delivered_at): only the token's holder can ask this.
    std::optional<common::SessionEndReason> sessionEnd(const QString &token);
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
    [[noreturn]] void failActivation(const ActivationAttempt &attempt, const QString &userId,
                                     const QString &reason);
    Session openSession(QSqlDatabase &db, const QString &userId, const QString &deviceName,
                        const QString &peer, LoginResult &result);

    Database &m_database;
    const common::Clock &m_clock;
    const PasswordHasher &m_hasher;
    LoginThrottle &m_throttle;
    SessionSettings m_settings;
    ChangeNotifier *m_notifier;
};

} // namespace hn::server
