// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/rpc/AuthRpc.h"

#include "common/Validation.h"
#include "proto/codec/Wire.h"
#include "server/core/ServerCore.h"
#include "server/rpc/RpcCall.h"

namespace hn::server {

namespace v1 = helfernetz::v1;
namespace validation = common::validation;

AuthRpc::AuthRpc(ServerCore &core, ServerLog &log)
    : m_core(core)
    , m_log(log) {}

grpc::Status AuthRpc::Login(grpc::ServerContext *context, const v1::LoginRequest *request,
                            v1::LoginResponse *response) {
    RpcCall call(context, "Auth.Login", m_log);
    return call.anonymous([&] {
        LoginAttempt attempt;
        attempt.email = validation::email(QStringLiteral("email"), request->email());
        attempt.password =
            validation::loginPassword(QStringLiteral("password"), request->password());
        attempt.deviceName = validation::text(QStringLiteral("device_name"), request->device_name(),
                                              {.maxChars = 100, .required = false});
        attempt.peer = call.peer();

        const LoginResult result = m_core.authentication().login(attempt);
        call.identify(result.identity.user.id);
        response->set_token(result.token.toStdString());
        response->set_expires_at_ms(wire::toWireTime(result.expiresAt));
        wire::toWire(result.identity, response->mutable_identity());
        response->set_offline_lease_ms(m_core.config().offlineLeaseMs());
    });
}

grpc::Status AuthRpc::ActivateAccount(grpc::ServerContext *context,
                                      const v1::ActivateAccountRequest *request,
                                      v1::LoginResponse *response) {
    RpcCall call(context, "Auth.ActivateAccount", m_log);
    return call.anonymous([&] {
        ActivationAttempt attempt;
        attempt.email = validation::email(QStringLiteral("email"), request->email());
        attempt.code = QString::fromStdString(request->activation_code());
        // Checked before the code is looked at, so a password the server
        // refuses leaves the code valid.
        attempt.newPassword =
            validation::newPassword(QStringLiteral("new_password"), request->new_password());
        attempt.deviceName = validation::text(QStringLiteral("device_name"), request->device_name(),
                                              {.maxChars = 100, .required = false});
        attempt.peer = call.peer();

        const LoginResult result = m_core.authentication().activate(attempt);
        call.identify(result.identity.user.id);
        response->set_token(result.token.toStdString());
        response->set_expires_at_ms(wire::toWireTime(result.expiresAt));
        wire::toWire(result.identity, response->mutable_identity());
        response->set_offline_lease_ms(m_core.config().offlineLeaseMs());
    });
}

grpc::Status AuthRpc::Logout(grpc::ServerContext *context, const v1::LogoutRequest *,
                             v1::LogoutResponse *) {
    RpcCall call(context, "Auth.Logout", m_log);
    return call.authenticated(m_core.authentication(), [&](const Caller &caller) {
        m_core.authentication().logout(caller);
    });
}

grpc::Status AuthRpc::WhoAmI(grpc::ServerContext *context, const v1::WhoAmIRequest *,
                             v1::WhoAmIResponse *response) {
    RpcCall call(context, "Auth.WhoAmI", m_log);
    return call.authenticated(m_core.authentication(), [&](const Caller &caller) {
        wire::toWire(m_core.authentication().identityOf(caller), response->mutable_identity());
        response->set_expires_at_ms(wire::toWireTime(caller.session.expiresAt));
        response->set_offline_lease_ms(m_core.config().offlineLeaseMs());
    });
}

grpc::Status AuthRpc::ChangePassword(grpc::ServerContext *context,
                                     const v1::ChangePasswordRequest *request,
                                     v1::ChangePasswordResponse *) {
    RpcCall call(context, "Auth.ChangePassword", m_log);
    return call.authenticated(m_core.authentication(), [&](const Caller &caller) {
        const auto current = validation::loginPassword(QStringLiteral("current_password"),
                                                       request->current_password());
        const auto next =
            validation::newPassword(QStringLiteral("new_password"), request->new_password());
        m_core.authentication().changePassword(caller, current, next);
    });
}

grpc::Status AuthRpc::RequestAccess(grpc::ServerContext *context,
                                    const v1::RequestAccessRequest *request,
                                    v1::RequestAccessResponse *) {
    RpcCall call(context, "Auth.RequestAccess", m_log);
    return call.anonymous([&] {
        common::AccessRequest draft;
        draft.name = validation::text(QStringLiteral("name"), request->name(), {.maxChars = 200});
        draft.email = validation::email(QStringLiteral("email"), request->email());
        draft.organization =
            validation::text(QStringLiteral("organization"), request->organization(),
                             {.maxChars = 200, .required = false});
        draft.municipality =
            validation::text(QStringLiteral("municipality"), request->municipality(),
                             {.maxChars = 100, .required = false});
        draft.message = validation::text(QStringLiteral("message"), request->message(),
                                         {.maxChars = 2000, .required = false, .multiline = true});
        m_core.accessRequests().submit(draft, call.peer());
    });
}

} // namespace hn::server
