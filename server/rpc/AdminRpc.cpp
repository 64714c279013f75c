// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/rpc/AdminRpc.h"

#include "common/Error.h"
#include "common/Validation.h"
#include "proto/codec/AdminCodec.h"
#include "proto/codec/Wire.h"
#include "server/core/ServerCore.h"
#include "server/rpc/AdminInput.h"
#include "server/rpc/AuditFollowHub.h"
#include "server/rpc/AuditFollowReactor.h"
#include "server/rpc/RpcCall.h"

namespace hn::server {

namespace v1 = helfernetz::v1;
namespace validation = common::validation;
using common::Error;

AdminRpc::AdminRpc(ServerCore &core, ServerLog &log, std::function<int()> connectedClients)
    : m_core(core)
    , m_log(log)
    , m_connectedClients(std::move(connectedClients))
    , m_followers(std::make_unique<AuditFollowHub>(core, log)) {}

AdminRpc::~AdminRpc() = default;

#define HN_ADMIN_CALL(Name)                                                                        \
    RpcCall call(context, "Admin." #Name, m_log);                                                  \
    return call.authenticated(m_core.authentication(), [&](const Caller &caller)

grpc::Status AdminRpc::ListUsers(grpc::ServerContext *context, const v1::ListUsersRequest *request,
                                 v1::ListUsersResponse *response) {
    HN_ADMIN_CALL(ListUsers) {
        AccountFilter filter;
        if (request->role() != v1::GLOBAL_ROLE_UNSPECIFIED)
            filter.role = AdminInput::role(request->role(), QStringLiteral("role"));
        if (request->status() != v1::ACCOUNT_STATUS_UNSPECIFIED) {
            filter.status = wire::fromWire(request->status());
            if (!filter.status)
                throw Error::invalidArgument(QStringLiteral("status"),
                                             QStringLiteral("is not a known status"));
        }
        filter.query = validation::text(QStringLiteral("query"), request->query(),
                                        {.maxChars = 200, .required = false});
        const auto page = m_core.accounts().list(
            caller, filter, Paging::parse(request->page_size(), request->page_token()));
        for (const common::Account &account : page.items)
            wire::toWire(account, response->add_users());
        response->set_next_page_token(page.nextPageToken.toStdString());
    });
}

grpc::Status AdminRpc::GetUser(grpc::ServerContext *context, const v1::GetUserRequest *request,
                               v1::GetUserResponse *response) {
    HN_ADMIN_CALL(GetUser) {
        const common::AccountDetails details = m_core.accounts().details(
            caller, AdminInput::userKey(request->user(), QStringLiteral("user")));
        wire::toWire(details.account, response->mutable_user());
        for (const common::SpacePermissions &space : details.spaces)
            wire::toWire(space, response->add_spaces());
        for (const common::Device &device : details.devices)
            wire::toWire(device, response->add_devices());
    });
}

grpc::Status AdminRpc::CreateUser(grpc::ServerContext *context,
                                  const v1::CreateUserRequest *request,
                                  v1::CreateUserResponse *response) {
    HN_ADMIN_CALL(CreateUser) {
        const NewAccount created = m_core.accounts().create(
            caller, AdminInput::profile(request->profile()), AdminInput::grants(request->spaces()));
        wire::toWire(created.account, response->mutable_user());
        wire::toWire(created.activation, response->mutable_activation());
    });
}

grpc::Status AdminRpc::SetUserRole(grpc::ServerContext *context,
                                   const v1::SetUserRoleRequest *request,
                                   v1::SetUserRoleResponse *response) {
    HN_ADMIN_CALL(SetUserRole) {
        const common::GlobalRole newRole =
            AdminInput::role(request->role(), QStringLiteral("role"));
        const AccountChangeResult result = m_core.userAdministration().changeRole(
            caller, AdminInput::userKey(request->user(), QStringLiteral("user")), newRole,
            request->dry_run());
        wire::toWire(common::Account{result.user, {}}, response->mutable_user());
        wire::toWire(result.loss, response->mutable_loss());
    });
}

grpc::Status AdminRpc::SetUserStatus(grpc::ServerContext *context,
                                     const v1::SetUserStatusRequest *request,
                                     v1::SetUserStatusResponse *response) {
    HN_ADMIN_CALL(SetUserStatus) {
        const auto status = wire::fromWire(request->status());
        if (!status || *status == common::AccountStatus::Pending) {
            throw Error::invalidArgument(QStringLiteral("status"),
                                         QStringLiteral("must be ACTIVE or DISABLED"));
        }
        const common::User after = m_core.userAdministration().setStatus(
            caller, AdminInput::userKey(request->user(), QStringLiteral("user")), *status);
        wire::toWire(common::Account{after, {}}, response->mutable_user());
    });
}

grpc::Status AdminRpc::ResetPassword(grpc::ServerContext *context,
                                     const v1::ResetPasswordRequest *request,
                                     v1::ResetPasswordResponse *response) {
    HN_ADMIN_CALL(ResetPassword) {
        wire::toWire(m_core.accounts().resetPassword(
                         caller, AdminInput::userKey(request->user(), QStringLiteral("user"))),
                     response->mutable_activation());
    });
}

grpc::Status AdminRpc::RevokeSessions(grpc::ServerContext *context,
                                      const v1::RevokeSessionsRequest *request,
                                      v1::RevokeSessionsResponse *response) {
    HN_ADMIN_CALL(RevokeSessions) {
        response->set_revoked_count(m_core.accounts().revokeSessions(
            caller, AdminInput::userKey(request->user(), QStringLiteral("user"))));
    });
}

grpc::Status AdminRpc::ListAccessRequests(grpc::ServerContext *context,
                                          const v1::ListAccessRequestsRequest *request,
                                          v1::ListAccessRequestsResponse *response) {
    HN_ADMIN_CALL(ListAccessRequests) {
        std::optional<common::AccessRequestStatus> status;
        if (request->status() != v1::ACCESS_REQUEST_STATUS_UNSPECIFIED) {
            status = wire::fromWire(request->status());
            if (!status)
                throw Error::invalidArgument(QStringLiteral("status"),
                                             QStringLiteral("is not a known status"));
        }
        const QString municipality =
            validation::text(QStringLiteral("municipality"), request->municipality(),
                             {.maxChars = 100, .required = false});
        const auto page =
            m_core.requestReview().list(caller, status, municipality,
                                        Paging::parse(request->page_size(), request->page_token()));
        for (const common::AccessRequest &r : page.items)
            wire::toWire(r, response->add_requests());
        response->set_next_page_token(page.nextPageToken.toStdString());
    });
}

grpc::Status AdminRpc::ApproveAccessRequest(grpc::ServerContext *context,
                                            const v1::ApproveAccessRequestRequest *request,
                                            v1::ApproveAccessRequestResponse *response) {
    HN_ADMIN_CALL(ApproveAccessRequest) {
        const ApprovedRequest approved = m_core.requestReview().approve(
            caller, validation::uuid(QStringLiteral("request_id"), request->request_id()),
            AdminInput::role(request->role(), QStringLiteral("role")),
            AdminInput::grants(request->spaces()));
        wire::toWire(approved.request, response->mutable_request());
        wire::toWire(approved.account.account, response->mutable_user());
        wire::toWire(approved.account.activation, response->mutable_activation());
    });
}

grpc::Status AdminRpc::RejectAccessRequest(grpc::ServerContext *context,
                                           const v1::RejectAccessRequestRequest *request,
                                           v1::RejectAccessRequestResponse *response) {
    HN_ADMIN_CALL(RejectAccessRequest) {
        const QString reason = validation::text(QStringLiteral("reason"), request->reason(),
                                                {.maxChars = 2000, .multiline = true});
        wire::toWire(m_core.requestReview().reject(
                         caller,
                         validation::uuid(QStringLiteral("request_id"), request->request_id()),
                         reason),
                     response->mutable_request());
    });
}

grpc::Status AdminRpc::ListSpaces(grpc::ServerContext *context,
                                  const v1::ListSpacesRequest *request,
                                  v1::ListSpacesResponse *response) {
    HN_ADMIN_CALL(ListSpaces) {
        for (const common::SpaceSummary &s :
             m_core.spaces().list(caller, request->include_archived()))
            wire::toWire(s, response->add_spaces());
    });
}

grpc::Status AdminRpc::CreateSpace(grpc::ServerContext *context,
                                   const v1::CreateSpaceRequest *request,
                                   v1::CreateSpaceResponse *response) {
    HN_ADMIN_CALL(CreateSpace) {
        const v1::Space &in = request->space();
        common::Space space;
        space.name = AdminInput::spaceName(in.name(), QStringLiteral("space.name"));
        space.description =
            validation::text(QStringLiteral("space.description"), in.description(),
                             {.maxChars = 2000, .required = false, .multiline = true});
        const auto kind = wire::fromWire(in.kind());
        if (!kind) {
            throw Error::invalidArgument(QStringLiteral("space.kind"),
                                         QStringLiteral("must be public, team, municipality or "
                                                        "internal"));
        }
        space.kind = *kind;
        space.guestVisible = in.guest_visible();
        if (in.archived()) {
            throw Error::invalidArgument(QStringLiteral("space.archived"),
                                         QStringLiteral("a new space cannot be archived"));
        }
        wire::toWire(m_core.spaces().create(caller, space), response->mutable_space());
    });
}

grpc::Status AdminRpc::RenameSpace(grpc::ServerContext *context,
                                   const v1::RenameSpaceRequest *request,
                                   v1::RenameSpaceResponse *response) {
    HN_ADMIN_CALL(RenameSpace) {
        wire::toWire(
            m_core.spaces().rename(caller, AdminInput::spaceId(request->space_id()),
                                   AdminInput::spaceName(request->name(), QStringLiteral("name"))),
            response->mutable_space());
    });
}

grpc::Status AdminRpc::SetSpaceArchived(grpc::ServerContext *context,
                                        const v1::SetSpaceArchivedRequest *request,
                                        v1::SetSpaceArchivedResponse *response) {
    HN_ADMIN_CALL(SetSpaceArchived) {
        wire::toWire(m_core.spaces().setArchived(caller, AdminInput::spaceId(request->space_id()),
                                                 request->archived()),
                     response->mutable_space());
    });
}

grpc::Status AdminRpc::SetSpaceGuestVisible(grpc::ServerContext *context,
                                            const v1::SetSpaceGuestVisibleRequest *request,
                                            v1::SetSpaceGuestVisibleResponse *response) {
    HN_ADMIN_CALL(SetSpaceGuestVisible) {
        wire::toWire(m_core.spaces().setGuestVisible(caller,
                                                     AdminInput::spaceId(request->space_id()),
                                                     request->guest_visible()),
                     response->mutable_space());
    });
}

grpc::Status AdminRpc::ListMembers(grpc::ServerContext *context,
                                   const v1::ListMembersRequest *request,
                                   v1::ListMembersResponse *response) {
    HN_ADMIN_CALL(ListMembers) {
        for (const common::Member &m :
             m_core.members().list(caller, AdminInput::spaceId(request->space_id())))
            wire::toWire(m, response->add_members());
    });
}

grpc::Status AdminRpc::AddMember(grpc::ServerContext *context, const v1::AddMemberRequest *request,
                                 v1::AddMemberResponse *response) {
    HN_ADMIN_CALL(AddMember) {
        const QString space = AdminInput::spaceId(request->space_id());
        const UserKey user = AdminInput::userKey(request->user(), QStringLiteral("user"));
        wire::toWire(
            m_core.members().add(caller, space, user,
                                 AdminInput::level(request->level(), QStringLiteral("level"))),
            response->mutable_member());
    });
}

grpc::Status AdminRpc::SetMemberLevel(grpc::ServerContext *context,
                                      const v1::SetMemberLevelRequest *request,
                                      v1::SetMemberLevelResponse *response) {
    HN_ADMIN_CALL(SetMemberLevel) {
        const QString space = AdminInput::spaceId(request->space_id());
        const UserKey user = AdminInput::userKey(request->user(), QStringLiteral("user"));
        const MemberChangeResult result = m_core.members().setLevel(
            caller, space, user, AdminInput::level(request->level(), QStringLiteral("level")),
            request->dry_run());
        wire::toWire(result.member, response->mutable_member());
        wire::toWire(result.loss, response->mutable_loss());
    });
}

grpc::Status AdminRpc::RemoveMember(grpc::ServerContext *context,
                                    const v1::RemoveMemberRequest *request,
                                    v1::RemoveMemberResponse *response) {
    HN_ADMIN_CALL(RemoveMember) {
        const QString space = AdminInput::spaceId(request->space_id());
        const UserKey user = AdminInput::userKey(request->user(), QStringLiteral("user"));
        wire::toWire(m_core.members().remove(caller, space, user, request->dry_run()),
                     response->mutable_loss());
    });
}

grpc::Status AdminRpc::ListDevices(grpc::ServerContext *context,
                                   const v1::ListDevicesRequest *request,
                                   v1::ListDevicesResponse *response) {
    HN_ADMIN_CALL(ListDevices) {
        std::optional<UserKey> user;
        if (request->has_user())
            user = AdminInput::userKey(request->user(), QStringLiteral("user"));
        for (const common::Device &d :
             m_core.devices().list(caller, user, request->include_ended()))
            wire::toWire(d, response->add_devices());
    });
}

grpc::Status AdminRpc::RevokeDevice(grpc::ServerContext *context,
                                    const v1::RevokeDeviceRequest *request,
                                    v1::RevokeDeviceResponse *response) {
    HN_ADMIN_CALL(RevokeDevice) {
        wire::toWire(m_core.devices().revoke(caller, validation::uuid(QStringLiteral("session_id"),
                                                                      request->session_id())),
                     response->mutable_device());
    });
}

grpc::Status AdminRpc::QueryAudit(grpc::ServerContext *context,
                                  const v1::QueryAuditRequest *request,
                                  v1::QueryAuditResponse *response) {
    HN_ADMIN_CALL(QueryAudit) {
        const auto page = m_core.auditTrail().query(
            caller, AdminInput::auditFilter(request->filter()), request->newest_first(),
            Paging::parse(request->page_size(), request->page_token()));
        for (const common::AuditEntry &entry : page.items)
            wire::toWire(entry, response->add_entries());
        response->set_next_page_token(page.nextPageToken.toStdString());
    });
}

grpc::Status AdminRpc::GetStats(grpc::ServerContext *context, const v1::GetStatsRequest *,
                                v1::GetStatsResponse *response) {
    HN_ADMIN_CALL(GetStats) {
        wire::toWire(m_core.stats().collect(caller, m_connectedClients()), response);
    });
}

#undef HN_ADMIN_CALL

grpc::ServerWriteReactor<v1::FollowAuditResponse> *
AdminRpc::FollowAudit(grpc::CallbackServerContext *context, const v1::FollowAuditRequest *request) {
    AuditFollowReactor *reactor = nullptr;
    RpcCall call(context, "Admin.FollowAudit", m_log);
    const grpc::Status status =
        call.authenticated(m_core.authentication(), [&](const Caller &caller) {
            const AuditFilter filter = AdminInput::auditFilter(request->filter());
            if (filter.until) {
                throw Error::invalidArgument(QStringLiteral("filter.until_at_ms"),
                                             QStringLiteral("must be 0 when following"));
            }
            if (request->after_id() < 0) {
                throw Error::invalidArgument(QStringLiteral("after_id"),
                                             QStringLiteral("must not be negative"));
            }
            const qint64 start =
                m_core.auditTrail().followStart(caller, filter, request->after_id());
            reactor = new AuditFollowReactor(*m_followers, context, caller,
                                             RpcCall::bearerToken(*context), filter, start);
            m_followers->add(reactor);
        });
    if (reactor)
        return reactor;

    // Refused before streaming: a reactor that only finishes with the status.
    class Refusal final : public grpc::ServerWriteReactor<v1::FollowAuditResponse> {
    public:
        explicit Refusal(const grpc::Status &status) { Finish(status); }
        void OnDone() override { delete this; }
    };
    return new Refusal(status);
}

} // namespace hn::server
