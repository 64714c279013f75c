// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Clock.h"
#include "server/core/ServerConfig.h"

#include <string_view>

namespace hn::server {

// The first administrator, as given to `helfernetz-server init`.
struct FirstAdmin {
    QString email; // validated, lower-case
    QString displayName;
    std::string_view password; // validated as a new password
};

// A server's data directory: config file and database.
class DataDirectory {
public:
    // Creates the directory (if needed), writes `config` to its config file,
    // creates and migrates the database and the first admin. Refuses a
    // directory that already has a config file (Error AlreadyExists), so
    // init never overwrites a running installation.
    static void init(ServerConfig config, const FirstAdmin &admin, const common::Clock &clock);
};

} // namespace hn::server
