// SPDX-License-Identifier: GPL-3.0-or-later
// Sessions through the server core (no network): expiry, sliding, revocation.
#include "common/Error.h"
#include "server/core/DataDirectory.h"
#include "server/core/ServerCore.h"
#include "server/core/UserAdministration.h"
#include "server/store/AuditLog.h"
#include "server/store/UserStore.h"
#include "tests/support/ManualClock.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <catch2/catch.hpp>

using namespace hn::server;
using hn::common::Error;
using hn::common::ErrorCode;
using hn::test::ManualClock;

namespace {

const std::string kPassword = "Admin-Passwort-1";

struct Fixture {
    QTemporaryDir dir;
    ManualClock clock;
    ServerConfig config;
    std::unique_ptr<ServerCore> core;

    Fixture() {
        config.dataDir = dir.filePath(QStringLiteral("data"));
        config.sessionLifetimeDays = 30;
        DataDirectory::init(config, {QStringLiteral("admin@x.de"), QStringLiteral("A"), kPassword},
                            clock);
        core = std::make_unique<ServerCore>(ServerConfig::load(config.dataDir), clock);
    }

    LoginResult login(const std::string &password = kPassword) {
        return core->authentication().login({QStringLiteral("admin@x.de"), password,
                                             QStringLiteral("Test"),
                                             QStringLiteral("ipv4:127.0.0.1")});
    }

    ErrorCode authenticateError(const QString &token) {
        try {
            core->authentication().authenticate(token, QStringLiteral("ipv4:127.0.0.1"));
        } catch (const Error &e) {
            return e.code();
        }
        return ErrorCode::Internal;
    }
};

} // namespace

TEST_CASE("init refuses an initialised data directory") {
    Fixture f;
    CHECK_THROWS_MATCHES(
        DataDirectory::init(f.config, {QStringLiteral("b@x.de"), QStringLiteral("B"), kPassword},
                            f.clock),
        Error, Catch::Predicate<Error>([](const Error &e) {
            return e.code() == ErrorCode::AlreadyExists;
        }));
}

TEST_CASE("a session expires after 30 days unused and slides with use") {
    Fixture f;
    const LoginResult login = f.login();
    CHECK(login.expiresAt == f.clock.now().addDays(30));

    f.clock.advanceSeconds(29 * 86400);
    const Caller caller = f.core->authentication().authenticate(login.token, {});
    CHECK(caller.session.expiresAt == f.clock.now().addDays(30));

    f.clock.advanceSeconds(29 * 86400);
    CHECK_NOTHROW(f.core->authentication().authenticate(login.token, {}));

    f.clock.advanceSeconds(30 * 86400);
    CHECK(f.authenticateError(login.token) == ErrorCode::Unauthenticated);
}

TEST_CASE("logout, password change and disabling end sessions") {
    Fixture f;
    const LoginResult first = f.login();
    const LoginResult second = f.login();
    const Caller caller = f.core->authentication().authenticate(first.token, {});

    SECTION("logout ends only the calling session") {
        f.core->authentication().logout(caller);
        CHECK(f.authenticateError(first.token) == ErrorCode::Unauthenticated);
        CHECK_NOTHROW(f.core->authentication().authenticate(second.token, {}));
    }
    SECTION("a password change ends every other session") {
        f.core->authentication().changePassword(caller, kPassword, "Neues-Passwort-2");
        CHECK_NOTHROW(f.core->authentication().authenticate(first.token, {}));
        CHECK(f.authenticateError(second.token) == ErrorCode::Unauthenticated);
        CHECK_THROWS_AS(f.login(), Error);
        CHECK_NOTHROW(f.login("Neues-Passwort-2"));
    }
    SECTION("a disabled account's tokens stop working at the next call") {
        f.core->database().write([&](QSqlDatabase &db) {
            hn::common::User user = caller.user;
            user.status = hn::common::AccountStatus::Disabled;
            UserStore(db).update(user);
        });
        CHECK(f.authenticateError(first.token) == ErrorCode::Unauthenticated);
        CHECK(f.authenticateError(second.token) == ErrorCode::Unauthenticated);
    }
}

TEST_CASE("every login outcome is audited with the peer, never with the password") {
    Fixture f;
    f.login();
    CHECK_THROWS_AS(f.login("falsch"), Error);
    CHECK_THROWS_AS(
        f.core->authentication().login(
            {QStringLiteral("niemand@x.de"), kPassword, {}, QStringLiteral("ipv4:127.0.0.9")}),
        Error);
    const auto entries = AuditLog(f.core->database().connection()).query({});
    QStringList actions;
    for (const auto &e : entries) {
        actions << e.action;
        const QString details = QString::fromUtf8(QJsonDocument(e.details).toJson());
        CHECK_FALSE(details.contains(QStringLiteral("Admin-Passwort")));
        CHECK_FALSE(details.contains(QStringLiteral("falsch")));
    }
    CHECK(actions
          == QStringList{QStringLiteral("server.init"), QStringLiteral("auth.login"),
                         QStringLiteral("auth.login_failed"), QStringLiteral("auth.login_failed")});
    CHECK(entries.last().actorEmail == QStringLiteral("niemand@x.de"));
    CHECK(entries.last().peer == QStringLiteral("ipv4:127.0.0.9"));
    CHECK(entries.last().details.value(QStringLiteral("reason")).toString()
          == QStringLiteral("unknown-account"));
}

TEST_CASE("a role or status change ends the account's sessions and is audited before/after") {
    Fixture f;
    const Caller admin = f.core->authentication().authenticate(f.login().token, {});
    UserAdministration administration(f.core->database(), f.clock);

    // A second account with two sessions.
    const std::string memberPassword = "Mitglied-Passwort-1";
    f.core->database().write([&](QSqlDatabase &db) {
        hn::common::User member;
        member.id = QStringLiteral("0f8fad5b-d9cb-469f-a165-70867728950e");
        member.email = QStringLiteral("mitglied@x.de");
        member.role = hn::common::GlobalRole::Member;
        member.status = hn::common::AccountStatus::Active;
        UserStore(db).insert(member, PasswordHasher().hash(memberPassword));
    });
    auto memberLogin = [&] {
        return f.core->authentication()
            .login({QStringLiteral("mitglied@x.de"), memberPassword, {}, {}})
            .token;
    };
    const QString first = memberLogin();
    const QString second = memberLogin();

    const auto changed =
        administration.setRole(admin, QStringLiteral("0f8fad5b-d9cb-469f-a165-70867728950e"),
                               hn::common::GlobalRole::Coordinator);
    CHECK(changed.role == hn::common::GlobalRole::Coordinator);
    CHECK(f.authenticateError(first) == ErrorCode::Unauthenticated);
    CHECK(f.authenticateError(second) == ErrorCode::Unauthenticated);

    // Logging in again gives the new role's permissions at once.
    const Caller again = f.core->authentication().authenticate(memberLogin(), {});
    CHECK(again.user.role == hn::common::GlobalRole::Coordinator);
    CHECK(f.core->authentication().identityOf(again).globalActions.contains(
        hn::common::Action::ApproveAccessRequests));

    administration.setStatus(admin, again.user.id, hn::common::AccountStatus::Disabled);
    CHECK_THROWS_AS(memberLogin(), Error);

    AuditQuery query;
    query.action = QStringLiteral("user.");
    const auto entries = AuditLog(f.core->database().connection()).query(query);
    REQUIRE(entries.size() == 2);
    CHECK(
        entries[0].details.value(QStringLiteral("before")).toObject().value(QStringLiteral("role"))
        == QStringLiteral("member"));
    CHECK(entries[0].details.value(QStringLiteral("after")).toObject().value(QStringLiteral("role"))
          == QStringLiteral("coordinator"));
    CHECK(entries[0].details.value(QStringLiteral("ended_sessions")).toInt() == 2);
}

TEST_CASE("nobody changes their own role, non-admins change no one, the last admin stays") {
    Fixture f;
    const Caller admin = f.core->authentication().authenticate(f.login().token, {});
    UserAdministration administration(f.core->database(), f.clock);
    auto denied = [](const std::function<void()> &call) {
        try {
            call();
        } catch (const Error &e) {
            return e.code() == ErrorCode::PermissionDenied;
        }
        return false;
    };
    // The only admin asking to step down hears why not; with a second
    // admin around, the rule on one's own role answers.
    const auto failedPrecondition = [](const std::function<void()> &call) {
        try {
            call();
        } catch (const Error &e) {
            return e.code() == ErrorCode::FailedPrecondition;
        }
        return false;
    };
    CHECK(failedPrecondition(
        [&] { administration.setRole(admin, admin.user.id, hn::common::GlobalRole::Member); }));

    Caller coordinator = admin;
    coordinator.user.id = QStringLiteral("c0000000-0000-4000-8000-000000000000");
    coordinator.user.role = hn::common::GlobalRole::Coordinator;
    CHECK(denied([&] {
        administration.setRole(coordinator, admin.user.id, hn::common::GlobalRole::Member);
    }));

    // Another admin may not demote the only *active* admin either: make the
    // caller a second admin that is disabled, so the first one is the last.
    Caller other = admin;
    other.user.id = QStringLiteral("a0000000-0000-4000-8000-000000000000");
    const Error lastAdmin = [&] {
        try {
            administration.setStatus(other, admin.user.id, hn::common::AccountStatus::Disabled);
        } catch (const Error &e) {
            return e;
        }
        return Error(ErrorCode::Internal, QStringLiteral("not refused"));
    }();
    CHECK(lastAdmin.code() == ErrorCode::FailedPrecondition);
    CHECK(UserStore(f.core->database().connection()).findById(admin.user.id)->status
          == hn::common::AccountStatus::Active);
}
