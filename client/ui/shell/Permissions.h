// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Policy.h"
#include "common/Record.h"
#include "common/User.h"

#include <QHash>
#include <QString>
#include <QStringList>

namespace hn::client {

class Replica;

// What the signed-in person may do, as far as the replica knows: the
// common::Policy asked with the spaces and memberships the replica holds.
// The UI uses it only to enable controls and explain why one is disabled;
// the server decides every change again.
class Permissions {
public:
    Permissions() = default;
    Permissions(common::Actor actor, QHash<QString, common::SpaceContext> spaces);

    // Spaces from the Space records held, levels from the person's own
    // Membership records; `user` gives id, role, status and municipality
    // (the Login/WhoAmI answer, remembered in the profile for offline use).
    static Permissions fromReplica(Replica &replica, const common::User &user);

    const common::Actor &actor() const { return m_actor; }
    // Space ids the person can read (every space the replica holds).
    QStringList spaceIds() const { return m_spaces.keys(); }
    const common::SpaceContext *space(const QString &spaceId) const;

    common::Decision may(common::Action action, const QString &spaceId) const;
    common::Decision mayCreate(const QString &spaceId) const;
    // Own records need EditOwn/DeleteOwn, others' EditAny/DeleteAny.
    common::Decision mayEdit(const common::Record &record) const;
    common::Decision mayDelete(const common::Record &record) const;
    // Spaces in which the person may create records (for "Neu …" menus).
    QStringList writableSpaceIds() const;
    // Guests, and anyone who may create nothing anywhere, get a read-only UI.
    bool isReadOnly() const;

private:
    common::Decision ownOrAny(common::Action own, common::Action any,
                              const common::Record &record) const;

    common::Actor m_actor;
    QHash<QString, common::SpaceContext> m_spaces;
};

} // namespace hn::client
