// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>

namespace hn::common {

// Where time comes from. Code that expires, throttles or stamps records asks
// a Clock, never QDateTime::currentDateTimeUtc() directly, so tests can move
// time (tests/support/ManualClock.h).
class Clock {
public:
    virtual ~Clock() = default;
    // Current time in UTC, millisecond precision.
    virtual QDateTime now() const = 0;
};

class SystemClock final : public Clock {
public:
    QDateTime now() const override;
};

} // namespace hn::common
