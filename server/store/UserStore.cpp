// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/store/UserStore.h"

#include "common/Error.h"
#include "server/store/RecordMirror.h"
#include "server/store/Sql.h"
#include "server/store/SqlQuery.h"

#include <QSqlError>

namespace hn::server {

using common::Error;
using common::User;

namespace {

const QString kColumns = QStringLiteral(
    "id, email, display_name, organization, municipality, affiliation, role, status, "
    "created_at, updated_at");

User readUser(const SqlQuery &query) {
    User user;
    user.id = query.value(0).toString();
    user.email = query.value(1).toString();
    user.displayName = query.value(2).toString();
    user.organization = query.value(3).toString();
    user.municipality = query.value(4).toString();
    user.affiliation = sql::decode(common::parseAffiliation(query.value(5).toString()),
                                   query.value(5), "users", user.id, "affiliation");
    user.role = sql::decode(common::parseGlobalRole(query.value(6).toString()), query.value(6),
                            "users", user.id, "role");
    user.status = sql::decode(common::parseAccountStatus(query.value(7).toString()), query.value(7),
                              "users", user.id, "status");
    user.createdAt = sql::toTime(query.value(8));
    user.updatedAt = sql::toTime(query.value(9));
    return user;
}

std::optional<User> findOne(const QSqlDatabase &db, const QString &column, const QString &value,
                            const QString &context) {
    SqlQuery query(db, QStringLiteral("SELECT %1 FROM users WHERE %2 = ?").arg(kColumns, column),
                   context);
    query.exec({value});
    if (!query.next())
        return std::nullopt;
    return readUser(query);
}

} // namespace

void UserStore::insert(const User &user, const QByteArray &passwordHash, const QString &actorId) {
    sql::writeTransaction(m_db, [&](QSqlDatabase &db) {
        SqlQuery query(db,
                       QStringLiteral("INSERT INTO users (%1, password_hash, password_changed_at) "
                                      "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                           .arg(kColumns),
                       QStringLiteral("insert user %1").arg(user.email));
        try {
            query.exec(
                {user.id, sql::fromText(user.email), sql::fromText(user.displayName),
                 sql::fromText(user.organization), sql::fromText(user.municipality),
                 common::toString(user.affiliation), common::toString(user.role),
                 common::toString(user.status), sql::fromTime(user.createdAt),
                 sql::fromTime(user.updatedAt), sql::fromBlob(passwordHash),
                 passwordHash.isEmpty() ? sql::fromTime({}) : sql::fromTime(user.createdAt)});
        } catch (const Error &error) {
            if (error.code() == common::ErrorCode::AlreadyExists
                && sql::uniqueViolationMentions(query.raw().lastError().text(),
                                                QStringLiteral("users"), QStringLiteral("email"))) {
                throw Error(
                    common::ErrorCode::AlreadyExists,
                    QStringLiteral("the e-mail address %1 is already registered").arg(user.email),
                    QStringLiteral("email"));
            }
            throw;
        }
        RecordMirror::writeUser(db, user, {actorId, user.createdAt});
    });
}

bool UserStore::update(const User &user, const QString &actorId) {
    bool updated = false;
    sql::writeTransaction(m_db, [&](QSqlDatabase &db) {
        SqlQuery query(db,
                       QStringLiteral("UPDATE users SET display_name = ?, organization = ?, "
                                      "municipality = ?, affiliation = ?, role = ?, status = ?, "
                                      "updated_at = ? WHERE id = ?"),
                       QStringLiteral("update user %1").arg(user.id));
        query.exec({sql::fromText(user.displayName), sql::fromText(user.organization),
                    sql::fromText(user.municipality), common::toString(user.affiliation),
                    common::toString(user.role), common::toString(user.status),
                    sql::fromTime(user.updatedAt), user.id});
        updated = query.rowsAffected() > 0;
        if (updated) {
            // The e-mail cannot change here; the directory shows the stored one.
            const std::optional<User> stored = findOne(db, QStringLiteral("id"), user.id,
                                                       QStringLiteral("find user %1").arg(user.id));
            if (stored)
                RecordMirror::writeUser(db, *stored, {actorId, user.updatedAt});
        }
    });
    return updated;
}

std::optional<User> UserStore::findById(const QString &id) const {
    return findOne(m_db, QStringLiteral("id"), id, QStringLiteral("find user %1").arg(id));
}

std::optional<User> UserStore::findByEmail(const QString &email) const {
    return findOne(m_db, QStringLiteral("email"), email,
                   QStringLiteral("find user by e-mail %1").arg(email));
}

QList<User> UserStore::list() const {
    SqlQuery query(m_db, QStringLiteral("SELECT %1 FROM users ORDER BY email").arg(kColumns),
                   QStringLiteral("list users"));
    query.exec();
    QList<User> users;
    while (query.next())
        users.append(readUser(query));
    return users;
}

int UserStore::countActiveAdmins() const {
    SqlQuery query(m_db, QStringLiteral("SELECT COUNT(*) FROM users WHERE role = ? AND status = ?"),
                   QStringLiteral("count active admins"));
    query.exec({common::toString(common::GlobalRole::Admin),
                common::toString(common::AccountStatus::Active)});
    return query.next() ? query.value(0).toInt() : 0;
}

QList<UserStore::Count> UserStore::countByRoleAndStatus() const {
    SqlQuery query(m_db,
                   QStringLiteral("SELECT role, status, COUNT(*) FROM users GROUP BY role, status "
                                  "ORDER BY role, status"),
                   QStringLiteral("count users by role and status"));
    query.exec();
    QList<Count> counts;
    while (query.next()) {
        counts.append({sql::decode(common::parseGlobalRole(query.value(0).toString()),
                                   query.value(0), "users", QStringLiteral("*"), "role"),
                       sql::decode(common::parseAccountStatus(query.value(1).toString()),
                                   query.value(1), "users", QStringLiteral("*"), "status"),
                       query.value(2).toLongLong()});
    }
    return counts;
}

std::optional<QByteArray> UserStore::passwordHash(const QString &userId) const {
    SqlQuery query(m_db, QStringLiteral("SELECT password_hash FROM users WHERE id = ?"),
                   QStringLiteral("read password hash of user %1").arg(userId));
    query.exec({userId});
    // An account without a password (none set yet) answers like an unknown
    // one: there is nothing to check a password against.
    if (!query.next() || query.value(0).isNull())
        return std::nullopt;
    return query.value(0).toByteArray();
}

void UserStore::setPasswordHash(const QString &userId, const QByteArray &hash,
                                const QDateTime &now) {
    SqlQuery query(m_db,
                   QStringLiteral("UPDATE users SET password_hash = ?, password_changed_at = ?, "
                                  "updated_at = ? WHERE id = ?"),
                   QStringLiteral("set password of user %1").arg(userId));
    query.exec({sql::fromBlob(hash), sql::fromTime(now), sql::fromTime(now), userId});
    if (query.rowsAffected() == 0)
        throw Error::notFound(QStringLiteral("user %1 does not exist").arg(userId));
}

} // namespace hn::server
