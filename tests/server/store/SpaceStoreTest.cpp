// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/store/SpaceStore.h"

#include "server/store/UserStore.h"
#include "tests/server/store/StoreTesting.h"

using namespace hn;
using namespace hn::test;
using common::Membership;
using common::Space;
using common::SpaceLevel;
using server::SpaceStore;

namespace {

QString userId(int n) {
    return QStringLiteral("0000aaaa-0000-4000-8000-%1").arg(n, 12, 10, QLatin1Char('0'));
}

QString spaceId(int n) {
    return QStringLiteral("0000bbbb-0000-4000-8000-%1").arg(n, 12, 10, QLatin1Char('0'));
}

Space space(int n, const QString &name) {
    Space s;
    s.id = spaceId(n);
    s.name = name;
    s.description = QStringLiteral("Austausch zu Unterkünften – \"Anschlussunterbringung\"");
    s.kind = common::SpaceKind::Municipality;
    s.guestVisible = true;
    s.archived = false;
    s.createdAt = at(n);
    s.createdBy = userId(1);
    return s;
}

void checkSpace(const Space &actual, const Space &expected) {
    checkText(actual.id, expected.id);
    checkText(actual.name, expected.name);
    checkText(actual.description, expected.description);
    CHECK(actual.kind == expected.kind);
    CHECK(actual.guestVisible == expected.guestVisible);
    CHECK(actual.archived == expected.archived);
    checkTime(actual.createdAt, expected.createdAt);
    checkText(actual.createdBy, expected.createdBy);
}

Membership membership(int space, int user, SpaceLevel level, qint64 grantedOffsetMs) {
    Membership m;
    m.spaceId = spaceId(space);
    m.userId = userId(user);
    m.level = level;
    m.grantedAt = at(grantedOffsetMs);
    m.grantedBy = userId(1);
    return m;
}

void checkMembership(const Membership &actual, const Membership &expected) {
    checkText(actual.spaceId, expected.spaceId);
    checkText(actual.userId, expected.userId);
    CHECK(actual.level == expected.level);
    checkTime(actual.grantedAt, expected.grantedAt);
    checkText(actual.grantedBy, expected.grantedBy);
}

struct Fixture {
    TempDatabase temp;
    Fixture() {
        // Users whose e-mails sort in the opposite order of their ids.
        temp.db().write([&](QSqlDatabase &db) {
            server::UserStore users(db);
            for (int n = 1; n <= 3; ++n) {
                users.insert(
                    sampleUser(userId(n), QStringLiteral("%1@example.org")
                                              .arg(QLatin1Char(static_cast<char>('d' - n)))),
                    QByteArrayLiteral("h"));
            }
        });
    }
    void write(const std::function<void(SpaceStore &)> &work) {
        temp.db().write([&](QSqlDatabase &db) {
            SpaceStore store(db);
            work(store);
        });
    }
    SpaceStore store() { return SpaceStore(temp.db().connection()); }
};

} // namespace

TEST_CASE("spaces: insert, find and update round-trip every field exactly") {
    Fixture f;
    Space s = space(1, QStringLiteral("Soziale Betreuung"));
    f.write([&](SpaceStore &store) { store.insert(s); });
    auto found = f.store().findById(s.id);
    REQUIRE(found);
    checkSpace(*found, s);

    Space changed = s;
    changed.name = kInjection();
    changed.description = QString();
    changed.kind = common::SpaceKind::Internal;
    changed.guestVisible = false;
    changed.archived = true;
    changed.createdAt = at(424242); // not updatable
    changed.createdBy = userId(2);  // not updatable
    bool updated = false;
    f.write([&](SpaceStore &store) { updated = store.update(changed); });
    CHECK(updated);
    Space expected = changed;
    expected.createdAt = s.createdAt;
    expected.createdBy = s.createdBy;
    found = f.store().findById(s.id);
    REQUIRE(found);
    checkSpace(*found, expected);

    Space missing = changed;
    missing.id = spaceId(9);
    f.write([&](SpaceStore &store) { updated = store.update(missing); });
    CHECK_FALSE(updated);
    CHECK_FALSE(f.store().findById(spaceId(9)));
}

TEST_CASE("spaces: a taken name is AlreadyExists on the name field, on insert and rename") {
    Fixture f;
    f.write([&](SpaceStore &store) {
        store.insert(space(1, QStringLiteral("Öffentlich")));
        store.insert(space(2, QStringLiteral("Intern")));
    });
    const common::Error onInsert = errorFrom([&] {
        f.write([&](SpaceStore &store) { store.insert(space(3, QStringLiteral("Öffentlich"))); });
    });
    CHECK(onInsert.code() == common::ErrorCode::AlreadyExists);
    CHECK(onInsert.field() == QStringLiteral("name"));
    CHECK(onInsert.message().contains(QStringLiteral("Öffentlich")));

    const common::Error onRename = errorFrom([&] {
        f.write([&](SpaceStore &store) { store.update(space(2, QStringLiteral("Öffentlich"))); });
    });
    CHECK(onRename.code() == common::ErrorCode::AlreadyExists);
    CHECK(onRename.field() == QStringLiteral("name"));
}

TEST_CASE("spaces: list is ordered by name") {
    Fixture f;
    f.write([&](SpaceStore &store) {
        store.insert(space(1, QStringLiteral("Unterkunft und Anschlussunterbringung")));
        store.insert(space(2, QStringLiteral("Ausbildung und Arbeit")));
        store.insert(space(3, QStringLiteral("Erziehung und Bildung")));
    });
    QStringList names;
    for (const Space &s : f.store().list())
        names << s.name;
    CHECK(names
          == QStringList{QStringLiteral("Ausbildung und Arbeit"),
                         QStringLiteral("Erziehung und Bildung"),
                         QStringLiteral("Unterkunft und Anschlussunterbringung")});
}

TEST_CASE("memberships: set, change, remove and list") {
    Fixture f;
    f.write([&](SpaceStore &store) {
        store.insert(space(1, QStringLiteral("Beta")));
        store.insert(space(2, QStringLiteral("Alpha")));
    });

    const Membership reader = membership(1, 1, SpaceLevel::Reader, 0);
    f.write([&](SpaceStore &store) {
        store.setMembership(reader);
        store.setMembership(membership(1, 2, SpaceLevel::Author, 1));
        store.setMembership(membership(1, 3, SpaceLevel::Editor, 2));
        store.setMembership(membership(2, 1, SpaceLevel::Editor, 3));
    });
    auto found = f.store().membership(spaceId(1), userId(1));
    REQUIRE(found);
    checkMembership(*found, reader);
    CHECK_FALSE(f.store().membership(spaceId(2), userId(2)));

    SECTION("a second grant changes level, time and grantor") {
        Membership moderator = membership(1, 1, SpaceLevel::Moderator, 5000);
        moderator.grantedBy = userId(2);
        f.write([&](SpaceStore &store) { store.setMembership(moderator); });
        found = f.store().membership(spaceId(1), userId(1));
        REQUIRE(found);
        checkMembership(*found, moderator);
        CHECK(f.store().membersOfSpace(spaceId(1)).size() == 3);
    }
    SECTION("members of a space are ordered by e-mail, a user's spaces by name") {
        // userId(3) is b@, userId(2) is c@, userId(1) is d@.
        QStringList members;
        for (const Membership &m : f.store().membersOfSpace(spaceId(1)))
            members << m.userId;
        CHECK(members == QStringList{userId(3), userId(2), userId(1)});
        const auto ofUser = f.store().membershipsOfUser(userId(1));
        REQUIRE(ofUser.size() == 2);
        checkMembership(ofUser.at(0), membership(2, 1, SpaceLevel::Editor, 3)); // Alpha
        checkMembership(ofUser.at(1), reader);                                  // Beta
        CHECK(f.store().membershipsOfUser(QStringLiteral("nobody")).isEmpty());
    }
    SECTION("removal, once") {
        bool first = false;
        bool second = true;
        f.write([&](SpaceStore &store) {
            first = store.removeMembership(spaceId(1), userId(1));
            second = store.removeMembership(spaceId(1), userId(1));
        });
        CHECK(first);
        CHECK_FALSE(second);
        CHECK_FALSE(f.store().membership(spaceId(1), userId(1)));
        CHECK(f.store().membershipsOfUser(userId(1)).size() == 1);
    }
    SECTION("a membership needs an existing space and user") {
        const common::Error error = errorFrom([&] {
            f.write([&](SpaceStore &store) {
                store.setMembership(membership(9, 1, SpaceLevel::Reader, 0));
            });
        });
        CHECK(error.code() == common::ErrorCode::Internal);
    }
}

TEST_CASE("spaces: an unknown kind or level in the table is an Internal error") {
    Fixture f;
    f.write([&](SpaceStore &store) {
        store.insert(space(1, QStringLiteral("Alpha")));
        store.setMembership(membership(1, 1, SpaceLevel::Reader, 0));
    });
    rawExec(f.temp.db().connection(), QStringLiteral("UPDATE spaces SET kind = 'galaxy'"));
    rawExec(f.temp.db().connection(), QStringLiteral("UPDATE memberships SET level = 'god'"));
    const common::Error kind = errorFrom([&] { f.store().findById(spaceId(1)); });
    CHECK(kind.code() == common::ErrorCode::Internal);
    CHECK(kind.message().contains(QStringLiteral("spaces")));
    CHECK(kind.message().contains(spaceId(1)));
    CHECK(kind.message().contains(QStringLiteral("kind")));
    const common::Error level = errorFrom([&] { f.store().membership(spaceId(1), userId(1)); });
    CHECK(level.code() == common::ErrorCode::Internal);
    CHECK(level.message().contains(QStringLiteral("memberships")));
    CHECK(level.message().contains(QStringLiteral("level")));
}
