// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Clock.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>
#include <chrono>
#include <mutex>

namespace hn::server {

// How many attempts a key (an account, a peer address) gets, and how the
// wait grows after that.
struct AttemptRules {
    // Attempts within the window that cost no waiting.
    int freeAttempts = 5;
    // Hard cap of attempts within the window.
    int maxPerWindow = 100;
    std::chrono::seconds window{3600};
    // After the free attempts, the n-th further attempt waits
    // baseDelay * 2^(n-1), at most maxDelay.
    std::chrono::seconds baseDelay{1};
    std::chrono::seconds maxDelay{900};
};

// Counts attempts per key in a sliding window and says how long a key must
// wait before its next attempt. In memory: the counts restart with the
// server (ARCHITECTURE.md, "Login throttling"). Thread-safe.
class AttemptLimiter {
public:
    AttemptLimiter(const common::Clock &clock, AttemptRules rules, int maxKeys = 100000);

    // Zero when the key may try now.
    std::chrono::seconds retryAfter(const QString &key);
    void record(const QString &key);
    void clear(const QString &key);

private:
    QList<QDateTime> &pruned(const QString &key, const QDateTime &now);
    void forgetIdleKeys(const QDateTime &now);

    const common::Clock &m_clock;
    AttemptRules m_rules;
    int m_maxKeys;
    std::mutex m_mutex;
    QHash<QString, QList<QDateTime>> m_attempts; // per key, oldest first
};

} // namespace hn::server
