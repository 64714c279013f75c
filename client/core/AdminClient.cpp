// SPDX-License-Identifier: GPL-3.0-or-later
#include "client/core/AdminClient.h"

#include "client/core/GovernanceWire.h"
#include "client/core/RemoteError.h"
#include "helfernetz/v1/admin.grpc.pb.h"
#include "proto/codec/Wire.h"

#include <grpcpp/channel.h>

namespace hn::client {

namespace v1 = helfernetz::v1;
namespace gw = governance_wire;

class AdminStub {
public:
    explicit AdminStub(const std::shared_ptr<grpc::Channel> &channel)
        : stub(v1::Admin::NewStub(channel)) {}
    std::unique_ptr<v1::Admin::Stub> stub;
};

namespace {

// The server's page limit; reading whole lists in big pages keeps the
// number of calls small.
constexpr int kPageSize = 1000;

void addGrants(const QList<SpaceGrant> &grants,
               google::protobuf::RepeatedPtrField<v1::SpaceGrant> *out) {
    for (const SpaceGrant &grant : grants) {
        v1::SpaceGrant *wireGrant = out->Add();
        wireGrant->set_space_id(grant.spaceId.toStdString());
        wireGrant->set_level(wire::toWire(grant.level));
    }
}

// One blocking call with deadline and bearer token; a failed status becomes
// a common::Error that names the server.
template <typename Request, typename Response>
void invoke(v1::Admin::Stub &stub,
            grpc::Status (v1::Admin::Stub::*method)(grpc::ClientContext *, const Request &,
                                                    Response *),
            const Request &request, Response &response, std::chrono::milliseconds timeout,
            const QString &token, const QString &server) {
    grpc::ClientContext context;
    context.set_deadline(std::chrono::system_clock::now() + timeout);
    context.AddMetadata("authorization", "Bearer " + token.toStdString());
    const grpc::Status status = (stub.*method)(&context, request, &response);
    if (!status.ok())
        throw RemoteError::from(status, context, server);
}

} // namespace

AdminClient::AdminClient(const ServerEndpoint &endpoint, const QString &token,
                         std::chrono::milliseconds timeout)
    : m_endpoint(endpoint)
    , m_token(token)
    , m_timeout(timeout)
    , m_stub(std::make_unique<AdminStub>(endpoint.createChannel())) {}

AdminClient::~AdminClient() = default;

QList<ManagedUser> AdminClient::listUsers(const UserFilter &filter) {
    v1::ListUsersRequest request;
    if (filter.role)
        request.set_role(wire::toWire(*filter.role));
    if (filter.status)
        request.set_status(wire::toWire(*filter.status));
    request.set_query(filter.query.toStdString());
    request.set_page_size(kPageSize);
    QList<ManagedUser> users;
    do {
        v1::ListUsersResponse response;
        invoke(*m_stub->stub, &v1::Admin::Stub::ListUsers, request, response, m_timeout, m_token,
               m_endpoint.address);
        for (const v1::User &user : response.users())
            users.append(gw::fromWire(user));
        request.set_page_token(response.next_page_token());
    } while (!request.page_token().empty());
    return users;
}

UserDetails AdminClient::getUser(const QString &user) {
    v1::GetUserRequest request;
    gw::toWire(user, request.mutable_user());
    v1::GetUserResponse response;
    invoke(*m_stub->stub, &v1::Admin::Stub::GetUser, request, response, m_timeout, m_token,
           m_endpoint.address);
    UserDetails details;
    details.user = gw::fromWire(response.user());
    // SpacePermissions has the same shape as in an Identity; reuse its codec.
    v1::Identity identity;
    identity.mutable_spaces()->CopyFrom(response.spaces());
    details.spaces = wire::fromWire(identity).spaces;
    for (const v1::Device &device : response.devices())
        details.devices.append(gw::fromWire(device));
    return details;
}

AdminClient::Created AdminClient::createUser(const common::User &profile,
                                             const QList<SpaceGrant> &spaces) {
    v1::CreateUserRequest request;
    gw::toWire(profile, request.mutable_profile());
    addGrants(spaces, request.mutable_spaces());
    v1::CreateUserResponse response;
    invoke(*m_stub->stub, &v1::Admin::Stub::CreateUser, request, response, m_timeout, m_token,
           m_endpoint.address);
    return {gw::fromWire(response.user()), gw::fromWire(response.activation())};
}

AdminClient::RoleChange AdminClient::setUserRole(const QString &user, common::GlobalRole role,
                                                 bool dryRun) {
    v1::SetUserRoleRequest request;
    gw::toWire(user, request.mutable_user());
    request.set_role(wire::toWire(role));
    request.set_dry_run(dryRun);
    v1::SetUserRoleResponse response;
    invoke(*m_stub->stub, &v1::Admin::Stub::SetUserRole, request, response, m_timeout, m_token,
           m_endpoint.address);
    return {gw::fromWire(response.user()), gw::fromWire(response.loss())};
}

ManagedUser AdminClient::setUserStatus(const QString &user, common::AccountStatus status) {
    v1::SetUserStatusRequest request;
    gw::toWire(user, request.mutable_user());
    request.set_status(wire::toWire(status));
    v1::SetUserStatusResponse response;
    invoke(*m_stub->stub, &v1::Admin::Stub::SetUserStatus, request, response, m_timeout, m_token,
           m_endpoint.address);
    return gw::fromWire(response.user());
}

ActivationCode AdminClient::resetPassword(const QString &user) {
    v1::ResetPasswordRequest request;
    gw::toWire(user, request.mutable_user());
    v1::ResetPasswordResponse response;
    invoke(*m_stub->stub, &v1::Admin::Stub::ResetPassword, request, response, m_timeout, m_token,
           m_endpoint.address);
    return gw::fromWire(response.activation());
}

int AdminClient::revokeSessions(const QString &user) {
    v1::RevokeSessionsRequest request;
    gw::toWire(user, request.mutable_user());
    v1::RevokeSessionsResponse response;
    invoke(*m_stub->stub, &v1::Admin::Stub::RevokeSessions, request, response, m_timeout, m_token,
           m_endpoint.address);
    return response.revoked_count();
}

QList<common::AccessRequest>
AdminClient::listAccessRequests(std::optional<common::AccessRequestStatus> status,
                                const QString &municipality) {
    v1::ListAccessRequestsRequest request;
    if (status) {
        switch (*status) {
        case common::AccessRequestStatus::Pending:
            request.set_status(v1::ACCESS_REQUEST_STATUS_PENDING);
            break;
        case common::AccessRequestStatus::Approved:
            request.set_status(v1::ACCESS_REQUEST_STATUS_APPROVED);
            break;
        case common::AccessRequestStatus::Rejected:
            request.set_status(v1::ACCESS_REQUEST_STATUS_REJECTED);
            break;
        }
    }
    request.set_municipality(municipality.toStdString());
    request.set_page_size(kPageSize);
    QList<common::AccessRequest> requests;
    do {
        v1::ListAccessRequestsResponse response;
        invoke(*m_stub->stub, &v1::Admin::Stub::ListAccessRequests, request, response, m_timeout,
               m_token, m_endpoint.address);
        for (const v1::AccessRequest &item : response.requests())
            requests.append(gw::fromWire(item));
        request.set_page_token(response.next_page_token());
    } while (!request.page_token().empty());
    return requests;
}

AdminClient::Approval AdminClient::approveAccessRequest(const QString &requestId,
                                                        common::GlobalRole role,
                                                        const QList<SpaceGrant> &spaces) {
    v1::ApproveAccessRequestRequest request;
    request.set_request_id(requestId.toStdString());
    request.set_role(wire::toWire(role));
    addGrants(spaces, request.mutable_spaces());
    v1::ApproveAccessRequestResponse response;
    invoke(*m_stub->stub, &v1::Admin::Stub::ApproveAccessRequest, request, response, m_timeout,
           m_token, m_endpoint.address);
    return {gw::fromWire(response.request()), gw::fromWire(response.user()),
            gw::fromWire(response.activation())};
}

common::AccessRequest AdminClient::rejectAccessRequest(const QString &requestId,
                                                       const QString &reason) {
    v1::RejectAccessRequestRequest request;
    request.set_request_id(requestId.toStdString());
    request.set_reason(reason.toStdString());
    v1::RejectAccessRequestResponse response;
    invoke(*m_stub->stub, &v1::Admin::Stub::RejectAccessRequest, request, response, m_timeout,
           m_token, m_endpoint.address);
    return gw::fromWire(response.request());
}

QList<SpaceSummary> AdminClient::listSpaces(bool includeArchived) {
    v1::ListSpacesRequest request;
    request.set_include_archived(includeArchived);
    v1::ListSpacesResponse response;
    invoke(*m_stub->stub, &v1::Admin::Stub::ListSpaces, request, response, m_timeout, m_token,
           m_endpoint.address);
    QList<SpaceSummary> spaces;
    for (const v1::SpaceSummary &space : response.spaces())
        spaces.append(gw::fromWire(space));
    return spaces;
}

SpaceSummary AdminClient::createSpace(const common::Space &space) {
    v1::CreateSpaceRequest request;
    request.mutable_space()->set_name(space.name.toStdString());
    request.mutable_space()->set_description(space.description.toStdString());
    request.mutable_space()->set_kind(wire::toWire(space.kind));
    request.mutable_space()->set_guest_visible(space.guestVisible);
    v1::CreateSpaceResponse response;
    invoke(*m_stub->stub, &v1::Admin::Stub::CreateSpace, request, response, m_timeout, m_token,
           m_endpoint.address);
    return gw::fromWire(response.space());
}

SpaceSummary AdminClient::renameSpace(const QString &spaceId, const QString &name) {
    v1::RenameSpaceRequest request;
    request.set_space_id(spaceId.toStdString());
    request.set_name(name.toStdString());
    v1::RenameSpaceResponse response;
    invoke(*m_stub->stub, &v1::Admin::Stub::RenameSpace, request, response, m_timeout, m_token,
           m_endpoint.address);
    return gw::fromWire(response.space());
}

SpaceSummary AdminClient::setSpaceArchived(const QString &spaceId, bool archived) {
    v1::SetSpaceArchivedRequest request;
    request.set_space_id(spaceId.toStdString());
    request.set_archived(archived);
    v1::SetSpaceArchivedResponse response;
    invoke(*m_stub->stub, &v1::Admin::Stub::SetSpaceArchived, request, response, m_timeout, m_token,
           m_endpoint.address);
    return gw::fromWire(response.space());
}

SpaceSummary AdminClient::setSpaceGuestVisible(const QString &spaceId, bool guestVisible) {
    v1::SetSpaceGuestVisibleRequest request;
    request.set_space_id(spaceId.toStdString());
    request.set_guest_visible(guestVisible);
    v1::SetSpaceGuestVisibleResponse response;
    invoke(*m_stub->stub, &v1::Admin::Stub::SetSpaceGuestVisible, request, response, m_timeout,
           m_token, m_endpoint.address);
    return gw::fromWire(response.space());
}

QList<SpaceMember> AdminClient::listMembers(const QString &spaceId) {
    v1::ListMembersRequest request;
    request.set_space_id(spaceId.toStdString());
    v1::ListMembersResponse response;
    invoke(*m_stub->stub, &v1::Admin::Stub::ListMembers, request, response, m_timeout, m_token,
           m_endpoint.address);
    QList<SpaceMember> members;
    for (const v1::Member &member : response.members())
        members.append(gw::fromWire(member));
    return members;
}

SpaceMember AdminClient::addMember(const QString &spaceId, const QString &user,
                                   common::SpaceLevel level) {
    v1::AddMemberRequest request;
    request.set_space_id(spaceId.toStdString());
    gw::toWire(user, request.mutable_user());
    request.set_level(wire::toWire(level));
    v1::AddMemberResponse response;
    invoke(*m_stub->stub, &v1::Admin::Stub::AddMember, request, response, m_timeout, m_token,
           m_endpoint.address);
    return gw::fromWire(response.member());
}

AdminClient::LevelChange AdminClient::setMemberLevel(const QString &spaceId, const QString &user,
                                                     common::SpaceLevel level, bool dryRun) {
    v1::SetMemberLevelRequest request;
    request.set_space_id(spaceId.toStdString());
    gw::toWire(user, request.mutable_user());
    request.set_level(wire::toWire(level));
    request.set_dry_run(dryRun);
    v1::SetMemberLevelResponse response;
    invoke(*m_stub->stub, &v1::Admin::Stub::SetMemberLevel, request, response, m_timeout, m_token,
           m_endpoint.address);
    return {gw::fromWire(response.member()), gw::fromWire(response.loss())};
}

AccessLoss AdminClient::removeMember(const QString &spaceId, const QString &user, bool dryRun) {
    v1::RemoveMemberRequest request;
    request.set_space_id(spaceId.toStdString());
    gw::toWire(user, request.mutable_user());
    request.set_dry_run(dryRun);
    v1::RemoveMemberResponse response;
    invoke(*m_stub->stub, &v1::Admin::Stub::RemoveMember, request, response, m_timeout, m_token,
           m_endpoint.address);
    return gw::fromWire(response.loss());
}

QList<Device> AdminClient::listDevices(const QString &user, bool includeEnded) {
    v1::ListDevicesRequest request;
    if (!user.isEmpty())
        gw::toWire(user, request.mutable_user());
    request.set_include_ended(includeEnded);
    v1::ListDevicesResponse response;
    invoke(*m_stub->stub, &v1::Admin::Stub::ListDevices, request, response, m_timeout, m_token,
           m_endpoint.address);
    QList<Device> devices;
    for (const v1::Device &device : response.devices())
        devices.append(gw::fromWire(device));
    return devices;
}

Device AdminClient::revokeDevice(const QString &sessionId) {
    v1::RevokeDeviceRequest request;
    request.set_session_id(sessionId.toStdString());
    v1::RevokeDeviceResponse response;
    invoke(*m_stub->stub, &v1::Admin::Stub::RevokeDevice, request, response, m_timeout, m_token,
           m_endpoint.address);
    return gw::fromWire(response.device());
}

AdminClient::AuditPage AdminClient::queryAudit(const AuditQuery &query, bool newestFirst,
                                               int pageSize, const QString &pageToken) {
    v1::QueryAuditRequest request;
    gw::toWire(query, request.mutable_filter());
    request.set_newest_first(newestFirst);
    request.set_page_size(pageSize);
    request.set_page_token(pageToken.toStdString());
    v1::QueryAuditResponse response;
    invoke(*m_stub->stub, &v1::Admin::Stub::QueryAudit, request, response, m_timeout, m_token,
           m_endpoint.address);
    AuditPage page;
    for (const v1::AuditEntry &entry : response.entries())
        page.entries.append(gw::fromWire(entry));
    page.nextPageToken = QString::fromStdString(response.next_page_token());
    return page;
}

void AdminClient::followAudit(const AuditQuery &query, qint64 afterId,
                              const std::function<bool(const common::AuditEntry &)> &onEntry) {
    v1::FollowAuditRequest request;
    AuditQuery open = query;
    open.until = {};
    gw::toWire(open, request.mutable_filter());
    request.set_after_id(afterId);
    // No deadline: the stream lives until the caller stops it.
    grpc::ClientContext context;
    context.AddMetadata("authorization", "Bearer " + m_token.toStdString());
    auto reader = m_stub->stub->FollowAudit(&context, request);
    v1::FollowAuditResponse response;
    bool stopped = false;
    while (reader->Read(&response)) {
        if (!onEntry(gw::fromWire(response.entry()))) {
            stopped = true;
            context.TryCancel();
            break;
        }
    }
    const grpc::Status status = reader->Finish();
    // Our own cancel ends the stream CANCELLED; anything else is a failure.
    if (!status.ok() && !stopped)
        throw RemoteError::from(status, context, m_endpoint.address);
}

ServerStats AdminClient::stats() {
    v1::GetStatsResponse response;
    invoke(*m_stub->stub, &v1::Admin::Stub::GetStats, v1::GetStatsRequest(), response, m_timeout,
           m_token, m_endpoint.address);
    ServerStats stats;
    for (const v1::UserCount &count : response.users()) {
        stats.users.append({wire::fromWire(count.role()).value_or(common::GlobalRole::Guest),
                            wire::fromWire(count.status()).value_or(common::AccountStatus::Pending),
                            count.count()});
    }
    for (const v1::SpaceSummary &space : response.spaces())
        stats.spaces.append(gw::fromWire(space));
    stats.databaseSizeBytes = response.database_size_bytes();
    stats.blobStoreSizeBytes = response.blob_store_size_bytes();
    stats.connectedClients = response.connected_clients();
    stats.activeSessions = response.active_sessions();
    return stats;
}

} // namespace hn::client
