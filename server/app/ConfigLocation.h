// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "server/core/ServerConfig.h"

#include <QCommandLineParser>
#include <QString>

namespace hn::server {

// Which config file and which data directory a command works on. One rule
// for init, serve, backup, restore and seed-demo:
//   --config FILE      settings from FILE; the data directory is --data DIR
//                      if given, else FILE's server/data_dir
//   --data DIR         <DIR>/helfernetz-server.conf (the data-directory layout)
//   neither            $HELFERNETZ_CONFIG (as --config), else
//                      $HELFERNETZ_DATA (as --data); the variables count
//                      only then, never next to a flag
class ConfigLocation {
public:
    // A path given on the command line, made absolute against the working
    // directory (where the admin typed it); empty stays empty.
    static QString commandLinePath(const QString &argument);
    // Adds --config and --data to a command's options.
    static void addOptions(QCommandLineParser &parser);
    // Throws common::Error(InvalidArgument, field "--config") when nothing
    // names a configuration.
    static ConfigLocation fromParser(const QCommandLineParser &parser);

    // The config file given with --config or $HELFERNETZ_CONFIG (absolute);
    // empty for the data-directory layout.
    const QString &configFile() const { return m_configFile; }
    // --data or $HELFERNETZ_DATA (absolute); may be empty with a config file.
    const QString &dataDir() const { return m_dataDir; }
    bool hasConfigFile() const { return !m_configFile.isEmpty(); }

    // The settings of an existing configuration (ServerConfig::load or
    // loadFile); throws as they do.
    ServerConfig load() const;
    // The defaults for a configuration init is about to write. Throws
    // InvalidArgument naming --data when there is no data directory.
    ServerConfig fresh() const;
    // The options that name this configuration on a command line, e.g.
    // "--config /etc/helfernetz/helfernetz-server.conf", quoted for a shell.
    // `dataDirInConfig`: the config file names the data directory given
    // with --data (init just wrote it), so --data is left out.
    QString commandLine(bool dataDirInConfig = false) const;

private:
    QString m_configFile;
    QString m_dataDir;
};

} // namespace hn::server
