// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/AuditEntry.h"
#include "common/Policy.h"
#include "common/User.h"
#include "server/store/Session.h"

#include <QJsonObject>

namespace hn::server {

// The authenticated party of one RPC: the account as loaded for this very
// call (so a role change applies at once), its session and address.
struct Caller {
    common::User user;
    Session session;
    QString peer;

    common::Actor actor() const { return {user.id, user.role, user.status, user.municipality}; }

    // The audit line for something this caller did at `at`: the actor and
    // peer come from the call, the rest from the change.
    common::AuditEntry auditEntry(const QString &action, const QString &targetType,
                                  const QString &targetId, QJsonObject details,
                                  const QDateTime &at) const {
        common::AuditEntry entry;
        entry.at = at;
        entry.actorId = user.id;
        entry.actorEmail = user.email;
        entry.action = action;
        entry.targetType = targetType;
        entry.targetId = targetId;
        entry.peer = peer;
        entry.details = std::move(details);
        return entry;
    }
};

} // namespace hn::server
