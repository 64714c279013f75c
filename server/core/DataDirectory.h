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

// A server's data directory: database, lock file and (unless given with
// --config) the config file.
class DataDirectory {
public:
    // Creates the directory if needed (mode 0700; an existing one, as the
    // package makes it, keeps its mode but must belong to this process's
    // account), the database with the first admin, and the config file when
    // it does not exist yet: in the data directory (written last, so its
    // presence means "initialised") or config.configPath (written first,
    // with server/data_dir). An existing config.configPath is used as it is
    // and never written. Refuses, with AlreadyExists, a data directory whose
    // config file (data-directory layout) or database exists. Removes what
    // it wrote when a step fails, so init can be run again.
    static void init(ServerConfig config, const FirstAdmin &admin, const common::Clock &clock);

    // Takes the data directory's lock (a QLockFile, "helfernetz-server.lock"):
    // `serve` holds it while running, `restore` while it replaces the
    // database. A lock left by a crashed process is taken over. Throws
    // FailedPrecondition naming the holder's process id when it is held.
    static std::unique_ptr<QLockFile> lock(const QString &dataDir);
};

} // namespace hn::server
