// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/store/SessionStore.h"

#include "server/store/Sql.h"
#include "server/store/SqlQuery.h"

namespace hn::server {

namespace {

const QString kColumns =
    QStringLiteral("id, user_id, token_hash, device_name, peer, created_at, last_used_at, "
                   "expires_at, revoked_at, revoke_reason");

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
    return session;
}

} // namespace

void SessionStore::insert(const Session &session) {
    SqlQuery query(m_db,
                   QStringLiteral("INSERT INTO sessions (%1) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                       .arg(kColumns),
                   QStringLiteral("insert session %1 of user %2").arg(session.id, session.userId));
    query.exec({session.id, session.userId, sql::fromBlob(session.tokenHash),
                sql::fromText(session.deviceName), sql::fromText(session.peer),
                sql::fromTime(session.createdAt), sql::fromTime(session.lastUsedAt),
                sql::fromTime(session.expiresAt), sql::fromTime(session.revokedAt),
                sql::fromText(session.revokeReason)});
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

int SessionStore::purgeBefore(const QDateTime &cutoff) {
    SqlQuery query(m_db,
                   QStringLiteral("DELETE FROM sessions WHERE expires_at < ? "
                                  "OR (revoked_at IS NOT NULL AND revoked_at < ?)"),
                   QStringLiteral("purge sessions"));
    query.exec({sql::fromTime(cutoff), sql::fromTime(cutoff)});
    return query.rowsAffected();
}

} // namespace hn::server
