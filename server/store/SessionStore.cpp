// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/store/SessionStore.h"

#include "server/store/Sql.h"
#include "server/store/SqlQuery.h"

namespace hn::server {

namespace {

const QString kColumns =
    QStringLiteral("id, user_id, token_hash, device_name, peer, created_at, last_used_at, "
                   "expires_at, revoked_at, revoke_reason, wipe_delivered_at");

Session readSession(const SqlQuery &query) {
    Session session;
    session.id = query.value(0).toString();
    session.userId = query.value(1).toString();
    session.tokenHash = query.value(2).toByteArray();
    session.deviceName = query.value(3).toString();
    session.peer = query.value(4).toString();
    session.createdAt = sql::toTime(query.value(5));
    session.lastUsedAt = sql::toTime(query.value(6));
    session.expiresAt = sql::toTime(query.value(7));
    session.revokedAt = sql::toTime(query.value(8));
    session.revokeReason = query.value(9).toString();
    session.wipeDeliveredAt = sql::toTime(query.value(10));
    return session;
}

} // namespace

void SessionStore::insert(const Session &session) {
    SqlQuery query(
        m_db,
        QStringLiteral("INSERT INTO sessions (%1) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
            .arg(kColumns),
        QStringLiteral("insert session %1 of user %2").arg(session.id, session.userId));
    query.exec({session.id, session.userId, sql::fromBlob(session.tokenHash),
                sql::fromText(session.deviceName), sql::fromText(session.peer),
                sql::fromTime(session.createdAt), sql::fromTime(session.lastUsedAt),
                sql::fromTime(session.expiresAt), sql::fromTime(session.revokedAt),
                sql::fromText(session.revokeReason), sql::fromTime(session.wipeDeliveredAt)});
}

std::optional<Session> SessionStore::findByTokenHash(const QByteArray &tokenHash) const {
    // The context leaves the hash out: it is as good as the token for a lookup.
    SqlQuery query(m_db,
                   QStringLiteral("SELECT %1 FROM sessions WHERE token_hash = ?").arg(kColumns),
                   QStringLiteral("find session by token"));
    query.exec({sql::fromBlob(tokenHash)});
    if (!query.next())
        return std::nullopt;
    return readSession(query);
}

std::optional<Session> SessionStore::findById(const QString &id) const {
    SqlQuery query(m_db, QStringLiteral("SELECT %1 FROM sessions WHERE id = ?").arg(kColumns),
                   QStringLiteral("find session %1").arg(id));
    query.exec({id});
    if (!query.next())
        return std::nullopt;
    return readSession(query);
}

QList<Session> SessionStore::listForUser(const QString &userId) const {
    SqlQuery query(m_db,
                   QStringLiteral("SELECT %1 FROM sessions WHERE user_id = ? "
                                  "ORDER BY created_at DESC, id DESC")
                       .arg(kColumns),
                   QStringLiteral("list sessions of user %1").arg(userId));
    query.exec({userId});
    QList<Session> sessions;
    while (query.next())
        sessions.append(readSession(query));
    return sessions;
}

void SessionStore::touch(const QString &sessionId, const QDateTime &lastUsedAt,
                         const QDateTime &expiresAt) {
    SqlQuery query(
        m_db, QStringLiteral("UPDATE sessions SET last_used_at = ?, expires_at = ? WHERE id = ?"),
        QStringLiteral("touch session %1").arg(sessionId));
    query.exec({sql::fromTime(lastUsedAt), sql::fromTime(expiresAt), sessionId});
}

bool SessionStore::revoke(const QString &sessionId, const QDateTime &at, const QString &reason) {
    SqlQuery query(m_db,
                   QStringLiteral("UPDATE sessions SET revoked_at = ?, revoke_reason = ? "
                                  "WHERE id = ? AND revoked_at IS NULL"),
                   QStringLiteral("revoke session %1").arg(sessionId));
    query.exec({sql::fromTime(at), sql::fromText(reason), sessionId});
    return query.rowsAffected() > 0;
}

int SessionStore::revokeAllForUser(const QString &userId, const QDateTime &at,
                                   const QString &reason) {
    // Live means neither revoked nor expired at `at`; expired sessions keep
    // their record as it was.
    SqlQuery query(m_db,
                   QStringLiteral("UPDATE sessions SET revoked_at = ?, revoke_reason = ? "
                                  "WHERE user_id = ? AND revoked_at IS NULL "
                                  "AND (expires_at IS NULL OR expires_at > ?)"),
                   QStringLiteral("revoke sessions of user %1").arg(userId));
    query.exec({sql::fromTime(at), sql::fromText(reason), userId, sql::fromTime(at)});
    return query.rowsAffected();
}

bool SessionStore::revokeDevice(const QString &sessionId, const QDateTime &at) {
    SqlQuery query(m_db,
                   QStringLiteral("UPDATE sessions SET revoked_at = ?, revoke_reason = ?, "
                                  "wipe_delivered_at = NULL WHERE id = ?"),
                   QStringLiteral("revoke device of session %1").arg(sessionId));
    query.exec(
        {sql::fromTime(at), common::toString(common::SessionEndReason::DeviceRevoked), sessionId});
    return query.rowsAffected() > 0;
}

bool SessionStore::markWipeDelivered(const QString &sessionId, const QDateTime &at) {
    SqlQuery query(m_db,
                   QStringLiteral("UPDATE sessions SET wipe_delivered_at = ? "
                                  "WHERE id = ? AND wipe_delivered_at IS NULL"),
                   QStringLiteral("mark wipe delivered for session %1").arg(sessionId));
    query.exec({sql::fromTime(at), sessionId});
    return query.rowsAffected() > 0;
}

QList<common::Device> SessionStore::devices(const QString &userId, bool includeEnded,
                                            const QDateTime &now) const {
    QString sql = QStringLiteral("SELECT s.id, s.user_id, s.token_hash, s.device_name, s.peer, "
                                 "s.created_at, s.last_used_at, s.expires_at, s.revoked_at, "
                                 "s.revoke_reason, s.wipe_delivered_at, u.email "
                                 "FROM sessions s JOIN users u ON u.id = s.user_id WHERE 1 = 1");
    QVariantList values;
    if (!userId.isEmpty()) {
        sql += QStringLiteral(" AND s.user_id = ?");
        values << userId;
    }
    if (!includeEnded) {
        sql += QStringLiteral(" AND s.revoked_at IS NULL AND s.expires_at > ?");
        values << sql::fromTime(now);
    }
    sql += QStringLiteral(" ORDER BY s.last_used_at DESC, s.id");
    SqlQuery query(m_db, sql, QStringLiteral("list devices"));
    for (int i = 0; i < values.size(); ++i)
        query.raw().bindValue(i, values.at(i));
    query.exec();
    QList<common::Device> devices;
    while (query.next()) {
        const Session session = readSession(query);
        common::Device device;
        device.sessionId = session.id;
        device.userId = session.userId;
        device.userEmail = query.value(11).toString();
        device.deviceName = session.deviceName;
        device.peer = session.peer;
        device.createdAt = session.createdAt;
        device.lastUsedAt = session.lastUsedAt;
        device.expiresAt = session.expiresAt;
        device.wipeDeliveredAt = session.wipeDeliveredAt;
        if (session.revokedAt.isValid()) {
            device.endedAt = session.revokedAt;
            // A reason this program does not know still means "ended".
            device.endReason = common::parseSessionEndReason(session.revokeReason)
                                   .value_or(common::SessionEndReason::SessionsRevoked);
        } else if (session.expiresAt.isValid() && session.expiresAt <= now) {
            device.endedAt = session.expiresAt;
            device.endReason = common::SessionEndReason::Expired;
        }
        devices.append(device);
    }
    return devices;
}

QHash<QString, QDateTime> SessionStore::lastSeenByUser() const {
    SqlQuery query(
        m_db, QStringLiteral("SELECT user_id, MAX(last_used_at) FROM sessions GROUP BY user_id"),
        QStringLiteral("read last use per user"));
    query.exec();
    QHash<QString, QDateTime> seen;
    while (query.next())
        seen.insert(query.value(0).toString(), sql::toTime(query.value(1)));
    return seen;
}

qint64 SessionStore::countLive(const QDateTime &now) const {
    SqlQuery query(m_db,
                   QStringLiteral("SELECT COUNT(*) FROM sessions WHERE revoked_at IS NULL "
                                  "AND expires_at > ?"),
                   QStringLiteral("count live sessions"));
    query.exec({sql::fromTime(now)});
    return query.next() ? query.value(0).toLongLong() : 0;
}

int SessionStore::purgeBefore(const QDateTime &cutoff) {
    SqlQuery query(m_db,
                   QStringLiteral("DELETE FROM sessions WHERE expires_at < ? "
                                  "OR (revoked_at IS NOT NULL AND revoked_at < ?)"),
                   QStringLiteral("purge sessions"));
    query.exec({sql::fromTime(cutoff), sql::fromTime(cutoff)});
    return query.rowsAffected();
}

} // namespace hn::server
