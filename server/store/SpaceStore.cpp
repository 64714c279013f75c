// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/store/SpaceStore.h"

#include "common/Error.h"
#include "server/store/RecordMirror.h"
#include "server/store/Sql.h"
#include "server/store/SqlQuery.h"

#include <QSqlError>

namespace hn::server {

using common::Error;
using common::Membership;
using common::Space;

namespace {

const QString kSpaceColumns =
    QStringLiteral("spaces.id, spaces.name, spaces.description, spaces.kind, spaces.guest_visible, "
                   "spaces.archived, spaces.created_at, spaces.created_by");
const QString kMembershipColumns = QStringLiteral(
    "memberships.space_id, memberships.user_id, memberships.level, memberships.granted_at, "
    "memberships.granted_by");

Space readSpace(const SqlQuery &query) {
    Space space;
    space.id = query.value(0).toString();
    space.name = query.value(1).toString();
    space.description = query.value(2).toString();
    space.kind = sql::decode(common::parseSpaceKind(query.value(3).toString()), query.value(3),
                             "spaces", space.id, "kind");
    space.guestVisible = query.value(4).toInt() != 0;
    space.archived = query.value(5).toInt() != 0;
    space.createdAt = sql::toTime(query.value(6));
    space.createdBy = query.value(7).toString();
    return space;
}

Membership readMembership(const SqlQuery &query) {
    Membership membership;
    membership.spaceId = query.value(0).toString();
    membership.userId = query.value(1).toString();
    membership.level = sql::decode(
        common::parseSpaceLevel(query.value(2).toString()), query.value(2), "memberships",
        membership.spaceId + QLatin1Char('/') + membership.userId, "level");
    membership.grantedAt = sql::toTime(query.value(3));
    membership.grantedBy = query.value(4).toString();
    return membership;
}

QList<Membership> readMemberships(SqlQuery &query) {
    QList<Membership> memberships;
    while (query.next())
        memberships.append(readMembership(query));
    return memberships;
}

// Runs a statement that writes a space's name and names the field when the
// name is taken, so the console and client can point at it.
void execNamed(SqlQuery &query, const Space &space, std::initializer_list<QVariant> values) {
    try {
        query.exec(values);
    } catch (const Error &error) {
        if (error.code() == common::ErrorCode::AlreadyExists
            && sql::uniqueViolationMentions(query.raw().lastError().text(),
                                            QStringLiteral("spaces"), QStringLiteral("name"))) {
            throw Error(common::ErrorCode::AlreadyExists,
                        QStringLiteral("a space named \"%1\" already exists").arg(space.name),
                        QStringLiteral("name"));
        }
        throw;
    }
}

} // namespace

void SpaceStore::insert(const Space &space) {
    sql::writeTransaction(m_db, [&](QSqlDatabase &db) {
        SqlQuery query(
            db,
            QStringLiteral("INSERT INTO spaces (id, name, description, kind, guest_visible, "
                           "archived, created_at, created_by) "
                           "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
            QStringLiteral("insert space %1").arg(space.name));
        execNamed(query, space,
                  {space.id, sql::fromText(space.name), sql::fromText(space.description),
                   common::toString(space.kind), sql::fromBool(space.guestVisible),
                   sql::fromBool(space.archived), sql::fromTime(space.createdAt),
                   sql::fromText(space.createdBy)});
        RecordMirror::writeSpace(db, space, {space.createdBy, space.createdAt});
    });
}

bool SpaceStore::update(const Space &space, const ChangeStamp &stamp) {
    bool updated = false;
    sql::writeTransaction(m_db, [&](QSqlDatabase &db) {
        SqlQuery query(db,
                       QStringLiteral("UPDATE spaces SET name = ?, description = ?, kind = ?, "
                                      "guest_visible = ?, archived = ? WHERE id = ?"),
                       QStringLiteral("update space %1").arg(space.id));
        execNamed(query, space,
                  {sql::fromText(space.name), sql::fromText(space.description),
                   common::toString(space.kind), sql::fromBool(space.guestVisible),
                   sql::fromBool(space.archived), space.id});
        updated = query.rowsAffected() > 0;
        if (updated)
            RecordMirror::writeSpace(db, space, stamp);
    });
    return updated;
}

std::optional<Space> SpaceStore::findById(const QString &id) const {
    SqlQuery query(m_db, QStringLiteral("SELECT %1 FROM spaces WHERE id = ?").arg(kSpaceColumns),
                   QStringLiteral("find space %1").arg(id));
    query.exec({id});
    if (!query.next())
        return std::nullopt;
    return readSpace(query);
}

QList<Space> SpaceStore::list() const {
    SqlQuery query(m_db,
                   QStringLiteral("SELECT %1 FROM spaces ORDER BY name, id").arg(kSpaceColumns),
                   QStringLiteral("list spaces"));
    query.exec();
    QList<Space> spaces;
    while (query.next())
        spaces.append(readSpace(query));
    return spaces;
}

void SpaceStore::setMembership(const Membership &membership) {
    sql::writeTransaction(m_db, [&](QSqlDatabase &db) {
        // Upsert (SQLite ≥ 3.24, PostgreSQL ≥ 9.5): a change of level is a new
        // grant, so its time and grantor are replaced too.
        SqlQuery query(
            db,
            QStringLiteral("INSERT INTO memberships (space_id, user_id, level, granted_at, "
                           "granted_by) VALUES (?, ?, ?, ?, ?) "
                           "ON CONFLICT (space_id, user_id) DO UPDATE SET "
                           "level = excluded.level, granted_at = excluded.granted_at, "
                           "granted_by = excluded.granted_by"),
            QStringLiteral("set membership of user %1 in space %2")
                .arg(membership.userId, membership.spaceId));
        query.exec({membership.spaceId, membership.userId, common::toString(membership.level),
                    sql::fromTime(membership.grantedAt), sql::fromText(membership.grantedBy)});
        RecordMirror::writeMembership(db, membership);
    });
}

bool SpaceStore::removeMembership(const QString &spaceId, const QString &userId,
                                  const ChangeStamp &stamp) {
    bool removed = false;
    sql::writeTransaction(m_db, [&](QSqlDatabase &db) {
        SqlQuery query(
            db, QStringLiteral("DELETE FROM memberships WHERE space_id = ? AND user_id = ?"),
            QStringLiteral("remove membership of user %1 in space %2").arg(userId, spaceId));
        query.exec({spaceId, userId});
        removed = query.rowsAffected() > 0;
        if (removed)
            RecordMirror::removeMembership(db, spaceId, userId, stamp);
    });
    return removed;
}

std::optional<Membership> SpaceStore::membership(const QString &spaceId,
                                                 const QString &userId) const {
    SqlQuery query(m_db,
                   QStringLiteral("SELECT %1 FROM memberships WHERE space_id = ? AND user_id = ?")
                       .arg(kMembershipColumns),
                   QStringLiteral("find membership of user %1 in space %2").arg(userId, spaceId));
    query.exec({spaceId, userId});
    if (!query.next())
        return std::nullopt;
    return readMembership(query);
}

QList<Membership> SpaceStore::membershipsOfUser(const QString &userId) const {
    SqlQuery query(m_db,
                   QStringLiteral("SELECT %1 FROM memberships "
                                  "JOIN spaces ON spaces.id = memberships.space_id "
                                  "WHERE memberships.user_id = ? ORDER BY spaces.name, spaces.id")
                       .arg(kMembershipColumns),
                   QStringLiteral("list memberships of user %1").arg(userId));
    query.exec({userId});
    return readMemberships(query);
}

QList<Membership> SpaceStore::membersOfSpace(const QString &spaceId) const {
    SqlQuery query(m_db,
                   QStringLiteral("SELECT %1 FROM memberships "
                                  "JOIN users ON users.id = memberships.user_id "
                                  "WHERE memberships.space_id = ? ORDER BY users.email, users.id")
                       .arg(kMembershipColumns),
                   QStringLiteral("list members of space %1").arg(spaceId));
    query.exec({spaceId});
    return readMemberships(query);
}

QHash<QString, qint64> SpaceStore::memberCounts() const {
    SqlQuery query(m_db,
                   QStringLiteral("SELECT space_id, COUNT(*) FROM memberships GROUP BY space_id"),
                   QStringLiteral("count members per space"));
    query.exec();
    QHash<QString, qint64> counts;
    while (query.next())
        counts.insert(query.value(0).toString(), query.value(1).toLongLong());
    return counts;
}

} // namespace hn::server
