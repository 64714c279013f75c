// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Space.h"
#include "server/store/RecordStore.h"

#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <optional>

namespace hn::server {

// Spaces and memberships. Every write also updates their synced records
// (RecordMirror) in the same transaction: a Space record and Membership
// records in the space's bucket, each change with its own seq.
class SpaceStore {
public:
    explicit SpaceStore(QSqlDatabase db)
        : m_db(std::move(db)) {}

    // Throws Error(AlreadyExists, field "name") if the name is taken.
    void insert(const common::Space &space);
    // Name, description, kind, flags. `stamp` says who changed it and when
    // (the synced record's updated_by/at).
    bool update(const common::Space &space, const ChangeStamp &stamp = {});
    std::optional<common::Space> findById(const QString &id) const;
    QList<common::Space> list() const; // ordered by name

    // Inserts or changes the level (a change is a new grant: its grantor and
    // time become the synced record's updated_by/at).
    void setMembership(const common::Membership &membership);
    // Leaves a tombstone of the Membership record; `stamp` as for update().
    bool removeMembership(const QString &spaceId, const QString &userId,
                          const ChangeStamp &stamp = {});
    std::optional<common::Membership> membership(const QString &spaceId,
                                                 const QString &userId) const;
    QList<common::Membership> membershipsOfUser(const QString &userId) const;
    QList<common::Membership> membersOfSpace(const QString &spaceId) const;
    // Members per space id.
    QHash<QString, qint64> memberCounts() const;

private:
    QSqlDatabase m_db;
};

} // namespace hn::server
