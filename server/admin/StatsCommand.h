// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "server/admin/AdminConsole.h"

#include <QCoreApplication>

namespace hn::server {

// `stats`: accounts by role and status, records per space, database size,
// connected clients.
class StatsCommand {
    Q_DECLARE_TR_FUNCTIONS(StatsCommand)
public:
    static int run(ConsoleContext &context, const QStringList &arguments);
};

} // namespace hn::server
