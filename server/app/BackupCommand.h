// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace hn::server {

// `helfernetz-server backup --data DIR --to FILE [--force]`: a consistent
// copy of the database, also while `serve` runs on DIR.
// `helfernetz-server restore --data DIR --from FILE [--force]`: replaces a
// stopped server's database with a backup.
class BackupCommand {
public:
    static int runBackup(const QStringList &arguments);
    static int runRestore(const QStringList &arguments);
};

} // namespace hn::server
