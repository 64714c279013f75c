// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/app/InitCommand.h"

#include "common/Error.h"
#include "common/TerminalInput.h"
#include "common/Validation.h"
#include "server/app/ExitCode.h"
#include "server/core/DataDirectory.h"

#include <QCommandLineParser>
#include <QFile>
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
    parser.setApplicationDescription(
        QStringLiteral("Create a Helfernetz data directory: config file, database (SQLite, WAL) "
                       "and the first administrator. The password is read from --password-file, "
                       "from standard input (--password-stdin or when not a terminal), or asked "
                       "for twice at the terminal; never from the command line."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("init"), QStringLiteral("The command."));
    parser.addOptions({
        {QStringLiteral("data"), QStringLiteral("Data directory to create."),
         QStringLiteral("dir")},
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
         QStringLiteral("Address to write to the config (default 127.0.0.1:50051)."),
         QStringLiteral("host:port")},
        {QStringLiteral("tls-cert"), QStringLiteral("TLS certificate (PEM) for the config."),
         QStringLiteral("file")},
        {QStringLiteral("tls-key"), QStringLiteral("TLS private key (PEM) for the config."),
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
    if (!parser.isSet(QStringLiteral("data")) || !parser.isSet(QStringLiteral("admin-email"))) {
        std::fputs("helfernetz-server init: --data and --admin-email are required\n", stderr);
        return ExitUsage;
    }

    try {
        ServerConfig config;
        config.dataDir = parser.value(QStringLiteral("data"));
        if (parser.isSet(QStringLiteral("listen")))
            config.listenAddress = parser.value(QStringLiteral("listen"));
        config.tlsCertFile = parser.value(QStringLiteral("tls-cert"));
        config.tlsKeyFile = parser.value(QStringLiteral("tls-key"));

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
        std::printf("Initialised %s\nFirst admin: %s\nStart the server with: helfernetz-server "
                    "serve --data %s\n",
                    qPrintable(config.dataDir), qPrintable(admin.email),
                    qPrintable(config.dataDir));
        return ExitOk;
    } catch (const common::Error &error) {
        std::fprintf(stderr, "helfernetz-server init: %s\n", qPrintable(error.describe()));
        return error.code() == common::ErrorCode::InvalidArgument ? ExitUsage : ExitConfig;
    }
}

} // namespace hn::server
