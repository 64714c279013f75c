// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/core/ServerConfig.h"

#include "common/Error.h"

#include <QDir>
#include <QFileInfo>
#include <QSettings>

namespace hn::server {

using common::Error;

namespace {

const QStringList kLogLevels{QStringLiteral("error"), QStringLiteral("warning"),
                             QStringLiteral("info"), QStringLiteral("debug")};

int intSetting(const QSettings &settings, const QString &key, int fallback) {
    const QVariant value = settings.value(key);
    if (!value.isValid())
        return fallback;
    bool ok = false;
    const int parsed = value.toString().toInt(&ok);
    if (!ok)
        throw Error::invalidArgument(key, QStringLiteral("must be a whole number"));
    return parsed;
}

qint64 int64Setting(const QSettings &settings, const QString &key, qint64 fallback) {
    const QVariant value = settings.value(key);
    if (!value.isValid())
        return fallback;
    bool ok = false;
    const qint64 parsed = value.toString().toLongLong(&ok);
    if (!ok)
        throw Error::invalidArgument(key, QStringLiteral("must be a whole number"));
    return parsed;
}

bool boolSetting(const QSettings &settings, const QString &key, bool fallback) {
    const QVariant value = settings.value(key);
    if (!value.isValid())
        return fallback;
    const QString text = value.toString().toLower();
    if (text == u"true" || text == u"yes" || text == u"1")
        return true;
    if (text == u"false" || text == u"no" || text == u"0")
        return false;
    throw Error::invalidArgument(key, QStringLiteral("must be true or false"));
}

const QString kDataDirKey = QStringLiteral("server/data_dir");

// QSettings reads an unquoted comma as a list separator, and a path may
// contain one ("/srv/helfernetz,alt").
QString pathSetting(const QSettings &settings, const QString &key) {
    const QVariant value = settings.value(key);
    return value.typeId() == QMetaType::QStringList ? value.toStringList().join(u',')
                                                    : value.toString();
}

QString resolvedAgainst(const QDir &folder, const QString &path) {
    return path.isEmpty() ? path : QDir::cleanPath(folder.absoluteFilePath(path));
}

// The settings of `file` over the defaults in `config`, validated. A bad
// value names its key (the error's field) and the file (in the message):
// with a packaged config in /etc and maybe an old one in a data directory,
// the admin must know which file to edit.
void readInto(ServerConfig &config, const QSettings &settings, const QString &file) {
    try {
        config.listenAddress =
            settings.value(QStringLiteral("server/listen"), config.listenAddress).toString();
        config.logLevel =
            settings.value(QStringLiteral("server/log_level"), config.logLevel).toString();
        config.insecure = boolSetting(settings, QStringLiteral("server/insecure"), config.insecure);
        config.maxMessageBytes = intSetting(settings, QStringLiteral("server/max_message_bytes"),
                                            config.maxMessageBytes);
        // Relative to the file's folder: under systemd the working
        // directory is "/", and the file is where the admin wrote the path.
        const QDir folder = QFileInfo(file).absoluteDir();
        config.tlsCertFile =
            resolvedAgainst(folder, pathSetting(settings, QStringLiteral("tls/cert")));
        config.tlsKeyFile =
            resolvedAgainst(folder, pathSetting(settings, QStringLiteral("tls/key")));
        config.sessionLifetimeDays = intSetting(settings, QStringLiteral("sessions/lifetime_days"),
                                                config.sessionLifetimeDays);
        config.passwordCost.opsLimit = unsigned(intSetting(
            settings, QStringLiteral("passwords/argon2_ops"), int(config.passwordCost.opsLimit)));
        config.passwordCost.memoryBytes =
            std::size_t(intSetting(settings, QStringLiteral("passwords/argon2_memory_mib"),
                                   int(config.passwordCost.memoryBytes / (1024 * 1024))))
            * 1024 * 1024;
        config.databaseDriver =
            settings.value(QStringLiteral("database/driver"), config.databaseDriver).toString();
        if (settings.contains(QStringLiteral("database/path")))
            config.databasePath = pathSetting(settings, QStringLiteral("database/path"));
        config.tombstoneHorizonDays = intSetting(
            settings, QStringLiteral("sync/tombstone_horizon_days"), config.tombstoneHorizonDays);
        config.offlineLeaseDays = intSetting(settings, QStringLiteral("auth/offline_lease_days"),
                                             config.offlineLeaseDays);
        config.activationCodeDays = intSetting(
            settings, QStringLiteral("auth/activation_code_days"), config.activationCodeDays);
        config.maxFileBytes =
            int64Setting(settings, QStringLiteral("blobs/max_file_bytes"), config.maxFileBytes);
        config.partialRetentionDays = intSetting(
            settings, QStringLiteral("blobs/partial_retention_days"), config.partialRetentionDays);
        config.validate();
    } catch (const Error &error) {
        throw Error(error.code(), QStringLiteral("%1 (in %2)").arg(error.message(), file),
                    error.field());
    }
}

void requireParsed(const QSettings &settings, const QString &file) {
    if (settings.status() != QSettings::NoError)
        throw Error::invalidArgument(file, QStringLiteral("cannot be parsed"));
}

// The first folder on the way to `file` that this account cannot enter, or
// an empty string. Windows reports folder permissions from attributes
// only, so there every folder counts as enterable.
QString unenterableFolder([[maybe_unused]] const QString &file) {
#ifndef Q_OS_WIN
    QStringList folders;
    for (QFileInfo info(QFileInfo(file).absolutePath()); !info.isRoot();
         info = QFileInfo(info.absolutePath()))
        folders.prepend(info.absoluteFilePath());
    for (const QString &folder : folders) {
        const QFileInfo info(folder);
        if (!info.exists())
            return {};
        if (info.isDir() && !info.isExecutable())
            return folder;
    }
#endif
    return {};
}

} // namespace

bool ServerConfig::configFileExists(const QString &file) {
    if (QFileInfo::exists(file)) {
        if (!QFileInfo(file).isReadable()) {
            throw Error::failedPrecondition(
                QStringLiteral("%1 is not readable by this account: give the account that runs "
                               "helfernetz-server read access (e.g. chgrp helfernetz %1 && chmod "
                               "g+r %1)")
                    .arg(file));
        }
        return true;
    }
    // Behind a folder this account cannot enter the file looks missing; "does
    // not exist" would send the admin to write a config that is there.
    if (const QString folder = unenterableFolder(file); !folder.isEmpty()) {
        throw Error::failedPrecondition(
            QStringLiteral("%1 is not readable by this account: its folder %2 cannot be entered "
                           "(give the account that runs helfernetz-server access, e.g. chgrp "
                           "helfernetz %2 && chmod g+rx %2)")
                .arg(file, folder));
    }
    return false;
}

QString ServerConfig::configFile() const {
    return hasConfigOutsideDataDir() ? configPath : QDir(dataDir).filePath(fileName());
}

QString ServerConfig::resolvedDatabasePath() const {
    return QFileInfo(databasePath).isAbsolute() ? databasePath
                                                : QDir(dataDir).filePath(databasePath);
}

DatabaseConfig ServerConfig::databaseConfig() const {
    DatabaseConfig config;
    config.driver = databaseDriver;
    config.path = resolvedDatabasePath();
    return config;
}

BlobSettings ServerConfig::blobSettings() const {
    BlobSettings settings;
    settings.maxFileBytes = maxFileBytes;
    settings.partialRetention = std::chrono::hours(24) * partialRetentionDays;
    return settings;
}

SyncSettings ServerConfig::syncSettings() const {
    SyncSettings settings;
    settings.tombstoneHorizon = std::chrono::hours(24) * tombstoneHorizonDays;
    return settings;
}

ServerConfig ServerConfig::load(const QString &dataDir) {
    ServerConfig config;
    config.dataDir = QDir(dataDir).absolutePath();
    const QString file = config.configFile();
    if (!configFileExists(file)) {
        throw Error::notFound(QStringLiteral("%1 does not exist; run 'helfernetz-server init "
                                             "--data %2' first")
                                  .arg(file, dataDir));
    }
    QSettings settings(file, QSettings::IniFormat);
    requireParsed(settings, file);
    // In the data directory the file's place says where the data is; a
    // data_dir naming another place would be silently ignored, so refuse it.
    const QString named = pathSetting(settings, kDataDirKey);
    if (!named.isEmpty()
        && QDir::cleanPath(QDir(config.dataDir).absoluteFilePath(named))
               != QDir::cleanPath(config.dataDir)) {
        throw Error::invalidArgument(
            kDataDirKey,
            QStringLiteral("%1 names %2, but this file is in the data directory %3: remove the "
                           "key, or start with --config %1")
                .arg(file, named, config.dataDir));
    }
    readInto(config, settings, file);
    return config;
}

ServerConfig ServerConfig::loadFile(const QString &path, const QString &dataDirOverride) {
    ServerConfig config;
    config.configPath = QFileInfo(path).absoluteFilePath();
    const QString file = config.configPath;
    if (!configFileExists(file)) {
        throw Error::notFound(QStringLiteral("%1 does not exist; write it by hand or with "
                                             "'helfernetz-server init --config %1 --data DIR'")
                                  .arg(file));
    }
    QSettings settings(file, QSettings::IniFormat);
    requireParsed(settings, file);
    if (!dataDirOverride.isEmpty()) {
        config.dataDir = QDir(dataDirOverride).absolutePath();
    } else {
        const QString named = pathSetting(settings, kDataDirKey);
        if (named.isEmpty()) {
            throw Error::invalidArgument(
                kDataDirKey, QStringLiteral("missing in %1: set data_dir in its [server] section "
                                            "to the data directory, or pass --data DIR")
                                 .arg(file));
        }
        // Relative to the file, not to wherever the command was started.
        config.dataDir =
            QDir::cleanPath(QDir(QFileInfo(file).absolutePath()).absoluteFilePath(named));
    }
    readInto(config, settings, file);
    return config;
}

void ServerConfig::save() const {
    const QString file = configFile();
    if (QFileInfo::exists(file)) {
        throw Error::alreadyExists(
            QStringLiteral("%1 exists; helfernetz-server never rewrites a config file: edit it")
                .arg(file));
    }
    if (!QDir().mkpath(QFileInfo(file).absolutePath()))
        throw Error::unavailable(QStringLiteral("cannot create the folder of %1").arg(file));
    QSettings settings(file, QSettings::IniFormat);
    if (hasConfigOutsideDataDir())
        settings.setValue(kDataDirKey, QDir(dataDir).absolutePath());
    settings.setValue(QStringLiteral("server/listen"), listenAddress);
    settings.setValue(QStringLiteral("server/log_level"), logLevel);
    settings.setValue(QStringLiteral("server/insecure"), insecure);
    settings.setValue(QStringLiteral("server/max_message_bytes"), maxMessageBytes);
    settings.setValue(QStringLiteral("tls/cert"), tlsCertFile);
    settings.setValue(QStringLiteral("tls/key"), tlsKeyFile);
    settings.setValue(QStringLiteral("sessions/lifetime_days"), sessionLifetimeDays);
    settings.setValue(QStringLiteral("passwords/argon2_ops"), qulonglong(passwordCost.opsLimit));
    settings.setValue(QStringLiteral("passwords/argon2_memory_mib"),
                      qulonglong(passwordCost.memoryBytes / (1024 * 1024)));
    settings.setValue(QStringLiteral("database/driver"), databaseDriver);
    settings.setValue(QStringLiteral("database/path"), databasePath);
    settings.setValue(QStringLiteral("sync/tombstone_horizon_days"), tombstoneHorizonDays);
    settings.setValue(QStringLiteral("auth/offline_lease_days"), offlineLeaseDays);
    settings.setValue(QStringLiteral("auth/activation_code_days"), activationCodeDays);
    settings.setValue(QStringLiteral("blobs/max_file_bytes"), maxFileBytes);
    settings.setValue(QStringLiteral("blobs/partial_retention_days"), partialRetentionDays);
    settings.sync();
    if (settings.status() != QSettings::NoError)
        throw Error::unavailable(QStringLiteral("cannot write %1").arg(file));
}

void ServerConfig::validate() const {
    if (!kLogLevels.contains(logLevel)) {
        throw Error::invalidArgument(
            QStringLiteral("server/log_level"),
            QStringLiteral("must be one of %1").arg(kLogLevels.join(QStringLiteral(", "))));
    }
    if (sessionLifetimeDays < 1 || sessionLifetimeDays > 365) {
        throw Error::invalidArgument(QStringLiteral("sessions/lifetime_days"),
                                     QStringLiteral("must be between 1 and 365"));
    }
    // A client offline for longer than the horizon gets a snapshot; below a
    // week even a holiday would cost a full download.
    if (tombstoneHorizonDays < 7 || tombstoneHorizonDays > 3650) {
        throw Error::invalidArgument(QStringLiteral("sync/tombstone_horizon_days"),
                                     QStringLiteral("must be between 7 and 3650"));
    }
    if (offlineLeaseDays < 1 || offlineLeaseDays > 365) {
        throw Error::invalidArgument(QStringLiteral("auth/offline_lease_days"),
                                     QStringLiteral("must be between 1 and 365"));
    }
    if (activationCodeDays < 1 || activationCodeDays > 90) {
        throw Error::invalidArgument(QStringLiteral("auth/activation_code_days"),
                                     QStringLiteral("must be between 1 and 90"));
    }
    if (maxFileBytes < 1 || maxFileBytes > 64LL * 1024 * 1024 * 1024) {
        throw Error::invalidArgument(QStringLiteral("blobs/max_file_bytes"),
                                     QStringLiteral("must be between 1 and 68719476736 (64 GiB)"));
    }
    if (partialRetentionDays < 1 || partialRetentionDays > 365) {
        throw Error::invalidArgument(QStringLiteral("blobs/partial_retention_days"),
                                     QStringLiteral("must be between 1 and 365"));
    }
    if (maxMessageBytes < 1024 * 1024) {
        throw Error::invalidArgument(QStringLiteral("server/max_message_bytes"),
                                     QStringLiteral("must be at least 1048576"));
    }
    if (tlsCertFile.isEmpty() != tlsKeyFile.isEmpty()) {
        throw Error::invalidArgument(tlsCertFile.isEmpty() ? QStringLiteral("tls/cert")
                                                           : QStringLiteral("tls/key"),
                                     QStringLiteral("TLS needs both a certificate and a key"));
    }
    for (const auto &[key, file] : {std::pair{QStringLiteral("tls/cert"), tlsCertFile},
                                    std::pair{QStringLiteral("tls/key"), tlsKeyFile}}) {
        if (file.isEmpty() || QFileInfo(file).isReadable())
            continue;
        throw Error::invalidArgument(
            key, QFileInfo::exists(file)
                     ? QStringLiteral("%1 is not readable by this account").arg(file)
                     : QStringLiteral("%1 does not exist").arg(file));
    }
}

} // namespace hn::server
