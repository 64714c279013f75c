// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/User.h"

#include <QList>
#include <QSqlDatabase>
#include <optional>

namespace hn::server {

// Accounts. Bound to one connection; use inside Database::write for writes.
// insert() and update() also write the account's DirectoryEntry record
// (RecordMirror) in the same transaction; `actorId` is who made the change.
class UserStore {
public:
    explicit UserStore(QSqlDatabase db)
        : m_db(std::move(db)) {}

    // Throws Error(AlreadyExists, field "email") if the e-mail is taken.
    void insert(const common::User &user, const QByteArray &passwordHash,
                const QString &actorId = {});
    // Profile, role and status; the e-mail and id stay. Returns false if no such user.
    bool update(const common::User &user, const QString &actorId = {});
    std::optional<common::User> findById(const QString &id) const;
    std::optional<common::User> findByEmail(const QString &email) const; // lower-case
    QList<common::User> list() const;                                    // ordered by e-mail
    int countActiveAdmins() const;
    struct Count {
        common::GlobalRole role;
        common::AccountStatus status;
        qint64 count;
    };
    // Accounts per role and status; combinations without accounts left out.
    QList<Count> countByRoleAndStatus() const;

    std::optional<QByteArray> passwordHash(const QString &userId) const;
    void setPasswordHash(const QString &userId, const QByteArray &hash, const QDateTime &now);

private:
    QSqlDatabase m_db;
};

} // namespace hn::server
