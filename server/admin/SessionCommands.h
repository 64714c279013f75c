// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "server/admin/AdminConsole.h"

#include <QCoreApplication>

namespace hn::server {

// `login`, `logout`, `whoami` and `activate`. Each takes its own arguments
// (the command name first) and throws common::Error on failure.
class SessionCommands {
    Q_DECLARE_TR_FUNCTIONS(SessionCommands)
public:
    static int login(ConsoleContext &context, const QStringList &arguments);
    static int logout(ConsoleContext &context, const QStringList &arguments);
    static int whoami(ConsoleContext &context, const QStringList &arguments);
    // Sets the password of a pending (or reset) account with its one-time
    // code and saves the session like login.
    static int activate(ConsoleContext &context, const QStringList &arguments);
};

} // namespace hn::server
