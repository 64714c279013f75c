// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Identity.h"

#include <QSqlDatabase>

namespace hn::server {

// Works out a user's effective permissions from their role and memberships
// by asking the policy, for Login and WhoAmI.
class Permissions {
public:
    static common::Identity identityOf(QSqlDatabase db, const common::User &user);
};

} // namespace hn::server
