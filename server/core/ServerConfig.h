// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "server/core/BlobSettings.h"
#include "server/core/PasswordHasher.h"
#include "server/core/SyncSettings.h"
#include "server/store/Database.h"

#include <QString>

namespace hn::server {

// helfernetz-server's settings: an INI file, overridden by command-line
// flags. Either in the data directory (<dataDir>/helfernetz-server.conf,
// `--data DIR`) or anywhere else (`--config FILE`, e.g. the packaged
// /etc/helfernetz/helfernetz-server.conf), which then names the data
// directory with the key server/data_dir.
struct ServerConfig {
    QString dataDir;
    // The config file given with --config, absolute; empty for the
    // data-directory layout.
    QString configPath;
    QString listenAddress = QStringLiteral("127.0.0.1:50051");
    // PEM; with tlsKeyFile, the server speaks only TLS. Absolute once
    // loaded: a relative tls/cert or tls/key counts from the config file's
    // folder (the data directory in that layout), never from the working
    // directory, which is "/" under systemd.
    QString tlsCertFile;
    QString tlsKeyFile;
    // Allows plaintext on a non-loopback address (behind a TLS-terminating proxy).
    bool insecure = false;
    QString logLevel = QStringLiteral("info"); // error | warning | info | debug
    int sessionLifetimeDays = 30;
    PasswordCost passwordCost;
    int maxMessageBytes = 16 * 1024 * 1024;
    QString databaseDriver = QStringLiteral("QSQLITE");
    // A relative database/path counts from dataDir, in both layouts (the
    // database belongs with the data, wherever the config file is).
    QString databasePath = QStringLiteral("helfernetz.db");
    // How long tombstones and stored push results are kept (sync/tombstone_horizon_days).
    int tombstoneHorizonDays = 90;
    // A client that has not reached the server for this long locks its
    // replica until the user logs in again (auth/offline_lease_days).
    int offlineLeaseDays = 30;
    // How long a one-time activation code works (auth/activation_code_days).
    int activationCodeDays = 7;
    // The largest document file accepted (blobs/max_file_bytes).
    qint64 maxFileBytes = 200LL * 1024 * 1024;
    // Unfinished uploads are kept this long for resuming (blobs/partial_retention_days).
    int partialRetentionDays = 7;

    static QString fileName() { return QStringLiteral("helfernetz-server.conf"); }
    // configPath, or the data directory's helfernetz-server.conf.
    QString configFile() const;
    bool hasConfigOutsideDataDir() const { return !configPath.isEmpty(); }
    // The database file's absolute path.
    QString resolvedDatabasePath() const;
    DatabaseConfig databaseConfig() const;
    SyncSettings syncSettings() const;
    qint64 offlineLeaseMs() const { return qint64(offlineLeaseDays) * 24 * 3600 * 1000; }
    BlobSettings blobSettings() const;
    bool hasTls() const { return !tlsCertFile.isEmpty() || !tlsKeyFile.isEmpty(); }

    // Whether the config file `file` exists. Throws
    // common::Error(FailedPrecondition) naming the file when it is there but
    // not readable by this account, or hidden behind a folder this account
    // cannot enter (so a packaged config the service account cannot read is
    // not reported as missing).
    static bool configFileExists(const QString &file);
    // Reads `dataDir`'s config file over the defaults. Throws
    // common::Error(InvalidArgument) naming the key of a bad value (and the
    // file in the message), or NotFound when the file is missing.
    static ServerConfig load(const QString &dataDir);
    // Reads the config file `path` over the defaults. The data directory is
    // `dataDirOverride` when given, else the file's server/data_dir
    // (a relative path counts from the file's folder); without either,
    // InvalidArgument naming server/data_dir. Errors as load().
    static ServerConfig loadFile(const QString &path, const QString &dataDirOverride = {});
    // Writes a new configFile() (with server/data_dir when it is outside the
    // data directory). Refuses an existing file (AlreadyExists): it is the
    // admin's, maybe edited, maybe a packaged conffile on a read-only /etc.
    void save() const;
    // Throws common::Error(InvalidArgument) naming the setting that is wrong.
    void validate() const;
};

} // namespace hn::server
