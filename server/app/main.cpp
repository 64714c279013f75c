// SPDX-License-Identifier: GPL-3.0-or-later
// helfernetz-server: `init` prepares a server, `serve` runs it,
// `seed-demo` fills a fresh data directory with fictional demo data,
// `backup` and `restore` copy the database out and back.
#include "common/Version.h"
#include "server/app/BackupCommand.h"
#include "server/app/InitCommand.h"
#include "server/app/SeedDemoCommand.h"
#include "server/app/ServeCommand.h"

#include <QCoreApplication>
#include <cstdio>

namespace {

const char *kUsage = R"(Usage: helfernetz-server <command> [options]

Commands:
  init       Create the database with the first admin (and the config file).
  serve      Run the server.
  seed-demo  Fill a fresh data directory with fictional demo data and logins.
  backup     Copy the database to a file or a rotated directory (also while
             the server runs).
  restore    Replace a stopped server's database with a backup.

Every command finds its configuration the same way:
  --config FILE  settings from FILE (e.g. /etc/helfernetz/helfernetz-server.conf);
                 the data directory is --data DIR if given, else FILE's
                 server/data_dir
  --data DIR     settings from DIR/helfernetz-server.conf
  neither        $HELFERNETZ_CONFIG (as --config), else $HELFERNETZ_DATA (as --data)

Run 'helfernetz-server <command> --help' for a command's options.

Options:
  -h, --help     Show this help.
  -v, --version  Show the version.
)";

} // namespace

int main(int argc, char **argv) {
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("helfernetz-server"));
    QCoreApplication::setApplicationVersion(QString::fromLatin1(hn::common::kVersion));

    const QStringList args = QCoreApplication::arguments();
    const QString command = args.size() > 1 ? args.at(1) : QString();
    if (command == u"init")
        return hn::server::InitCommand::run(args);
    if (command == u"serve")
        return hn::server::ServeCommand::run(args);
    if (command == u"seed-demo")
        return hn::server::SeedDemoCommand::run(args);
    if (command == u"backup")
        return hn::server::BackupCommand::runBackup(args);
    if (command == u"restore")
        return hn::server::BackupCommand::runRestore(args);
    if (command == u"--version" || command == u"-v") {
        std::printf("helfernetz-server %s\n", hn::common::kVersion);
        return 0;
    }
    if (command == u"--help" || command == u"-h") {
        std::fputs(kUsage, stdout);
        return 0;
    }
    if (!command.isEmpty())
        std::fprintf(stderr, "helfernetz-server: unknown command '%s'\n\n", qPrintable(command));
    std::fputs(kUsage, stderr);
    return 1;
}
