// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace hn::server {

// helfernetz-server's exit codes (documented in the README).
enum ExitCode : int {
    ExitOk = 0,
    ExitUsage = 1,   // wrong flags or arguments
    ExitConfig = 2,  // bad config, unreadable files, data dir not initialised / already initialised
    ExitRuntime = 3, // could not start or failed while running
};

} // namespace hn::server
