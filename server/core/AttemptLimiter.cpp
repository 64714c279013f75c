// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/core/AttemptLimiter.h"

#include <algorithm>

namespace hn::server {

using std::chrono::seconds;

AttemptLimiter::AttemptLimiter(const common::Clock &clock, AttemptRules rules, int maxKeys)
    : m_clock(clock)
    , m_rules(rules)
    , m_maxKeys(maxKeys) {}

QList<QDateTime> &AttemptLimiter::pruned(const QString &key, const QDateTime &now) {
    QList<QDateTime> &attempts = m_attempts[key];
    const QDateTime windowStart = now.addSecs(-m_rules.window.count());
    attempts.erase(attempts.begin(),
                   std::find_if(attempts.begin(), attempts.end(),
                                [&](const QDateTime &t) { return t > windowStart; }));
    return attempts;
}

seconds AttemptLimiter::retryAfter(const QString &key) {
    std::lock_guard lock(m_mutex);
    if (!m_attempts.contains(key))
        return seconds(0);
    const QDateTime now = m_clock.now();
    const QList<QDateTime> &attempts = pruned(key, now);
    const int count = int(attempts.size());

    auto secondsUntil = [&](const QDateTime &when) {
        return seconds(std::max<qint64>(0, (now.msecsTo(when) + 999) / 1000));
    };
    if (count >= m_rules.maxPerWindow)
        return secondsUntil(attempts.front().addSecs(m_rules.window.count()));
    if (count < m_rules.freeAttempts)
        return seconds(0);

    const int excess = count - m_rules.freeAttempts; // 0 for the first paid attempt
    const qint64 delay = std::min<qint64>(m_rules.maxDelay.count(), m_rules.baseDelay.count()
                                                                        << std::min(excess, 30));
    return secondsUntil(attempts.back().addSecs(delay));
}

void AttemptLimiter::record(const QString &key) {
    std::lock_guard lock(m_mutex);
    const QDateTime now = m_clock.now();
    if (m_attempts.size() >= m_maxKeys && !m_attempts.contains(key))
        forgetIdleKeys(now);
    pruned(key, now).append(now);
}

void AttemptLimiter::clear(const QString &key) {
    std::lock_guard lock(m_mutex);
    m_attempts.remove(key);
}

void AttemptLimiter::forgetIdleKeys(const QDateTime &now) {
    // Bounds memory under a flood of distinct keys: keys whose window is empty
    // go first; if that is not enough, the table starts over. Dropping counts
    // only ever makes a key wait less, never locks anyone out wrongly.
    const QDateTime windowStart = now.addSecs(-m_rules.window.count());
    m_attempts.removeIf([&](const auto &entry) {
        return entry.value().isEmpty() || entry.value().back() <= windowStart;
    });
    if (m_attempts.size() >= m_maxKeys)
        m_attempts.clear();
}

} // namespace hn::server
