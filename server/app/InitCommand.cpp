// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/app/InitCommand.h"

#include "common/Error.h"
#include "common/TerminalInput.h"
#include "common/Validation.h"
#include "server/app/ConfigLocation.h"
#include "server/app/ExitCode.h"
#include "server/core/DataDirectory.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <cstdio>
#include <optional>
#include <string>

namespace hn::server {

namespace {

// The password never comes from the command line (it would show in `ps`
// and the shell history): from a file, from standard input, or typed twice.
std::optional<std::string> readPassword(const QCommandLineParser &parser) {
    if (parser.isSet(QStringLiteral("password-file"))) {
        const QString path = parser.value(QStringLiteral("password-file"));
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            throw common::Error::invalidArgument(QStringLiteral("--password-file"),
                                                 QStringLiteral("cannot read %1").arg(path));
        }
        QByteArray line = file.readLine();
        while (line.endsWith('\n') || line.endsWith('\r'))
            line.chop(1);
        return line.toStdString();
    }
    if (parser.isSet(QStringLiteral("password-stdin")) || !common::TerminalInput::isInteractive())
        return common::TerminalInput::readSecret(QString());

    const auto first = common::TerminalInput::readSecret(QStringLiteral("Admin password: "));
    const auto second = common::TerminalInput::readSecret(QStringLiteral("Repeat password: "));
    if (!first || !second)
        return std::nullopt;
    if (*first != *second) {
        throw common::Error::invalidArgument(QStringLiteral("password"),
                                             QStringLiteral("the two entries differ"));
    }
    return first;
}

} // namespace

int InitCommand::run(const QStringList &arguments) {
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Create a Helfernetz server: the database (SQLite, WAL) with the first administrator in "
        "the data directory, and the config file unless it exists. With --data DIR alone the "
        "config is DIR/helfernetz-server.conf. With --config FILE an existing FILE is used as "
        "it is and never changed (a packaged /etc/helfernetz/helfernetz-server.conf); a missing "
        "FILE is written, naming --data DIR as server/data_dir. The data directory may exist "
        "and be empty; init refuses one that has a database already. The password is read from "
        "--password-file, from standard input (--password-stdin or when not a terminal), or "
        "asked for twice at the terminal; never from the command line."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("init"), QStringLiteral("The command."));
    ConfigLocation::addOptions(parser);
    parser.addOptions({
        {QStringLiteral("admin-email"), QStringLiteral("E-mail (login) of the first admin."),
         QStringLiteral("email")},
        {QStringLiteral("admin-name"),
         QStringLiteral("Display name of the first admin (default: Administrator)."),
         QStringLiteral("name"), QStringLiteral("Administrator")},
        {QStringLiteral("password-file"),
         QStringLiteral("Read the admin password from the first line of this file."),
         QStringLiteral("file")},
        {QStringLiteral("password-stdin"),
         QStringLiteral("Read the admin password from standard input.")},
        {QStringLiteral("listen"),
         QStringLiteral("Address to write to a new config (default 127.0.0.1:50051)."),
         QStringLiteral("host:port")},
        {QStringLiteral("tls-cert"),
         QStringLiteral("TLS certificate (PEM) for a new config (written as an absolute path)."),
         QStringLiteral("file")},
        {QStringLiteral("tls-key"),
         QStringLiteral("TLS private key (PEM) for a new config (written as an absolute path)."),
         QStringLiteral("file")},
    });
    if (!parser.parse(arguments)) {
        std::fprintf(stderr, "helfernetz-server init: %s\n", qPrintable(parser.errorText()));
        return ExitUsage;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        std::fputs(qPrintable(parser.helpText()), stdout);
        return ExitOk;
    }
    if (!parser.isSet(QStringLiteral("admin-email"))) {
        std::fputs("helfernetz-server init: --admin-email is required\n", stderr);
        return ExitUsage;
    }

    ConfigLocation location;
    ServerConfig config;
    bool useExisting = false;
    try {
        location = ConfigLocation::fromParser(parser);
        useExisting =
            location.hasConfigFile() && ServerConfig::configFileExists(location.configFile());
        if (useExisting) {
            // A config that exists is the admin's (or the package's): used,
            // never rewritten, so flags meant for it would be lost.
            for (const char *flag : {"listen", "tls-cert", "tls-key"}) {
                if (parser.isSet(QString::fromLatin1(flag))) {
                    throw common::Error::invalidArgument(
                        QStringLiteral("--%1").arg(QString::fromLatin1(flag)),
                        QStringLiteral("%1 exists and init never changes it; set this in the "
                                       "file instead")
                            .arg(location.configFile()));
                }
            }
        } else {
            config = location.fresh();
            if (parser.isSet(QStringLiteral("listen")))
                config.listenAddress = parser.value(QStringLiteral("listen"));
            // Written as absolute paths: in the file a relative one would
            // count from the file's folder, not from where init ran.
            config.tlsCertFile =
                ConfigLocation::commandLinePath(parser.value(QStringLiteral("tls-cert")));
            config.tlsKeyFile =
                ConfigLocation::commandLinePath(parser.value(QStringLiteral("tls-key")));
        }
    } catch (const common::Error &error) {
        std::fprintf(stderr, "helfernetz-server init: %s\n", qPrintable(error.describe()));
        return error.code() == common::ErrorCode::InvalidArgument ? ExitUsage : ExitConfig;
    }
    if (useExisting) {
        try {
            config = location.load();
        } catch (const common::Error &error) {
            std::fprintf(stderr, "helfernetz-server init: %s\n", qPrintable(error.describe()));
            return ExitConfig;
        }
    }

    try {
        FirstAdmin admin;
        admin.email =
            common::validation::email(QStringLiteral("--admin-email"),
                                      parser.value(QStringLiteral("admin-email")).toStdString());
        admin.displayName = common::validation::text(
            QStringLiteral("--admin-name"),
            parser.value(QStringLiteral("admin-name")).toStdString(), {.maxChars = 200});
        const std::optional<std::string> password = readPassword(parser);
        if (!password) {
            std::fputs("helfernetz-server init: no password given\n", stderr);
            return ExitUsage;
        }
        admin.password = common::validation::newPassword(QStringLiteral("password"), *password);

        common::SystemClock clock;
        DataDirectory::init(config, admin, clock);
        std::printf("Initialised %s\n", qPrintable(QDir::toNativeSeparators(config.dataDir)));
        std::printf("  database: %s\n  config: %s (%s)\nFirst admin: %s\n",
                    qPrintable(QDir::toNativeSeparators(config.resolvedDatabasePath())),
                    qPrintable(QDir::toNativeSeparators(config.configFile())),
                    useExisting ? "used as it was" : "written", qPrintable(admin.email));
        std::printf("Start the server with: helfernetz-server serve %s\n",
                    qPrintable(location.commandLine(!useExisting)));
        return ExitOk;
    } catch (const common::Error &error) {
        std::fprintf(stderr, "helfernetz-server init: %s\n", qPrintable(error.describe()));
        if (error.code() == common::ErrorCode::AlreadyExists
            && QFileInfo::exists(config.configFile())) {
            std::fprintf(stderr, "Start the server with: helfernetz-server serve %s\n",
                         qPrintable(location.commandLine()));
        }
        return error.code() == common::ErrorCode::InvalidArgument ? ExitUsage : ExitConfig;
    }
}

} // namespace hn::server
