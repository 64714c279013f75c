// SPDX-License-Identifier: GPL-3.0-or-later
// The real `helfernetz` program opens a small offline profile and reports
// when its first rows were painted (the start-up benchmark's line).
#include "client/core/OfflineLease.h"
#include "client/core/Replica.h"
#include "tests/ui/session/SessionFixture.h"
#include "tests/ui/support/UiSession.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <catch2/catch.hpp>

using namespace hn;
using test::SessionFixture;

#ifndef HN_FIRST_PAINT_WAIT
#define HN_FIRST_PAINT_WAIT 60000
#endif

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

    QTemporaryDir home;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
    environment.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
    QElapsedTimer outside;
    outside.start();
    QProcess program;
    program.setProcessEnvironment(environment);
    program.start(QStringLiteral(HN_HELFERNETZ_BINARY),
                  {QStringLiteral("--profile-dir"), anna.profileDirectory(),
                   QStringLiteral("--offline"), QStringLiteral("--report-first-paint"),
                   QStringLiteral("--language"), QStringLiteral("en")});
    REQUIRE(program.waitForStarted());
    const bool finished = program.waitForFinished(HN_FIRST_PAINT_WAIT);
    const QString output = QString::fromUtf8(program.readAllStandardOutput());
    INFO("stdout: " << output.toStdString());
    INFO("stderr: " << program.readAllStandardError().toStdString());
    if (!finished)
        program.kill();
    REQUIRE(finished);
    CHECK(program.exitStatus() == QProcess::NormalExit);
    CHECK(program.exitCode() == 0);
    const QRegularExpressionMatch line =
        QRegularExpression(QStringLiteral("^first-paint-ms=(\\d+) rss-kb=(\\d+)$"),
                           QRegularExpression::MultilineOption)
            .match(output);
    REQUIRE(line.hasMatch());
    const qint64 milliseconds = line.captured(1).toLongLong();
    const qint64 kilobytes = line.captured(2).toLongLong();
    CHECK(milliseconds > 0);
    // Counted from the process's creation, so never more than we waited.
    CHECK(milliseconds <= outside.elapsed());
    CHECK(kilobytes > 1000);
    CHECK(kilobytes < 1024 * 1024);
}
