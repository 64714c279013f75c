// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/app/BackupCommand.h"

#include "common/Clock.h"
#include "common/Error.h"
#include "server/app/ConfigLocation.h"
#include "server/app/ExitCode.h"
#include "server/core/Backup.h"
#include "server/core/ServerConfig.h"

#include <QCommandLineParser>
#include <QDir>
#include <QLocale>
#include <cstdio>
#include <optional>

namespace hn::server {

namespace {

constexpr int kDefaultKeep = 14;

// What `backup` was asked to write: one file, or a rotated directory.
struct BackupTarget {
    QString file;
    QString directory;
    int keep = kDefaultKeep;
};

int usage(const char *command, const QString &message) {
    std::fprintf(stderr, "helfernetz-server %s: %s\n", command, qPrintable(message));
    return ExitUsage;
}

// Parses; nullopt with `exitCode` set when done already (help, usage error).
std::optional<ConfigLocation> parse(QCommandLineParser &parser, const QStringList &arguments,
                                    const char *command, int &exitCode) {
    if (!parser.parse(arguments)) {
        exitCode = usage(command, parser.errorText());
        return std::nullopt;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        std::fputs(qPrintable(parser.helpText()), stdout);
        exitCode = ExitOk;
        return std::nullopt;
    }
    try {
        return ConfigLocation::fromParser(parser);
    } catch (const common::Error &error) {
        exitCode = usage(command, error.describe());
        return std::nullopt;
    }
}

std::optional<BackupTarget> backupTarget(const QCommandLineParser &parser, int &exitCode) {
    const bool toFile = parser.isSet(QStringLiteral("to"));
    const bool toDir = parser.isSet(QStringLiteral("to-dir"));
    const auto fail = [&](const char *message) {
        exitCode = usage("backup", QString::fromLatin1(message));
        return std::nullopt;
    };
    if (toFile && toDir)
        return fail("--to FILE and --to-dir DIR exclude each other: give one");
    if (!toFile && !toDir)
        return fail("needs --to FILE or --to-dir DIR");
    if (parser.isSet(QStringLiteral("keep")) && !toDir)
        return fail("--keep: only with --to-dir (it says how many backups the directory keeps)");
    if (parser.isSet(QStringLiteral("force")) && toDir)
        return fail("--force: only with --to (--to-dir never replaces a backup)");
    BackupTarget target;
    if (toFile) {
        target.file = parser.value(QStringLiteral("to"));
        if (target.file.isEmpty())
            return fail("--to: needs a file name");
        return target;
    }
    target.directory = parser.value(QStringLiteral("to-dir"));
    if (target.directory.isEmpty())
        return fail("--to-dir: needs a directory");
    if (parser.isSet(QStringLiteral("keep"))) {
        bool ok = false;
        target.keep = parser.value(QStringLiteral("keep")).toInt(&ok);
        if (!ok || target.keep < 1)
            return fail("--keep: must be a whole number of at least 1");
    }
    return target;
}

std::optional<ServerConfig> loaded(const ConfigLocation &location, const char *command,
                                   int &exitCode) {
    try {
        return location.load();
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

QString native(const QString &path) {
    return QDir::toNativeSeparators(path);
}

int printBackup(const BackupReport &report, const BackupTarget &target) {
    std::printf("backup written: %s\n  size: %s bytes\n  schema version: %d\n  took: %lld ms\n",
                qPrintable(native(report.file)),
                qPrintable(QLocale::c().toString(report.sizeBytes)), report.schemaVersion,
                static_cast<long long>(report.duration.count()));
    if (target.directory.isEmpty())
        return ExitOk;
    for (const QString &removed : report.removed)
        std::printf("  removed old backup: %s\n", qPrintable(native(removed)));
    std::printf("  backups kept: %d (at most %d)\n", report.kept, target.keep);
    if (report.notRemoved.isEmpty())
        return ExitOk;
    // The backup is there, but a directory that keeps growing fills the
    // disk: the run fails so the timer's status shows it.
    for (const QString &stuck : report.notRemoved)
        std::fprintf(stderr, "helfernetz-server backup: cannot remove old backup %s\n",
                     qPrintable(native(stuck)));
    return ExitRuntime;
}

} // namespace

int BackupCommand::runBackup(const QStringList &arguments) {
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Write a consistent copy of the server's database, also while the server runs. The "
        "copy is checked with PRAGMA integrity_check before it is put in place. With --to-dir "
        "the file is DIR/helfernetz-YYYYMMDD-HHMMSS.db (UTC), and the oldest files named "
        "exactly like that beyond the newest --keep are deleted afterwards; other files in DIR "
        "are never touched."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("backup"), QStringLiteral("The command."));
    ConfigLocation::addOptions(parser);
    parser.addOptions({
        {QStringLiteral("to"), QStringLiteral("The backup file to write."), QStringLiteral("file")},
        {QStringLiteral("to-dir"),
         QStringLiteral("Write a time-stamped backup into this directory (made if missing) and "
                        "rotate the older ones."),
         QStringLiteral("dir")},
        {QStringLiteral("keep"),
         QStringLiteral("With --to-dir: how many backups the directory keeps, the new one "
                        "included (default %1).")
             .arg(kDefaultKeep),
         QStringLiteral("n")},
        {QStringLiteral("force"), QStringLiteral("With --to: replace an existing backup file.")},
    });
    int exitCode = ExitOk;
    const auto location = parse(parser, arguments, "backup", exitCode);
    if (!location)
        return exitCode;
    const auto target = backupTarget(parser, exitCode);
    if (!target)
        return exitCode;
    const auto config = loaded(*location, "backup", exitCode);
    if (!config)
        return exitCode;
    try {
        if (target->directory.isEmpty()) {
            return printBackup(
                Backup::create(*config, target->file, parser.isSet(QStringLiteral("force"))),
                *target);
        }
        const common::SystemClock clock;
        return printBackup(
            Backup::createInDirectory(*config, target->directory, target->keep, clock), *target);
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
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("restore"), QStringLiteral("The command."));
    ConfigLocation::addOptions(parser);
    parser.addOptions({
        {QStringLiteral("from"), QStringLiteral("The backup file to restore."),
         QStringLiteral("file")},
        {QStringLiteral("force"), QStringLiteral("Replace the existing database (kept as "
                                                 "<database>.before-restore).")},
    });
    int exitCode = ExitOk;
    const auto location = parse(parser, arguments, "restore", exitCode);
    if (!location)
        return exitCode;
    if (parser.value(QStringLiteral("from")).isEmpty())
        return usage("restore", QStringLiteral("needs --from FILE"));
    const auto config = loaded(*location, "restore", exitCode);
    if (!config)
        return exitCode;
    try {
        const RestoreReport report = Backup::restore(*config, parser.value(QStringLiteral("from")),
                                                     parser.isSet(QStringLiteral("force")));
        std::printf("restored: %s (schema version %d)\n", qPrintable(native(report.database)),
                    report.schemaVersion);
        std::printf("  ended %d sessions from the backup: every device logs in again\n",
                    report.sessionsEnded);
        if (!report.previous.isEmpty())
            std::printf("  the replaced database is kept as %s\n",
                        qPrintable(native(report.previous)));
        return ExitOk;
    } catch (const common::Error &error) {
        return failure("restore", error);
    }
}

} // namespace hn::server
