// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Device.h"
#include "server/store/Session.h"

#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <optional>

namespace hn::server {

class SessionStore {
public:
    explicit SessionStore(QSqlDatabase db)
        : m_db(std::move(db)) {}

    void insert(const Session &session);
    std::optional<Session> findByTokenHash(const QByteArray &tokenHash) const;
    std::optional<Session> findById(const QString &id) const;
    QList<Session> listForUser(const QString &userId) const; // newest first, revoked included
    // Sliding expiry: stamps last use and moves the expiry.
    void touch(const QString &sessionId, const QDateTime &lastUsedAt, const QDateTime &expiresAt);
    // Returns false if it was already revoked or does not exist.
    bool revoke(const QString &sessionId, const QDateTime &at, const QString &reason);
    // Revokes every live session of the user; returns how many.
    int revokeAllForUser(const QString &userId, const QDateTime &at, const QString &reason);
    // Ends the session as a revoked device (also one that had already
    // ended otherwise: its client must still wipe on its next contact);
    // false if there is no such session.
    bool revokeDevice(const QString &sessionId, const QDateTime &at);
    // Stamps the first delivery of a remote wipe order; false if it was
    // already stamped (only the first answer counts).
    bool markWipeDelivered(const QString &sessionId, const QDateTime &at);
    // Sessions as devices with their user's e-mail, most recently used
    // first: of one user (or all when empty), ended ones only if asked.
    // A session past its expiry counts as ended (Expired) at `now`.
    QList<common::Device> devices(const QString &userId, bool includeEnded,
                                  const QDateTime &now) const;
    // Per user id, the last use of any of their sessions.
    QHash<QString, QDateTime> lastSeenByUser() const;
    // Sessions neither revoked nor expired at `now`.
    qint64 countLive(const QDateTime &now) const;
    // Deletes sessions expired or revoked before `cutoff`; returns how many.
    int purgeBefore(const QDateTime &cutoff);

private:
    QSqlDatabase m_db;
};

} // namespace hn::server
