// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Clock.h"
#include "server/core/ServerConfig.h"

#include <QString>
#include <chrono>

namespace hn::server {

struct BackupReport {
    QString file;
    qint64 sizeBytes = 0;
    std::chrono::milliseconds duration{0};
    int schemaVersion = 0;
    // createInDirectory(): older backups deleted by the rotation, oldest
    // first; those that could not be deleted; how many backups the
    // directory keeps now.
    QStringList removed;
    QStringList notRemoved;
    int kept = 0;
};

struct RestoreReport {
    QString database;
    QString previous; // where the replaced database went; empty if there was none
    int schemaVersion = 0;
    int sessionsEnded = 0; // every device logs in again
};

// Backups of a data directory's database (`helfernetz-server backup` and
// `restore`). Document files live in the database too, so the database is
// the whole state; the config file is the admin's to keep.
class Backup {
public:
    // Takes a consistent copy while a server may be running: VACUUM INTO a
    // temporary file next to `target`, PRAGMA integrity_check on the copy,
    // then a rename, so `target` is never a half-written file. Refuses an
    // existing `target` unless `overwrite` (AlreadyExists).
    static BackupReport create(const ServerConfig &config, const QString &target, bool overwrite);

    // create() into `directory` (made if missing) as
    // "helfernetz-YYYYMMDD-HHMMSS.db" (UTC, from `clock`), then deletes the
    // oldest backups by the time stamp in their names so that the newest
    // `keep` (>= 1, else InvalidArgument naming "keep") remain, the new one
    // always among them. Only files named exactly like that are ever
    // deleted, and only after the new backup passed its check.
    static BackupReport createInDirectory(const ServerConfig &config, const QString &directory,
                                          int keep, const common::Clock &clock);

    // Replaces the data directory's database with `source`. Refuses while a
    // server holds the data directory's lock (FailedPrecondition), a source
    // that fails the integrity check or has no or a newer schema version
    // (InvalidArgument / FailedPrecondition), and an existing database
    // unless `replace` (AlreadyExists). The replaced database is kept as
    // "<database>.before-restore". Every session in the restored database
    // ends (sessions-revoked, audit line "server.restore"): the backup
    // predates revoked devices, reset passwords and disabled accounts, whose
    // sessions must not come back with it.
    static RestoreReport restore(const ServerConfig &config, const QString &source, bool replace);
};

} // namespace hn::server
