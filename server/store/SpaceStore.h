// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Space.h"

#include <QList>
#include <QSqlDatabase>
#include <optional>

namespace hn::server {

// Spaces and memberships (the content of spaces comes with the sync issue).
class SpaceStore {
public:
    explicit SpaceStore(QSqlDatabase db)
        : m_db(std::move(db)) {}

    // Throws Error(AlreadyExists, field "name") if the name is taken.
    void insert(const common::Space &space);
    bool update(const common::Space &space); // name, description, kind, flags
    std::optional<common::Space> findById(const QString &id) const;
    QList<common::Space> list() const; // ordered by name

    // Inserts or changes the level.
    void setMembership(const common::Membership &membership);
    bool removeMembership(const QString &spaceId, const QString &userId);
    std::optional<common::Membership> membership(const QString &spaceId,
                                                 const QString &userId) const;
    QList<common::Membership> membershipsOfUser(const QString &userId) const;
    QList<common::Membership> membersOfSpace(const QString &spaceId) const;

private:
    QSqlDatabase m_db;
};

} // namespace hn::server
