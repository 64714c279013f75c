// SPDX-License-Identifier: GPL-3.0-or-later
// The Admin service's devices, spaces, members, audit log and statistics
// over real gRPC: remote wipe orders, why sessions end, dry runs that change
// nothing, following the audit log live.
#include "helfernetz/v1/sync.grpc.pb.h"
#include "server/core/ServerCore.h"
#include "tests/server/core/SyncTesting.h"
#include "tests/server/rpc/AdminTesting.h"
#include "tests/support/ManualClock.h"

#include <algorithm>
#include <atomic>
#include <memory>
#include <thread>
#include <vector>

using namespace hn;
using namespace hn::test;
using common::GlobalRole;
using common::SpaceLevel;
using Stub = v1::Admin::Stub;

namespace {

const std::string kAdmin = TestServer::kAdminEmail;
const std::string kAdminPassword = TestServer::kAdminPassword;
const std::string kPassword = "Ein-gutes-Passwort-1";

QList<v1::Device> devices(AdminWire &wire, const std::string &admin, const std::string &email,
                          bool includeEnded) {
    v1::ListDevicesRequest request;
    *request.mutable_user() = AdminWire::byEmail(email);
    request.set_include_ended(includeEnded);
    v1::ListDevicesResponse response;
    REQUIRE(wire.ask(&Stub::ListDevices, admin, request, &response).ok());
    return QList<v1::Device>(response.devices().begin(), response.devices().end());
}

// Pushes `count` contacts into `spaceId` as the user of `token`.
void pushContacts(TestServer &server, const std::string &token, const QString &spaceId, int count) {
    const hn::server::Caller caller = server.core().authentication().authenticate(
        QString::fromStdString(token), QStringLiteral("ipv4:127.0.0.1"));
    QList<common::Mutation> mutations;
    for (int i = 0; i < count; ++i)
        mutations.append(createContact(spaceId, QStringLiteral("Kontakt %1").arg(i)));
    for (const common::MutationResult &result :
         server.core().pushProcessor().push(caller, mutations))
        REQUIRE(result.outcome == common::MutationOutcome::Applied);
}

} // namespace

TEST_CASE("revoking a device ends its session with DEVICE_REVOKED and records the delivery") {
    TestServer server;
    AdminWire wire(server);
    const std::string admin = wire.login(kAdmin, kAdminPassword);
    server.addUser(QStringLiteral("m@x.example"), QString::fromStdString(kPassword),
                   GlobalRole::Member);
    const std::string laptop = wire.login("m@x.example", kPassword, "Laptop Gemeinde Adorf");
    const std::string office = wire.login("m@x.example", kPassword, "Büro");

    const auto live = devices(wire, admin, "m@x.example", false);
    REQUIRE(live.size() == 2);
    const auto it = std::find_if(live.begin(), live.end(), [](const v1::Device &d) {
        return d.device_name() == "Laptop Gemeinde Adorf";
    });
    REQUIRE(it != live.end());
    CHECK(it->user_email() == "m@x.example");
    CHECK(it->end_reason() == v1::SESSION_END_REASON_UNSPECIFIED);

    v1::RevokeDeviceRequest revoke;
    revoke.set_session_id(it->session_id());
    v1::RevokeDeviceResponse revoked;
    REQUIRE(wire.ask(&Stub::RevokeDevice, admin, revoke, &revoked).ok());
    CHECK(revoked.device().end_reason() == v1::SESSION_END_REASON_DEVICE_REVOKED);
    CHECK(revoked.device().ended_at_ms() > 0);
    CHECK(revoked.device().wipe_delivered_at_ms() == 0);

    // The next contact learns it must wipe; the first delivery is recorded once.
    const Answer first = wire.whoAmI(laptop);
    CHECK(first.code() == grpc::StatusCode::UNAUTHENTICATED);
    CHECK(first.sessionEnd == "SESSION_END_REASON_DEVICE_REVOKED");
    const auto afterFirst = devices(wire, admin, "m@x.example", true);
    qint64 deliveredAt = 0;
    for (const v1::Device &d : afterFirst) {
        if (d.session_id() == it->session_id())
            deliveredAt = d.wipe_delivered_at_ms();
    }
    CHECK(deliveredAt > 0);
    std::this_thread::sleep_for(std::chrono::milliseconds(5));
    CHECK(wire.whoAmI(laptop).sessionEnd == "SESSION_END_REASON_DEVICE_REVOKED");
    for (const v1::Device &d : devices(wire, admin, "m@x.example", true)) {
        if (d.session_id() == it->session_id())
            CHECK(d.wipe_delivered_at_ms() == deliveredAt);
    }
    // The other device goes on; the ended one is listed only when asked.
    CHECK(wire.whoAmI(office).ok());
    CHECK(devices(wire, admin, "m@x.example", false).size() == 1);

    const auto lines = wire.audit(admin, "device.revoke");
    REQUIRE(lines.size() == 1);
    CHECK(AdminWire::details(lines[0])[QStringLiteral("after")][QStringLiteral("revoke_reason")]
          == QStringLiteral("device-revoked"));
    CHECK(wire.audit(admin, "device.wipe_delivered").size() == 1);

    // Unknown and malformed session ids; members may not revoke.
    revoke.set_session_id("00000000-0000-4000-8000-000000000000");
    CHECK(wire.ask(&Stub::RevokeDevice, admin, revoke, &revoked).code()
          == grpc::StatusCode::NOT_FOUND);
    revoke.set_session_id("x");
    CHECK(wire.ask(&Stub::RevokeDevice, admin, revoke, &revoked).errorField == "session_id");
    CHECK(wire.ask(&Stub::RevokeDevice, office, revoke, &revoked).code()
          == grpc::StatusCode::INVALID_ARGUMENT);
    revoke.set_session_id(it->session_id());
    CHECK(wire.ask(&Stub::RevokeDevice, office, revoke, &revoked).code()
          == grpc::StatusCode::PERMISSION_DENIED);
}

TEST_CASE("every way a session ends is named in the hn-session-end trailer") {
    ManualClock clock(QDateTime::currentDateTimeUtc());
    TestServer server({.clock = &clock});
    AdminWire wire(server);
    server.addUser(QStringLiteral("m@x.example"), QString::fromStdString(kPassword),
                   GlobalRole::Member);

    const std::string loggedOut = wire.login("m@x.example", kPassword);
    v1::LogoutResponse logout;
    REQUIRE(wire.call(*wire.auth, &v1::Auth::Stub::Logout, loggedOut, v1::LogoutRequest(), &logout)
                .ok());
    CHECK(wire.whoAmI(loggedOut).sessionEnd == "SESSION_END_REASON_LOGGED_OUT");

    const std::string other = wire.login("m@x.example", kPassword);
    const std::string changer = wire.login("m@x.example", kPassword);
    v1::ChangePasswordRequest change;
    change.set_current_password(kPassword);
    change.set_new_password("Ein-anderes-Passwort");
    v1::ChangePasswordResponse changed;
    REQUIRE(wire.call(*wire.auth, &v1::Auth::Stub::ChangePassword, changer, change, &changed).ok());
    CHECK(wire.whoAmI(other).sessionEnd == "SESSION_END_REASON_PASSWORD_CHANGED");
    CHECK(wire.whoAmI(changer).ok());

    // Unused for longer than the session lifetime.
    clock.advanceSeconds(31LL * 24 * 3600);
    const Answer expired = wire.whoAmI(changer);
    CHECK(expired.code() == grpc::StatusCode::UNAUTHENTICATED);
    CHECK(expired.sessionEnd == "SESSION_END_REASON_EXPIRED");

    // A token that never was a session gets no reason.
    const Answer unknown = wire.whoAmI(std::string(43, 'A'));
    CHECK(unknown.code() == grpc::StatusCode::UNAUTHENTICATED);
    CHECK(unknown.sessionEnd.empty());
}

TEST_CASE("the offline lease comes from the config in Login, WhoAmI and ActivateAccount") {
    TestServer server(
        {.configure = [](hn::server::ServerConfig &config) { config.offlineLeaseDays = 12; }});
    AdminWire wire(server);
    v1::LoginResponse login;
    const std::string token = wire.login(kAdmin, kAdminPassword, {}, &login);
    const qint64 lease = 12LL * 24 * 3600 * 1000;
    CHECK(login.offline_lease_ms() == lease);
    v1::WhoAmIResponse who;
    REQUIRE(wire.whoAmI(token, &who).ok());
    CHECK(who.offline_lease_ms() == lease);
    // Restarted from its config file, the setting holds.
    server.restart();
    REQUIRE(wire.whoAmI(token, &who).ok());
    CHECK(who.offline_lease_ms() == lease);
}

TEST_CASE("spaces: create, rename, archive, open to guests, and who may do which") {
    TestServer server;
    AdminWire wire(server);
    const std::string admin = wire.login(kAdmin, kAdminPassword);
    const common::User coordinator = server.addUser(
        QStringLiteral("k@x.example"), QString::fromStdString(kPassword), GlobalRole::Coordinator);
    const std::string coord = wire.login("k@x.example", kPassword);
    server.addUser(QStringLiteral("m@x.example"), QString::fromStdString(kPassword),
                   GlobalRole::Member);
    const std::string member = wire.login("m@x.example", kPassword);

    v1::CreateSpaceRequest create;
    create.mutable_space()->set_name("Ausbildung und Arbeit");
    create.mutable_space()->set_kind(v1::SPACE_KIND_TEAM);
    v1::CreateSpaceResponse created;
    CHECK(wire.ask(&Stub::CreateSpace, member, create, &created).code()
          == grpc::StatusCode::PERMISSION_DENIED);
    REQUIRE(wire.ask(&Stub::CreateSpace, coord, create, &created).ok());
    const std::string spaceId = created.space().meta().id();
    CHECK(created.space().member_count() == 1); // the coordinator moderates it
    CHECK(created.space().space().name() == "Ausbildung und Arbeit");
    CHECK(wire.ask(&Stub::CreateSpace, admin, create, &created).code()
          == grpc::StatusCode::ALREADY_EXISTS);
    create.mutable_space()->set_name("");
    CHECK(wire.ask(&Stub::CreateSpace, admin, create, &created).errorField == "space.name");
    create.mutable_space()->set_name("Neu");
    create.mutable_space()->set_kind(v1::SPACE_KIND_UNSPECIFIED);
    CHECK(wire.ask(&Stub::CreateSpace, admin, create, &created).errorField == "space.kind");

    v1::RenameSpaceRequest rename;
    rename.set_space_id(spaceId);
    rename.set_name("Ausbildung, Arbeit und Beruf");
    v1::RenameSpaceResponse renamed;
    CHECK(wire.ask(&Stub::RenameSpace, member, rename, &renamed).code()
          == grpc::StatusCode::PERMISSION_DENIED);
    REQUIRE(wire.ask(&Stub::RenameSpace, coord, rename, &renamed).ok());
    CHECK(renamed.space().space().name() == "Ausbildung, Arbeit und Beruf");
    rename.set_space_id("00000000-0000-4000-8000-000000000000");
    CHECK(wire.ask(&Stub::RenameSpace, admin, rename, &renamed).code()
          == grpc::StatusCode::NOT_FOUND);

    v1::SetSpaceGuestVisibleRequest open;
    open.set_space_id(spaceId);
    open.set_guest_visible(true);
    v1::SetSpaceGuestVisibleResponse opened;
    CHECK(wire.ask(&Stub::SetSpaceGuestVisible, coord, open, &opened).code()
          == grpc::StatusCode::PERMISSION_DENIED);
    REQUIRE(wire.ask(&Stub::SetSpaceGuestVisible, admin, open, &opened).ok());
    CHECK(opened.space().space().guest_visible());

    v1::SetSpaceArchivedRequest archive;
    archive.set_space_id(spaceId);
    archive.set_archived(true);
    v1::SetSpaceArchivedResponse archived;
    CHECK(wire.ask(&Stub::SetSpaceArchived, coord, archive, &archived).code()
          == grpc::StatusCode::PERMISSION_DENIED);
    REQUIRE(wire.ask(&Stub::SetSpaceArchived, admin, archive, &archived).ok());
    v1::ListSpacesRequest list;
    v1::ListSpacesResponse listed;
    REQUIRE(wire.ask(&Stub::ListSpaces, admin, list, &listed).ok());
    CHECK(listed.spaces_size() == 0);
    list.set_include_archived(true);
    REQUIRE(wire.ask(&Stub::ListSpaces, admin, list, &listed).ok());
    CHECK(listed.spaces_size() == 1);

    for (const char *action :
         {"space.create", "space.rename", "space.set_guest_visible", "space.set_archived"}) {
        INFO(action);
        const auto lines = wire.audit(admin, action);
        REQUIRE(lines.size() == 1);
        CHECK(AdminWire::details(lines[0]).contains(QStringLiteral("after")));
    }
    const QJsonObject renameLine = AdminWire::details(wire.audit(admin, "space.rename").first());
    CHECK(renameLine[QStringLiteral("before")][QStringLiteral("name")]
          == QStringLiteral("Ausbildung und Arbeit"));
    Q_UNUSED(coordinator);
}

TEST_CASE("members: moderators manage their spaces only, never above themselves") {
    TestServer server;
    AdminWire wire(server);
    const std::string admin = wire.login(kAdmin, kAdminPassword);
    const common::User moderator = server.addUser(
        QStringLiteral("mod@x.example"), QString::fromStdString(kPassword), GlobalRole::Member);
    const common::User author = server.addUser(
        QStringLiteral("autor@x.example"), QString::fromStdString(kPassword), GlobalRole::Member);
    server.addUser(QStringLiteral("neu@x.example"), QString::fromStdString(kPassword),
                   GlobalRole::Member);
    const common::Space mine = server.addSpace(QStringLiteral("Unterkunft"));
    const common::Space foreign = server.addSpace(QStringLiteral("Intern"));
    server.setMembership(mine.id, moderator.id, SpaceLevel::Moderator);
    server.setMembership(mine.id, author.id, SpaceLevel::Author);
    server.setMembership(foreign.id, author.id, SpaceLevel::Author);
    const std::string mod = wire.login("mod@x.example", kPassword);
    const std::string aut = wire.login("autor@x.example", kPassword);

    v1::AddMemberRequest add;
    add.set_space_id(mine.id.toStdString());
    *add.mutable_user() = AdminWire::byEmail("neu@x.example");
    add.set_level(v1::SPACE_LEVEL_EDITOR);
    v1::AddMemberResponse added;
    REQUIRE(wire.ask(&Stub::AddMember, mod, add, &added).ok());
    CHECK(added.member().membership().level() == v1::SPACE_LEVEL_EDITOR);
    CHECK(added.member().user().email() == "neu@x.example");
    CHECK(wire.ask(&Stub::AddMember, mod, add, &added).code() == grpc::StatusCode::ALREADY_EXISTS);
    add.set_space_id(foreign.id.toStdString());
    CHECK(wire.ask(&Stub::AddMember, mod, add, &added).code()
          == grpc::StatusCode::PERMISSION_DENIED);
    add.set_level(v1::SPACE_LEVEL_UNSPECIFIED);
    CHECK(wire.ask(&Stub::AddMember, admin, add, &added).errorField == "level");

    // An author can neither raise themselves nor manage others.
    v1::SetMemberLevelRequest raise;
    raise.set_space_id(mine.id.toStdString());
    *raise.mutable_user() = AdminWire::byEmail("autor@x.example");
    raise.set_level(v1::SPACE_LEVEL_MODERATOR);
    v1::SetMemberLevelResponse raised;
    CHECK(wire.ask(&Stub::SetMemberLevel, aut, raise, &raised).code()
          == grpc::StatusCode::PERMISSION_DENIED);
    // ... but may step down.
    raise.set_level(v1::SPACE_LEVEL_READER);
    REQUIRE(wire.ask(&Stub::SetMemberLevel, aut, raise, &raised).ok());
    // A moderator cannot raise their own level either (admins cannot).
    v1::ListMembersRequest listRequest;
    listRequest.set_space_id(mine.id.toStdString());
    v1::ListMembersResponse members;
    CHECK(wire.ask(&Stub::ListMembers, aut, listRequest, &members).code()
          == grpc::StatusCode::PERMISSION_DENIED);
    REQUIRE(wire.ask(&Stub::ListMembers, mod, listRequest, &members).ok());
    REQUIRE(members.members_size() == 3);
    CHECK(members.members(0).membership().level() == v1::SPACE_LEVEL_MODERATOR);
    CHECK(members.members(2).membership().level() == v1::SPACE_LEVEL_READER);

    v1::RemoveMemberRequest remove;
    remove.set_space_id(mine.id.toStdString());
    *remove.mutable_user() = AdminWire::byEmail("niemand@x.example");
    v1::RemoveMemberResponse removed;
    CHECK(wire.ask(&Stub::RemoveMember, mod, remove, &removed).code()
          == grpc::StatusCode::NOT_FOUND);
    *remove.mutable_user() = AdminWire::byEmail("neu@x.example");
    REQUIRE(wire.ask(&Stub::RemoveMember, mod, remove, &removed).ok());
    CHECK(removed.loss().spaces_size() == 1);
    CHECK(removed.loss().spaces(0).loses_read());

    for (const char *action : {"member.add", "member.set_level", "member.remove"}) {
        INFO(action);
        const auto lines = wire.audit(admin, action);
        REQUIRE(lines.size() == 1);
        const QJsonObject details = AdminWire::details(lines[0]);
        CHECK(details.contains(QStringLiteral("before")));
        CHECK(details.contains(QStringLiteral("after")));
    }
    const QJsonObject levelLine = AdminWire::details(wire.audit(admin, "member.set_level")[0]);
    CHECK(levelLine[QStringLiteral("before")][QStringLiteral("level")] == QStringLiteral("author"));
    CHECK(levelLine[QStringLiteral("after")][QStringLiteral("level")] == QStringLiteral("reader"));
}

TEST_CASE("dry runs report the records a user would lose and change nothing") {
    TestServer server;
    AdminWire wire(server);
    const std::string admin = wire.login(kAdmin, kAdminPassword);
    const common::User user = server.addUser(QStringLiteral("m@x.example"),
                                             QString::fromStdString(kPassword), GlobalRole::Member);
    server.addUser(QStringLiteral("andere@x.example"), QString::fromStdString(kPassword),
                   GlobalRole::Member);
    const common::Space team = server.addSpace(QStringLiteral("Soziale Betreuung"));
    const common::Space open = server.addSpace(QStringLiteral("Öffentlich"), true);
    server.setMembership(team.id, user.id, SpaceLevel::Author);
    server.setMembership(open.id, user.id, SpaceLevel::Author);
    const common::User other =
        server.core()
            .authentication()
            .authenticate(QString::fromStdString(wire.login("andere@x.example", kPassword)), {})
            .user;
    server.setMembership(team.id, other.id, SpaceLevel::Author);
    const std::string token = wire.login("m@x.example", kPassword);
    pushContacts(server, token, team.id, 3);
    pushContacts(server, wire.login("andere@x.example", kPassword), team.id, 2);
    pushContacts(server, token, open.id, 1);

    v1::RemoveMemberRequest remove;
    remove.set_space_id(team.id.toStdString());
    *remove.mutable_user() = AdminWire::byEmail("m@x.example");
    remove.set_dry_run(true);
    v1::RemoveMemberResponse preview;
    REQUIRE(wire.ask(&Stub::RemoveMember, admin, remove, &preview).ok());
    REQUIRE(preview.loss().spaces_size() == 1);
    const v1::SpaceAccessLoss &loss = preview.loss().spaces(0);
    CHECK(loss.space_name() == "Soziale Betreuung");
    CHECK(loss.loses_read());
    // 3 + 2 contacts, the space record and two memberships.
    CHECK(loss.record_count() == 8);
    CHECK(loss.own_record_count() == 3);

    // Removed from the open space they keep reading it: they lose writing only.
    remove.set_space_id(open.id.toStdString());
    REQUIRE(wire.ask(&Stub::RemoveMember, admin, remove, &preview).ok());
    REQUIRE(preview.loss().spaces_size() == 1);
    CHECK_FALSE(preview.loss().spaces(0).loses_read());
    CHECK(preview.loss().spaces(0).own_record_count() == 1);

    // As guest they would lose the team space and writing in the open one.
    v1::SetUserRoleRequest role;
    *role.mutable_user() = AdminWire::byEmail("m@x.example");
    role.set_role(v1::GLOBAL_ROLE_GUEST);
    role.set_dry_run(true);
    v1::SetUserRoleResponse rolePreview;
    REQUIRE(wire.ask(&Stub::SetUserRole, admin, role, &rolePreview).ok());
    CHECK(rolePreview.loss().spaces_size() == 2);

    // Nothing changed: still a member of both, still a member by role, no audit lines.
    CHECK(wire.whoAmI(token).ok());
    v1::WhoAmIResponse who;
    REQUIRE(wire.whoAmI(token, &who).ok());
    CHECK(who.identity().role() == v1::GLOBAL_ROLE_MEMBER);
    CHECK(who.identity().spaces_size() == 2);
    CHECK(wire.audit(admin, "member.").isEmpty());
    CHECK(wire.audit(admin, "user.set_role").isEmpty());
}

TEST_CASE("the audit log: query with filters and pages, follow live, end on shutdown") {
    TestServer server;
    AdminWire wire(server);
    v1::LoginResponse login;
    const std::string admin = wire.login(kAdmin, kAdminPassword, {}, &login);
    for (int i = 0; i < 5; ++i)
        server.addSpace(QStringLiteral("Raum %1").arg(i));
    for (int i = 0; i < 5; ++i) {
        v1::CreateUserRequest create;
        create.mutable_profile()->set_email("p" + std::to_string(i) + "@x.example");
        create.mutable_profile()->set_display_name("P");
        create.mutable_profile()->set_role(v1::GLOBAL_ROLE_GUEST);
        v1::CreateUserResponse created;
        REQUIRE(wire.ask(&Stub::CreateUser, admin, create, &created).ok());
    }

    // Newest first in pages of two: ids fall, no entry twice.
    v1::QueryAuditRequest query;
    query.mutable_filter()->set_action("user.");
    query.set_newest_first(true);
    query.set_page_size(2);
    QList<qint64> ids;
    for (int page = 0; page < 10; ++page) {
        v1::QueryAuditResponse response;
        REQUIRE(wire.ask(&Stub::QueryAudit, admin, query, &response).ok());
        for (const v1::AuditEntry &entry : response.entries()) {
            CHECK(entry.action() == "user.create");
            ids.append(entry.id());
        }
        if (response.next_page_token().empty())
            break;
        query.set_page_token(response.next_page_token());
    }
    REQUIRE(ids.size() == 5);
    CHECK(std::is_sorted(ids.rbegin(), ids.rend()));

    // By actor (id or e-mail) and time.
    v1::QueryAuditRequest byActor;
    *byActor.mutable_filter()->mutable_actor() = AdminWire::byEmail(kAdmin);
    byActor.mutable_filter()->set_action("auth.login");
    v1::QueryAuditResponse logins;
    REQUIRE(wire.ask(&Stub::QueryAudit, admin, byActor, &logins).ok());
    CHECK(logins.entries_size() == 1);
    byActor.mutable_filter()->set_since_at_ms(QDateTime::currentMSecsSinceEpoch() + 60000);
    REQUIRE(wire.ask(&Stub::QueryAudit, admin, byActor, &logins).ok());
    CHECK(logins.entries_size() == 0);
    byActor.mutable_filter()->set_until_at_ms(1);
    CHECK(wire.ask(&Stub::QueryAudit, admin, byActor, &logins).errorField == "filter.until_at_ms");

    // Members may not read it.
    server.addUser(QStringLiteral("m@x.example"), QString::fromStdString(kPassword),
                   GlobalRole::Member);
    const std::string member = wire.login("m@x.example", kPassword);
    v1::QueryAuditResponse refused;
    CHECK(wire.ask(&Stub::QueryAudit, member, v1::QueryAuditRequest(), &refused).code()
          == grpc::StatusCode::PERMISSION_DENIED);

    // Follow: a new entry arrives live; the stream ends with UNAVAILABLE
    // when the server stops.
    grpc::ClientContext context;
    context.AddMetadata("authorization", "Bearer " + admin);
    v1::FollowAuditRequest follow;
    follow.mutable_filter()->set_action("space.");
    auto reader = wire.admin->FollowAudit(&context, follow);
    for (int i = 0; i < 100 && server.auditFollowerCount() == 0; ++i)
        std::this_thread::sleep_for(std::chrono::milliseconds(20));
    REQUIRE(server.auditFollowerCount() == 1);
    v1::CreateSpaceRequest create;
    create.mutable_space()->set_name("Live");
    create.mutable_space()->set_kind(v1::SPACE_KIND_TEAM);
    v1::CreateSpaceResponse created;
    REQUIRE(wire.ask(&Stub::CreateSpace, admin, create, &created).ok());
    v1::FollowAuditResponse live;
    REQUIRE(reader->Read(&live));
    CHECK(live.entry().action() == "space.create");
    CHECK(live.entry().target_id() == created.space().meta().id());
    server.stop();
    while (reader->Read(&live)) {
    }
    CHECK(reader->Finish().error_code() == grpc::StatusCode::UNAVAILABLE);
}

TEST_CASE("following from an id catches up first, and members cannot follow") {
    TestServer server;
    AdminWire wire(server);
    const std::string admin = wire.login(kAdmin, kAdminPassword);
    const auto before = wire.audit(admin, "auth.login");
    REQUIRE(before.size() == 1);
    grpc::ClientContext context;
    context.AddMetadata("authorization", "Bearer " + admin);
    v1::FollowAuditRequest follow;
    follow.set_after_id(before[0].id() - 1);
    auto reader = wire.admin->FollowAudit(&context, follow);
    v1::FollowAuditResponse entry;
    REQUIRE(reader->Read(&entry));
    CHECK(entry.entry().id() == before[0].id());
    context.TryCancel();
    while (reader->Read(&entry)) {
    }
    reader->Finish();

    server.addUser(QStringLiteral("m@x.example"), QString::fromStdString(kPassword),
                   GlobalRole::Member);
    const std::string member = wire.login("m@x.example", kPassword);
    grpc::ClientContext memberContext;
    memberContext.AddMetadata("authorization", "Bearer " + member);
    auto refused = wire.admin->FollowAudit(&memberContext, v1::FollowAuditRequest());
    CHECK_FALSE(refused->Read(&entry));
    CHECK(refused->Finish().error_code() == grpc::StatusCode::PERMISSION_DENIED);
}

TEST_CASE("a follower whose session ends gets UNAUTHENTICATED and the hn-session-end trailer") {
    TestServer server;
    AdminWire wire(server);
    const std::string admin = wire.login(kAdmin, kAdminPassword);
    server.addUser(QStringLiteral("a2@x.example"), QString::fromStdString(kPassword),
                   GlobalRole::Admin);
    const std::string laptop = wire.login("a2@x.example", kPassword, "Laptop");

    grpc::ClientContext context;
    context.AddMetadata("authorization", "Bearer " + laptop);
    v1::FollowAuditRequest follow;
    follow.mutable_filter()->set_action("device.");
    auto reader = wire.admin->FollowAudit(&context, follow);
    for (int i = 0; i < 100 && server.auditFollowerCount() == 0; ++i)
        std::this_thread::sleep_for(std::chrono::milliseconds(20));
    REQUIRE(server.auditFollowerCount() == 1);

    const auto listed = devices(wire, admin, "a2@x.example", false);
    REQUIRE(listed.size() == 1);
    v1::RevokeDeviceRequest revoke;
    revoke.set_session_id(listed[0].session_id());
    v1::RevokeDeviceResponse revoked;
    REQUIRE(wire.ask(&Stub::RevokeDevice, admin, revoke, &revoked).ok());

    v1::FollowAuditResponse entry;
    while (reader->Read(&entry)) {
    }
    CHECK(reader->Finish().error_code() == grpc::StatusCode::UNAUTHENTICATED);
    const auto &trailers = context.GetServerTrailingMetadata();
    const auto it = trailers.find("hn-session-end");
    REQUIRE(it != trailers.end());
    CHECK(std::string(it->second.data(), it->second.size()) == "SESSION_END_REASON_DEVICE_REVOKED");
    for (int i = 0; i < 100 && server.auditFollowerCount() != 0; ++i)
        std::this_thread::sleep_for(std::chrono::milliseconds(20));
    CHECK(server.auditFollowerCount() == 0);
}

TEST_CASE("several followers each see every line of several concurrent writers once, in order") {
    TestServer server;
    AdminWire wire(server);
    const std::string admin = wire.login(kAdmin, kAdminPassword);
    constexpr int kFollowers = 3;
    constexpr int kWriters = 4;
    constexpr int kSpacesEach = 15;

    struct Follower {
        grpc::ClientContext context;
        std::unique_ptr<grpc::ClientReader<v1::FollowAuditResponse>> reader;
    };
    std::vector<std::unique_ptr<Follower>> followers;
    for (int i = 0; i < kFollowers; ++i) {
        auto follower = std::make_unique<Follower>();
        follower->context.AddMetadata("authorization", "Bearer " + admin);
        v1::FollowAuditRequest follow;
        follow.mutable_filter()->set_action("space.create");
        follower->reader = wire.admin->FollowAudit(&follower->context, follow);
        followers.push_back(std::move(follower));
    }
    for (int i = 0; i < 100 && server.auditFollowerCount() < kFollowers; ++i)
        std::this_thread::sleep_for(std::chrono::milliseconds(20));
    REQUIRE(server.auditFollowerCount() == kFollowers);

    // Writers on several RPC threads while the followers are fed.
    std::atomic<int> failures{0};
    std::vector<std::thread> writers;
    for (int w = 0; w < kWriters; ++w) {
        writers.emplace_back([&, w] {
            for (int i = 0; i < kSpacesEach; ++i) {
                v1::CreateSpaceRequest create;
                create.mutable_space()->set_name("W" + std::to_string(w) + "-" + std::to_string(i));
                create.mutable_space()->set_kind(v1::SPACE_KIND_TEAM);
                v1::CreateSpaceResponse created;
                if (!wire.ask(&Stub::CreateSpace, admin, create, &created).ok())
                    ++failures;
            }
        });
    }
    std::vector<QList<qint64>> seen(kFollowers);
    std::vector<std::thread> readers;
    for (int f = 0; f < kFollowers; ++f) {
        readers.emplace_back([&, f] {
            v1::FollowAuditResponse entry;
            while (seen[size_t(f)].size() < kWriters * kSpacesEach
                   && followers[size_t(f)]->reader->Read(&entry))
                seen[size_t(f)].append(entry.entry().id());
        });
    }
    for (std::thread &writer : writers)
        writer.join();
    for (std::thread &reader : readers)
        reader.join();
    CHECK(failures == 0);
    for (const QList<qint64> &ids : seen) {
        CHECK(ids.size() == kWriters * kSpacesEach);
        CHECK(std::is_sorted(ids.begin(), ids.end()));
        CHECK(std::adjacent_find(ids.begin(), ids.end()) == ids.end());
    }
    for (const auto &follower : followers)
        follower->context.TryCancel();
    for (const auto &follower : followers) {
        v1::FollowAuditResponse rest;
        while (follower->reader->Read(&rest)) {
        }
        follower->reader->Finish();
    }
}

TEST_CASE("stats: accounts by role and status, spaces with counts, sessions and clients") {
    TestServer server;
    AdminWire wire(server);
    const std::string admin = wire.login(kAdmin, kAdminPassword);
    server.addUser(QStringLiteral("m1@x.example"), QString::fromStdString(kPassword),
                   GlobalRole::Member);
    server.addUser(QStringLiteral("m2@x.example"), QString::fromStdString(kPassword),
                   GlobalRole::Member);
    server.addUser(QStringLiteral("g@x.example"), QString::fromStdString(kPassword),
                   GlobalRole::Guest, common::AccountStatus::Disabled);
    const common::Space space = server.addSpace(QStringLiteral("Team"));
    pushContacts(server, admin, space.id, 4);

    v1::GetStatsResponse stats;
    REQUIRE(wire.ask(&Stub::GetStats, admin, v1::GetStatsRequest(), &stats).ok());
    QMap<QPair<int, int>, qint64> counts;
    for (const v1::UserCount &c : stats.users())
        counts[{c.role(), c.status()}] = c.count();
    CHECK(counts.value({v1::GLOBAL_ROLE_ADMIN, v1::ACCOUNT_STATUS_ACTIVE}) == 1);
    CHECK(counts.value({v1::GLOBAL_ROLE_MEMBER, v1::ACCOUNT_STATUS_ACTIVE}) == 2);
    CHECK(counts.value({v1::GLOBAL_ROLE_GUEST, v1::ACCOUNT_STATUS_DISABLED}) == 1);
    CHECK(counts.size() == 3);
    REQUIRE(stats.spaces_size() == 1);
    CHECK(stats.spaces(0).record_count() == 5); // four contacts and the space itself
    CHECK(stats.database_size_bytes() > 0);
    CHECK(stats.blob_store_size_bytes() == 0);
    CHECK(stats.active_sessions() == 1);
    CHECK(stats.connected_clients() == 0);

    server.addUser(QStringLiteral("m@x.example"), QString::fromStdString(kPassword),
                   GlobalRole::Member);
    const std::string member = wire.login("m@x.example", kPassword);
    CHECK(wire.ask(&Stub::GetStats, member, v1::GetStatsRequest(), &stats).code()
          == grpc::StatusCode::PERMISSION_DENIED);
}

TEST_CASE("a revoked device's live stream ends at once, saying DEVICE_REVOKED") {
    TestServer server;
    AdminWire wire(server);
    const std::string admin = wire.login(kAdmin, kAdminPassword);
    server.addUser(QStringLiteral("m@x.example"), QString::fromStdString(kPassword),
                   GlobalRole::Member);
    const std::string laptop = wire.login("m@x.example", kPassword, "Laptop");

    auto sync = v1::Sync::NewStub(grpc::CreateChannel(server.endpoint().target().toStdString(),
                                                      grpc::InsecureChannelCredentials()));
    grpc::ClientContext context;
    context.AddMetadata("authorization", "Bearer " + laptop);
    auto stream = sync->Subscribe(&context, v1::SubscribeRequest());
    v1::SubscribeResponse message;
    REQUIRE(stream->Read(&message)); // the confirming first message

    const auto listed = devices(wire, admin, "m@x.example", false);
    REQUIRE(listed.size() == 1);
    v1::RevokeDeviceRequest revoke;
    revoke.set_session_id(listed[0].session_id());
    v1::RevokeDeviceResponse revoked;
    REQUIRE(wire.ask(&Stub::RevokeDevice, admin, revoke, &revoked).ok());

    while (stream->Read(&message)) {
    }
    CHECK(stream->Finish().error_code() == grpc::StatusCode::UNAUTHENTICATED);
    const auto &trailers = context.GetServerTrailingMetadata();
    const auto it = trailers.find("hn-session-end");
    REQUIRE(it != trailers.end());
    CHECK(std::string(it->second.data(), it->second.size()) == "SESSION_END_REASON_DEVICE_REVOKED");
    CHECK(devices(wire, admin, "m@x.example", true)[0].wipe_delivered_at_ms() > 0);
}
