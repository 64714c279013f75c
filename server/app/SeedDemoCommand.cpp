// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/app/SeedDemoCommand.h"

#include "common/Clock.h"
#include "common/Error.h"
#include "server/app/ConfigLocation.h"
#include "server/app/ExitCode.h"
#include "server/core/DemoData.h"
#include "server/core/PasswordHasher.h"
#include "server/core/ServerConfig.h"
#include "server/store/Database.h"

#include <QCommandLineParser>
#include <QElapsedTimer>
#include <cstdio>

namespace hn::server {

namespace {

void printLogins(const DemoSeedReport &report) {
    QList<QStringList> rows{{QStringLiteral("LOGIN"), QStringLiteral("PASSWORD"),
                             QStringLiteral("ROLE"), QStringLiteral("DEMO ACCESS")}};
    for (const DemoUser &demo : report.existing) {
        rows.append({demo.user.email, QStringLiteral("(as set by init)"),
                     common::toString(demo.user.role), demo.purpose});
    }
    for (const DemoUser &demo : report.created) {
        rows.append({demo.user.email, demo.password, common::toString(demo.user.role),
                     demo.purpose.isEmpty() ? demo.user.organization : demo.purpose});
    }
    QList<qsizetype> widths(3, 0);
    for (const QStringList &row : rows) {
        for (int column = 0; column < 3; ++column)
            widths[column] = std::max(widths[column], row.at(column).size());
    }
    for (const QStringList &row : rows) {
        QString line = QStringLiteral("  ");
        for (int column = 0; column < 3; ++column)
            line += row.at(column).leftJustified(widths[column] + 2);
        line += row.at(3);
        std::printf("%s\n", line.toUtf8().constData());
    }
}

} // namespace

int SeedDemoCommand::run(const QStringList &arguments) {
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Fill a freshly initialised data directory with fictional demo data for the district "
        "network \"Landkreis Beispielland\": spaces, demo accounts (one per role, with the "
        "documented demo passwords, and further members), memberships, contacts, documents "
        "(metadata), threads and posts. Refuses a data directory that already has spaces or "
        "content, so running it twice changes nothing. Demo use only: the passwords are "
        "published."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("seed-demo"), QStringLiteral("The command."));
    ConfigLocation::addOptions(parser);
    parser.addOptions({
        {QStringLiteral("seed"),
         QStringLiteral("Random seed; the same seed gives the same data (default %1).")
             .arg(DemoData::kDefaultSeed),
         QStringLiteral("n")},
    });
    if (!parser.parse(arguments)) {
        std::fprintf(stderr, "helfernetz-server seed-demo: %s\n", qPrintable(parser.errorText()));
        return ExitUsage;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        std::fputs(qPrintable(parser.helpText()), stdout);
        return ExitOk;
    }
    ConfigLocation location;
    try {
        location = ConfigLocation::fromParser(parser);
    } catch (const common::Error &error) {
        std::fprintf(stderr, "helfernetz-server seed-demo: %s\n", qPrintable(error.describe()));
        return ExitUsage;
    }
    std::uint32_t seed = DemoData::kDefaultSeed;
    if (parser.isSet(QStringLiteral("seed"))) {
        bool ok = false;
        seed = parser.value(QStringLiteral("seed")).toUInt(&ok);
        if (!ok) {
            std::fputs("helfernetz-server seed-demo: --seed: must be a number from 0 to "
                       "4294967295\n",
                       stderr);
            return ExitUsage;
        }
    }

    try {
        QElapsedTimer timer;
        timer.start();
        const ServerConfig config = location.load();
        Database database(config.databaseConfig());
        common::SystemClock clock;
        const DemoDataset data = DemoData::generate(seed, clock.now());
        const DemoSeedReport report =
            DemoData::seed(database, data, PasswordHasher(config.passwordCost), clock);

        std::printf("Seeded %s with demo data (seed %u) in %.1f s:\n"
                    "  %lld spaces, %lld accounts%s, %lld memberships, %lld contacts, "
                    "%lld documents, %lld threads, %lld posts\n\n"
                    "Demo logins (fictional data; the passwords are published, demo use only):\n",
                    qPrintable(config.dataDir), seed, double(timer.elapsed()) / 1000.0,
                    qint64(report.spaces), qint64(report.created.size() + report.existing.size()),
                    report.existing.isEmpty() ? "" : " (existing ones kept as they were)",
                    qint64(report.memberships), qint64(data.count(common::EntityType::Contact)),
                    qint64(data.count(common::EntityType::Document)),
                    qint64(data.count(common::EntityType::Thread)),
                    qint64(data.count(common::EntityType::Post)));
        printLogins(report);
        return ExitOk;
    } catch (const common::Error &error) {
        std::fprintf(stderr, "helfernetz-server seed-demo: %s\n", qPrintable(error.describe()));
        return error.code() == common::ErrorCode::InvalidArgument ? ExitUsage : ExitConfig;
    }
}

} // namespace hn::server
