// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/app/BackupCommand.h"

#include "common/Error.h"
#include "server/app/ExitCode.h"
#include "server/core/Backup.h"
#include "server/core/ServerConfig.h"

#include <QCommandLineParser>
#include <QLocale>
#include <cstdio>
#include <optional>

namespace hn::server {

namespace {

// Parses the shared options; nullopt with `exitCode` set when done already.
std::optional<ServerConfig> parse(QCommandLineParser &parser, const QStringList &arguments,
                                  const char *command, const QString &fileOption, int &exitCode) {
    parser.addHelpOption();
    parser.addPositionalArgument(QString::fromLatin1(command), QStringLiteral("The command."));
    parser.addOptions({
        {QStringLiteral("data"), QStringLiteral("Data directory (default: $HELFERNETZ_DATA)."),
         QStringLiteral("dir")},
        {fileOption,
         fileOption == u"to" ? QStringLiteral("The backup file to write.")
                             : QStringLiteral("The backup file to restore."),
         QStringLiteral("file")},
        {QStringLiteral("force"), fileOption == u"to"
                                      ? QStringLiteral("Replace an existing backup file.")
                                      : QStringLiteral("Replace the existing database (kept as "
                                                       "<database>.before-restore).")},
    });
    if (!parser.parse(arguments)) {
        std::fprintf(stderr, "helfernetz-server %s: %s\n", command, qPrintable(parser.errorText()));
        exitCode = ExitUsage;
        return std::nullopt;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        std::fputs(qPrintable(parser.helpText()), stdout);
        exitCode = ExitOk;
        return std::nullopt;
    }
    QString dataDir = parser.value(QStringLiteral("data"));
    if (dataDir.isEmpty())
        dataDir = qEnvironmentVariable("HELFERNETZ_DATA");
    if (dataDir.isEmpty() || parser.value(fileOption).isEmpty()) {
        std::fprintf(stderr,
                     "helfernetz-server %s: needs --data DIR (or HELFERNETZ_DATA) and --%s FILE\n",
                     command, qPrintable(fileOption));
        exitCode = ExitUsage;
        return std::nullopt;
    }
    try {
        return ServerConfig::load(dataDir);
    } catch (const common::Error &error) {
        std::fprintf(stderr, "helfernetz-server %s: %s\n", command, qPrintable(error.describe()));
        exitCode = ExitConfig;
        return std::nullopt;
    }
}

int failure(const char *command, const common::Error &error) {
    std::fprintf(stderr, "helfernetz-server %s: %s\n", command, qPrintable(error.describe()));
    switch (error.code()) {
    case common::ErrorCode::Unavailable:
    case common::ErrorCode::Internal:
        return ExitRuntime;
    default:
        return ExitConfig;
    }
}

} // namespace

int BackupCommand::runBackup(const QStringList &arguments) {
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Write a consistent copy of the server's database to a file, also while the server "
        "runs. The copy is checked with PRAGMA integrity_check before it replaces FILE."));
    int exitCode = ExitOk;
    const auto config = parse(parser, arguments, "backup", QStringLiteral("to"), exitCode);
    if (!config)
        return exitCode;
    try {
        const BackupReport report = Backup::create(*config, parser.value(QStringLiteral("to")),
                                                   parser.isSet(QStringLiteral("force")));
        std::printf("backup written: %s\n  size: %s bytes\n  schema version: %d\n  took: %lld ms\n",
                    qPrintable(report.file), qPrintable(QLocale::c().toString(report.sizeBytes)),
                    report.schemaVersion, static_cast<long long>(report.duration.count()));
        return ExitOk;
    } catch (const common::Error &error) {
        return failure("backup", error);
    }
}

int BackupCommand::runRestore(const QStringList &arguments) {
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Replace a stopped server's database with a backup. Refuses while a server runs on the "
        "data directory, and a backup that fails the integrity check or comes from a newer "
        "server."));
    int exitCode = ExitOk;
    const auto config = parse(parser, arguments, "restore", QStringLiteral("from"), exitCode);
    if (!config)
        return exitCode;
    try {
        const RestoreReport report = Backup::restore(*config, parser.value(QStringLiteral("from")),
                                                     parser.isSet(QStringLiteral("force")));
        std::printf("restored: %s (schema version %d)\n", qPrintable(report.database),
                    report.schemaVersion);
        std::printf("  ended %d sessions from the backup: every device logs in again\n",
                    report.sessionsEnded);
        if (!report.previous.isEmpty())
            std::printf("  the replaced database is kept as %s\n", qPrintable(report.previous));
        return ExitOk;
    } catch (const common::Error &error) {
        return failure("restore", error);
    }
}

} // namespace hn::server
