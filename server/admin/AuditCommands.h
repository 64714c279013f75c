// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "server/admin/AdminConsole.h"

#include <QCoreApplication>

namespace hn::server {

// `audit [--since] [--until] [--user] [--action] [--limit] [--follow]`.
class AuditCommands {
    Q_DECLARE_TR_FUNCTIONS(AuditCommands)
public:
    static int run(ConsoleContext &context, const QStringList &arguments);
};

} // namespace hn::server
