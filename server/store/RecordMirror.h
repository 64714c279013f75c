// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Record.h"
#include "common/Space.h"
#include "common/User.h"
#include "server/store/RecordStore.h"

#include <QSqlDatabase>

namespace hn::server {

// Spaces, memberships and users live in their own tables (the policy and
// the Admin service read them there) and are also synced records: a Space
// record and its Membership records in the space's bucket, a
// DirectoryEntry per user in the directory. The stores call these in the
// transaction of every write, so a mirror never lags behind its table.
class RecordMirror {
public:
    // The records as synced (fields complete, as in common::Record).
    static common::Record spaceRecord(const common::Space &space);
    static common::Record membershipRecord(const common::Membership &membership);
    static common::Record directoryRecord(const common::User &user);

    // A membership's record id: made by the server, the same for every
    // grant of one user in one space (UUID v5 of "membership:" + user id
    // in the space id's namespace), so a re-grant revives its tombstone.
    static QString membershipId(const QString &spaceId, const QString &userId);

    // Whether the directory lists the account: active and disabled ones
    // (so authors of old posts keep their names), not pending ones
    // (entities.proto, DirectoryEntry).
    static bool listedInDirectory(const common::User &user);

    static void writeSpace(QSqlDatabase db, const common::Space &space, const ChangeStamp &stamp);
    static void writeMembership(QSqlDatabase db, const common::Membership &membership);
    static void removeMembership(QSqlDatabase db, const QString &spaceId, const QString &userId,
                                 const ChangeStamp &stamp);
    static void writeUser(QSqlDatabase db, const common::User &user, const ChangeStamp &stamp);
};

} // namespace hn::server
