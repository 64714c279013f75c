// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/core/DataDirectory.h"

#include "common/Error.h"
#include "server/store/AuditLog.h"
#include "server/store/Database.h"
#include "server/store/UserStore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QUuid>

namespace hn::server {

void DataDirectory::init(ServerConfig config, const FirstAdmin &admin, const common::Clock &clock) {
    config.dataDir = QDir(config.dataDir).absolutePath();
    if (QFileInfo::exists(config.configFile())) {
        throw common::Error::alreadyExists(QStringLiteral("%1 is already initialised (%2 exists)")
                                               .arg(config.dataDir, config.configFile()));
    }
    if (!QDir().mkpath(config.dataDir))
        throw common::Error::unavailable(QStringLiteral("cannot create %1").arg(config.dataDir));
    // Only the service account needs to read the database and config.
    QFile::setPermissions(config.dataDir, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    config.validate();

    const PasswordHasher hasher(config.passwordCost);
    Database database(config.databaseConfig());
    database.write([&](QSqlDatabase &db) {
        const QDateTime now = clock.now();
        common::User user;
        user.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        user.email = admin.email;
        user.displayName = admin.displayName;
        user.role = common::GlobalRole::Admin;
        user.status = common::AccountStatus::Active;
        user.createdAt = now;
        user.updatedAt = now;
        UserStore(db).insert(user, hasher.hash(admin.password));

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
    // Written last: its presence means "initialised", so a failed init can be retried.
    config.save();
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
        throw common::Error::unavailable(QStringLiteral("cannot create %1").arg(path));
    throw common::Error::failedPrecondition(
        QStringLiteral("a server is running on %1 (process %2 on %3 holds %4); stop it first")
            .arg(dataDir)
            .arg(pid)
            .arg(host, path));
}

} // namespace hn::server
