// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Clock.h"

#include <mutex>

namespace hn::test {

// A clock that stands still until a test moves it. Thread-safe, because the
// server under test reads it from gRPC's threads.
class ManualClock final : public common::Clock {
public:
    explicit ManualClock(QDateTime start = QDateTime(QDate(2026, 3, 2), QTime(8, 0), Qt::UTC));

    QDateTime now() const override;
    void advance(qint64 milliseconds);
    void advanceSeconds(qint64 seconds) { advance(seconds * 1000); }
    void set(const QDateTime &time);

private:
    mutable std::mutex m_mutex;
    QDateTime m_now;
};

} // namespace hn::test
