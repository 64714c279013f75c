// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "helfernetz/v1/admin.grpc.pb.h"

#include <functional>
#include <memory>

namespace hn::server {

class AuditFollowHub;
class ServerCore;
class ServerLog;

// The Admin service: decodes and validates each request (naming the field),
// calls the core, where the policy decides, and encodes the answer.
// FollowAudit uses the callback API (AuditFollowHub); the rest run on the
// synchronous pool.
class AdminRpc final
    : public helfernetz::v1::Admin::WithCallbackMethod_FollowAudit<helfernetz::v1::Admin::Service> {
public:
    // `connectedClients` counts open Subscribe streams for GetStats.
    AdminRpc(ServerCore &core, ServerLog &log, std::function<int()> connectedClients);
    ~AdminRpc() override;

#define HN_ADMIN_RPC(Name)                                                                         \
    grpc::Status Name(grpc::ServerContext *context, const helfernetz::v1::Name##Request *request,  \
                      helfernetz::v1::Name##Response *response) override;
    HN_ADMIN_RPC(ListUsers)
    HN_ADMIN_RPC(GetUser)
    HN_ADMIN_RPC(CreateUser)
    HN_ADMIN_RPC(SetUserRole)
    HN_ADMIN_RPC(SetUserStatus)
    HN_ADMIN_RPC(ResetPassword)
    HN_ADMIN_RPC(RevokeSessions)
    HN_ADMIN_RPC(ListAccessRequests)
    HN_ADMIN_RPC(ApproveAccessRequest)
    HN_ADMIN_RPC(RejectAccessRequest)
    HN_ADMIN_RPC(ListSpaces)
    HN_ADMIN_RPC(CreateSpace)
    HN_ADMIN_RPC(RenameSpace)
    HN_ADMIN_RPC(SetSpaceArchived)
    HN_ADMIN_RPC(SetSpaceGuestVisible)
    HN_ADMIN_RPC(ListMembers)
    HN_ADMIN_RPC(AddMember)
    HN_ADMIN_RPC(SetMemberLevel)
    HN_ADMIN_RPC(RemoveMember)
    HN_ADMIN_RPC(ListDevices)
    HN_ADMIN_RPC(RevokeDevice)
    HN_ADMIN_RPC(QueryAudit)
    HN_ADMIN_RPC(GetStats)
#undef HN_ADMIN_RPC

    grpc::ServerWriteReactor<helfernetz::v1::FollowAuditResponse> *
    FollowAudit(grpc::CallbackServerContext *context,
                const helfernetz::v1::FollowAuditRequest *request) override;

    AuditFollowHub &followers() {
        return *m_followers;
    }

private:
    ServerCore &m_core;
    ServerLog &m_log;
    std::function<int()> m_connectedClients;
    std::unique_ptr<AuditFollowHub> m_followers;
};

} // namespace hn::server
