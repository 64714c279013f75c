// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "server/admin/AdminConsole.h"

#include <QCoreApplication>

namespace hn::server {

// `members list|add|set-level|remove` of one space.
class MemberCommands {
    Q_DECLARE_TR_FUNCTIONS(MemberCommands)
public:
    static int run(ConsoleContext &context, const QStringList &arguments);

private:
    static int list(ConsoleContext &context, const QStringList &arguments);
    static int add(ConsoleContext &context, const QStringList &arguments);
    static int setLevel(ConsoleContext &context, const QStringList &arguments);
    static int remove(ConsoleContext &context, const QStringList &arguments);
};

} // namespace hn::server
