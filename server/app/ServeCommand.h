// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace hn::server {

// `helfernetz-server serve [--config FILE] [--data DIR] [overrides]`: runs until SIGINT or
// SIGTERM, then lets running calls finish (up to 5 s) and exits 0.
class ServeCommand {
public:
    static int run(const QStringList &arguments);
};

} // namespace hn::server
