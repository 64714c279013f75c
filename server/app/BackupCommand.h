// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace hn::server {

// `helfernetz-server backup (--config FILE | --data DIR) (--to FILE [--force]
// | --to-dir DIR [--keep N])`: a consistent copy of the database, also while
// `serve` runs; --to-dir writes a time-stamped file and rotates older ones.
// `helfernetz-server restore (--config FILE | --data DIR) --from FILE
// [--force]`: replaces a stopped server's database with a backup.
class BackupCommand {
public:
    static int runBackup(const QStringList &arguments);
    static int runRestore(const QStringList &arguments);
};

} // namespace hn::server
