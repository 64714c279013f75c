// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "client/core/Governance.h"
#include "client/core/ServerEndpoint.h"

#include <chrono>
#include <functional>
#include <memory>
#include <optional>

namespace hn::client {

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
        ManagedUser user;
        ActivationCode activation;
    };
    struct RoleChange {
        ManagedUser user;
        AccessLoss loss;
    };
    struct Approval {
        common::AccessRequest request;
        ManagedUser user;
        ActivationCode activation;
    };
    struct LevelChange {
        SpaceMember member;
        AccessLoss loss;
    };
    struct AuditPage {
        QList<common::AuditEntry> entries;
        QString nextPageToken;
    };

    QList<ManagedUser> listUsers(const UserFilter &filter);
    UserDetails getUser(const QString &user);
    // `profile.status` is ignored: new accounts are pending.
    Created createUser(const common::User &profile, const QList<SpaceGrant> &spaces);
    RoleChange setUserRole(const QString &user, common::GlobalRole role, bool dryRun);
    ManagedUser setUserStatus(const QString &user, common::AccountStatus status);
    ActivationCode resetPassword(const QString &user);
    int revokeSessions(const QString &user);

    QList<common::AccessRequest>
    listAccessRequests(std::optional<common::AccessRequestStatus> status,
                       const QString &municipality);
    Approval approveAccessRequest(const QString &requestId, common::GlobalRole role,
                                  const QList<SpaceGrant> &spaces);
    common::AccessRequest rejectAccessRequest(const QString &requestId, const QString &reason);

    QList<SpaceSummary> listSpaces(bool includeArchived);
    // Name, description, kind and guest visibility of `space`.
    SpaceSummary createSpace(const common::Space &space);
    SpaceSummary renameSpace(const QString &spaceId, const QString &name);
    SpaceSummary setSpaceArchived(const QString &spaceId, bool archived);
    SpaceSummary setSpaceGuestVisible(const QString &spaceId, bool guestVisible);

    QList<SpaceMember> listMembers(const QString &spaceId);
    SpaceMember addMember(const QString &spaceId, const QString &user, common::SpaceLevel level);
    LevelChange setMemberLevel(const QString &spaceId, const QString &user,
                               common::SpaceLevel level, bool dryRun);
    AccessLoss removeMember(const QString &spaceId, const QString &user, bool dryRun);

    // All users' devices when `user` is empty.
    QList<Device> listDevices(const QString &user, bool includeEnded);
    Device revokeDevice(const QString &sessionId);

    AuditPage queryAudit(const AuditQuery &query, bool newestFirst, int pageSize,
                         const QString &pageToken = {});
    // Streams entries after `afterId` (0: from query.since, else from now)
    // to `onEntry` until it returns false or the stream fails (thrown).
    void followAudit(const AuditQuery &query, qint64 afterId,
                     const std::function<bool(const common::AuditEntry &)> &onEntry);

    ServerStats stats();

private:
    ServerEndpoint m_endpoint;
    QString m_token;
    std::chrono::milliseconds m_timeout;
    std::unique_ptr<class AdminStub> m_stub;
};

} // namespace hn::client
