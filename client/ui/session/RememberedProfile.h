// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/User.h"

#include <QString>

namespace hn::client {

// What the client remembers of one profile between starts: where the
// server is, who logged in, and where the replica lives. The person's
// account (common::User) is kept so an offline start knows who is working
// and what they may do without asking the server.
struct RememberedProfile {
    QString server;
    QString caFile;
    QString email;
    QString directory;
    common::User user;

    bool isValid() const { return !server.isEmpty() && !directory.isEmpty() && !user.id.isEmpty(); }
};

} // namespace hn::client
