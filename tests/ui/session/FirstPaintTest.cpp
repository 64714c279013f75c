// SPDX-License-Identifier: GPL-3.0-or-later
// The real `helfernetz` program: it opens a small offline profile, or logs
// in with a password file as the demo does, and reports when its first
// rows were painted (the start-up benchmark's line).
#include "client/core/OfflineLease.h"
#include "client/core/Replica.h"
#include "tests/ui/session/SessionFixture.h"
#include "tests/ui/support/UiSession.h"

#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <catch2/catch.hpp>

using namespace hn;
using test::SessionFixture;

namespace {

struct Run {
    bool finished = false;
    int exitCode = -1;
    QString output;
    QString errors;
    qint64 elapsedMs = 0;
};

// Runs the real program offscreen with settings and data of its own.
Run runHelfernetz(const QStringList &arguments) {
    QTemporaryDir home;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    environment.insert(QStringLiteral("HOME"), home.path());
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
    environment.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
    environment.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"),
                       QStringLiteral("unix:path=/nonexistent/helfernetz-test-bus"));
    QElapsedTimer outside;
    outside.start();
    QProcess program;
    program.setProcessEnvironment(environment);
    program.start(QStringLiteral(HN_HELFERNETZ_BINARY), arguments);
    Run run;
    if (!program.waitForStarted())
        return run;
    run.finished = program.waitForFinished(60000);
    run.elapsedMs = outside.elapsed();
    if (!run.finished)
        program.kill();
    run.exitCode = program.exitCode();
    run.output = QString::fromUtf8(program.readAllStandardOutput());
    run.errors = QString::fromUtf8(program.readAllStandardError());
    return run;
}

// Checks the benchmark's line: start-up time and resident memory.
void checkFirstPaintLine(const Run &run) {
    INFO("stdout: " << run.output.toStdString());
    INFO("stderr: " << run.errors.toStdString());
    REQUIRE(run.finished);
    CHECK(run.exitCode == 0);
    const QRegularExpressionMatch line =
        QRegularExpression(QStringLiteral("^first-paint-ms=(\\d+) rss-kb=(\\d+)$"),
                           QRegularExpression::MultilineOption)
            .match(run.output);
    REQUIRE(line.hasMatch());
    const qint64 milliseconds = line.captured(1).toLongLong();
    const qint64 kilobytes = line.captured(2).toLongLong();
    CHECK(milliseconds > 0);
    // Counted from the process's creation, so never more than we waited
    // (plus the 10 ms tick the kernel records start times in).
    CHECK(milliseconds <= run.elapsedMs + 20);
    CHECK(kilobytes > 1000);
    CHECK(kilobytes < 1024 * 1024);
}

} // namespace

TEST_CASE(
    "first paint: helfernetz --offline --report-first-paint prints its start-up time and memory") {
    SessionFixture fixture;
    test::UiSession anna(fixture.server(), QString::fromLatin1(SessionFixture::kEmail),
                         QString::fromLatin1(SessionFixture::kPassword));
    for (int i = 0; i < 30; ++i)
        anna.workspace().create(common::EntityType::Contact, fixture.space().id,
                                {{QStringLiteral("kind"), QStringLiteral("person")},
                                 {QStringLiteral("given_name"), QStringLiteral("Person")},
                                 {QStringLiteral("family_name"), QStringLiteral("Nr. %1").arg(i)}});
    REQUIRE(anna.waitForSync());
    // The profile is closed for syncing; the program opens it beside us.
    anna.workspace().stop();
    {
        // As a login through the app leaves it (UiSession logs in directly).
        common::SystemClock clock;
        client::OfflineLease lease(anna.profileDirectory(), clock);
        lease.recordLogin(client::OfflineLease::kDefaultLease);
        REQUIRE_FALSE(lease.isLocked());
    }
    checkFirstPaintLine(
        runHelfernetz({QStringLiteral("--profile-dir"), anna.profileDirectory(),
                       QStringLiteral("--offline"), QStringLiteral("--report-first-paint"),
                       QStringLiteral("--language"), QStringLiteral("en")}));
}

TEST_CASE("first paint: helfernetz --password-file logs in without the dialog, syncs and paints") {
    SessionFixture fixture;
    fixture.addContactOnServer(QStringLiteral("Demo"));
    QTemporaryDir dir;
    QFile passwordFile(dir.filePath(QStringLiteral("password")));
    REQUIRE(passwordFile.open(QIODevice::WriteOnly));
    passwordFile.write(QByteArray(SessionFixture::kPassword) + '\n');
    passwordFile.close();
    const int loginsBefore =
        int(fixture.server().logLines().filter(QStringLiteral("method=Auth.Login")).size());
    checkFirstPaintLine(runHelfernetz(
        {QStringLiteral("--server"), fixture.server().endpoint().address, QStringLiteral("--email"),
         QString::fromLatin1(SessionFixture::kEmail), QStringLiteral("--password-file"),
         passwordFile.fileName(), QStringLiteral("--report-first-paint")}));
    CHECK(fixture.server().logLines().filter(QStringLiteral("method=Auth.Login")).size()
          == loginsBefore + 1);
}
