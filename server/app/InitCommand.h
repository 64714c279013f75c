// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace hn::server {

// `helfernetz-server init (--config FILE [--data DIR] | --data DIR) --admin-email E [...]`
class InitCommand {
public:
    static int run(const QStringList &arguments);
};

} // namespace hn::server
