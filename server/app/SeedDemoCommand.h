// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace hn::server {

// `helfernetz-server seed-demo (--config FILE | --data DIR) [--seed N]`: fills a freshly
// initialised data directory with the fictional demo network
// (server/core/DemoData) and prints the demo logins.
class SeedDemoCommand {
public:
    static int run(const QStringList &arguments);
};

} // namespace hn::server
