// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "server/admin/AdminConsole.h"

#include <QCoreApplication>

namespace hn::server {

// `users list|show|create|set-role|set-status|reset-password|revoke-sessions`.
class UserCommands {
    Q_DECLARE_TR_FUNCTIONS(UserCommands)
public:
    static int run(ConsoleContext &context, const QStringList &arguments);

private:
    static int list(ConsoleContext &context, const QStringList &arguments);
    static int show(ConsoleContext &context, const QStringList &arguments);
    static int create(ConsoleContext &context, const QStringList &arguments);
    static int setRole(ConsoleContext &context, const QStringList &arguments);
    static int setStatus(ConsoleContext &context, const QStringList &arguments);
    static int resetPassword(ConsoleContext &context, const QStringList &arguments);
    static int revokeSessions(ConsoleContext &context, const QStringList &arguments);
};

} // namespace hn::server
