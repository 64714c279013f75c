// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "client/core/ServerEndpoint.h"
#include "common/AccessLoss.h"
#include "common/AccessRequest.h"
#include "common/Account.h"
#include "common/AuditEntry.h"
#include "common/Device.h"
#include "common/ServerStats.h"
#include "common/SpaceSummary.h"

#include <chrono>
#include <functional>
#include <memory>
#include <optional>

namespace hn::client {

// A space and the level to grant in it (users create, requests approve).
struct SpaceGrant {
    QString spaceId;
    common::SpaceLevel level = common::SpaceLevel::Reader;
};

// Which audit entries to read.
struct AuditQuery {
    QDateTime since; // null: no lower bound
    QDateTime until; // null: no upper bound
    QString actor;   // user id or e-mail; empty for all
    QString action;  // "user.set_role", or a prefix ending in '.'
};

// The Admin service (admin.proto) from the client's side, in domain types.
// Users are named by id or login e-mail. Every failure is thrown as
// common::Error (see RemoteError). Paged lists are read to the end.
// Blocking; callers keep it off the UI thread.
class AdminClient {
public:
    AdminClient(const ServerEndpoint &endpoint, const QString &token,
                std::chrono::milliseconds timeout = std::chrono::seconds(30));
    ~AdminClient();

    struct UserFilter {
        std::optional<common::GlobalRole> role;
        std::optional<common::AccountStatus> status;
        QString query;
    };
    struct Created {
        common::Account user;
        common::ActivationCode activation;
    };
    struct RoleChange {
        common::Account user;
        common::AccessLoss loss;
    };
    struct Approval {
        common::AccessRequest request;
        common::Account user;
        common::ActivationCode activation;
    };
    struct LevelChange {
        common::Member member;
        common::AccessLoss loss;
    };
    struct AuditPage {
        QList<common::AuditEntry> entries;
        QString nextPageToken;
    };

    QList<common::Account> listUsers(const UserFilter &filter);
    common::AccountDetails getUser(const QString &user);
    // `profile.status` is ignored: new accounts are pending.
    Created createUser(const common::User &profile, const QList<SpaceGrant> &spaces);
    RoleChange setUserRole(const QString &user, common::GlobalRole role, bool dryRun);
    common::Account setUserStatus(const QString &user, common::AccountStatus status);
    common::ActivationCode resetPassword(const QString &user);
    int revokeSessions(const QString &user);

    QList<common::AccessRequest>
    listAccessRequests(std::optional<common::AccessRequestStatus> status,
                       const QString &municipality);
    Approval approveAccessRequest(const QString &requestId, common::GlobalRole role,
                                  const QList<SpaceGrant> &spaces);
    common::AccessRequest rejectAccessRequest(const QString &requestId, const QString &reason);

    QList<common::SpaceSummary> listSpaces(bool includeArchived);
    // Name, description, kind and guest visibility of `space`.
    common::SpaceSummary createSpace(const common::Space &space);
    common::SpaceSummary renameSpace(const QString &spaceId, const QString &name);
    common::SpaceSummary setSpaceArchived(const QString &spaceId, bool archived);
    common::SpaceSummary setSpaceGuestVisible(const QString &spaceId, bool guestVisible);

    QList<common::Member> listMembers(const QString &spaceId);
    common::Member addMember(const QString &spaceId, const QString &user, common::SpaceLevel level);
    LevelChange setMemberLevel(const QString &spaceId, const QString &user,
                               common::SpaceLevel level, bool dryRun);
    common::AccessLoss removeMember(const QString &spaceId, const QString &user, bool dryRun);

    // All users' devices when `user` is empty.
    QList<common::Device> listDevices(const QString &user, bool includeEnded);
    common::Device revokeDevice(const QString &sessionId);

    AuditPage queryAudit(const AuditQuery &query, bool newestFirst, int pageSize,
                         const QString &pageToken = {});
    // Streams entries after `afterId` (0: from query.since, else from now)
    // to `onEntry` until it returns false or the stream fails (thrown).
    void followAudit(const AuditQuery &query, qint64 afterId,
                     const std::function<bool(const common::AuditEntry &)> &onEntry);

    common::ServerStats stats();

private:
    ServerEndpoint m_endpoint;
    QString m_token;
    std::chrono::milliseconds m_timeout;
    std::unique_ptr<class AdminStub> m_stub;
};

} // namespace hn::client
