// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/store/UserStore.h"

#include "tests/server/store/StoreTesting.h"

using namespace hn;
using namespace hn::test;
using common::User;
using server::UserStore;

namespace {

const QString kId1 = QStringLiteral("7d3c5a8e-1b2f-4c6d-9e0a-000000000001");
const QString kId2 = QStringLiteral("7d3c5a8e-1b2f-4c6d-9e0a-000000000002");

void insert(server::Database &database, const User &user, const QByteArray &hash) {
    database.write([&](QSqlDatabase &db) { UserStore(db).insert(user, hash); });
}

} // namespace

TEST_CASE("users: insert and find round-trip every field exactly") {
    TempDatabase temp;
    const User user = sampleUser(kId1, QStringLiteral("jürgen.grösse@caritas-bd.de"));
    insert(temp.db(), user, QByteArrayLiteral("$argon2id$v=19$m=65536,t=3,p=1$c2FsdA$aGFzaA"));

    UserStore store(temp.db().connection());
    const auto byId = store.findById(kId1);
    REQUIRE(byId);
    checkUser(*byId, user);
    const auto byEmail = store.findByEmail(user.email);
    REQUIRE(byEmail);
    checkUser(*byEmail, user);
    CHECK_FALSE(store.findById(kId2));
    CHECK_FALSE(store.findByEmail(QStringLiteral("JÜRGEN.GRÖSSE@CARITAS-BD.DE")));
}

TEST_CASE("users: empty and null texts and null times stay apart") {
    TempDatabase temp;
    User user = sampleUser(kId1, QStringLiteral("a@example.org"));
    user.displayName = QStringLiteral("");
    user.organization = QString();
    user.municipality = QStringLiteral("");
    user.createdAt = QDateTime();
    user.updatedAt = QDateTime();
    user.affiliation = common::Affiliation::Unspecified;
    user.role = common::GlobalRole::Guest;
    user.status = common::AccountStatus::Pending;
    insert(temp.db(), user, QByteArray());

    const auto found = UserStore(temp.db().connection()).findById(kId1);
    REQUIRE(found);
    checkUser(*found, user);
    // No password set: nothing to check a login against.
    CHECK_FALSE(UserStore(temp.db().connection()).passwordHash(kId1));
}

TEST_CASE("users: SQL metacharacters and binary hashes are stored verbatim") {
    TempDatabase temp;
    User user = sampleUser(kId1, QStringLiteral("o'brien+\"test\"@example.org"));
    user.displayName = kInjection();
    user.organization = QStringLiteral("O'Brien & \"Söhne\" \\ %_ ?1 :name");
    user.municipality = QStringLiteral("Zeile 1\nZeile 2\tTab");
    const QByteArray hash = allBytes();
    insert(temp.db(), user, hash);

    UserStore store(temp.db().connection());
    const auto found = store.findByEmail(user.email);
    REQUIRE(found);
    checkUser(*found, user);
    CHECK(store.passwordHash(kId1) == std::optional<QByteArray>(hash));
    CHECK(store.list().size() == 1); // the table is still there
}

TEST_CASE("users: a taken e-mail is AlreadyExists on the email field") {
    TempDatabase temp;
    insert(temp.db(), sampleUser(kId1, QStringLiteral("same@example.org")), QByteArrayLiteral("h"));
    const common::Error error = errorFrom([&] {
        insert(temp.db(), sampleUser(kId2, QStringLiteral("same@example.org")),
               QByteArrayLiteral("h"));
    });
    CHECK(error.code() == common::ErrorCode::AlreadyExists);
    CHECK(error.field() == QStringLiteral("email"));
    CHECK(error.message().contains(QStringLiteral("same@example.org")));

    // A clash on the id is AlreadyExists too, but not blamed on the e-mail.
    const common::Error idClash = errorFrom([&] {
        insert(temp.db(), sampleUser(kId1, QStringLiteral("other@example.org")),
               QByteArrayLiteral("h"));
    });
    CHECK(idClash.code() == common::ErrorCode::AlreadyExists);
    CHECK(idClash.field().isEmpty());
}

TEST_CASE("users: update changes profile, role and status but not e-mail or id") {
    TempDatabase temp;
    const User original = sampleUser(kId1, QStringLiteral("a@example.org"));
    insert(temp.db(), original, QByteArrayLiteral("h"));

    User changed = original;
    changed.email = QStringLiteral("ignored@example.org");
    changed.displayName = QStringLiteral("Änne Müller");
    changed.organization = QString();
    changed.municipality = QStringLiteral("Ötisheim");
    changed.affiliation = common::Affiliation::Hauptamtlich;
    changed.role = common::GlobalRole::Admin;
    changed.status = common::AccountStatus::Disabled;
    changed.createdAt = at(999999); // not an updatable field
    changed.updatedAt = at(5000);
    bool updated = false;
    temp.db().write([&](QSqlDatabase &db) { updated = UserStore(db).update(changed); });
    CHECK(updated);

    User expected = changed;
    expected.email = original.email;
    expected.createdAt = original.createdAt;
    const auto found = UserStore(temp.db().connection()).findById(kId1);
    REQUIRE(found);
    checkUser(*found, expected);

    User missing = changed;
    missing.id = kId2;
    temp.db().write([&](QSqlDatabase &db) { updated = UserStore(db).update(missing); });
    CHECK_FALSE(updated);
}

TEST_CASE("users: list is ordered by e-mail and active admins are counted") {
    TempDatabase temp;
    const auto make = [](int n, const char *email, common::GlobalRole role,
                         common::AccountStatus status) {
        User user = sampleUser(QStringLiteral("00000000-0000-4000-8000-00000000000%1").arg(n),
                               QString::fromUtf8(email));
        user.role = role;
        user.status = status;
        return user;
    };
    temp.db().write([&](QSqlDatabase &db) {
        UserStore store(db);
        store.insert(
            make(1, "c@example.org", common::GlobalRole::Admin, common::AccountStatus::Active),
            QByteArrayLiteral("h"));
        store.insert(
            make(2, "a@example.org", common::GlobalRole::Admin, common::AccountStatus::Disabled),
            QByteArrayLiteral("h"));
        store.insert(
            make(3, "b@example.org", common::GlobalRole::Member, common::AccountStatus::Active),
            QByteArrayLiteral("h"));
        store.insert(
            make(4, "d@example.org", common::GlobalRole::Admin, common::AccountStatus::Active),
            QByteArrayLiteral("h"));
    });
    UserStore store(temp.db().connection());
    QStringList emails;
    for (const User &user : store.list())
        emails << user.email;
    CHECK(emails
          == QStringList{QStringLiteral("a@example.org"), QStringLiteral("b@example.org"),
                         QStringLiteral("c@example.org"), QStringLiteral("d@example.org")});
    CHECK(store.countActiveAdmins() == 2);
}

TEST_CASE("users: password hash is replaced with its change time") {
    TempDatabase temp;
    insert(temp.db(), sampleUser(kId1, QStringLiteral("a@example.org")), QByteArrayLiteral("old"));
    temp.db().write([&](QSqlDatabase &db) {
        UserStore(db).setPasswordHash(kId1, QByteArrayLiteral("new\x01hash"), at(60000));
    });
    UserStore store(temp.db().connection());
    CHECK(store.passwordHash(kId1) == std::optional<QByteArray>(QByteArrayLiteral("new\x01hash")));
    CHECK(rawValue(temp.db().connection(), QStringLiteral("SELECT password_changed_at FROM users"))
              .toLongLong()
          == at(60000).toMSecsSinceEpoch());
    checkTime(store.findById(kId1)->updatedAt, at(60000));
    CHECK_FALSE(store.passwordHash(kId2));

    const common::Error error = errorFrom([&] {
        temp.db().write([&](QSqlDatabase &db) {
            UserStore(db).setPasswordHash(kId2, QByteArrayLiteral("x"), at());
        });
    });
    CHECK(error.code() == common::ErrorCode::NotFound);
}

TEST_CASE("users: an unknown enum name in the table is an Internal error naming the row") {
    TempDatabase temp;
    insert(temp.db(), sampleUser(kId1, QStringLiteral("a@example.org")), QByteArrayLiteral("h"));
    rawExec(temp.db().connection(), QStringLiteral("UPDATE users SET role = 'superhero'"));
    const common::Error error =
        errorFrom([&] { UserStore(temp.db().connection()).findById(kId1); });
    CHECK(error.code() == common::ErrorCode::Internal);
    INFO(error.message().toStdString());
    CHECK(error.message().contains(QStringLiteral("users")));
    CHECK(error.message().contains(kId1));
    CHECK(error.message().contains(QStringLiteral("role")));
    CHECK(error.message().contains(QStringLiteral("superhero")));
}
