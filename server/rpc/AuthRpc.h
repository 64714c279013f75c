// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "helfernetz/v1/auth.grpc.pb.h"

namespace hn::server {

class ServerCore;
class ServerLog;

// The Auth service: decodes and validates each request, calls the core,
// encodes the answer. No decisions are made here.
class AuthRpc final : public helfernetz::v1::Auth::Service {
public:
    AuthRpc(ServerCore &core, ServerLog &log);

    grpc::Status Login(grpc::ServerContext *context, const helfernetz::v1::LoginRequest *request,
                       helfernetz::v1::LoginResponse *response) override;
    grpc::Status Logout(grpc::ServerContext *context, const helfernetz::v1::LogoutRequest *request,
                        helfernetz::v1::LogoutResponse *response) override;
    grpc::Status WhoAmI(grpc::ServerContext *context, const helfernetz::v1::WhoAmIRequest *request,
                        helfernetz::v1::WhoAmIResponse *response) override;
    grpc::Status ChangePassword(grpc::ServerContext *context,
                                const helfernetz::v1::ChangePasswordRequest *request,
                                helfernetz::v1::ChangePasswordResponse *response) override;
    grpc::Status RequestAccess(grpc::ServerContext *context,
                               const helfernetz::v1::RequestAccessRequest *request,
                               helfernetz::v1::RequestAccessResponse *response) override;
    grpc::Status ActivateAccount(grpc::ServerContext *context,
                                 const helfernetz::v1::ActivateAccountRequest *request,
                                 helfernetz::v1::LoginResponse *response) override;

private:
    ServerCore &m_core;
    ServerLog &m_log;
};

} // namespace hn::server
