// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/store/SessionStore.h"

#include "server/store/UserStore.h"
#include "tests/server/store/StoreTesting.h"

using namespace hn;
using namespace hn::test;
using server::Session;
using server::SessionStore;

namespace {

const QString kUser = QStringLiteral("a1b2c3d4-0000-4000-8000-000000000001");
const QString kOtherUser = QStringLiteral("a1b2c3d4-0000-4000-8000-000000000002");

QByteArray tokenHash(int n) {
    // 32 bytes with quote characters and NUL in them.
    QByteArray hash(32, '\'');
    hash[0] = static_cast<char>(n);
    hash[1] = '\0';
    hash[2] = '"';
    return hash;
}

Session session(int n, const QString &userId, qint64 createdOffsetMs) {
    Session s;
    s.id = QStringLiteral("5e551011-0000-4000-8000-%1").arg(n, 12, 10, QLatin1Char('0'));
    s.userId = userId;
    s.tokenHash = tokenHash(n);
    s.deviceName = QStringLiteral("Laptop Gemeinde Öhringen %1").arg(n);
    s.peer = QStringLiteral("ipv6:[::1]:5%1").arg(n);
    s.createdAt = at(createdOffsetMs);
    s.lastUsedAt = at(createdOffsetMs + 10);
    s.expiresAt = at(createdOffsetMs + 3600 * 1000);
    return s;
}

void checkSession(const Session &actual, const Session &expected) {
    checkText(actual.id, expected.id);
    checkText(actual.userId, expected.userId);
    CHECK(actual.tokenHash == expected.tokenHash);
    checkText(actual.deviceName, expected.deviceName);
    checkText(actual.peer, expected.peer);
    checkTime(actual.createdAt, expected.createdAt);
    checkTime(actual.lastUsedAt, expected.lastUsedAt);
    checkTime(actual.expiresAt, expected.expiresAt);
    checkTime(actual.revokedAt, expected.revokedAt);
    checkText(actual.revokeReason, expected.revokeReason);
}

struct Fixture {
    TempDatabase temp;
    Fixture() {
        temp.db().write([&](QSqlDatabase &db) {
            server::UserStore users(db);
            users.insert(sampleUser(kUser, QStringLiteral("a@example.org")),
                         QByteArrayLiteral("h"));
            users.insert(sampleUser(kOtherUser, QStringLiteral("b@example.org")),
                         QByteArrayLiteral("h"));
        });
    }
    void insert(const Session &s) {
        temp.db().write([&](QSqlDatabase &db) { SessionStore(db).insert(s); });
    }
    SessionStore store() { return SessionStore(temp.db().connection()); }
};

} // namespace

TEST_CASE("sessions: insert and find round-trip every field exactly") {
    Fixture f;
    Session s = session(1, kUser, 0);
    s.deviceName = kInjection();
    s.peer = QString();
    f.insert(s);

    const auto byToken = f.store().findByTokenHash(s.tokenHash);
    REQUIRE(byToken);
    checkSession(*byToken, s);
    const auto byId = f.store().findById(s.id);
    REQUIRE(byId);
    checkSession(*byId, s);
    CHECK_FALSE(f.store().findByTokenHash(tokenHash(2)));
    CHECK_FALSE(f.store().findById(session(2, kUser, 0).id));
}

TEST_CASE("sessions: a token hash is unique and the user must exist") {
    Fixture f;
    f.insert(session(1, kUser, 0));
    Session sameToken = session(2, kUser, 0);
    sameToken.tokenHash = tokenHash(1);
    CHECK(errorFrom([&] { f.insert(sameToken); }).code() == common::ErrorCode::AlreadyExists);

    // Foreign keys are on: a session of an unknown user is refused.
    const common::Error orphan =
        errorFrom([&] { f.insert(session(3, QStringLiteral("no-such-user"), 0)); });
    CHECK(orphan.code() == common::ErrorCode::Internal);
    CHECK(orphan.message().contains(QStringLiteral("FOREIGN KEY")));
}

TEST_CASE("sessions: listed newest first with revoked ones") {
    Fixture f;
    f.insert(session(1, kUser, 0));
    f.insert(session(2, kUser, 2000));
    f.insert(session(3, kUser, 1000));
    f.insert(session(4, kOtherUser, 500));
    f.temp.db().write([&](QSqlDatabase &db) {
        SessionStore(db).revoke(session(2, kUser, 0).id, at(3000), QStringLiteral("logout"));
    });
    QStringList ids;
    for (const Session &s : f.store().listForUser(kUser))
        ids << s.id.right(1);
    CHECK(ids == QStringList{QStringLiteral("2"), QStringLiteral("3"), QStringLiteral("1")});
    CHECK(f.store().listForUser(QStringLiteral("nobody")).isEmpty());
}

TEST_CASE("sessions: touch moves last use and expiry") {
    Fixture f;
    Session s = session(1, kUser, 0);
    f.insert(s);
    f.temp.db().write(
        [&](QSqlDatabase &db) { SessionStore(db).touch(s.id, at(70001), at(80002)); });
    s.lastUsedAt = at(70001);
    s.expiresAt = at(80002);
    const auto found = f.store().findById(s.id);
    REQUIRE(found);
    checkSession(*found, s);
}

TEST_CASE("sessions: revoke once, with time and reason") {
    Fixture f;
    Session s = session(1, kUser, 0);
    f.insert(s);
    bool first = false;
    bool second = true;
    bool unknown = true;
    f.temp.db().write([&](QSqlDatabase &db) {
        SessionStore store(db);
        first = store.revoke(s.id, at(100), QStringLiteral("logout"));
        second = store.revoke(s.id, at(200), QStringLiteral("password-changed"));
        unknown = store.revoke(QStringLiteral("no-such-session"), at(200), QStringLiteral("x"));
    });
    CHECK(first);
    CHECK_FALSE(second);
    CHECK_FALSE(unknown);
    s.revokedAt = at(100);
    s.revokeReason = QStringLiteral("logout");
    const auto found = f.store().findById(s.id);
    REQUIRE(found);
    checkSession(*found, s);
}

TEST_CASE("sessions: revokeAllForUser revokes and counts only live sessions") {
    Fixture f;
    const QDateTime now = at(9 * 3600 * 1000 + 30 * 60 * 1000);
    Session live1 = session(1, kUser, 9 * 3600 * 1000);
    Session live2 = session(2, kUser, 9 * 3600 * 1000 + 5);
    Session expired = session(3, kUser, 0); // expired an hour after at(0)
    Session revoked = session(4, kUser, 9 * 3600 * 1000);
    revoked.revokedAt = at(9 * 3600 * 1000 + 100);
    revoked.revokeReason = QStringLiteral("logout");
    Session otherUser = session(5, kOtherUser, 9 * 3600 * 1000);
    for (const Session &s : {live1, live2, expired, revoked, otherUser})
        f.insert(s);

    int count = -1;
    f.temp.db().write([&](QSqlDatabase &db) {
        count = SessionStore(db).revokeAllForUser(kUser, now, QStringLiteral("role-changed"));
    });
    CHECK(count == 2);

    for (Session *s : {&live1, &live2}) {
        s->revokedAt = now;
        s->revokeReason = QStringLiteral("role-changed");
    }
    for (const Session &s : {live1, live2, expired, revoked, otherUser}) {
        INFO("session " << s.id.toStdString());
        const auto found = f.store().findById(s.id);
        REQUIRE(found);
        checkSession(*found, s);
    }
    f.temp.db().write([&](QSqlDatabase &db) {
        count = SessionStore(db).revokeAllForUser(kUser, now, QStringLiteral("again"));
    });
    CHECK(count == 0);
}

TEST_CASE("sessions: purgeBefore deletes sessions expired or revoked before the cutoff") {
    Fixture f;
    const Session expiredLongAgo = session(1, kUser, 0);         // expires at(1h)
    Session revokedLongAgo = session(2, kUser, 5 * 3600 * 1000); // expires at(6h)
    revokedLongAgo.revokedAt = at(5 * 3600 * 1000 + 1);
    const Session live = session(3, kUser, 5 * 3600 * 1000); // expires at(6h)
    Session revokedRecently = session(4, kUser, 0);
    revokedRecently.expiresAt = at(24 * 3600 * 1000);
    revokedRecently.revokedAt = at(5 * 3600 * 1000 + 30 * 60 * 1000);
    for (const Session &s : {expiredLongAgo, revokedLongAgo, live, revokedRecently})
        f.insert(s);

    int purged = -1;
    f.temp.db().write([&](QSqlDatabase &db) {
        purged = SessionStore(db).purgeBefore(at(5 * 3600 * 1000 + 10 * 60 * 1000));
    });
    CHECK(purged == 2);
    CHECK_FALSE(f.store().findById(expiredLongAgo.id));
    CHECK_FALSE(f.store().findById(revokedLongAgo.id));
    CHECK(f.store().findById(live.id));
    CHECK(f.store().findById(revokedRecently.id));
}
