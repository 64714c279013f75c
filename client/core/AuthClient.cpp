// SPDX-License-Identifier: GPL-3.0-or-later
#include "client/core/AuthClient.h"

#include "client/core/RemoteError.h"
#include "helfernetz/v1/auth.grpc.pb.h"
#include "proto/codec/Wire.h"

#include <grpcpp/channel.h>

namespace hn::client {

namespace v1 = helfernetz::v1;

class AuthStub {
public:
    explicit AuthStub(const std::shared_ptr<grpc::Channel> &channel)
        : stub(v1::Auth::NewStub(channel)) {}
    std::unique_ptr<v1::Auth::Stub> stub;
};

namespace {

// One blocking call: deadline, bearer token, and a failed status turned into
// a common::Error that names the server.
template <typename Response, typename Request, typename Method>
Response invoke(v1::Auth::Stub &stub, Method method, const Request &request,
                std::chrono::milliseconds timeout, const QString &server,
                const QString &token = {}) {
    grpc::ClientContext context;
    context.set_deadline(std::chrono::system_clock::now() + timeout);
    if (!token.isEmpty())
        context.AddMetadata("authorization", "Bearer " + token.toStdString());
    Response response;
    const grpc::Status status = (stub.*method)(&context, request, &response);
    if (!status.ok())
        throw RemoteError::from(status, context, server);
    return response;
}

SessionInfo sessionFrom(const v1::LoginResponse &response) {
    return {QString::fromStdString(response.token()), wire::fromWireTime(response.expires_at_ms()),
            wire::fromWire(response.identity()),
            std::chrono::milliseconds(response.offline_lease_ms())};
}

} // namespace

AuthClient::AuthClient(const ServerEndpoint &endpoint, std::chrono::milliseconds timeout)
    : m_endpoint(endpoint)
    , m_timeout(timeout)
    , m_stub(std::make_unique<AuthStub>(endpoint.createChannel())) {}

AuthClient::~AuthClient() = default;

SessionInfo AuthClient::login(const QString &email, std::string_view password,
                              const QString &deviceName) {
    v1::LoginRequest request;
    request.set_email(email.toStdString());
    request.set_password(std::string(password));
    request.set_device_name(deviceName.toStdString());
    const auto response = invoke<v1::LoginResponse>(*m_stub->stub, &v1::Auth::Stub::Login, request,
                                                    m_timeout, m_endpoint.address);
    return sessionFrom(response);
}

SessionInfo AuthClient::whoAmI(const QString &token) {
    const auto response =
        invoke<v1::WhoAmIResponse>(*m_stub->stub, &v1::Auth::Stub::WhoAmI, v1::WhoAmIRequest(),
                                   m_timeout, m_endpoint.address, token);
    return {token, wire::fromWireTime(response.expires_at_ms()),
            wire::fromWire(response.identity()),
            std::chrono::milliseconds(response.offline_lease_ms())};
}

void AuthClient::logout(const QString &token) {
    invoke<v1::LogoutResponse>(*m_stub->stub, &v1::Auth::Stub::Logout, v1::LogoutRequest(),
                               m_timeout, m_endpoint.address, token);
}

void AuthClient::changePassword(const QString &token, std::string_view current,
                                std::string_view next) {
    v1::ChangePasswordRequest request;
    request.set_current_password(std::string(current));
    request.set_new_password(std::string(next));
    invoke<v1::ChangePasswordResponse>(*m_stub->stub, &v1::Auth::Stub::ChangePassword, request,
                                       m_timeout, m_endpoint.address, token);
}

void AuthClient::requestAccess(const common::AccessRequest &draft) {
    v1::RequestAccessRequest request;
    request.set_name(draft.name.toStdString());
    request.set_email(draft.email.toStdString());
    request.set_organization(draft.organization.toStdString());
    request.set_municipality(draft.municipality.toStdString());
    request.set_message(draft.message.toStdString());
    invoke<v1::RequestAccessResponse>(*m_stub->stub, &v1::Auth::Stub::RequestAccess, request,
                                      m_timeout, m_endpoint.address);
}

SessionInfo AuthClient::activateAccount(const QString &email, const QString &activationCode,
                                        std::string_view newPassword, const QString &deviceName) {
    v1::ActivateAccountRequest request;
    request.set_email(email.toStdString());
    request.set_activation_code(activationCode.trimmed().toStdString());
    request.set_new_password(std::string(newPassword));
    request.set_device_name(deviceName.toStdString());
    return sessionFrom(invoke<v1::LoginResponse>(*m_stub->stub, &v1::Auth::Stub::ActivateAccount,
                                                 request, m_timeout, m_endpoint.address));
}

} // namespace hn::client
