// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/core/LoginThrottle.h"

#include <algorithm>

namespace hn::server {

AttemptRules LoginThrottle::defaultAccountRules() {
    return AttemptRules{.freeAttempts = 5,
                        .maxPerWindow = 100,
                        .window = std::chrono::hours(1),
                        .baseDelay = std::chrono::seconds(1),
                        .maxDelay = std::chrono::minutes(15)};
}

AttemptRules LoginThrottle::defaultPeerRules() {
    return AttemptRules{.freeAttempts = 20,
                        .maxPerWindow = 300,
                        .window = std::chrono::hours(1),
                        .baseDelay = std::chrono::seconds(1),
                        .maxDelay = std::chrono::minutes(15)};
}

LoginThrottle::LoginThrottle(const common::Clock &clock, AttemptRules accountRules,
                             AttemptRules peerRules)
    : m_accounts(clock, accountRules)
    , m_peers(clock, peerRules) {}

std::chrono::seconds LoginThrottle::retryAfter(const QString &account, const QString &peer) {
    return std::max(m_accounts.retryAfter(account), m_peers.retryAfter(peer));
}

void LoginThrottle::recordFailure(const QString &account, const QString &peer) {
    m_accounts.record(account);
    m_peers.record(peer);
}

void LoginThrottle::recordSuccess(const QString &account) {
    m_accounts.clear(account);
}

} // namespace hn::server
