// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "server/admin/AdminConsole.h"

namespace hn::server {

// `login`, `logout`, `whoami`. Each takes its own arguments (the command
// name first) and throws common::Error on failure.
class SessionCommands {
public:
    static int login(ConsoleContext &context, const QStringList &arguments);
    static int logout(ConsoleContext &context, const QStringList &arguments);
    static int whoami(ConsoleContext &context, const QStringList &arguments);
};

} // namespace hn::server
