// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/store/AuditLog.h"

#include "tests/server/store/StoreTesting.h"

#include <QJsonArray>

using namespace hn;
using namespace hn::test;
using common::AuditEntry;
using server::AuditLog;
using server::AuditQuery;

namespace {

AuditEntry entry(const char *action, const QString &actorId, qint64 atOffsetMs) {
    AuditEntry e;
    e.at = at(atOffsetMs);
    e.actorId = actorId;
    e.actorEmail = actorId.isEmpty() ? QString() : actorId + QStringLiteral("@example.org");
    e.action = QString::fromUtf8(action);
    e.targetType = QStringLiteral("user");
    e.targetId = QStringLiteral("0000aaaa-0000-4000-8000-000000000009");
    e.peer = QStringLiteral("ipv4:127.0.0.1:50312");
    return e;
}

void checkEntry(const AuditEntry &actual, const AuditEntry &expected) {
    CHECK(actual.id == expected.id);
    checkTime(actual.at, expected.at);
    checkText(actual.actorId, expected.actorId);
    checkText(actual.actorEmail, expected.actorEmail);
    checkText(actual.action, expected.action);
    checkText(actual.targetType, expected.targetType);
    checkText(actual.targetId, expected.targetId);
    checkText(actual.peer, expected.peer);
    CHECK(actual.details == expected.details);
}

QList<qint64> ids(const QList<AuditEntry> &entries) {
    QList<qint64> result;
    for (const AuditEntry &e : entries)
        result << e.id;
    return result;
}

} // namespace

TEST_CASE("audit log: append returns increasing ids and entries round-trip exactly") {
    TempDatabase temp;
    AuditEntry withDetails = entry("user.set_role", QStringLiteral("admin"), 0);
    withDetails.details = QJsonObject{
        {QStringLiteral("before"), QStringLiteral("member")},
        {QStringLiteral("after"), QStringLiteral("coordinator")},
        {QStringLiteral("note"), kInjection() + QStringLiteral(" \"Grüße\" \\ \u00e9")},
        {QStringLiteral("spaces"), QJsonArray{1, 2.5, true, QJsonValue()}},
    };
    // An anonymous caller: no actor id, only the e-mail that was tried.
    AuditEntry anonymous = entry("auth.login_failed", QString(), 1);
    anonymous.actorEmail = QStringLiteral("unbekannt@example.org");
    anonymous.targetType = QString();
    anonymous.targetId = QString();

    temp.db().write([&](QSqlDatabase &db) {
        AuditLog log(db);
        withDetails.id = log.append(withDetails);
        anonymous.id = log.append(anonymous);
    });
    CHECK(withDetails.id == 1);
    CHECK(anonymous.id == 2);

    // Outside a write, append makes its own transaction.
    AuditEntry alone = entry("auth.logout", QStringLiteral("u1"), 2);
    alone.id = AuditLog(temp.db().connection()).append(alone);
    CHECK(alone.id == 3);

    const auto entries = AuditLog(temp.db().connection()).query({});
    REQUIRE(entries.size() == 3);
    checkEntry(entries.at(0), withDetails);
    checkEntry(entries.at(1), anonymous);
    checkEntry(entries.at(2), alone);
}

TEST_CASE("audit log: an entry rolled back with its change leaves no trace") {
    TempDatabase temp;
    CHECK_THROWS_AS(temp.db().write([&](QSqlDatabase &db) {
        AuditLog(db).append(entry("space.create", QStringLiteral("u1"), 0));
        throw std::runtime_error("the change failed");
    }),
                    std::runtime_error);
    CHECK(AuditLog(temp.db().connection()).query({}).isEmpty());
    // The id is allocated again: nothing was committed.
    CHECK(AuditLog(temp.db().connection()).append(entry("space.create", QStringLiteral("u1"), 0))
          == 1);
}

TEST_CASE("audit log: query filters by time, actor, action, id and limit, oldest first") {
    TempDatabase temp;
    const QList<AuditEntry> all{
        entry("auth.login", QStringLiteral("u1"), 0),          // 1
        entry("auth.login_failed", QString(), 1000),           // 2
        entry("user.set_role", QStringLiteral("u2"), 2000),    // 3
        entry("auth.logout", QStringLiteral("u1"), 3000),      // 4
        entry("authx.other", QStringLiteral("u2"), 4000),      // 5
        entry("auth.login", QStringLiteral("u2"), 5000),       // 6
        entry("AUTH.LOGIN", QStringLiteral("u1"), 6000),       // 7
        entry("auth%.weird_name", QStringLiteral("u1"), 7000), // 8
    };
    temp.db().write([&](QSqlDatabase &db) {
        AuditLog log(db);
        for (const AuditEntry &e : all)
            log.append(e);
    });
    AuditLog log(temp.db().connection());
    const auto run = [&](const AuditQuery &q) { return ids(log.query(q)); };

    AuditQuery q;
    CHECK(run(q) == QList<qint64>{1, 2, 3, 4, 5, 6, 7, 8});

    SECTION("exact action") {
        q.action = QStringLiteral("auth.login");
        CHECK(run(q) == QList<qint64>{1, 6});
    }
    SECTION("prefix ending in '.' matches the group, case-sensitively, nothing else") {
        q.action = QStringLiteral("auth.");
        CHECK(run(q) == QList<qint64>{1, 2, 4, 6});
        q.action = QStringLiteral("auth%.");
        CHECK(run(q) == QList<qint64>{8});
        q.action = QStringLiteral("auth"); // no dot: exact, and there is no such action
        CHECK(run(q).isEmpty());
    }
    SECTION("actor") {
        q.actorId = QStringLiteral("u2");
        CHECK(run(q) == QList<qint64>{3, 5, 6});
        q.action = QStringLiteral("auth.");
        CHECK(run(q) == QList<qint64>{6});
    }
    SECTION("since, inclusive") {
        q.since = at(3000);
        CHECK(run(q) == QList<qint64>{4, 5, 6, 7, 8});
    }
    SECTION("following the log with afterId and limit") {
        q.limit = 3;
        CHECK(run(q) == QList<qint64>{1, 2, 3});
        q.afterId = 3;
        CHECK(run(q) == QList<qint64>{4, 5, 6});
        q.afterId = 6;
        CHECK(run(q) == QList<qint64>{7, 8});
        q.afterId = 8;
        CHECK(run(q).isEmpty());
        q.afterId = 0;
        q.limit = 0;
        CHECK(run(q).isEmpty());
    }
    SECTION("all filters together") {
        q.since = at(1000);
        q.actorId = QStringLiteral("u1");
        q.action = QStringLiteral("auth.");
        q.afterId = 1;
        q.limit = 10;
        CHECK(run(q) == QList<qint64>{4});
    }
}

TEST_CASE("audit log: details that are not a JSON object are an Internal error") {
    TempDatabase temp;
    AuditLog(temp.db().connection()).append(entry("auth.login", QStringLiteral("u1"), 0));
    rawExec(temp.db().connection(), QStringLiteral("UPDATE audit_log SET details = 'nope'"));
    const common::Error error = errorFrom([&] { AuditLog(temp.db().connection()).query({}); });
    CHECK(error.code() == common::ErrorCode::Internal);
    CHECK(error.message().contains(QStringLiteral("audit_log row 1")));
}
