// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "client/core/SessionEndReason.h"
#include "common/AccessRequest.h"
#include "common/AuditEntry.h"
#include "common/Identity.h"
#include "common/Policy.h"
#include "common/Space.h"
#include "common/User.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <optional>

// What the Admin service (admin.proto) talks about, in domain types, for
// helfernetz-admin and the desktop client. Field meanings as in admin.proto.
namespace hn::client {

// An account as admins see it.
struct ManagedUser {
    common::User user;    // id, profile, role, status, created/updated
    QDateTime lastSeenAt; // null if never
};

// A one-time code to activate an account or set a password after a reset.
struct ActivationCode {
    QString code; // "7KQM-3XTD-9PHW-C4RA"
    QDateTime expiresAt;
};

struct SpaceGrant {
    QString spaceId;
    common::SpaceLevel level = common::SpaceLevel::Reader;
};

// What a user would lose in one space.
struct SpaceAccessLoss {
    QString spaceId;
    QString spaceName;
    QList<common::Action> actions;
    bool losesRead = false;
    qint64 recordCount = 0;
    qint64 ownRecordCount = 0;
};

// What a change of role or membership takes from a user; empty if nothing.
struct AccessLoss {
    QList<common::Action> globalActions;
    QList<SpaceAccessLoss> spaces;
    bool isEmpty() const { return globalActions.isEmpty() && spaces.isEmpty(); }
};

// A login session and the device name its client gave.
struct Device {
    QString sessionId;
    QString userId;
    QString userEmail;
    QString deviceName;
    QString peer;
    QDateTime createdAt;
    QDateTime lastUsedAt;
    QDateTime expiresAt;
    QDateTime endedAt; // null while valid
    std::optional<SessionEndReason> endReason;
    QDateTime wipeDeliveredAt; // null until a revoked client was told
};

// One account with everything an admin looks at (`users show`).
struct UserDetails {
    ManagedUser user;
    QList<common::SpacePermissions> spaces;
    QList<Device> devices;
};

struct SpaceSummary {
    common::Space space; // with id, created at/by
    qint64 memberCount = 0;
    qint64 recordCount = 0;
};

struct SpaceMember {
    common::Membership membership; // granted at/by from the record's meta
    common::User user;             // directory entry; id = membership.userId
};

struct UserCount {
    common::GlobalRole role = common::GlobalRole::Member;
    common::AccountStatus status = common::AccountStatus::Active;
    qint64 count = 0;
};

struct ServerStats {
    QList<UserCount> users;
    QList<SpaceSummary> spaces;
    qint64 databaseSizeBytes = 0;
    qint64 blobStoreSizeBytes = 0;
    qint64 connectedClients = 0;
    qint64 activeSessions = 0;
};

// Which audit entries to read.
struct AuditQuery {
    QDateTime since; // null: no lower bound
    QDateTime until; // null: no upper bound
    QString actor;   // user id or e-mail; empty for all
    QString action;  // "user.set_role", or a prefix ending in '.'
};

} // namespace hn::client
