// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/Validation.h"

#include "common/Error.h"

#include <catch2/catch.hpp>
#include <functional>
#include <string>

using namespace hn::common;

namespace {
ErrorCode codeOf(const std::function<void()> &f) {
    try {
        f();
    } catch (const Error &e) {
        return e.code();
    }
    FAIL("no error thrown");
    return ErrorCode::Internal;
}
} // namespace

TEST_CASE("text is trimmed, length-checked and free of control characters") {
    CHECK(validation::text(QStringLiteral("name"), "  Anna Beispiel ", {})
          == QStringLiteral("Anna Beispiel"));
    CHECK(validation::text(QStringLiteral("name"), "Jürgen Größe", {})
          == QString::fromUtf8("Jürgen Größe"));
    CHECK_THROWS_MATCHES(validation::text(QStringLiteral("name"), "   ", {}), Error,
                         Catch::Predicate<Error>([](const Error &e) {
                             return e.field() == QStringLiteral("name")
                                    && e.message().contains(QStringLiteral("empty"));
                         }));
    CHECK(validation::text(QStringLiteral("org"), "", {.required = false}).isEmpty());
    CHECK(codeOf([] { validation::text(QStringLiteral("n"), std::string(201, 'x'), {}); })
          == ErrorCode::InvalidArgument);
    CHECK(codeOf([] {
              validation::text(QStringLiteral("n"),
                               "a\x01"
                               "b",
                               {});
          })
          == ErrorCode::InvalidArgument);
    CHECK(codeOf([] { validation::text(QStringLiteral("n"), "a\nb", {}); })
          == ErrorCode::InvalidArgument);
    CHECK(validation::text(QStringLiteral("msg"), "a\nb", {.multiline = true})
          == QStringLiteral("a\nb"));
}

TEST_CASE("invalid UTF-8 is refused naming the field") {
    try {
        validation::text(QStringLiteral("display_name"), "Fran\xC3\x28ois", {});
        FAIL("accepted invalid UTF-8");
    } catch (const Error &e) {
        CHECK(e.code() == ErrorCode::InvalidArgument);
        CHECK(e.field() == QStringLiteral("display_name"));
        CHECK(e.message().contains(QStringLiteral("UTF-8")));
    }
    CHECK_THROWS_AS(validation::loginPassword(QStringLiteral("password"), "\xFF\xFE"), Error);
}

TEST_CASE("e-mail addresses are lower-cased and checked") {
    CHECK(validation::email(QStringLiteral("email"), " Anna.Beispiel@Kreis-Muster.DE ")
          == QStringLiteral("anna.beispiel@kreis-muster.de"));
    for (const char *bad : {"anna", "anna@", "@kreis.de", "anna@kreis", "an na@kreis.de",
                            "a@b@kreis.de", "'; DROP TABLE users; --@x.de"}) {
        INFO(bad);
        CHECK_THROWS_AS(validation::email(QStringLiteral("email"), bad), Error);
    }
}

TEST_CASE("passwords: login accepts any non-empty bounded UTF-8, new ones need length") {
    CHECK(validation::loginPassword(QStringLiteral("password"), "x") == "x");
    CHECK_THROWS_AS(validation::loginPassword(QStringLiteral("password"), ""), Error);
    const std::string huge(10 * 1024 * 1024, 'a');
    CHECK_THROWS_AS(validation::loginPassword(QStringLiteral("password"), huge), Error);
    CHECK_THROWS_AS(validation::newPassword(QStringLiteral("new_password"), "kurz"), Error);
    CHECK(validation::newPassword(QStringLiteral("new_password"), "lang genug, ja")
          == "lang genug, ja");
    // Ten characters, more bytes: length counts characters, not bytes.
    CHECK_NOTHROW(validation::newPassword(QStringLiteral("new_password"), "ääääääääää"));
}

TEST_CASE("UUIDs must be canonical") {
    CHECK(validation::uuid(QStringLiteral("id"), "0f8fad5b-d9cb-469f-a165-70867728950e")
          == QStringLiteral("0f8fad5b-d9cb-469f-a165-70867728950e"));
    CHECK_THROWS_AS(
        validation::uuid(QStringLiteral("id"), "{0f8fad5b-d9cb-469f-a165-70867728950e}"), Error);
    CHECK_THROWS_AS(validation::uuid(QStringLiteral("id"), "0F8FAD5B-D9CB-469F-A165-70867728950E"),
                    Error);
    CHECK_THROWS_AS(validation::uuid(QStringLiteral("id"), "not-a-uuid"), Error);
}
