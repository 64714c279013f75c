// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Policy.h"
#include "common/User.h"
#include "server/store/Session.h"

namespace hn::server {

// The authenticated party of one RPC: the account as loaded for this very
// call (so a role change applies at once), its session and address.
struct Caller {
    common::User user;
    Session session;
    QString peer;

    common::Actor actor() const { return {user.id, user.role, user.status, user.municipality}; }
};

} // namespace hn::server
