// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/support/ManualClock.h"

namespace hn::test {

ManualClock::ManualClock(QDateTime start)
    : m_now(std::move(start)) {}

QDateTime ManualClock::now() const {
    std::lock_guard lock(m_mutex);
    return m_now;
}

void ManualClock::advance(qint64 milliseconds) {
    std::lock_guard lock(m_mutex);
    m_now = m_now.addMSecs(milliseconds);
}

void ManualClock::set(const QDateTime &time) {
    std::lock_guard lock(m_mutex);
    m_now = time;
}

} // namespace hn::test
