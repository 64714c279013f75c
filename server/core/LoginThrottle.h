// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "server/core/AttemptLimiter.h"

namespace hn::server {

// Failed logins, counted per account (the e-mail as typed, known or not)
// and per peer address. Asked before any password is hashed, so a flood of
// guesses costs the server nothing but a lookup.
class LoginThrottle {
public:
    // Per account: 5 free failures, then 1 s, 2 s, 4 s ... up to 15 min
    // between attempts, never more than 100 failures an hour.
    static AttemptRules defaultAccountRules();
    // Per peer: more room (an office behind one NAT address), same shape.
    static AttemptRules defaultPeerRules();

    LoginThrottle(const common::Clock &clock, AttemptRules accountRules = defaultAccountRules(),
                  AttemptRules peerRules = defaultPeerRules());

    // Zero when a login for `account` from `peer` may be tried now.
    std::chrono::seconds retryAfter(const QString &account, const QString &peer);
    void recordFailure(const QString &account, const QString &peer);
    // A success clears the account's failures. The peer's stay: logging into
    // one's own account must not reset the count of guesses at others'.
    void recordSuccess(const QString &account);

private:
    AttemptLimiter m_accounts;
    AttemptLimiter m_peers;
};

} // namespace hn::server
