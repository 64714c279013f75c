// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/core/DataDirectory.h"

#include "common/Error.h"
#include "server/store/AuditLog.h"
#include "server/store/Database.h"
#include "server/store/UserStore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryFile>
#include <QUuid>

namespace hn::server {

using common::Error;

namespace {

QString alreadyInitialised(const ServerConfig &config, const QString &because) {
    return QStringLiteral("%1 is already initialised (%2)").arg(config.dataDir, because);
}

// The server runs as the data directory's owner (the package's helfernetz
// account). A database that init creates as another account (root, say)
// could not be written by that server, and it would only show at `serve`.
void requireSameOwner(const QString &dataDir) {
    QTemporaryFile probe(QDir(dataDir).filePath(QStringLiteral("init-probe-XXXXXX")));
    if (!probe.open()) {
        throw Error::unavailable(
            QStringLiteral("cannot write to %1: run init as the account that owns it and runs "
                           "the server (e.g. sudo -u helfernetz helfernetz-server init ...)")
                .arg(dataDir));
    }
    const uint mine = QFileInfo(probe.fileName()).ownerId();
    const uint owner = QFileInfo(dataDir).ownerId();
    if (mine != owner) {
        throw Error::failedPrecondition(
            QStringLiteral("%1 belongs to another account (user id %2) than this process (user id "
                           "%3); the server runs as the directory's owner and could not write a "
                           "database created now: run init as that account (e.g. sudo -u "
                           "helfernetz helfernetz-server init ...)")
                .arg(dataDir)
                .arg(owner)
                .arg(mine));
    }
}

void createFirstAdmin(const ServerConfig &config, const FirstAdmin &admin,
                      const common::Clock &clock) {
    const PasswordHasher hasher(config.passwordCost);
    Database database(config.databaseConfig());
    database.write([&](QSqlDatabase &db) {
        UserStore users(db);
        // A server database (PostgreSQL) has no file to look at beforehand.
        if (!users.countByRoleAndStatus().isEmpty()) {
            throw Error::alreadyExists(alreadyInitialised(
                config, QStringLiteral("the database %1 has accounts").arg(config.databasePath)));
        }
        const QDateTime now = clock.now();
        common::User user;
        user.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        user.email = admin.email;
        user.displayName = admin.displayName;
        user.role = common::GlobalRole::Admin;
        user.status = common::AccountStatus::Active;
        user.createdAt = now;
        user.updatedAt = now;
        users.insert(user, hasher.hash(admin.password));

        common::AuditEntry entry;
        entry.at = now;
        entry.actorId = user.id;
        entry.actorEmail = user.email;
        entry.action = QStringLiteral("server.init");
        entry.targetType = QStringLiteral("user");
        entry.targetId = user.id;
        entry.peer = QStringLiteral("console");
        entry.details = {{QStringLiteral("data_dir"), config.dataDir}};
        AuditLog(db).append(entry);
    });
}

void removeDatabaseFiles(const QString &path) {
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(path + suffix);
}

} // namespace

void DataDirectory::init(ServerConfig config, const FirstAdmin &admin, const common::Clock &clock) {
    config.dataDir = QDir(config.dataDir).absolutePath();
    const bool configInDataDir = !config.hasConfigOutsideDataDir();
    if (configInDataDir && QFileInfo::exists(config.configFile())) {
        throw Error::alreadyExists(
            alreadyInitialised(config, QStringLiteral("%1 exists").arg(config.configFile())));
    }
    config.validate();
    const bool sqlite = config.databaseDriver == u"QSQLITE";
    const QString databaseFile = config.resolvedDatabasePath();
    if (sqlite && QFileInfo::exists(databaseFile)) {
        throw Error::alreadyExists(
            alreadyInitialised(config, QStringLiteral("the database %1 exists").arg(databaseFile)));
    }

    if (QFileInfo::exists(config.dataDir)) {
        // An existing directory (the package makes /var/lib/helfernetz)
        // keeps the mode its maker gave it.
        requireSameOwner(config.dataDir);
    } else {
        if (!QDir().mkpath(config.dataDir))
            throw Error::unavailable(QStringLiteral("cannot create %1").arg(config.dataDir));
        // Only the service account needs to read the database and config.
        QFile::setPermissions(config.dataDir,
                              QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    }

    // A config outside the data directory is written first, so a folder it
    // cannot go to (a read-only /etc) stops init before the database exists.
    // What init wrote goes again when a later step fails, so a retry starts
    // clean; a config file that was there before is never touched.
    const bool configExisted = QFileInfo::exists(config.configFile());
    try {
        if (!configExisted && !configInDataDir)
            config.save();
        createFirstAdmin(config, admin, clock);
        // In the data directory the config is written last: its presence
        // means "initialised".
        if (configInDataDir)
            config.save();
    } catch (...) {
        if (!configExisted)
            QFile::remove(config.configFile());
        if (sqlite)
            removeDatabaseFiles(databaseFile);
        throw;
    }
}

std::unique_ptr<QLockFile> DataDirectory::lock(const QString &dataDir) {
    const QString path = QDir(dataDir).filePath(QStringLiteral("helfernetz-server.lock"));
    auto lock = std::make_unique<QLockFile>(path);
    // Never stale by age: a server runs for months. A crashed holder is
    // recognised by its process id being gone.
    lock->setStaleLockTime(0);
    if (lock->tryLock(0))
        return lock;
    qint64 pid = 0;
    QString host;
    QString application;
    lock->getLockInfo(&pid, &host, &application);
    if (lock->error() == QLockFile::PermissionError)
        throw Error::unavailable(QStringLiteral("cannot create %1").arg(path));
    throw Error::failedPrecondition(
        QStringLiteral("a server is running on %1 (process %2 on %3 holds %4); stop it first")
            .arg(dataDir)
            .arg(pid)
            .arg(host, path));
}

} // namespace hn::server
