// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/Clock.h"

namespace hn::common {

QDateTime SystemClock::now() const {
    return QDateTime::currentDateTimeUtc();
}

} // namespace hn::common
