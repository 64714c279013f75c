// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "server/admin/AdminConsole.h"

#include <QCoreApplication>

namespace hn::server {

// `spaces list|create|rename|archive|set-guest-visible`.
class SpaceCommands {
    Q_DECLARE_TR_FUNCTIONS(SpaceCommands)
public:
    static int run(ConsoleContext &context, const QStringList &arguments);

private:
    static int list(ConsoleContext &context, const QStringList &arguments);
    static int create(ConsoleContext &context, const QStringList &arguments);
    static int rename(ConsoleContext &context, const QStringList &arguments);
    static int archive(ConsoleContext &context, const QStringList &arguments);
    static int setGuestVisible(ConsoleContext &context, const QStringList &arguments);
};

} // namespace hn::server
