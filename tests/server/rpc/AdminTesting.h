// SPDX-License-Identifier: GPL-3.0-or-later
// Shared by the Admin service tests: raw gRPC stubs against a TestServer,
// so requests the console would never build can be sent too, and each
// answer's status with the trailers the server adds.
#pragma once

#include "helfernetz/v1/admin.grpc.pb.h"
#include "helfernetz/v1/auth.grpc.pb.h"
#include "tests/support/TestServer.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <catch2/catch.hpp>
#include <grpcpp/create_channel.h>

namespace hn::test {

namespace v1 = ::helfernetz::v1;

// An answer: its status and the trailing metadata the server sets.
struct Answer {
    grpc::Status status;
    std::string sessionEnd; // "hn-session-end"
    std::string errorField; // "hn-error-field"

    bool ok() const { return status.ok(); }
    grpc::StatusCode code() const { return status.error_code(); }
};

class AdminWire {
public:
    explicit AdminWire(const TestServer &server)
        : m_channel(grpc::CreateChannel(server.endpoint().target().toStdString(),
                                        grpc::InsecureChannelCredentials()))
        , auth(v1::Auth::NewStub(m_channel))
        , admin(v1::Admin::NewStub(m_channel)) {}

    // Calls `method` of `stub` with the bearer token (none if empty).
    template <typename Stub, typename Request, typename Response>
    Answer call(Stub &stub,
                grpc::Status (Stub::*method)(grpc::ClientContext *, const Request &, Response *),
                const std::string &token, const Request &request, Response *response) {
        grpc::ClientContext context;
        if (!token.empty())
            context.AddMetadata("authorization", "Bearer " + token);
        Answer answer;
        answer.status = (stub.*method)(&context, request, response);
        const auto &trailers = context.GetServerTrailingMetadata();
        if (const auto it = trailers.find("hn-session-end"); it != trailers.end())
            answer.sessionEnd.assign(it->second.data(), it->second.size());
        if (const auto it = trailers.find("hn-error-field"); it != trailers.end())
            answer.errorField.assign(it->second.data(), it->second.size());
        return answer;
    }

    template <typename Request, typename Response>
    Answer ask(grpc::Status (v1::Admin::Stub::*method)(grpc::ClientContext *, const Request &,
                                                       Response *),
               const std::string &token, const Request &request, Response *response) {
        return call(*admin, method, token, request, response);
    }

    std::string login(const std::string &email, const std::string &password,
                      const std::string &device = {}, v1::LoginResponse *out = nullptr) {
        v1::LoginRequest request;
        request.set_email(email);
        request.set_password(password);
        request.set_device_name(device);
        v1::LoginResponse response;
        const Answer answer = call(*auth, &v1::Auth::Stub::Login, {}, request, &response);
        INFO(answer.status.error_message());
        REQUIRE(answer.ok());
        if (out)
            *out = response;
        return response.token();
    }

    Answer whoAmI(const std::string &token, v1::WhoAmIResponse *out = nullptr) {
        v1::WhoAmIResponse response;
        const Answer answer =
            call(*auth, &v1::Auth::Stub::WhoAmI, token, v1::WhoAmIRequest(), &response);
        if (out)
            *out = response;
        return answer;
    }

    // The audit entries with exactly this action, oldest first.
    QList<v1::AuditEntry> audit(const std::string &token, const std::string &action) {
        v1::QueryAuditRequest request;
        request.mutable_filter()->set_action(action);
        request.set_page_size(1000);
        v1::QueryAuditResponse response;
        const Answer answer = ask(&v1::Admin::Stub::QueryAudit, token, request, &response);
        INFO(answer.status.error_message());
        REQUIRE(answer.ok());
        return QList<v1::AuditEntry>(response.entries().begin(), response.entries().end());
    }

    static QJsonObject details(const v1::AuditEntry &entry) {
        return QJsonDocument::fromJson(QByteArray::fromStdString(entry.details_json())).object();
    }

    static v1::UserRef byEmail(const std::string &email) {
        v1::UserRef ref;
        ref.set_email(email);
        return ref;
    }
    static v1::UserRef byId(const std::string &id) {
        v1::UserRef ref;
        ref.set_user_id(id);
        return ref;
    }

private:
    std::shared_ptr<grpc::Channel> m_channel;

public:
    std::unique_ptr<v1::Auth::Stub> auth;
    std::unique_ptr<v1::Admin::Stub> admin;
};

} // namespace hn::test
