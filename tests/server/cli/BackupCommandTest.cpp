// SPDX-License-Identifier: GPL-3.0-or-later
// `helfernetz-server backup --to-dir DIR --keep N` as the packaged daily
// timer runs it, and the backup command's usage errors, with real processes
// and files.
#include "tests/server/cli/CliTesting.h"

#include <QDateTime>

using namespace hn::test::cli;

namespace {

Result backupWith(const QStringList &args) {
    return run(kServer, QStringList{QStringLiteral("backup")} + args, {}, withoutServerVariables());
}

QStringList rotatedIn(const QString &dir) {
    static const QRegularExpression pattern(QStringLiteral("^helfernetz-\\d{8}-\\d{6}\\.db$"));
    QStringList names = QDir(dir).entryList(QDir::Files, QDir::Name);
    names.removeIf([](const QString &name) { return !pattern.match(name).hasMatch(); });
    return names;
}

} // namespace

TEST_CASE("backup --to-dir keeps exactly the newest N and never touches other files") {
    QTemporaryDir tmp;
    const QString data = tmp.filePath(QStringLiteral("data"));
    REQUIRE(init(data).exitCode == 0);
    const QString dir = tmp.filePath(QStringLiteral("backups/helfernetz"));
    const QStringList old{
        QStringLiteral("helfernetz-20250101-020000.db"),
        QStringLiteral("helfernetz-20250102-020000.db"),
        QStringLiteral("helfernetz-20241231-235959.db"),
        QStringLiteral("helfernetz-20250103-020000.db"),
    };
    for (const QString &name : old)
        writeFile(QDir(dir).filePath(name), "ein altes Backup");
    // Look-alikes and the admin's own files stay whatever the rotation does.
    const QStringList foreign{
        QStringLiteral("helfernetz-2024-12-01.db"),
        QStringLiteral("helfernetz-20200101-000000.db.bak"),
        QStringLiteral("helfernetz-2020010A-000000.db"),
        QStringLiteral("Helfernetz-20200101-000000.db"),
        QStringLiteral("notizen.txt"),
    };
    for (const QString &name : foreign)
        writeFile(QDir(dir).filePath(name), "nicht anfassen");
    const QString folder = QDir(dir).filePath(QStringLiteral("helfernetz-20190101-000000.db"));
    REQUIRE(QDir().mkpath(folder));

    const QString before =
        QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    const Result result = backupWith({QStringLiteral("--data"), data, QStringLiteral("--to-dir"),
                                      dir, QStringLiteral("--keep"), QStringLiteral("3")});
    const QString after =
        QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    INFO(result.err.toStdString());
    INFO(result.out.toStdString());
    REQUIRE(result.exitCode == 0);

    const QStringList kept = rotatedIn(dir);
    REQUIRE(kept.size() == 3);
    CHECK(kept.at(0) == u"helfernetz-20250102-020000.db");
    CHECK(kept.at(1) == u"helfernetz-20250103-020000.db");
    const QString stamp = kept.at(2).mid(11, 15);
    CHECK(stamp >= before);
    CHECK(stamp <= after);
    CHECK(result.out.contains(QStringLiteral("backup written: ") + QDir(dir).filePath(kept.at(2))));
    CHECK(
        result.out.contains(QStringLiteral("removed old backup: ")
                            + QDir(dir).filePath(QStringLiteral("helfernetz-20241231-235959.db"))));
    CHECK(
        result.out.contains(QStringLiteral("removed old backup: ")
                            + QDir(dir).filePath(QStringLiteral("helfernetz-20250101-020000.db"))));
    CHECK(result.out.contains(QStringLiteral("backups kept: 3 (at most 3)")));
    for (const QString &name : foreign)
        CHECK(readFile(QDir(dir).filePath(name)) == "nicht anfassen");
    CHECK(QFileInfo(folder).isDir());

    // The next day's run (a second later here) with --keep 1 leaves only itself.
    QThread::msleep(1100);
    const Result next = backupWith({QStringLiteral("--data"), data, QStringLiteral("--to-dir"), dir,
                                    QStringLiteral("--keep"), QStringLiteral("1")});
    INFO(next.err.toStdString());
    REQUIRE(next.exitCode == 0);
    const QStringList last = rotatedIn(dir);
    REQUIRE(last.size() == 1);
    CHECK(last.at(0) > kept.at(2));
    for (const QString &name : foreign)
        CHECK(QFileInfo::exists(QDir(dir).filePath(name)));
}

TEST_CASE("backup's usage errors name the option and write nothing") {
    QTemporaryDir tmp;
    const QString data = tmp.filePath(QStringLiteral("data"));
    REQUIRE(init(data).exitCode == 0);
    const QString dir = tmp.filePath(QStringLiteral("backups"));
    const QString file = tmp.filePath(QStringLiteral("backup.db"));
    const QStringList base{QStringLiteral("--data"), data};
    const auto usage = [&](const QStringList &args, const char *message) {
        const Result result = backupWith(base + args);
        INFO(args.join(u' ').toStdString() << ": " << result.err.toStdString());
        CHECK(result.exitCode == 1);
        CHECK(result.err.contains(QLatin1String(message)));
    };
    usage({QStringLiteral("--to"), file, QStringLiteral("--to-dir"), dir},
          "--to FILE and --to-dir DIR exclude each other");
    usage({}, "needs --to FILE or --to-dir DIR");
    usage({QStringLiteral("--to"), file, QStringLiteral("--keep"), QStringLiteral("3")},
          "--keep: only with --to-dir");
    usage({QStringLiteral("--to-dir"), dir, QStringLiteral("--keep"), QStringLiteral("0")},
          "--keep: must be a whole number of at least 1");
    usage({QStringLiteral("--to-dir"), dir, QStringLiteral("--keep"), QStringLiteral("zwei")},
          "--keep: must be a whole number of at least 1");
    usage({QStringLiteral("--to-dir"), dir, QStringLiteral("--force")}, "--force: only with --to");
    CHECK_FALSE(QFileInfo::exists(dir));
    CHECK_FALSE(QFileInfo::exists(file));

    const Result restore = run(kServer, {QStringLiteral("restore"), QStringLiteral("--data"), data},
                               {}, withoutServerVariables());
    CHECK(restore.exitCode == 1);
    CHECK(restore.err.contains(QStringLiteral("needs --from FILE")));
}
