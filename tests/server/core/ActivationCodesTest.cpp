// SPDX-License-Identifier: GPL-3.0-or-later
// One-time activation codes: their form, how typed codes are read, and that
// only a hash is stored and a code works once and until it expires.
#include "server/core/ActivationCodes.h"

#include "server/store/ActivationCodeStore.h"
#include "tests/server/core/SyncTesting.h"

#include <QRegularExpression>
#include <QSet>

using namespace hn;
using hn::server::ActivationCodes;

TEST_CASE("activation codes: groups of four from an alphabet without look-alikes, all different") {
    const QRegularExpression form(QStringLiteral("^([2-9A-Z]{4}-){3}[2-9A-Z]{4}$"));
    QSet<QString> seen;
    for (int i = 0; i < 2000; ++i) {
        const QString code = ActivationCodes::generate();
        INFO(code.toStdString());
        REQUIRE(form.match(code).hasMatch());
        REQUIRE_FALSE(code.contains(QRegularExpression(QStringLiteral("[0158OILSB]"))));
        seen.insert(code);
    }
    CHECK(seen.size() == 2000);
}

TEST_CASE("typed codes: any case, with or without dashes and spaces, anything else is no code") {
    const QString code = ActivationCodes::generate();
    const QString plain = QString(code).remove(u'-');
    CHECK(ActivationCodes::normalize(code) == plain);
    CHECK(ActivationCodes::normalize(code.toLower()) == plain);
    CHECK(ActivationCodes::normalize(QString(code).replace(u'-', u' ')) == plain);
    CHECK(ActivationCodes::normalize(QStringLiteral(" ") + plain + QStringLiteral(" ")) == plain);
    CHECK(ActivationCodes::normalize(plain.left(15)).isEmpty());
    CHECK(ActivationCodes::normalize(plain + QStringLiteral("A")).isEmpty());
    CHECK(ActivationCodes::normalize(QStringLiteral("0OIL-1111-2222-3333")).isEmpty());
    CHECK(ActivationCodes::normalize(QStringLiteral("ÄÄÄÄ-2222-3333-4444")).isEmpty());
    CHECK(ActivationCodes::hash(plain) == ActivationCodes::hash(ActivationCodes::normalize(code)));
}

TEST_CASE(
    "a stored code is only its hash, matches until it expires, and is replaced by a new one") {
    test::SyncFixture f;
    const QString userId = f.admin.user.id;
    hn::server::IssuedActivationCode first;
    f.database->write([&](QSqlDatabase &db) {
        first = ActivationCodes::issue(db, userId, QStringLiteral("activate"), userId,
                                       f.clock.now(), 7);
    });
    QSqlDatabase db = f.database->connection();
    const auto stored = hn::server::ActivationCodeStore(db).find(userId);
    REQUIRE(stored);
    CHECK(stored->codeHash.size() == 32);
    CHECK_FALSE(stored->codeHash.contains(first.code.toLatin1()));
    CHECK(stored->expiresAt == f.clock.now().addDays(7));
    CHECK(ActivationCodes::matches(db, userId, first.code, f.clock.now()));
    CHECK_FALSE(ActivationCodes::matches(db, userId, ActivationCodes::generate(), f.clock.now()));
    CHECK_FALSE(ActivationCodes::matches(db, userId, first.code, f.clock.now().addDays(7)));

    // A new code (a second reset) makes the first one useless.
    f.database->write([&](QSqlDatabase &wdb) {
        ActivationCodes::issue(wdb, userId, QStringLiteral("reset"), userId, f.clock.now(), 7);
    });
    CHECK_FALSE(ActivationCodes::matches(db, userId, first.code, f.clock.now()));
}
