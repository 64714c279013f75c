// SPDX-License-Identifier: GPL-3.0-or-later
#include "client/core/AdminClient.h"

#include "client/core/RemoteError.h"
#include "helfernetz/v1/admin.grpc.pb.h"
#include "proto/codec/AdminCodec.h"
#include "proto/codec/Wire.h"

#include <QUuid>
#include <grpcpp/channel.h>

namespace hn::client {

namespace v1 = helfernetz::v1;

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

// An id when the text looks like a UUID, else a login e-mail.
void toWire(const QString &idOrEmail, v1::UserRef *out) {
    const QString trimmed = idOrEmail.trimmed();
    if (!QUuid::fromString(trimmed).isNull() && !trimmed.contains(u'@'))
        out->set_user_id(trimmed.toLower().toStdString());
    else
        out->set_email(trimmed.toStdString());
}

void toWire(const AuditQuery &query, v1::AuditFilter *out) {
    out->set_since_at_ms(wire::toWireTime(query.since));
    out->set_until_at_ms(wire::toWireTime(query.until));
    if (!query.actor.isEmpty())
        toWire(query.actor, out->mutable_actor());
    out->set_action(query.action.toStdString());
}

} // namespace

AdminClient::AdminClient(const ServerEndpoint &endpoint, const QString &token,
                         std::chrono::milliseconds timeout)
    : m_endpoint(endpoint)
    , m_token(token)
    , m_timeout(timeout)
    , m_stub(std::make_unique<AdminStub>(endpoint.createChannel())) {}

AdminClient::~AdminClient() = default;

QList<common::Account> AdminClient::listUsers(const UserFilter &filter) {
    v1::ListUsersRequest request;
    if (filter.role)
        request.set_role(wire::toWire(*filter.role));
    if (filter.status)
        request.set_status(wire::toWire(*filter.status));
    request.set_query(filter.query.toStdString());
    request.set_page_size(kPageSize);
    QList<common::Account> users;
    do {
        v1::ListUsersResponse response;
        invoke(*m_stub->stub, &v1::Admin::Stub::ListUsers, request, response, m_timeout, m_token,
               m_endpoint.address);
        for (const v1::User &user : response.users())
            users.append(wire::fromWire(user));
        request.set_page_token(response.next_page_token());
    } while (!request.page_token().empty());
    return users;
}

common::AccountDetails AdminClient::getUser(const QString &user) {
    v1::GetUserRequest request;
    toWire(user, request.mutable_user());
    v1::GetUserResponse response;
    invoke(*m_stub->stub, &v1::Admin::Stub::GetUser, request, response, m_timeout, m_token,
           m_endpoint.address);
    common::AccountDetails details;
    details.account = wire::fromWire(response.user());
    for (const v1::SpacePermissions &space : response.spaces())
        details.spaces.append(wire::fromWire(space));
    for (const v1::Device &device : response.devices())
        details.devices.append(wire::fromWire(device));
    return details;
}

AdminClient::Created AdminClient::createUser(const common::User &profile,
                                             const QList<SpaceGrant> &spaces) {
    v1::CreateUserRequest request;
    wire::toWire(profile, request.mutable_profile());
    addGrants(spaces, request.mutable_spaces());
    v1::CreateUserResponse response;
    invoke(*m_stub->stub, &v1::Admin::Stub::CreateUser, request, response, m_timeout, m_token,
           m_endpoint.address);
    return {wire::fromWire(response.user()), wire::fromWire(response.activation())};
}

AdminClient::RoleChange AdminClient::setUserRole(const QString &user, common::GlobalRole role,
                                                 bool dryRun) {
    v1::SetUserRoleRequest request;
    toWire(user, request.mutable_user());
    request.set_role(wire::toWire(role));
    request.set_dry_run(dryRun);
    v1::SetUserRoleResponse response;
    invoke(*m_stub->stub, &v1::Admin::Stub::SetUserRole, request, response, m_timeout, m_token,
           m_endpoint.address);
    return {wire::fromWire(response.user()), wire::fromWire(response.loss())};
}

common::Account AdminClient::setUserStatus(const QString &user, common::AccountStatus status) {
    v1::SetUserStatusRequest request;
    toWire(user, request.mutable_user());
    request.set_status(wire::toWire(status));
    v1::SetUserStatusResponse response;
    invoke(*m_stub->stub, &v1::Admin::Stub::SetUserStatus, request, response, m_timeout, m_token,
           m_endpoint.address);
    return wire::fromWire(response.user());
}

common::ActivationCode AdminClient::resetPassword(const QString &user) {
    v1::ResetPasswordRequest request;
    toWire(user, request.mutable_user());
    v1::ResetPasswordResponse response;
    invoke(*m_stub->stub, &v1::Admin::Stub::ResetPassword, request, response, m_timeout, m_token,
           m_endpoint.address);
    return wire::fromWire(response.activation());
}

int AdminClient::revokeSessions(const QString &user) {
    v1::RevokeSessionsRequest request;
    toWire(user, request.mutable_user());
    v1::RevokeSessionsResponse response;
    invoke(*m_stub->stub, &v1::Admin::Stub::RevokeSessions, request, response, m_timeout, m_token,
           m_endpoint.address);
    return response.revoked_count();
}

QList<common::AccessRequest>
AdminClient::listAccessRequests(std::optional<common::AccessRequestStatus> status,
                                const QString &municipality) {
    v1::ListAccessRequestsRequest request;
    if (status)
        request.set_status(wire::toWire(*status));
    request.set_municipality(municipality.toStdString());
    request.set_page_size(kPageSize);
    QList<common::AccessRequest> requests;
    do {
        v1::ListAccessRequestsResponse response;
        invoke(*m_stub->stub, &v1::Admin::Stub::ListAccessRequests, request, response, m_timeout,
               m_token, m_endpoint.address);
        for (const v1::AccessRequest &item : response.requests())
            requests.append(wire::fromWire(item));
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
    return {wire::fromWire(response.request()), wire::fromWire(response.user()),
            wire::fromWire(response.activation())};
}

common::AccessRequest AdminClient::rejectAccessRequest(const QString &requestId,
                                                       const QString &reason) {
    v1::RejectAccessRequestRequest request;
    request.set_request_id(requestId.toStdString());
    request.set_reason(reason.toStdString());
    v1::RejectAccessRequestResponse response;
    invoke(*m_stub->stub, &v1::Admin::Stub::RejectAccessRequest, request, response, m_timeout,
           m_token, m_endpoint.address);
    return wire::fromWire(response.request());
}

QList<common::SpaceSummary> AdminClient::listSpaces(bool includeArchived) {
    v1::ListSpacesRequest request;
    request.set_include_archived(includeArchived);
    v1::ListSpacesResponse response;
    invoke(*m_stub->stub, &v1::Admin::Stub::ListSpaces, request, response, m_timeout, m_token,
           m_endpoint.address);
    QList<common::SpaceSummary> spaces;
    for (const v1::SpaceSummary &space : response.spaces())
        spaces.append(wire::fromWire(space));
    return spaces;
}

common::SpaceSummary AdminClient::createSpace(const common::Space &space) {
    v1::CreateSpaceRequest request;
    request.mutable_space()->set_name(space.name.toStdString());
    request.mutable_space()->set_description(space.description.toStdString());
    request.mutable_space()->set_kind(wire::toWire(space.kind));
    request.mutable_space()->set_guest_visible(space.guestVisible);
    v1::CreateSpaceResponse response;
    invoke(*m_stub->stub, &v1::Admin::Stub::CreateSpace, request, response, m_timeout, m_token,
           m_endpoint.address);
    return wire::fromWire(response.space());
}

common::SpaceSummary AdminClient::renameSpace(const QString &spaceId, const QString &name) {
    v1::RenameSpaceRequest request;
    request.set_space_id(spaceId.toStdString());
    request.set_name(name.toStdString());
    v1::RenameSpaceResponse response;
    invoke(*m_stub->stub, &v1::Admin::Stub::RenameSpace, request, response, m_timeout, m_token,
           m_endpoint.address);
    return wire::fromWire(response.space());
}

common::SpaceSummary AdminClient::setSpaceArchived(const QString &spaceId, bool archived) {
    v1::SetSpaceArchivedRequest request;
    request.set_space_id(spaceId.toStdString());
    request.set_archived(archived);
    v1::SetSpaceArchivedResponse response;
    invoke(*m_stub->stub, &v1::Admin::Stub::SetSpaceArchived, request, response, m_timeout, m_token,
           m_endpoint.address);
    return wire::fromWire(response.space());
}

common::SpaceSummary AdminClient::setSpaceGuestVisible(const QString &spaceId, bool guestVisible) {
    v1::SetSpaceGuestVisibleRequest request;
    request.set_space_id(spaceId.toStdString());
    request.set_guest_visible(guestVisible);
    v1::SetSpaceGuestVisibleResponse response;
    invoke(*m_stub->stub, &v1::Admin::Stub::SetSpaceGuestVisible, request, response, m_timeout,
           m_token, m_endpoint.address);
    return wire::fromWire(response.space());
}

QList<common::Member> AdminClient::listMembers(const QString &spaceId) {
    v1::ListMembersRequest request;
    request.set_space_id(spaceId.toStdString());
    v1::ListMembersResponse response;
    invoke(*m_stub->stub, &v1::Admin::Stub::ListMembers, request, response, m_timeout, m_token,
           m_endpoint.address);
    QList<common::Member> members;
    for (const v1::Member &member : response.members())
        members.append(wire::fromWire(member));
    return members;
}

common::Member AdminClient::addMember(const QString &spaceId, const QString &user,
                                      common::SpaceLevel level) {
    v1::AddMemberRequest request;
    request.set_space_id(spaceId.toStdString());
    toWire(user, request.mutable_user());
    request.set_level(wire::toWire(level));
    v1::AddMemberResponse response;
    invoke(*m_stub->stub, &v1::Admin::Stub::AddMember, request, response, m_timeout, m_token,
           m_endpoint.address);
    return wire::fromWire(response.member());
}

AdminClient::LevelChange AdminClient::setMemberLevel(const QString &spaceId, const QString &user,
                                                     common::SpaceLevel level, bool dryRun) {
    v1::SetMemberLevelRequest request;
    request.set_space_id(spaceId.toStdString());
    toWire(user, request.mutable_user());
    request.set_level(wire::toWire(level));
    request.set_dry_run(dryRun);
    v1::SetMemberLevelResponse response;
    invoke(*m_stub->stub, &v1::Admin::Stub::SetMemberLevel, request, response, m_timeout, m_token,
           m_endpoint.address);
    return {wire::fromWire(response.member()), wire::fromWire(response.loss())};
}

common::AccessLoss AdminClient::removeMember(const QString &spaceId, const QString &user,
                                             bool dryRun) {
    v1::RemoveMemberRequest request;
    request.set_space_id(spaceId.toStdString());
    toWire(user, request.mutable_user());
    request.set_dry_run(dryRun);
    v1::RemoveMemberResponse response;
    invoke(*m_stub->stub, &v1::Admin::Stub::RemoveMember, request, response, m_timeout, m_token,
           m_endpoint.address);
    return wire::fromWire(response.loss());
}

QList<common::Device> AdminClient::listDevices(const QString &user, bool includeEnded) {
    v1::ListDevicesRequest request;
    if (!user.isEmpty())
        toWire(user, request.mutable_user());
    request.set_include_ended(includeEnded);
    v1::ListDevicesResponse response;
    invoke(*m_stub->stub, &v1::Admin::Stub::ListDevices, request, response, m_timeout, m_token,
           m_endpoint.address);
    QList<common::Device> devices;
    for (const v1::Device &device : response.devices())
        devices.append(wire::fromWire(device));
    return devices;
}

common::Device AdminClient::revokeDevice(const QString &sessionId) {
    v1::RevokeDeviceRequest request;
    request.set_session_id(sessionId.toStdString());
    v1::RevokeDeviceResponse response;
    invoke(*m_stub->stub, &v1::Admin::Stub::RevokeDevice, request, response, m_timeout, m_token,
           m_endpoint.address);
    return wire::fromWire(response.device());
}

AdminClient::AuditPage AdminClient::queryAudit(const AuditQuery &query, bool newestFirst,
                                               int pageSize, const QString &pageToken) {
    v1::QueryAuditRequest request;
    toWire(query, request.mutable_filter());
    request.set_newest_first(newestFirst);
    request.set_page_size(pageSize);
    request.set_page_token(pageToken.toStdString());
    v1::QueryAuditResponse response;
    invoke(*m_stub->stub, &v1::Admin::Stub::QueryAudit, request, response, m_timeout, m_token,
           m_endpoint.address);
    AuditPage page;
    for (const v1::AuditEntry &entry : response.entries())
        page.entries.append(wire::fromWire(entry));
    page.nextPageToken = QString::fromStdString(response.next_page_token());
    return page;
}

void AdminClient::followAudit(const AuditQuery &query, qint64 afterId,
                              const std::function<bool(const common::AuditEntry &)> &onEntry) {
    v1::FollowAuditRequest request;
    AuditQuery open = query;
    open.until = {};
    toWire(open, request.mutable_filter());
    request.set_after_id(afterId);
    // No deadline: the stream lives until the caller stops it.
    grpc::ClientContext context;
    context.AddMetadata("authorization", "Bearer " + m_token.toStdString());
    auto reader = m_stub->stub->FollowAudit(&context, request);
    v1::FollowAuditResponse response;
    bool stopped = false;
    while (reader->Read(&response)) {
        if (!onEntry(wire::fromWire(response.entry()))) {
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

common::ServerStats AdminClient::stats() {
    v1::GetStatsResponse response;
    invoke(*m_stub->stub, &v1::Admin::Stub::GetStats, v1::GetStatsRequest(), response, m_timeout,
           m_token, m_endpoint.address);
    return wire::fromWire(response);
}

} // namespace hn::client
