// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/app/ConfigLocation.h"

#include "common/Error.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>

namespace hn::server {

namespace {

const QString kConfigOption = QStringLiteral("config");
const QString kDataOption = QStringLiteral("data");

QString absolute(const QString &path) {
    return path.isEmpty() ? QString() : QDir::cleanPath(QFileInfo(path).absoluteFilePath());
}

// Printed commands are meant to be pasted, also with a space in a path.
QString quoted(const QString &argument) {
    static const QRegularExpression plain(QStringLiteral("^[A-Za-z0-9_./:=@+,\\\\-]+$"));
    if (plain.match(argument).hasMatch())
        return argument;
#ifdef Q_OS_WIN
    return QLatin1Char('"') + argument + QLatin1Char('"');
#else
    QString escaped = argument;
    escaped.replace(QLatin1Char('\''), QStringLiteral("'\\''"));
    return QLatin1Char('\'') + escaped + QLatin1Char('\'');
#endif
}

} // namespace

QString ConfigLocation::commandLinePath(const QString &argument) {
    return absolute(argument);
}

// The variables are read only when neither flag is given: the texts say so,
// because "default: $HELFERNETZ_DATA" would suggest it also fills in the
// data directory next to --config.
void ConfigLocation::addOptions(QCommandLineParser &parser) {
    parser.addOptions({
        {kConfigOption,
         QStringLiteral("Config file, e.g. /etc/helfernetz/helfernetz-server.conf; its "
                        "server/data_dir names the data directory. Without --config and --data: "
                        "$HELFERNETZ_CONFIG if set."),
         QStringLiteral("file")},
        {kDataOption,
         QStringLiteral("Data directory. Alone: the config is DIR/helfernetz-server.conf. With "
                        "--config: used instead of server/data_dir. Without --config and --data: "
                        "$HELFERNETZ_DATA if set and $HELFERNETZ_CONFIG is not."),
         QStringLiteral("dir")},
    });
}

ConfigLocation ConfigLocation::fromParser(const QCommandLineParser &parser) {
    ConfigLocation location;
    if (parser.isSet(kConfigOption)) {
        location.m_configFile = absolute(parser.value(kConfigOption));
        location.m_dataDir = absolute(parser.value(kDataOption));
    } else if (parser.isSet(kDataOption)) {
        location.m_dataDir = absolute(parser.value(kDataOption));
    } else if (const QString file = qEnvironmentVariable("HELFERNETZ_CONFIG"); !file.isEmpty()) {
        location.m_configFile = absolute(file);
    } else {
        location.m_dataDir = absolute(qEnvironmentVariable("HELFERNETZ_DATA"));
    }
    if (location.m_configFile.isEmpty() && location.m_dataDir.isEmpty()) {
        throw common::Error::invalidArgument(
            QStringLiteral("--config"),
            QStringLiteral("no configuration given: pass --config FILE or --data DIR, or set "
                           "HELFERNETZ_CONFIG or HELFERNETZ_DATA"));
    }
    return location;
}

ServerConfig ConfigLocation::load() const {
    return hasConfigFile() ? ServerConfig::loadFile(m_configFile, m_dataDir)
                           : ServerConfig::load(m_dataDir);
}

ServerConfig ConfigLocation::fresh() const {
    if (m_dataDir.isEmpty()) {
        throw common::Error::invalidArgument(
            QStringLiteral("--data"),
            QStringLiteral("%1 does not exist yet: pass --data DIR, the data directory init "
                           "writes into it as server/data_dir")
                .arg(m_configFile));
    }
    ServerConfig config;
    config.dataDir = m_dataDir;
    config.configPath = m_configFile;
    return config;
}

QString ConfigLocation::commandLine(bool dataDirInConfig) const {
    QStringList arguments;
    if (hasConfigFile())
        arguments << QStringLiteral("--config") << quoted(m_configFile);
    if (!m_dataDir.isEmpty() && !(hasConfigFile() && dataDirInConfig))
        arguments << QStringLiteral("--data") << quoted(m_dataDir);
    return arguments.join(QLatin1Char(' '));
}

} // namespace hn::server
