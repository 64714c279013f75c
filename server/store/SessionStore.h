// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "server/store/Session.h"

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
    // Deletes sessions expired or revoked before `cutoff`; returns how many.
    int purgeBefore(const QDateTime &cutoff);

private:
    QSqlDatabase m_db;
};

} // namespace hn::server
