// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "server/admin/AdminConsole.h"

#include <QCoreApplication>

namespace hn::server {

// `devices list|revoke`: sessions with their device names, and the remote
// wipe of one.
class DeviceCommands {
    Q_DECLARE_TR_FUNCTIONS(DeviceCommands)
public:
    static int run(ConsoleContext &context, const QStringList &arguments);

private:
    static int list(ConsoleContext &context, const QStringList &arguments);
    static int revoke(ConsoleContext &context, const QStringList &arguments);
};

} // namespace hn::server
