// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "client/core/ServerEndpoint.h"

#include <QStringList>

namespace hn::server {

// helfernetz-admin's exit codes (documented in the README and --help).
enum AdminExit : int {
    AdminOk = 0,
    AdminUsage = 1,
    AdminDenied = 2, // not logged in, session ended, or not allowed
    AdminNotFound = 3,
    AdminUnreachable = 4,
    AdminServerError = 5, // the server refused the input or failed
};

// What every command gets: where the server is, the output format, and
// the session token (HELFERNETZ_TOKEN, else the saved login).
struct ConsoleContext {
    client::ServerEndpoint endpoint;
    bool json = false;
    QString token;
};

// Parses the global options, picks the command and maps errors to exit codes.
class AdminConsole {
public:
    static int run(const QStringList &arguments);
};

} // namespace hn::server
