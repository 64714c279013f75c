// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Device.h"
#include "common/Identity.h"
#include "common/User.h"

#include <QDateTime>
#include <QList>

namespace hn::common {

// An account as admins see it (admin.proto, User).
struct Account {
    User user;
    QDateTime lastSeenAt; // last use of any session; null if never
};

// One account in full (admin.proto, GetUserResponse).
struct AccountDetails {
    Account account;
    QList<SpacePermissions> spaces;
    QList<Device> devices;
};

// A one-time code as handed out (admin.proto, ActivationCode).
struct ActivationCode {
    QString code;
    QDateTime expiresAt;
};

} // namespace hn::common
