// SPDX-License-Identifier: GPL-3.0-or-later
// The Auth service over real gRPC: a server in this process on 127.0.0.1
// with a free port and a temporary data dir, in plaintext and over TLS.
#include "client/core/AuthClient.h"
#include "common/Error.h"
#include "helfernetz/v1/admin.grpc.pb.h"
#include "helfernetz/v1/auth.grpc.pb.h"
#include "helfernetz/v1/blobs.grpc.pb.h"
#include "server/store/AuditLog.h"
#include "tests/support/TestServer.h"

#include <catch2/catch.hpp>
#include <grpcpp/create_channel.h>

using namespace hn;
using common::Error;
using common::ErrorCode;
using test::TestServer;
namespace v1 = helfernetz::v1;

namespace {

const QString kAdminEmail = QString::fromLatin1(TestServer::kAdminEmail);
const std::string kAdminPassword = TestServer::kAdminPassword;

ErrorCode codeOf(const std::function<void()> &call, QString *field = nullptr,
                 QString *message = nullptr) {
    try {
        call();
    } catch (const Error &e) {
        if (field)
            *field = e.field();
        if (message)
            *message = e.message();
        return e.code();
    }
    FAIL("the call succeeded");
    return ErrorCode::Internal;
}

// A raw stub, for requests the AuthClient would never build.
std::unique_ptr<v1::Auth::Stub> rawAuth(const TestServer &server) {
    return v1::Auth::NewStub(grpc::CreateChannel(server.endpoint().target().toStdString(),
                                                 grpc::InsecureChannelCredentials()));
}

grpc::Status rawLogin(v1::Auth::Stub &stub, const std::string &email, const std::string &password) {
    v1::LoginRequest request;
    request.set_email(email);
    request.set_password(password);
    v1::LoginResponse response;
    grpc::ClientContext context;
    return stub.Login(&context, request, &response);
}

} // namespace

TEST_CASE("log in over plaintext loopback and ask who I am") {
    TestServer server;
    client::AuthClient auth(server.endpoint());
    const client::SessionInfo session =
        auth.login(kAdminEmail, kAdminPassword, QStringLiteral("Test"));
    CHECK(session.token.size() == 43);
    CHECK(session.identity.user.email == kAdminEmail);
    CHECK(session.identity.user.role == common::GlobalRole::Admin);
    CHECK(session.identity.globalActions.contains(common::Action::ManageUsers));
    CHECK(session.expiresAt > QDateTime::currentDateTimeUtc().addDays(29));

    const client::SessionInfo me = auth.whoAmI(session.token);
    CHECK(me.identity.user.id == session.identity.user.id);

    auth.logout(session.token);
    CHECK(codeOf([&] { auth.whoAmI(session.token); }) == ErrorCode::Unauthenticated);
}

TEST_CASE("log in over TLS with a certificate the test made") {
    TestServer server(TestServer::Options{.tls = true});
    REQUIRE(server.endpoint().usesTls());
    client::AuthClient auth(server.endpoint());
    const client::SessionInfo session = auth.login(kAdminEmail, kAdminPassword, {});
    CHECK(auth.whoAmI(session.token).identity.user.email == kAdminEmail);

    SECTION("a plaintext client cannot talk to a TLS server") {
        client::ServerEndpoint plain;
        plain.address = QStringLiteral("http://127.0.0.1:%1").arg(server.port());
        client::AuthClient plainAuth(plain, std::chrono::seconds(3));
        CHECK(codeOf([&] { plainAuth.login(kAdminEmail, kAdminPassword, {}); })
              == ErrorCode::Unavailable);
    }
    SECTION("a client that does not trust the certificate refuses the server") {
        client::ServerEndpoint untrusted = server.endpoint();
        untrusted.caFile.clear(); // system CAs only
        client::AuthClient strict(untrusted, std::chrono::seconds(3));
        CHECK(codeOf([&] { strict.login(kAdminEmail, kAdminPassword, {}); })
              == ErrorCode::Unavailable);
    }
}

TEST_CASE("unknown e-mail and wrong password get the same answer") {
    TestServer server;
    client::AuthClient auth(server.endpoint());
    QString unknownMessage, wrongMessage;
    CHECK(codeOf([&] { auth.login(QStringLiteral("niemand@x.de"), "irgendwas", {}); }, nullptr,
                 &unknownMessage)
          == ErrorCode::Unauthenticated);
    CHECK(codeOf([&] { auth.login(kAdminEmail, "falsch", {}); }, nullptr, &wrongMessage)
          == ErrorCode::Unauthenticated);
    CHECK(unknownMessage == wrongMessage);
}

TEST_CASE("pending and disabled accounts cannot log in, and say why") {
    TestServer server;
    server.addUser(QStringLiteral("neu@x.de"), QStringLiteral("Passwort-123"),
                   common::GlobalRole::Member, common::AccountStatus::Pending);
    server.addUser(QStringLiteral("weg@x.de"), QStringLiteral("Passwort-123"),
                   common::GlobalRole::Member, common::AccountStatus::Disabled);
    client::AuthClient auth(server.endpoint());
    QString message;
    CHECK(codeOf([&] { auth.login(QStringLiteral("neu@x.de"), "Passwort-123", {}); }, nullptr,
                 &message)
          == ErrorCode::PermissionDenied);
    CHECK(message.contains(QStringLiteral("not been activated")));
    CHECK(codeOf([&] { auth.login(QStringLiteral("weg@x.de"), "Passwort-123", {}); }, nullptr,
                 &message)
          == ErrorCode::PermissionDenied);
    CHECK(message.contains(QStringLiteral("disabled")));
}

TEST_CASE("failed logins are throttled before hashing, with RESOURCE_EXHAUSTED") {
    TestServer server;
    client::AuthClient auth(server.endpoint());
    for (int i = 0; i < 5; ++i) {
        CHECK(codeOf([&] { auth.login(kAdminEmail, "falsch", {}); }) == ErrorCode::Unauthenticated);
    }
    QString message;
    CHECK(codeOf([&] { auth.login(kAdminEmail, kAdminPassword, {}); }, nullptr, &message)
          == ErrorCode::ResourceExhausted);
    CHECK(message.contains(QStringLiteral("try again in")));
    // The throttled attempt was answered before the password was looked at:
    // it is no failed login of its own in the audit log.
    server::AuditQuery failedLogins;
    failedLogins.action = QStringLiteral("auth.login_failed");
    const auto failed = server::AuditLog(server.core().database().connection()).query(failedLogins);
    CHECK(failed.size() == 5);
}

TEST_CASE("bad input gets the right code, names the field, and the server keeps serving") {
    TestServer server;
    auto stub = rawAuth(server);
    struct Case {
        const char *what;
        std::string email;
        std::string password;
        grpc::StatusCode code;
        const char *field;
    };
    const std::string tenMegabytes(10 * 1024 * 1024, 'p');
    const std::vector<Case> cases{
        {"empty e-mail", "", "x", grpc::StatusCode::INVALID_ARGUMENT, "email"},
        {"not an e-mail", "admin", "x", grpc::StatusCode::INVALID_ARGUMENT, "email"},
        {"empty password", TestServer::kAdminEmail, "", grpc::StatusCode::INVALID_ARGUMENT,
         "password"},
        {"10 MB password", TestServer::kAdminEmail, tenMegabytes,
         grpc::StatusCode::INVALID_ARGUMENT, "password"},
        {"invalid UTF-8 e-mail", "adm\xC3\x28in@x.de", "x", grpc::StatusCode::INVALID_ARGUMENT,
         "email"},
        {"invalid UTF-8 password", TestServer::kAdminEmail, "\xFF\xFE\xFD",
         grpc::StatusCode::INVALID_ARGUMENT, "password"},
        {"control character", "ad\x01min@x.de", "x", grpc::StatusCode::INVALID_ARGUMENT, "email"},
        {"SQL in the e-mail", "x'OR'1'='1;--@x.de", "' OR '1'='1",
         grpc::StatusCode::UNAUTHENTICATED, ""},
    };
    for (const Case &c : cases) {
        INFO(c.what);
        v1::LoginRequest request;
        request.set_email(c.email);
        request.set_password(c.password);
        v1::LoginResponse response;
        grpc::ClientContext context;
        const grpc::Status status = stub->Login(&context, request, &response);
        CHECK(status.error_code() == c.code);
        if (*c.field) {
            CHECK_THAT(status.error_message(), Catch::StartsWith(std::string(c.field) + ":"));
            const auto &trailers = context.GetServerTrailingMetadata();
            const auto it = trailers.find("hn-error-field");
            REQUIRE(it != trailers.end());
            CHECK(std::string(it->second.data(), it->second.size()) == c.field);
        }
    }
    // Still serving, and the users table survived the SQL.
    CHECK(rawLogin(*stub, TestServer::kAdminEmail, kAdminPassword).ok());
}

TEST_CASE("calls without a valid token are UNAUTHENTICATED, every service answers a valid one") {
    TestServer server;
    auto channel = grpc::CreateChannel(server.endpoint().target().toStdString(),
                                       grpc::InsecureChannelCredentials());
    auto auth = v1::Auth::NewStub(channel);

    auto whoAmI = [&](const std::string &authorization) {
        grpc::ClientContext context;
        if (!authorization.empty())
            context.AddMetadata("authorization", authorization);
        v1::WhoAmIResponse response;
        return auth->WhoAmI(&context, v1::WhoAmIRequest(), &response);
    };
    const std::string forged(43, 'A');
    for (const std::string &header :
         {std::string(), std::string("Bearer "), std::string("Bearer ") + forged,
          std::string("Bearer ../../etc/passwd"), std::string("Basic YWRtaW46YWRtaW4="),
          std::string("Bearer ") + std::string(5000, 'x')}) {
        INFO(header.substr(0, 60));
        const grpc::Status status = whoAmI(header);
        CHECK(status.error_code() == grpc::StatusCode::UNAUTHENTICATED);
        CHECK_FALSE(status.error_message().empty());
    }

    client::AuthClient client(server.endpoint());
    const QString token = client.login(kAdminEmail, kAdminPassword, {}).token;
    CHECK(whoAmI("Bearer " + token.toStdString()).ok());

    auto admin = v1::Admin::NewStub(channel);
    grpc::ClientContext adminContext;
    adminContext.AddMetadata("authorization", "Bearer " + token.toStdString());
    v1::ListUsersResponse users;
    CHECK(admin->ListUsers(&adminContext, v1::ListUsersRequest(), &users).ok());
    CHECK(users.users_size() == 1);

    // Blobs is built: a malformed request is answered, naming the field.
    auto blobs = v1::Blobs::NewStub(channel);
    grpc::ClientContext context;
    context.AddMetadata("authorization", "Bearer " + token.toStdString());
    v1::StatusResponse response;
    const grpc::Status status = blobs->Status(&context, v1::StatusRequest(), &response);
    CHECK(status.error_code() == grpc::StatusCode::INVALID_ARGUMENT);
    CHECK(status.error_message().find("sha256_hex") != std::string::npos);
}

TEST_CASE("change password: wrong current one refused, new one checked, others logged out") {
    TestServer server;
    client::AuthClient auth(server.endpoint());
    const QString token = auth.login(kAdminEmail, kAdminPassword, {}).token;
    const QString other = auth.login(kAdminEmail, kAdminPassword, {}).token;

    QString field;
    CHECK(codeOf([&] { auth.changePassword(token, "falsch", "Ganz-neues-Passwort"); }, &field)
          == ErrorCode::InvalidArgument);
    CHECK(field == QStringLiteral("current_password"));
    CHECK(codeOf([&] { auth.changePassword(token, kAdminPassword, "kurz"); }, &field)
          == ErrorCode::InvalidArgument);
    CHECK(field == QStringLiteral("new_password"));

    auth.changePassword(token, kAdminPassword, "Ganz-neues-Passwort");
    CHECK_NOTHROW(auth.whoAmI(token));
    CHECK(codeOf([&] { auth.whoAmI(other); }) == ErrorCode::Unauthenticated);
    CHECK_NOTHROW(auth.login(kAdminEmail, "Ganz-neues-Passwort", {}));
}

TEST_CASE("access requests: same answer for known and unknown e-mails, rate-limited") {
    TestServer server;
    client::AuthClient auth(server.endpoint());
    common::AccessRequest request;
    request.name = QStringLiteral("Fatma Yılmaz");
    request.email = QStringLiteral("fatma@initiative-beispiel.de");
    request.organization = QStringLiteral("Willkommensinitiative Adorf");
    request.municipality = QStringLiteral("Adorf");
    request.message = QStringLiteral("Ich koordiniere die Sprachcafés.\nDanke!");
    CHECK_NOTHROW(auth.requestAccess(request));
    CHECK_NOTHROW(auth.requestAccess(request)); // repeated: same answer
    request.email = kAdminEmail;
    CHECK_NOTHROW(auth.requestAccess(request)); // known: same answer

    QString field;
    request.email = QStringLiteral("kaputt");
    CHECK(codeOf([&] { auth.requestAccess(request); }, &field) == ErrorCode::InvalidArgument);
    CHECK(field == QStringLiteral("email"));

    // 3 free requests, then the peer must wait.
    request.email = QStringLiteral("noch-jemand@x.de");
    CHECK(codeOf([&] { auth.requestAccess(request); }) == ErrorCode::ResourceExhausted);
}

TEST_CASE("one log line per request, with method, user, status and duration, never secrets") {
    TestServer server;
    client::AuthClient auth(server.endpoint());
    const QString token = auth.login(kAdminEmail, kAdminPassword, {}).token;
    auth.whoAmI(token);
    CHECK_THROWS(auth.login(kAdminEmail, "Geheim-falsch-123", {}));

    QStringList rpcLines;
    for (const QString &line : server.logLines()) {
        CHECK_FALSE(line.contains(token));
        CHECK_FALSE(line.contains(QString::fromStdString(kAdminPassword)));
        CHECK_FALSE(line.contains(QStringLiteral("Geheim-falsch")));
        if (line.contains(QStringLiteral("event=rpc")))
            rpcLines << line;
    }
    REQUIRE(rpcLines.size() == 3);
    CHECK(rpcLines[0].contains(QStringLiteral("method=Auth.Login")));
    CHECK(rpcLines[0].contains(QStringLiteral("status=OK")));
    CHECK(rpcLines[0].contains(QStringLiteral("duration_ms=")));
    CHECK(rpcLines[1].contains(QStringLiteral("method=Auth.WhoAmI")));
    CHECK_FALSE(rpcLines[1].contains(QStringLiteral("user=-")));
    CHECK(rpcLines[2].contains(QStringLiteral("status=UNAUTHENTICATED")));
}

TEST_CASE("plaintext on a non-loopback address is refused unless insecure") {
    CHECK(server::RpcServer::isLoopback(QStringLiteral("127.0.0.1:50051")));
    CHECK(server::RpcServer::isLoopback(QStringLiteral("127.8.9.1:1")));
    CHECK(server::RpcServer::isLoopback(QStringLiteral("[::1]:50051")));
    CHECK(server::RpcServer::isLoopback(QStringLiteral("localhost:50051")));
    CHECK_FALSE(server::RpcServer::isLoopback(QStringLiteral("0.0.0.0:50051")));
    CHECK_FALSE(server::RpcServer::isLoopback(QStringLiteral("[::]:50051")));
    CHECK_FALSE(server::RpcServer::isLoopback(QStringLiteral("helfernetz.kreis.de:443")));

    client::ServerEndpoint remote;
    remote.address = QStringLiteral("helfernetz.kreis.de:443");
    CHECK(remote.usesTls());
    remote.address = QStringLiteral("http://helfernetz.kreis.de:80");
    CHECK_THROWS_AS(remote.createChannel(), Error);
}
