// SPDX-License-Identifier: GPL-3.0-or-later
// Password hashing and session tokens.
#include "common/Error.h"
#include "server/core/PasswordHasher.h"
#include "server/core/SessionToken.h"

#include <QSet>
#include <catch2/catch.hpp>

using namespace hn::server;

TEST_CASE("passwords are hashed with argon2id at no less than OWASP's minimum") {
    const PasswordHasher hasher;
    const QByteArray hash = hasher.hash("Sommerfest-2026!");
    CHECK(hash.startsWith("$argon2id$"));
    // m=19456 KiB, t=2, p=1 are encoded in the hash itself.
    CHECK(hash.contains("m=19456,t=2,p=1"));
    CHECK(hasher.verify(hash, "Sommerfest-2026!"));
    CHECK_FALSE(hasher.verify(hash, "sommerfest-2026!"));
    CHECK_FALSE(hasher.verify(hash, ""));
    CHECK_FALSE(hasher.verify(QByteArray(), "Sommerfest-2026!"));
    // Salted: the same password never hashes the same twice.
    CHECK(hasher.hash("Sommerfest-2026!") != hash);
    CHECK_FALSE(hasher.needsRehash(hash));
}

TEST_CASE("a cost below the minimum is refused, a higher one asks for rehashing") {
    CHECK_THROWS_AS(PasswordHasher(PasswordCost{1, std::size_t(19) * 1024 * 1024}),
                    hn::common::Error);
    CHECK_THROWS_AS(PasswordHasher(PasswordCost{2, std::size_t(8) * 1024 * 1024}),
                    hn::common::Error);
    const PasswordHasher minimum;
    const PasswordHasher stronger(PasswordCost{3, std::size_t(19) * 1024 * 1024});
    CHECK(stronger.needsRehash(minimum.hash("Passwort-lang-genug")));
}

TEST_CASE("passwords with umlauts, NUL-free binary and 1024 bytes verify exactly") {
    const PasswordHasher hasher;
    const std::string longPassword(1024, 'x');
    for (const std::string &password :
         {std::string("Grüße aus Überlingen"), longPassword, std::string("\t spaces \t")}) {
        const QByteArray hash = hasher.hash(password);
        CHECK(hasher.verify(hash, password));
        CHECK_FALSE(hasher.verify(hash, password + "x"));
    }
}

TEST_CASE("session tokens carry 256 random bits and are stored only as SHA-256") {
    QSet<QString> seen;
    for (int i = 0; i < 1000; ++i) {
        const QString token = SessionToken::generate();
        REQUIRE(token.size() == SessionToken::kEncodedLength);
        REQUIRE(SessionToken::isWellFormed(token));
        seen.insert(token);
    }
    CHECK(seen.size() == 1000);

    const QString token = SessionToken::generate();
    const QByteArray hash = SessionToken::hash(token);
    CHECK(hash.size() == 32);
    CHECK(SessionToken::hash(token) == hash);
    CHECK_FALSE(hash.contains(token.toUtf8()));

    CHECK_FALSE(SessionToken::isWellFormed(QString()));
    CHECK_FALSE(SessionToken::isWellFormed(token.left(42)));
    CHECK_FALSE(SessionToken::isWellFormed(token.left(42) + u'='));
    CHECK_FALSE(SessionToken::isWellFormed(QStringLiteral("' OR 1=1 --") + token.mid(11)));
}
