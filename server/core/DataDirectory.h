// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Clock.h"
#include "server/core/ServerConfig.h"

#include <QLockFile>
#include <memory>
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

    // Takes the data directory's lock (a QLockFile, "helfernetz-server.lock"):
    // `serve` holds it while running, `restore` while it replaces the
    // database. A lock left by a crashed process is taken over. Throws
    // FailedPrecondition naming the holder's process id when it is held.
    static std::unique_ptr<QLockFile> lock(const QString &dataDir);
};

} // namespace hn::server
