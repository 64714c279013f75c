// SPDX-License-Identifier: GPL-3.0-or-later
// The Admin service's accounts and access requests over real gRPC, and the
// account's activation through Auth.ActivateAccount: the life of an
// account from request to login, and who may do which part of it.
#include "server/store/UserStore.h"
#include "tests/server/rpc/AdminTesting.h"
#include "tests/support/ManualClock.h"

#include <QRegularExpression>

using namespace hn;
using namespace hn::test;
using common::GlobalRole;
using Stub = v1::Admin::Stub;

namespace {

const std::string kAdmin = TestServer::kAdminEmail;
const std::string kAdminPassword = TestServer::kAdminPassword;
const std::string kPassword = "Ein-gutes-Passwort-1";

void requestAccess(AdminWire &wire, const std::string &email, const std::string &municipality) {
    v1::RequestAccessRequest request;
    request.set_name("Erika Muster");
    request.set_email(email);
    request.set_organization("Caritas");
    request.set_municipality(municipality);
    request.set_message("Ich möchte helfen.");
    v1::RequestAccessResponse response;
    REQUIRE(wire.call(*wire.auth, &v1::Auth::Stub::RequestAccess, {}, request, &response).ok());
}

QList<v1::AccessRequest> pendingRequests(AdminWire &wire, const std::string &token) {
    v1::ListAccessRequestsRequest request;
    request.set_status(v1::ACCESS_REQUEST_STATUS_PENDING);
    v1::ListAccessRequestsResponse response;
    const Answer answer = wire.ask(&Stub::ListAccessRequests, token, request, &response);
    INFO(answer.status.error_message());
    REQUIRE(answer.ok());
    return QList<v1::AccessRequest>(response.requests().begin(), response.requests().end());
}

Answer activate(AdminWire &wire, const std::string &email, const std::string &code,
                const std::string &password, v1::LoginResponse *out = nullptr) {
    v1::ActivateAccountRequest request;
    request.set_email(email);
    request.set_activation_code(code);
    request.set_new_password(password);
    request.set_device_name("Laptop");
    v1::LoginResponse response;
    const Answer answer =
        wire.call(*wire.auth, &v1::Auth::Stub::ActivateAccount, {}, request, &response);
    if (out)
        *out = response;
    return answer;
}

Answer createUser(AdminWire &wire, const std::string &token, const std::string &email,
                  v1::GlobalRole role, v1::CreateUserResponse *out = nullptr) {
    v1::CreateUserRequest request;
    request.mutable_profile()->set_email(email);
    request.mutable_profile()->set_display_name("Neue Person");
    request.mutable_profile()->set_role(role);
    v1::CreateUserResponse response;
    const Answer answer = wire.ask(&Stub::CreateUser, token, request, &response);
    if (out)
        *out = response;
    return answer;
}

} // namespace

TEST_CASE("request, approve, activate with the one-time code, log in: the whole way") {
    TestServer server;
    AdminWire wire(server);
    const std::string admin = wire.login(kAdmin, kAdminPassword);
    const common::Space space = server.addSpace(QStringLiteral("Soziale Betreuung"));

    requestAccess(wire, "erika@caritas.example", "Adorf");
    const auto requests = pendingRequests(wire, admin);
    REQUIRE(requests.size() == 1);
    CHECK(requests[0].email() == "erika@caritas.example");
    CHECK(requests[0].municipality() == "Adorf");

    v1::ApproveAccessRequestRequest approve;
    approve.set_request_id(requests[0].id());
    approve.set_role(v1::GLOBAL_ROLE_MEMBER);
    v1::SpaceGrant *grant = approve.add_spaces();
    grant->set_space_id(space.id.toStdString());
    grant->set_level(v1::SPACE_LEVEL_AUTHOR);
    v1::ApproveAccessRequestResponse approved;
    const Answer answer = wire.ask(&Stub::ApproveAccessRequest, admin, approve, &approved);
    INFO(answer.status.error_message());
    REQUIRE(answer.ok());
    CHECK(approved.request().status() == v1::ACCESS_REQUEST_STATUS_APPROVED);
    CHECK(approved.user().profile().status() == v1::ACCOUNT_STATUS_PENDING);
    CHECK(approved.user().profile().display_name() == "Erika Muster");
    CHECK(approved.user().profile().organization() == "Caritas");
    const QString code = QString::fromStdString(approved.activation().code());
    CHECK(QRegularExpression(QStringLiteral("^([2-9A-Z]{4}-){3}[2-9A-Z]{4}$"))
              .match(code)
              .hasMatch());
    CHECK_FALSE(code.contains(QRegularExpression(QStringLiteral("[015810OILSB]"))));
    CHECK(approved.activation().expires_at_ms()
          > QDateTime::currentMSecsSinceEpoch() + 6LL * 24 * 3600 * 1000);

    // Approving twice is a precondition failure, not a second account.
    CHECK(wire.ask(&Stub::ApproveAccessRequest, admin, approve, &approved).code()
          == grpc::StatusCode::FAILED_PRECONDITION);
    // Not yet active: no login.
    v1::LoginRequest early;
    early.set_email("erika@caritas.example");
    early.set_password(kPassword);
    v1::LoginResponse unused;
    CHECK_FALSE(wire.call(*wire.auth, &v1::Auth::Stub::Login, {}, early, &unused).ok());

    // A password the server refuses names the field and leaves the code valid.
    const Answer weak = activate(wire, "erika@caritas.example", code.toStdString(), "kurz");
    CHECK(weak.code() == grpc::StatusCode::INVALID_ARGUMENT);
    CHECK(weak.errorField == "new_password");

    // Lower case and without dashes is the same code.
    const std::string typed = code.toLower().remove(u'-').toStdString();
    v1::LoginResponse session;
    const Answer activated = activate(wire, "Erika@Caritas.example", typed, kPassword, &session);
    INFO(activated.status.error_message());
    REQUIRE(activated.ok());
    CHECK(session.identity().status() == v1::ACCOUNT_STATUS_ACTIVE);
    CHECK(session.offline_lease_ms() == 30LL * 24 * 3600 * 1000);
    REQUIRE(session.identity().spaces_size() == 1);
    CHECK(session.identity().spaces(0).level() == v1::SPACE_LEVEL_AUTHOR);
    CHECK(wire.whoAmI(session.token()).ok());

    // One-time: the same code again is refused like a wrong one.
    const Answer again = activate(wire, "erika@caritas.example", code.toStdString(), kPassword);
    const Answer wrong = activate(wire, "erika@caritas.example", "2222-3333-4444-6666", kPassword);
    const Answer unknown = activate(wire, "niemand@x.example", code.toStdString(), kPassword);
    for (const Answer *refused : {&again, &wrong, &unknown}) {
        CHECK(refused->code() == grpc::StatusCode::UNAUTHENTICATED);
        CHECK(refused->status.error_message() == wrong.status.error_message());
    }
    CHECK(wire.login("erika@caritas.example", kPassword) != "");

    const auto approvals = wire.audit(admin, "access_request.approve");
    REQUIRE(approvals.size() == 1);
    const QJsonObject details = AdminWire::details(approvals[0]);
    CHECK(details[QStringLiteral("before")][QStringLiteral("status")] == QStringLiteral("pending"));
    CHECK(details[QStringLiteral("after")][QStringLiteral("status")] == QStringLiteral("approved"));
    const auto activations = wire.audit(admin, "auth.activated");
    REQUIRE(activations.size() == 1);
    CHECK(AdminWire::details(activations[0])[QStringLiteral("after")][QStringLiteral("status")]
          == QStringLiteral("active"));
    CHECK(wire.audit(admin, "auth.activation_failed").size() == 3);
}

TEST_CASE("an expired activation code is refused like a wrong one") {
    ManualClock clock(QDateTime::currentDateTimeUtc());
    TestServer server({.clock = &clock, .configure = [](hn::server::ServerConfig &config) {
                           config.activationCodeDays = 2;
                       }});
    AdminWire wire(server);
    const std::string admin = wire.login(kAdmin, kAdminPassword);
    v1::CreateUserResponse created;
    REQUIRE(createUser(wire, admin, "neu@x.example", v1::GLOBAL_ROLE_GUEST, &created).ok());
    CHECK(created.activation().expires_at_ms() == clock.now().addDays(2).toMSecsSinceEpoch());
    clock.advanceSeconds(2 * 24 * 3600 + 1);
    const Answer expired = activate(wire, "neu@x.example", created.activation().code(), kPassword);
    CHECK(expired.code() == grpc::StatusCode::UNAUTHENTICATED);
    CHECK(expired.status.error_message()
          == "E-mail address or activation code is wrong, used or expired.");
}

TEST_CASE("users: create, show, list with paging, reset password, revoke sessions") {
    TestServer server;
    AdminWire wire(server);
    const std::string admin = wire.login(kAdmin, kAdminPassword);
    for (int i = 0; i < 5; ++i) {
        REQUIRE(createUser(wire, admin, "person" + std::to_string(i) + "@x.example",
                           v1::GLOBAL_ROLE_MEMBER)
                    .ok());
    }
    // Taken e-mail, invalid fields, unknown users.
    Answer answer = createUser(wire, admin, "person1@x.example", v1::GLOBAL_ROLE_MEMBER);
    CHECK(answer.code() == grpc::StatusCode::ALREADY_EXISTS);
    answer = createUser(wire, admin, "kein-at-zeichen", v1::GLOBAL_ROLE_MEMBER);
    CHECK(answer.code() == grpc::StatusCode::INVALID_ARGUMENT);
    CHECK(answer.errorField == "profile.email");
    answer = createUser(wire, admin, "r@x.example", v1::GLOBAL_ROLE_UNSPECIFIED);
    CHECK(answer.errorField == "profile.role");

    v1::GetUserRequest get;
    *get.mutable_user() = AdminWire::byEmail("niemand@x.example");
    v1::GetUserResponse user;
    CHECK(wire.ask(&Stub::GetUser, admin, get, &user).code() == grpc::StatusCode::NOT_FOUND);
    get.mutable_user()->set_user_id("keine-uuid");
    answer = wire.ask(&Stub::GetUser, admin, get, &user);
    CHECK(answer.code() == grpc::StatusCode::INVALID_ARGUMENT);
    CHECK(answer.errorField == "user.user_id");
    get.clear_user();
    CHECK(wire.ask(&Stub::GetUser, admin, get, &user).errorField == "user");

    // Pages of two over six accounts, no one twice, in name order.
    v1::ListUsersRequest list;
    list.set_page_size(2);
    QStringList seen;
    for (int page = 0; page < 10; ++page) {
        v1::ListUsersResponse response;
        REQUIRE(wire.ask(&Stub::ListUsers, admin, list, &response).ok());
        for (const v1::User &u : response.users())
            seen << QString::fromStdString(u.profile().email());
        if (response.next_page_token().empty())
            break;
        list.set_page_token(response.next_page_token());
    }
    CHECK(seen.size() == 6);
    CHECK(QSet<QString>(seen.begin(), seen.end()).size() == 6);
    list.set_page_token("kaputt");
    v1::ListUsersResponse bad;
    CHECK(wire.ask(&Stub::ListUsers, admin, list, &bad).errorField == "page_token");
    v1::ListUsersRequest filtered;
    filtered.set_query("PERSON3");
    v1::ListUsersResponse one;
    REQUIRE(wire.ask(&Stub::ListUsers, admin, filtered, &one).ok());
    REQUIRE(one.users_size() == 1);
    CHECK(one.users(0).profile().email() == "person3@x.example");

    // Reset: sessions end with PASSWORD_RESET, the old password stops
    // working, the code sets a new one.
    const common::User member = server.addUser(
        QStringLiteral("m@x.example"), QString::fromStdString(kPassword), GlobalRole::Member);
    const std::string memberToken = wire.login("m@x.example", kPassword, "Büro-PC");
    v1::ResetPasswordRequest reset;
    *reset.mutable_user() = AdminWire::byId(member.id.toStdString());
    v1::ResetPasswordResponse resetResponse;
    REQUIRE(wire.ask(&Stub::ResetPassword, admin, reset, &resetResponse).ok());
    const Answer ended = wire.whoAmI(memberToken);
    CHECK(ended.code() == grpc::StatusCode::UNAUTHENTICATED);
    CHECK(ended.sessionEnd == "SESSION_END_REASON_PASSWORD_RESET");
    v1::LoginRequest old;
    old.set_email("m@x.example");
    old.set_password(kPassword);
    v1::LoginResponse unused;
    CHECK_FALSE(wire.call(*wire.auth, &v1::Auth::Stub::Login, {}, old, &unused).ok());
    REQUIRE(
        activate(wire, "m@x.example", resetResponse.activation().code(), "Noch-ein-Passwort").ok());
    const std::string fresh = wire.login("m@x.example", "Noch-ein-Passwort");

    v1::RevokeSessionsRequest revoke;
    *revoke.mutable_user() = AdminWire::byEmail("m@x.example");
    v1::RevokeSessionsResponse revoked;
    REQUIRE(wire.ask(&Stub::RevokeSessions, admin, revoke, &revoked).ok());
    CHECK(revoked.revoked_count() == 2); // the activation's session and the login's
    CHECK(wire.whoAmI(fresh).sessionEnd == "SESSION_END_REASON_SESSIONS_REVOKED");

    for (const char *action : {"user.create", "user.reset_password", "user.revoke_sessions"}) {
        INFO(action);
        CHECK_FALSE(wire.audit(admin, action).isEmpty());
    }
    const QJsonObject created = AdminWire::details(wire.audit(admin, "user.create").first());
    CHECK(created[QStringLiteral("after")][QStringLiteral("status")] == QStringLiteral("pending"));
}

TEST_CASE("set-role: dry run changes nothing, the change is audited, non-admins are refused") {
    TestServer server;
    AdminWire wire(server);
    const std::string admin = wire.login(kAdmin, kAdminPassword);
    const common::User coordinator =
        server.addUser(QStringLiteral("koord@x.example"), QString::fromStdString(kPassword),
                       GlobalRole::Coordinator);
    const std::string coordinatorToken = wire.login("koord@x.example", kPassword);

    v1::SetUserRoleRequest request;
    *request.mutable_user() = AdminWire::byEmail("koord@x.example");
    request.set_role(v1::GLOBAL_ROLE_MEMBER);
    request.set_dry_run(true);
    v1::SetUserRoleResponse response;
    REQUIRE(wire.ask(&Stub::SetUserRole, admin, request, &response).ok());
    CHECK(response.user().profile().role() == v1::GLOBAL_ROLE_MEMBER);
    // Coordinators approve requests and create spaces; members do not.
    CHECK(response.loss().global_actions_size() == 2);
    CHECK(wire.whoAmI(coordinatorToken).ok()); // the dry run ended no session
    CHECK(wire.audit(admin, "user.set_role").isEmpty());

    // Nobody raises their own role; a coordinator changes nobody's.
    v1::SetUserRoleRequest raise;
    *raise.mutable_user() = AdminWire::byId(coordinator.id.toStdString());
    raise.set_role(v1::GLOBAL_ROLE_ADMIN);
    CHECK(wire.ask(&Stub::SetUserRole, coordinatorToken, raise, &response).code()
          == grpc::StatusCode::PERMISSION_DENIED);

    request.set_dry_run(false);
    REQUIRE(wire.ask(&Stub::SetUserRole, admin, request, &response).ok());
    CHECK(wire.whoAmI(coordinatorToken).sessionEnd == "SESSION_END_REASON_SESSIONS_REVOKED");
    const auto changes = wire.audit(admin, "user.set_role");
    REQUIRE(changes.size() == 1);
    const QJsonObject details = AdminWire::details(changes[0]);
    CHECK(details[QStringLiteral("before")][QStringLiteral("role")]
          == QStringLiteral("coordinator"));
    CHECK(details[QStringLiteral("after")][QStringLiteral("role")] == QStringLiteral("member"));
}

TEST_CASE("the last active admin can be neither demoted nor disabled, nor anyone their own") {
    TestServer server;
    AdminWire wire(server);
    v1::LoginResponse login;
    const std::string admin = wire.login(kAdmin, kAdminPassword, {}, &login);
    const std::string adminId = login.identity().user_id();

    v1::SetUserRoleRequest demote;
    *demote.mutable_user() = AdminWire::byId(adminId);
    demote.set_role(v1::GLOBAL_ROLE_MEMBER);
    v1::SetUserRoleResponse roleResponse;
    CHECK(wire.ask(&Stub::SetUserRole, admin, demote, &roleResponse).code()
          == grpc::StatusCode::FAILED_PRECONDITION);
    v1::SetUserStatusRequest disable;
    *disable.mutable_user() = AdminWire::byId(adminId);
    disable.set_status(v1::ACCOUNT_STATUS_DISABLED);
    v1::SetUserStatusResponse statusResponse;
    CHECK(wire.ask(&Stub::SetUserStatus, admin, disable, &statusResponse).code()
          == grpc::StatusCode::FAILED_PRECONDITION);

    // With a second admin it is the rule on one's own account that answers.
    server.addUser(QStringLiteral("zweite@x.example"), QString::fromStdString(kPassword),
                   GlobalRole::Admin);
    CHECK(wire.ask(&Stub::SetUserRole, admin, demote, &roleResponse).code()
          == grpc::StatusCode::PERMISSION_DENIED);
    const std::string second = wire.login("zweite@x.example", kPassword);
    REQUIRE(wire.ask(&Stub::SetUserStatus, second, disable, &statusResponse).ok());
    CHECK(wire.whoAmI(admin).sessionEnd == "SESSION_END_REASON_ACCOUNT_DISABLED");
    // Now the second one is the last.
    v1::SetUserRoleRequest self;
    *self.mutable_user() = AdminWire::byEmail("zweite@x.example");
    self.set_role(v1::GLOBAL_ROLE_MEMBER);
    CHECK(wire.ask(&Stub::SetUserRole, second, self, &roleResponse).code()
          == grpc::StatusCode::FAILED_PRECONDITION);
    disable.set_status(v1::ACCOUNT_STATUS_PENDING);
    const Answer pending = wire.ask(&Stub::SetUserStatus, second, disable, &statusResponse);
    CHECK(pending.errorField == "status");
}

TEST_CASE("coordinators see and approve only their municipality's requests, as member or guest") {
    TestServer server;
    AdminWire wire(server);
    const std::string admin = wire.login(kAdmin, kAdminPassword);
    common::User coordinator =
        server.addUser(QStringLiteral("koord@adorf.example"), QString::fromStdString(kPassword),
                       GlobalRole::Coordinator);
    coordinator.municipality = QStringLiteral("Adorf");
    server.core().database().write(
        [&](QSqlDatabase &db) { hn::server::UserStore(db).update(coordinator); });
    const common::Space moderated = server.addSpace(QStringLiteral("Gemeinde Adorf"));
    const common::Space other = server.addSpace(QStringLiteral("Intern"));
    server.setMembership(moderated.id, coordinator.id, common::SpaceLevel::Moderator);
    const std::string token = wire.login("koord@adorf.example", kPassword);

    requestAccess(wire, "a@adorf.example", "adorf");
    requestAccess(wire, "b@bdorf.example", "Bdorf");
    const auto mine = pendingRequests(wire, token);
    REQUIRE(mine.size() == 1);
    CHECK(mine[0].email() == "a@adorf.example");
    const auto all = pendingRequests(wire, admin);
    REQUIRE(all.size() == 2);
    const std::string foreignId = all[0].email() == "b@bdorf.example" ? all[0].id() : all[1].id();

    v1::ApproveAccessRequestRequest approve;
    approve.set_request_id(foreignId);
    approve.set_role(v1::GLOBAL_ROLE_MEMBER);
    v1::ApproveAccessRequestResponse approved;
    CHECK(wire.ask(&Stub::ApproveAccessRequest, token, approve, &approved).code()
          == grpc::StatusCode::NOT_FOUND);
    v1::RejectAccessRequestRequest reject;
    reject.set_request_id(foreignId);
    reject.set_reason("nicht zuständig");
    v1::RejectAccessRequestResponse rejected;
    CHECK(wire.ask(&Stub::RejectAccessRequest, token, reject, &rejected).code()
          == grpc::StatusCode::NOT_FOUND);

    approve.set_request_id(mine[0].id());
    approve.set_role(v1::GLOBAL_ROLE_COORDINATOR);
    CHECK(wire.ask(&Stub::ApproveAccessRequest, token, approve, &approved).code()
          == grpc::StatusCode::PERMISSION_DENIED);
    approve.set_role(v1::GLOBAL_ROLE_MEMBER);
    approve.add_spaces()->set_space_id(other.id.toStdString());
    CHECK(wire.ask(&Stub::ApproveAccessRequest, token, approve, &approved).code()
          == grpc::StatusCode::PERMISSION_DENIED);
    approve.clear_spaces();
    v1::SpaceGrant *grant = approve.add_spaces();
    grant->set_space_id(moderated.id.toStdString());
    grant->set_level(v1::SPACE_LEVEL_EDITOR);
    const Answer ok = wire.ask(&Stub::ApproveAccessRequest, token, approve, &approved);
    INFO(ok.status.error_message());
    REQUIRE(ok.ok());
    CHECK(approved.user().profile().municipality() == "adorf");

    // The refusals changed nothing: the foreign request is still pending.
    CHECK(pendingRequests(wire, admin).size() == 1);
    reject.set_reason("");
    const Answer empty = wire.ask(&Stub::RejectAccessRequest, admin, reject, &rejected);
    CHECK(empty.errorField == "reason");
    reject.set_reason("Bitte über die Gemeinde Bdorf anfragen.");
    REQUIRE(wire.ask(&Stub::RejectAccessRequest, admin, reject, &rejected).ok());
    CHECK(rejected.request().status() == v1::ACCESS_REQUEST_STATUS_REJECTED);
    CHECK(rejected.request().review_note() == "Bitte über die Gemeinde Bdorf anfragen.");
    CHECK(wire.audit(admin, "access_request.reject").size() == 1);

    // Members neither list nor decide requests.
    server.addUser(QStringLiteral("m@x.example"), QString::fromStdString(kPassword),
                   GlobalRole::Member);
    const std::string member = wire.login("m@x.example", kPassword);
    v1::ListAccessRequestsRequest list;
    v1::ListAccessRequestsResponse listed;
    CHECK(wire.ask(&Stub::ListAccessRequests, member, list, &listed).code()
          == grpc::StatusCode::PERMISSION_DENIED);
}

TEST_CASE(
    "the life of an account over the wire: request, approve, role, device revoked, disabled") {
    TestServer server;
    AdminWire wire(server);
    const std::string admin = wire.login(kAdmin, kAdminPassword);
    requestAccess(wire, "lebenslauf@x.example", "Adorf");
    const auto requests = pendingRequests(wire, admin);
    REQUIRE(requests.size() == 1);
    v1::ApproveAccessRequestRequest approve;
    approve.set_request_id(requests[0].id());
    approve.set_role(v1::GLOBAL_ROLE_GUEST);
    v1::ApproveAccessRequestResponse approved;
    REQUIRE(wire.ask(&Stub::ApproveAccessRequest, admin, approve, &approved).ok());
    v1::LoginResponse session;
    REQUIRE(
        activate(wire, "lebenslauf@x.example", approved.activation().code(), kPassword, &session)
            .ok());
    const std::string laptop = wire.login("lebenslauf@x.example", kPassword, "Laptop");

    v1::SetUserRoleRequest role;
    *role.mutable_user() = AdminWire::byEmail("lebenslauf@x.example");
    role.set_role(v1::GLOBAL_ROLE_MEMBER);
    v1::SetUserRoleResponse roleResponse;
    REQUIRE(wire.ask(&Stub::SetUserRole, admin, role, &roleResponse).ok());
    CHECK(wire.whoAmI(laptop).sessionEnd == "SESSION_END_REASON_SESSIONS_REVOKED");
    const std::string again = wire.login("lebenslauf@x.example", kPassword, "Laptop");
    v1::WhoAmIResponse who;
    REQUIRE(wire.whoAmI(again, &who).ok());
    CHECK(who.identity().role() == v1::GLOBAL_ROLE_MEMBER);

    v1::ListDevicesRequest list;
    *list.mutable_user() = AdminWire::byEmail("lebenslauf@x.example");
    v1::ListDevicesResponse listed;
    REQUIRE(wire.ask(&Stub::ListDevices, admin, list, &listed).ok());
    REQUIRE(listed.devices_size() == 1);
    v1::RevokeDeviceRequest revoke;
    revoke.set_session_id(listed.devices(0).session_id());
    v1::RevokeDeviceResponse revoked;
    REQUIRE(wire.ask(&Stub::RevokeDevice, admin, revoke, &revoked).ok());
    CHECK(wire.whoAmI(again).sessionEnd == "SESSION_END_REASON_DEVICE_REVOKED");

    v1::SetUserStatusRequest disable;
    *disable.mutable_user() = AdminWire::byEmail("lebenslauf@x.example");
    disable.set_status(v1::ACCOUNT_STATUS_DISABLED);
    v1::SetUserStatusResponse disabled;
    REQUIRE(wire.ask(&Stub::SetUserStatus, admin, disable, &disabled).ok());
    CHECK(disabled.user().profile().status() == v1::ACCOUNT_STATUS_DISABLED);
    v1::LoginRequest login;
    login.set_email("lebenslauf@x.example");
    login.set_password(kPassword);
    v1::LoginResponse refused;
    CHECK(wire.call(*wire.auth, &v1::Auth::Stub::Login, {}, login, &refused).code()
          == grpc::StatusCode::PERMISSION_DENIED);

    // Each step is in the audit log, in order.
    v1::QueryAuditRequest query;
    query.set_page_size(1000);
    v1::QueryAuditResponse log;
    REQUIRE(wire.ask(&Stub::QueryAudit, admin, query, &log).ok());
    QStringList steps;
    for (const v1::AuditEntry &entry : log.entries()) {
        const QString action = QString::fromStdString(entry.action());
        if (!action.startsWith(QStringLiteral("auth.login")))
            steps << action;
    }
    CHECK(steps
          == QStringList{QStringLiteral("server.init"), QStringLiteral("access_request.created"),
                         QStringLiteral("user.create"), QStringLiteral("access_request.approve"),
                         QStringLiteral("auth.activated"), QStringLiteral("user.set_role"),
                         QStringLiteral("device.revoke"), QStringLiteral("device.wipe_delivered"),
                         QStringLiteral("user.set_status")});
}
