// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Record.h"
#include "common/Space.h"
#include "common/User.h"

namespace hn::common {

// A space with figures about it (admin.proto, SpaceSummary).
struct SpaceSummary {
    RecordMeta meta; // of the space's synced record
    Space space;
    qint64 memberCount = 0;
    qint64 recordCount = 0;
};

// A member of a space with who they are (admin.proto, Member).
struct Member {
    RecordMeta meta; // of the Membership record
    Membership membership;
    User user;
};

} // namespace hn::common
