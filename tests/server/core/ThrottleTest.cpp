// SPDX-License-Identifier: GPL-3.0-or-later
// Login throttling and the attempt limiter under a manual clock.
#include "server/core/LoginThrottle.h"
#include "tests/support/ManualClock.h"

#include <catch2/catch.hpp>

using namespace hn::server;
using hn::test::ManualClock;
using std::chrono::seconds;

namespace {
const QString kAccount = QStringLiteral("anna@kreis-beispiel.de");
const QString kPeer = QStringLiteral("ipv4:127.0.0.1");
} // namespace

TEST_CASE("five free failures, then a delay that doubles up to 15 minutes") {
    ManualClock clock;
    LoginThrottle throttle(clock);
    for (int i = 0; i < 5; ++i) {
        REQUIRE(throttle.retryAfter(kAccount, kPeer) == seconds(0));
        throttle.recordFailure(kAccount, kPeer);
    }
    seconds expected(1);
    for (int i = 0; i < 12; ++i) {
        INFO("failure " << 6 + i);
        CHECK(throttle.retryAfter(kAccount, kPeer) == expected);
        clock.advanceSeconds(expected.count() - 1);
        CHECK(throttle.retryAfter(kAccount, kPeer) == seconds(1));
        clock.advanceSeconds(1);
        CHECK(throttle.retryAfter(kAccount, kPeer) == seconds(0));
        throttle.recordFailure(kAccount, kPeer);
        expected = std::min(expected * 2, seconds(900));
    }
    CHECK(throttle.retryAfter(kAccount, kPeer) == seconds(900));
}

TEST_CASE("never more than 100 failures per account per hour") {
    ManualClock clock;
    // No growing delay, to reach the hourly cap quickly.
    AttemptRules rules = LoginThrottle::defaultAccountRules();
    rules.freeAttempts = 1000;
    LoginThrottle throttle(clock, rules, rules);
    for (int i = 0; i < 100; ++i) {
        REQUIRE(throttle.retryAfter(kAccount, kPeer) == seconds(0));
        throttle.recordFailure(kAccount, kPeer);
        clock.advanceSeconds(1);
    }
    // The oldest failure leaves the window 3600 s after it happened.
    CHECK(throttle.retryAfter(kAccount, kPeer) == seconds(3600 - 100));
    clock.advanceSeconds(3600 - 100);
    CHECK(throttle.retryAfter(kAccount, kPeer) == seconds(0));
}

TEST_CASE("accounts and peers are counted separately, success clears only the account") {
    ManualClock clock;
    LoginThrottle throttle(clock);
    for (int i = 0; i < 6; ++i)
        throttle.recordFailure(kAccount, kPeer);
    CHECK(throttle.retryAfter(kAccount, QStringLiteral("ipv4:127.0.0.2")) > seconds(0));
    CHECK(throttle.retryAfter(QStringLiteral("bernd@kreis-beispiel.de"), kPeer) == seconds(0));

    throttle.recordSuccess(kAccount);
    CHECK(throttle.retryAfter(kAccount, QStringLiteral("ipv4:127.0.0.2")) == seconds(0));

    // A peer guessing at many accounts is slowed after 20 failures.
    for (int i = 0; i < 20; ++i)
        throttle.recordFailure(QStringLiteral("user%1@x.de").arg(i), kPeer);
    CHECK(throttle.retryAfter(QStringLiteral("neu@x.de"), kPeer) > seconds(0));
}

TEST_CASE("the limiter forgets idle keys instead of growing without bound") {
    ManualClock clock;
    AttemptLimiter limiter(clock, AttemptRules{}, 100);
    for (int i = 0; i < 100; ++i)
        limiter.record(QStringLiteral("key%1").arg(i));
    clock.advanceSeconds(3601);
    limiter.record(QStringLiteral("fresh"));
    CHECK(limiter.retryAfter(QStringLiteral("fresh")) == seconds(0));
    CHECK(limiter.retryAfter(QStringLiteral("key1")) == seconds(0));
}
