// SPDX-License-Identifier: GPL-3.0-or-later
// The status bar follows the engine: offline while the server is away,
// online when it is back, and what waits in the outbox.
#include "client/ui/sync/SyncStatusBar.h"

#include "tests/ui/support/UiSession.h"
#include "tests/ui/sync/SyncUiTesting.h"

#include <QFile>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest/QTest>
#include <catch2/catch.hpp>

using namespace hn;
using common::EntityType;
using test::SyncNetwork;
using test::UiSession;
using test::waitUntil;

TEST_CASE("the status bar shows offline, pending changes, and online with the last sync",
          "[ui][sync][status]") {
    SyncNetwork net;
    UiSession anna(net.server, QStringLiteral("anna@x.de"), test::kSyncPassword);
    client::SyncStatusBar bar(anna.workspace());
    bar.show();
    REQUIRE(anna.waitForSync());
    CHECK(waitUntil([&] { return bar.stateText() == QStringLiteral("Online"); }));
    CHECK(bar.lastSyncText().startsWith(QStringLiteral("Synchronised ")));
    auto *pending = bar.findChild<QPushButton *>(QStringLiteral("pendingButton"));
    REQUIRE(pending);
    CHECK(pending->text() == QStringLiteral("Nothing to send"));
    CHECK(pending->accessibleName() == pending->text());
    CHECK_FALSE(bar.findChild<QPushButton *>(QStringLiteral("conflictsButton"))->isVisible());

    net.server.stop();
    anna.workspace().create(EntityType::Contact, net.space.id,
                            test::personFields(QStringLiteral("Amir"), QStringLiteral("Haidari")));
    REQUIRE(waitUntil([&] { return bar.stateText() == QStringLiteral("Offline"); }));
    auto *state = bar.findChild<QLabel *>(QStringLiteral("syncState"));
    // Why: the server it cannot reach, and when it tries again.
    CHECK(state->toolTip().contains(QStringLiteral("next try in")));
    CHECK(state->accessibleDescription() == state->toolTip());
    CHECK(waitUntil([&] { return bar.counts().pending + bar.counts().inFlight == 1; }));
    CHECK(pending->text().startsWith(QStringLiteral("1 change")));

    QSignalSpy outbox(&bar, &client::SyncStatusBar::outboxRequested);
    QTest::mouseClick(pending, Qt::LeftButton);
    CHECK(outbox.size() == 1);

    net.server.start();
    CHECK(waitUntil([&] { return bar.stateText() == QStringLiteral("Online"); }));
    CHECK(waitUntil([&] { return pending->text() == QStringLiteral("Nothing to send"); }));
}

TEST_CASE("the status bar of a profile opened without a session says offline",
          "[ui][sync][status]") {
    SyncNetwork net;
    UiSession anna(net.server, QStringLiteral("anna@x.de"), test::kSyncPassword);
    REQUIRE(anna.waitForSync());
    anna.workspace().stop();

    common::SystemClock clock;
    client::Workspace::Options options;
    options.profileDirectory = anna.profileDirectory();
    options.user = anna.user();
    client::Workspace offline(options, clock);
    client::SyncStatusBar bar(offline);
    CHECK(bar.stateText() == QStringLiteral("Offline"));
    CHECK(bar.lastSyncText() == QStringLiteral("Not yet synchronised"));
    offline.create(EntityType::Contact, net.space.id,
                   test::personFields(QStringLiteral("Amir"), QStringLiteral("Haidari")));
    CHECK(bar.counts().pending == 1);
}

TEST_CASE("the status bar shows a progress bar while a large first sync comes in",
          "[ui][sync][status]") {
    SyncNetwork net;
    {
        UiSession bernd(net.server, QStringLiteral("bernd@x.de"), test::kSyncPassword);
        REQUIRE(bernd.waitForSync());
        for (int i = 0; i < 1200; ++i) {
            bernd.workspace().replica().create(
                EntityType::Contact, net.space.id,
                test::personFields(QStringLiteral("Person"), QString::number(i)), bernd.user().id);
        }
        bernd.workspace().engine()->syncNow();
        REQUIRE(bernd.waitForSync(60000));
    }

    UiSession anna(net.server, QStringLiteral("anna@x.de"), test::kSyncPassword);
    client::SyncStatusBar bar(anna.workspace());
    bar.show();
    auto *progress = bar.findChild<QProgressBar *>(QStringLiteral("pullProgress"));
    REQUIRE(progress);
    // Looked at right after the bar handled each page (connected after it).
    bool shown = false;
    QString format;
    QObject::connect(anna.workspace().engine(), &client::SyncEngine::progress, &bar,
                     [&](const QString &, qint64 done, qint64 total) {
                         if (done < total && progress->isVisible()) {
                             shown = true;
                             format = progress->format();
                         }
                     });
    REQUIRE(anna.waitForSync(60000));
    CHECK(waitUntil([&] { return anna.workspace().replica().count(EntityType::Contact) == 1200; }));
    CHECK(shown);
    CHECK(format.startsWith(QStringLiteral("Receiving records:")));
    CHECK(progress->accessibleName() == QStringLiteral("Synchronisation progress"));
    CHECK(waitUntil([&] { return !progress->isVisible(); }));
}

TEST_CASE("the status bar shows upload progress and hides it when the file is on the server",
          "[ui][sync][status]") {
    SyncNetwork net;
    UiSession anna(net.server, QStringLiteral("anna@x.de"), test::kSyncPassword);
    REQUIRE(anna.waitForSync());
    const QString document =
        anna.workspace()
            .create(EntityType::Document, net.space.id,
                    {{QStringLiteral("title"), QStringLiteral("Jahresbericht")},
                     {QStringLiteral("category"), QStringLiteral("sonstiges")}})
            .meta.id;
    REQUIRE(anna.waitForSync());

    client::SyncStatusBar bar(anna.workspace());
    bar.show();
    auto *progress = bar.findChild<QProgressBar *>(QStringLiteral("transferProgress"));
    REQUIRE(progress);
    bool shown = false;
    QString format;
    QObject::connect(anna.workspace().transfers(), &client::FileTransfers::progress, &bar,
                     [&](const QString &, client::FileTransfers::Kind, qint64 done, qint64 total) {
                         if (done < total && progress->isVisible()) {
                             shown = true;
                             format = progress->format();
                         }
                     });
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("Jahresbericht.pdf"));
    {
        QFile file(path);
        REQUIRE(file.open(QIODevice::WriteOnly));
        // 8 MiB in 1 MiB chunks: several progress reports.
        REQUIRE(file.write(QByteArray(8 * 1024 * 1024, 'x')) == 8 * 1024 * 1024);
    }
    QSignalSpy finished(anna.workspace().transfers(), &client::FileTransfers::uploadFinished);
    anna.workspace().transfers()->enqueueUpload(document, path);
    REQUIRE(waitUntil([&] { return finished.size() == 1; }, 60000));
    CHECK(shown);
    CHECK(format.startsWith(QStringLiteral("Uploading 1 file")));
    CHECK(progress->accessibleName() == QStringLiteral("File transfer progress"));
    CHECK(waitUntil([&] { return !progress->isVisible(); }));
}
