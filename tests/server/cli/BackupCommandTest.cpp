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

    // The new backup always stays, even beside a name from the future (a
    // clock set back): with --keep 1 it is the only one. No waiting for the
    // next second: the first run's backup moves to an older name, so the
    // second run's name is free whenever it runs.
    const QString first = QDir(dir).filePath(kept.at(2));
    const QString movedFirst = QDir(dir).filePath(QStringLiteral("helfernetz-20250104-020000.db"));
    REQUIRE(QFile::rename(first, movedFirst));
    const QString future = QDir(dir).filePath(QStringLiteral("helfernetz-29991231-235959.db"));
    writeFile(future, "aus der Zukunft");
    const QString beforeNext =
        QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    const Result next = backupWith({QStringLiteral("--data"), data, QStringLiteral("--to-dir"), dir,
                                    QStringLiteral("--keep"), QStringLiteral("1")});
    const QString afterNext =
        QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    INFO(next.err.toStdString());
    INFO(next.out.toStdString());
    REQUIRE(next.exitCode == 0);
    const QStringList last = rotatedIn(dir);
    REQUIRE(last.size() == 1);
    const QString lastStamp = last.at(0).mid(11, 15);
    CHECK(lastStamp >= beforeNext);
    CHECK(lastStamp <= afterNext);
    for (const QString &removed :
         {QDir(dir).filePath(kept.at(0)), QDir(dir).filePath(kept.at(1)), movedFirst, future}) {
        CHECK(next.out.contains(QStringLiteral("removed old backup: ") + removed));
        CHECK_FALSE(QFileInfo::exists(removed));
    }
    CHECK(next.out.contains(QStringLiteral("backups kept: 1 (at most 1)")));
    for (const QString &name : foreign)
        CHECK(readFile(QDir(dir).filePath(name)) == "nicht anfassen");
    CHECK(QFileInfo(folder).isDir());
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
