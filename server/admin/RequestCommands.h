// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "server/admin/AdminConsole.h"

#include <QCoreApplication>

namespace hn::server {

// `requests list|approve|reject`, and the anonymous `request-access`.
class RequestCommands {
    Q_DECLARE_TR_FUNCTIONS(RequestCommands)
public:
    static int run(ConsoleContext &context, const QStringList &arguments);
    static int requestAccess(ConsoleContext &context, const QStringList &arguments);

private:
    static int list(ConsoleContext &context, const QStringList &arguments);
    static int approve(ConsoleContext &context, const QStringList &arguments);
    static int reject(ConsoleContext &context, const QStringList &arguments);
};

} // namespace hn::server
