// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/core/Backup.h"

#include "common/Device.h"
#include "common/Error.h"
#include "server/core/DataDirectory.h"
#include "server/store/DatabaseFile.h"
#include "server/store/Migrations.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QUuid>
#include <algorithm>

namespace hn::server {

using common::Error;

namespace {

QString temporaryNextTo(const QString &path) {
    return path + QStringLiteral(".partial-") + QUuid::createUuid().toString(QUuid::Id128).left(8);
}

// Checks a copy before anyone relies on it; removes it when it fails.
int verified(const QString &path, const QString &what) {
    const DatabaseFile file(path);
    const QString integrity = file.integrityCheck();
    if (integrity != u"ok") {
        throw Error::invalidArgument(
            what, QStringLiteral("%1 fails the integrity check: %2").arg(path, integrity));
    }
    const int version = file.schemaVersion();
    if (version < 1) {
        throw Error::invalidArgument(
            what, QStringLiteral("%1 is not a Helfernetz database (no schema version)").arg(path));
    }
    if (version > Migrations::kCurrentVersion) {
        throw Error::failedPrecondition(
            QStringLiteral("%1 has schema version %2, but this server only knows versions up to "
                           "%3; restore it with a newer helfernetz-server")
                .arg(path)
                .arg(version)
                .arg(Migrations::kCurrentVersion));
    }
    return version;
}

// VACUUM INTO and file copies are SQLite's; PostgreSQL has its own tools.
void requireSqlite(const ServerConfig &config) {
    if (config.databaseDriver == u"QSQLITE")
        return;
    throw Error::failedPrecondition(
        QStringLiteral("backup and restore handle the embedded SQLite database; this server uses "
                       "%1: use the database's own tools (pg_dump, pg_restore)")
            .arg(config.databaseDriver));
}

void moveAside(const QString &from, const QString &to) {
    if (!QFileInfo::exists(from))
        return;
    QFile::remove(to);
    if (!QFile::rename(from, to))
        throw Error::unavailable(QStringLiteral("cannot move %1 to %2").arg(from, to));
}

// Digits only, unlike the glob helfernetz-????????-??????.db: the name's
// time stamp orders the rotation, and a file that merely looks similar is
// someone else's.
bool isRotatedBackupName(const QString &name) {
    static const QRegularExpression pattern(QStringLiteral("^helfernetz-[0-9]{8}-[0-9]{6}\\.db$"));
    return pattern.match(name).hasMatch();
}

// Deletes the oldest rotated backups in `directory` beyond the newest
// `keep`, counting `written` among them whatever its time stamp (a clock
// set back must not make the rotation delete the backup just made).
void rotate(const QDir &directory, const QString &written, int keep, BackupReport &report) {
    QStringList others;
    for (const QString &name :
         directory.entryList(QDir::Files | QDir::NoSymLinks | QDir::Hidden, QDir::Name)) {
        if (name != written && isRotatedBackupName(name))
            others.append(name);
    }
    // The fixed-width time stamp makes name order time order.
    std::sort(others.begin(), others.end());
    const qsizetype excess = std::max<qsizetype>(0, others.size() - (keep - 1));
    for (qsizetype i = 0; i < excess; ++i) {
        const QString path = directory.filePath(others.at(i));
        if (QFile::remove(path))
            report.removed.append(path);
        else
            report.notRemoved.append(path);
    }
    report.kept = int(others.size() - report.removed.size() + 1);
}

} // namespace

BackupReport Backup::createInDirectory(const ServerConfig &config, const QString &directory,
                                       int keep, const common::Clock &clock) {
    if (keep < 1)
        throw Error::invalidArgument(QStringLiteral("keep"), QStringLiteral("must be at least 1"));
    const QString absolute = QFileInfo(directory).absoluteFilePath();
    if (!QFileInfo::exists(absolute)) {
        if (!QDir().mkpath(absolute))
            throw Error::unavailable(QStringLiteral("cannot create %1").arg(absolute));
        // Backups hold every account's password hash.
        QFile::setPermissions(absolute, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    } else if (!QFileInfo(absolute).isDir()) {
        throw Error::invalidArgument(QStringLiteral("to-dir"),
                                     QStringLiteral("%1 is not a directory").arg(absolute));
    }
    const QDir dir(absolute);
    const QString name = QStringLiteral("helfernetz-%1.db")
                             .arg(clock.now().toUTC().toString(QStringLiteral("yyyyMMdd-HHmmss")));
    if (QFileInfo::exists(dir.filePath(name))) {
        throw Error(common::ErrorCode::AlreadyExists,
                    QStringLiteral("%1 exists (a backup of the same second); try again in a "
                                   "second")
                        .arg(dir.filePath(name)),
                    QStringLiteral("to-dir"));
    }
    BackupReport report = create(config, dir.filePath(name), false);
    rotate(dir, name, keep, report);
    return report;
}

BackupReport Backup::create(const ServerConfig &config, const QString &target, bool overwrite) {
    requireSqlite(config);
    const QString database = config.resolvedDatabasePath();
    if (!QFileInfo::exists(database))
        throw Error::notFound(QStringLiteral("no database at %1").arg(database));
    const QString absoluteTarget = QFileInfo(target).absoluteFilePath();
    if (absoluteTarget == QFileInfo(database).absoluteFilePath())
        throw Error::invalidArgument(QStringLiteral("to"), QStringLiteral("is the live database"));
    if (QFileInfo::exists(absoluteTarget) && !overwrite) {
        throw Error(common::ErrorCode::AlreadyExists,
                    QStringLiteral("%1 exists; pass --force to replace it").arg(absoluteTarget),
                    QStringLiteral("to"));
    }
    QElapsedTimer timer;
    timer.start();
    const QString partial = temporaryNextTo(absoluteTarget);
    BackupReport report;
    try {
        DatabaseFile(database).copyTo(partial);
        report.schemaVersion = verified(partial, QStringLiteral("to"));
        QFile::remove(absoluteTarget);
        if (!QFile::rename(partial, absoluteTarget)) {
            throw Error::unavailable(
                QStringLiteral("cannot rename %1 to %2").arg(partial, absoluteTarget));
        }
    } catch (...) {
        QFile::remove(partial);
        throw;
    }
    report.file = absoluteTarget;
    report.sizeBytes = QFileInfo(absoluteTarget).size();
    report.duration = std::chrono::milliseconds(timer.elapsed());
    return report;
}

RestoreReport Backup::restore(const ServerConfig &config, const QString &source, bool replace) {
    requireSqlite(config);
    // Held until the restore is done, so no server starts on a half-restored directory.
    const auto lock = DataDirectory::lock(config.dataDir);
    const QString absoluteSource = QFileInfo(source).absoluteFilePath();
    if (!QFileInfo::exists(absoluteSource))
        throw Error::notFound(QStringLiteral("no backup file at %1").arg(absoluteSource));
    RestoreReport report;
    report.schemaVersion = verified(absoluteSource, QStringLiteral("from"));
    report.database = config.resolvedDatabasePath();
    if (QFileInfo::exists(report.database) && !replace) {
        throw Error::alreadyExists(
            QStringLiteral("%1 exists; pass --force to replace it (it is kept as "
                           "%1.before-restore)")
                .arg(report.database));
    }
    const QString partial = temporaryNextTo(report.database);
    if (!QFile::copy(absoluteSource, partial)) {
        throw Error::unavailable(
            QStringLiteral("cannot copy %1 to %2").arg(absoluteSource, partial));
    }
    try {
        verified(partial, QStringLiteral("from"));
        common::AuditEntry audit;
        audit.at = QDateTime::currentDateTimeUtc();
        audit.action = QStringLiteral("server.restore");
        audit.targetType = QStringLiteral("database");
        audit.targetId = report.database;
        audit.details = {{QStringLiteral("from"), absoluteSource},
                         {QStringLiteral("schema_version"), report.schemaVersion}};
        report.sessionsEnded = DatabaseFile(partial).endLiveSessions(
            audit.at, common::toString(common::SessionEndReason::SessionsRevoked), audit);
        if (QFileInfo::exists(report.database)) {
            report.previous = report.database + QStringLiteral(".before-restore");
            moveAside(report.database, report.previous);
            // A WAL left by an unclean stop belongs to the old database.
            moveAside(report.database + QStringLiteral("-wal"),
                      report.previous + QStringLiteral("-wal"));
            QFile::remove(report.database + QStringLiteral("-shm"));
        }
        if (!QFile::rename(partial, report.database)) {
            throw Error::unavailable(
                QStringLiteral("cannot rename %1 to %2").arg(partial, report.database));
        }
    } catch (...) {
        QFile::remove(partial);
        throw;
    }
    return report;
}

} // namespace hn::server
