// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/core/Authentication.h"

#include "common/Bucket.h"
#include "common/Error.h"
#include "server/core/ActivationCodes.h"
#include "server/core/ChangeNotifier.h"
#include "server/core/LoginThrottle.h"
#include "server/core/PasswordHasher.h"
#include "server/core/Permissions.h"
#include "server/core/SessionToken.h"
#include "server/store/ActivationCodeStore.h"
#include "server/store/AuditLog.h"
#include "server/store/Database.h"
#include "server/store/RecordStore.h"
#include "server/store/SessionStore.h"
#include "server/store/UserStore.h"

#include <QUuid>

namespace hn::server {

using common::AccountStatus;
using common::AuditEntry;
using common::Error;

namespace {

QString newId() {
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

AuditEntry auditEntry(const QDateTime &at, const QString &action, const QString &actorId,
                      const QString &actorEmail, const QString &peer, QJsonObject details = {}) {
    AuditEntry entry;
    entry.at = at;
    entry.action = action;
    entry.actorId = actorId;
    entry.actorEmail = actorEmail;
    entry.targetType = QStringLiteral("user");
    entry.targetId = actorId;
    entry.peer = peer;
    entry.details = std::move(details);
    return entry;
}

} // namespace

Authentication::Authentication(Database &database, const common::Clock &clock,
                               const PasswordHasher &hasher, LoginThrottle &throttle,
                               SessionSettings settings, ChangeNotifier *notifier)
    : m_database(database)
    , m_clock(clock)
    , m_hasher(hasher)
    , m_throttle(throttle)
    , m_settings(settings)
    , m_notifier(notifier) {}

QDateTime Authentication::expiryAfterUse() const {
    return m_clock.now().addSecs(
        std::chrono::duration_cast<std::chrono::seconds>(m_settings.lifetime).count());
}

LoginResult Authentication::login(const LoginAttempt &attempt) {
    if (const auto wait = m_throttle.retryAfter(attempt.email, attempt.peer); wait.count() > 0) {
        throw Error::resourceExhausted(
            QStringLiteral("Too many failed logins; try again in %1 seconds.").arg(wait.count()));
    }

    UserStore users(m_database.connection());
    const std::optional<common::User> user = users.findByEmail(attempt.email);
    const std::optional<QByteArray> hash = user ? users.passwordHash(user->id) : std::nullopt;
    if (!user || !hash || hash->isEmpty()) {
        m_hasher.verifyAgainstDummy(attempt.password);
        failLogin(attempt, {},
                  user ? QStringLiteral("no-password-set") : QStringLiteral("unknown-account"));
    }
    if (!m_hasher.verify(*hash, attempt.password))
        failLogin(attempt, user->id, QStringLiteral("wrong-password"));

    // The password was right, so saying why the account cannot log in
    // reveals nothing to someone who does not already know it.
    if (user->status != AccountStatus::Active) {
        failLogin(attempt, user->id, QStringLiteral("account-") + common::toString(user->status));
    }

    m_throttle.recordSuccess(attempt.email);
    LoginResult result;
    const QDateTime now = m_clock.now();

    m_database.write([&](QSqlDatabase &db) {
        const Session session = openSession(db, user->id, attempt.deviceName, attempt.peer, result);
        if (m_hasher.needsRehash(*hash))
            UserStore(db).setPasswordHash(user->id, m_hasher.hash(attempt.password), now);
        AuditLog(db).append(auditEntry(now, QStringLiteral("auth.login"), user->id, user->email,
                                       attempt.peer,
                                       {{QStringLiteral("session"), session.id},
                                        {QStringLiteral("device"), session.deviceName}}));
        result.identity = Permissions::identityOf(db, *user);
    });
    return result;
}

Session Authentication::openSession(QSqlDatabase &db, const QString &userId,
                                    const QString &deviceName, const QString &peer,
                                    LoginResult &result) {
    result.token = SessionToken::generate();
    result.expiresAt = expiryAfterUse();
    const QDateTime now = m_clock.now();
    Session session;
    session.id = newId();
    session.userId = userId;
    session.tokenHash = SessionToken::hash(result.token);
    session.deviceName = deviceName;
    session.peer = peer;
    session.createdAt = now;
    session.lastUsedAt = now;
    session.expiresAt = result.expiresAt;
    SessionStore(db).insert(session);
    return session;
}

LoginResult Authentication::activate(const ActivationAttempt &attempt) {
    if (const auto wait = m_throttle.retryAfter(attempt.email, attempt.peer); wait.count() > 0) {
        throw Error::resourceExhausted(
            QStringLiteral("Too many failed attempts; try again in %1 seconds.").arg(wait.count()));
    }
    const QDateTime checkedAt = m_clock.now();
    QSqlDatabase readDb = m_database.connection();
    const std::optional<common::User> user = UserStore(readDb).findByEmail(attempt.email);
    if (!user)
        failActivation(attempt, {}, QStringLiteral("unknown-account"));
    if (!ActivationCodes::matches(readDb, user->id, attempt.code, checkedAt))
        failActivation(attempt, user->id, QStringLiteral("wrong-used-or-expired-code"));
    if (user->status == AccountStatus::Disabled) {
        throw Error::permissionDenied(
            QStringLiteral("Your account is disabled; ask an admin to enable it first."));
    }
    // Hashed before the transaction: it takes long and needs no lock.
    const QByteArray newHash = m_hasher.hash(attempt.newPassword);

    m_throttle.recordSuccess(attempt.email);
    LoginResult result;
    qint64 head = 0;
    m_database.write([&](QSqlDatabase &db) {
        const QDateTime now = m_clock.now();
        // Checked again under the write lock: two activations racing with
        // one code must not both succeed.
        if (!ActivationCodeStore(db).remove(user->id))
            throw Error::unauthenticated(
                QStringLiteral("E-mail address or activation code is wrong, used or expired."));
        UserStore users(db);
        common::User active = *user;
        active.status = AccountStatus::Active;
        active.updatedAt = now;
        users.setPasswordHash(user->id, newHash, now);
        users.update(active, user->id);
        const Session session = openSession(db, user->id, attempt.deviceName, attempt.peer, result);
        AuditLog(db).append(auditEntry(
            now, QStringLiteral("auth.activated"), user->id, user->email, attempt.peer,
            {{QStringLiteral("session"), session.id},
             {QStringLiteral("device"), session.deviceName},
             {QStringLiteral("before"),
              QJsonObject{{QStringLiteral("status"), common::toString(user->status)}}},
             {QStringLiteral("after"),
              QJsonObject{{QStringLiteral("status"), common::toString(active.status)}}}}));
        result.identity = Permissions::identityOf(db, active);
        head = RecordStore(db).headSeq();
    });
    // A pending account had no directory entry; now it has one.
    if (m_notifier && user->status != AccountStatus::Active) {
        m_notifier->publishAccessChanged(user->id);
        m_notifier->publish({common::Bucket::directory()}, head);
    }
    return result;
}

void Authentication::failActivation(const ActivationAttempt &attempt, const QString &userId,
                                    const QString &reason) {
    m_throttle.recordFailure(attempt.email, attempt.peer);
    m_database.write([&](QSqlDatabase &db) {
        AuditLog(db).append(auditEntry(m_clock.now(), QStringLiteral("auth.activation_failed"),
                                       userId, attempt.email, attempt.peer,
                                       {{QStringLiteral("reason"), reason}}));
    });
    throw Error::unauthenticated(
        QStringLiteral("E-mail address or activation code is wrong, used or expired."));
}

std::optional<common::SessionEndReason> Authentication::sessionEnd(const QString &token) {
    if (!SessionToken::isWellFormed(token))
        return std::nullopt;
    const QByteArray tokenHash = SessionToken::hash(token);
    const std::optional<Session> session =
        SessionStore(m_database.connection()).findByTokenHash(tokenHash);
    if (!session)
        return std::nullopt;
    if (!session->revokedAt.isValid()) {
        if (session->expiresAt.isValid() && session->expiresAt <= m_clock.now())
            return common::SessionEndReason::Expired;
        return std::nullopt;
    }
    const common::SessionEndReason reason =
        common::parseSessionEndReason(session->revokeReason)
            .value_or(common::SessionEndReason::SessionsRevoked);
    if (reason == common::SessionEndReason::DeviceRevoked && !session->wipeDeliveredAt.isValid()) {
        m_database.write([&](QSqlDatabase &db) {
            const QDateTime now = m_clock.now();
            if (!SessionStore(db).markWipeDelivered(session->id, now))
                return;
            common::AuditEntry entry =
                auditEntry(now, QStringLiteral("device.wipe_delivered"), session->userId, {}, {},
                           {{QStringLiteral("session"), session->id}});
            entry.targetType = QStringLiteral("session");
            entry.targetId = session->id;
            AuditLog(db).append(entry);
        });
    }
    return reason;
}

void Authentication::failLogin(const LoginAttempt &attempt, const QString &userId,
                               const QString &reason) {
    m_throttle.recordFailure(attempt.email, attempt.peer);
    m_database.write([&](QSqlDatabase &db) {
        AuditLog(db).append(auditEntry(m_clock.now(), QStringLiteral("auth.login_failed"), userId,
                                       attempt.email, attempt.peer,
                                       {{QStringLiteral("reason"), reason}}));
    });
    if (reason.startsWith(QStringLiteral("account-pending")))
        throw Error::permissionDenied(QStringLiteral("Your account has not been activated yet."));
    if (reason.startsWith(QStringLiteral("account-disabled")))
        throw Error::permissionDenied(QStringLiteral("Your account is disabled."));
    throw Error::unauthenticated(QStringLiteral("E-mail address or password is wrong."));
}

Caller Authentication::authenticate(const QString &token, const QString &peer) {
    if (token.isEmpty()) {
        throw Error::unauthenticated(
            QStringLiteral("No session token; send 'authorization: Bearer <token>' from Login."));
    }
    if (!SessionToken::isWellFormed(token))
        throw Error::unauthenticated(QStringLiteral("The session token is malformed."));

    QSqlDatabase db = m_database.connection();
    const std::optional<Session> session =
        SessionStore(db).findByTokenHash(SessionToken::hash(token));
    if (!session)
        throw Error::unauthenticated(QStringLiteral("The session is unknown; log in again."));
    if (session->revokedAt.isValid()) {
        throw Error::unauthenticated(
            QStringLiteral("The session was ended (%1); log in again.").arg(session->revokeReason));
    }
    const QDateTime now = m_clock.now();
    if (session->expiresAt <= now)
        throw Error::unauthenticated(QStringLiteral("The session has expired; log in again."));

    const std::optional<common::User> user = UserStore(db).findById(session->userId);
    if (!user || user->status != AccountStatus::Active)
        throw Error::unauthenticated(QStringLiteral("The account is not active."));

    Caller caller{*user, *session, peer};
    if (session->lastUsedAt.secsTo(now) >= m_settings.touchInterval.count()) {
        caller.session.lastUsedAt = now;
        caller.session.expiresAt = expiryAfterUse();
        m_database.write([&](QSqlDatabase &wdb) {
            SessionStore(wdb).touch(session->id, now, caller.session.expiresAt);
        });
    }
    return caller;
}

void Authentication::logout(const Caller &caller) {
    m_database.write([&](QSqlDatabase &db) {
        const QDateTime now = m_clock.now();
        SessionStore(db).revoke(caller.session.id, now,
                                common::toString(common::SessionEndReason::LoggedOut));
        AuditLog(db).append(auditEntry(now, QStringLiteral("auth.logout"), caller.user.id,
                                       caller.user.email, caller.peer,
                                       {{QStringLiteral("session"), caller.session.id}}));
    });
}

void Authentication::changePassword(const Caller &caller, std::string_view currentPassword,
                                    std::string_view newPassword) {
    const QString &email = caller.user.email;
    if (const auto wait = m_throttle.retryAfter(email, caller.peer); wait.count() > 0) {
        throw Error::resourceExhausted(
            QStringLiteral("Too many wrong passwords; try again in %1 seconds.").arg(wait.count()));
    }
    const std::optional<QByteArray> hash =
        UserStore(m_database.connection()).passwordHash(caller.user.id);
    if (!hash || !m_hasher.verify(*hash, currentPassword)) {
        m_throttle.recordFailure(email, caller.peer);
        throw Error::invalidArgument(QStringLiteral("current_password"),
                                     QStringLiteral("is not the account's password"));
    }
    if (m_hasher.verify(*hash, newPassword)) {
        throw Error::invalidArgument(QStringLiteral("new_password"),
                                     QStringLiteral("is the same as the current password"));
    }
    const QByteArray newHash = m_hasher.hash(newPassword);

    m_database.write([&](QSqlDatabase &db) {
        const QDateTime now = m_clock.now();
        UserStore(db).setPasswordHash(caller.user.id, newHash, now);
        SessionStore sessions(db);
        int ended = 0;
        for (const Session &s : sessions.listForUser(caller.user.id)) {
            if (s.id != caller.session.id
                && sessions.revoke(s.id, now,
                                   common::toString(common::SessionEndReason::PasswordChanged)))
                ++ended;
        }
        AuditLog(db).append(auditEntry(now, QStringLiteral("auth.password_changed"), caller.user.id,
                                       email, caller.peer,
                                       {{QStringLiteral("ended_sessions"), ended}}));
    });
}

common::Identity Authentication::identityOf(const Caller &caller) {
    return Permissions::identityOf(m_database.connection(), caller.user);
}

} // namespace hn::server
