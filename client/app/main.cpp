// SPDX-License-Identifier: GPL-3.0-or-later
// helfernetz: the desktop client. Everything happens in ClientSession;
// this sets up the application (language, icons, SQL driver, command line).
#include "client/app/CommandLine.h"
#include "client/app/ProcessStats.h"
#include "client/app/Translations.h"
#include "client/core/ReplicaDatabase.h"
#include "client/ui/icons/IconTheme.h"
#include "client/ui/session/ClientSession.h"
#include "client/ui/session/Preferences.h"
#include "common/Clock.h"
#include "common/Error.h"
#include "common/Version.h"

#include <QApplication>
#include <QMessageBox>
#include <QSettings>
#include <QTimer>
#include <cstdio>
#include <optional>

namespace {

// How long --report-first-paint waits for rows before it gives up.
constexpr int kFirstPaintTimeoutMs = 120000;

void reportFirstPaint(hn::client::ClientSession &session) {
    QObject::connect(&session, &hn::client::ClientSession::firstRowsPainted, qApp, [] {
        std::printf("first-paint-ms=%lld rss-kb=%lld\n",
                    static_cast<long long>(hn::client::ProcessStats::millisecondsSinceStart()),
                    static_cast<long long>(hn::client::ProcessStats::residentKilobytes()));
        std::fflush(stdout);
        QCoreApplication::quit();
    });
    QTimer::singleShot(kFirstPaintTimeoutMs, qApp, [] {
        std::fputs("helfernetz: no rows were painted within 120 s\n", stderr);
        QCoreApplication::exit(3);
    });
}

} // namespace

int main(int argc, char **argv) {
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Helfernetz"));
    QApplication::setApplicationName(QStringLiteral("helfernetz"));
    QApplication::setApplicationDisplayName(QStringLiteral("Helfernetz"));
    QApplication::setApplicationVersion(QString::fromLatin1(hn::common::kVersion));
    QApplication::setDesktopFileName(QStringLiteral("helfernetz"));
    // Logging out closes the window and shows the login; ClientSession
    // says when the program ends.
    QApplication::setQuitOnLastWindowClosed(false);
    hn::client::IconTheme::install();
    QApplication::setWindowIcon(hn::client::IconTheme::applicationIcon());

    QString language = hn::client::CommandLine::languageOf(QApplication::arguments());
    if (language.isEmpty()) {
        QSettings settings;
        language = hn::client::Preferences(settings).language();
    }
    hn::client::Translations translations;
    translations.install(language);

    std::optional<hn::client::CommandLine> commandLine;
    try {
        commandLine.emplace(QApplication::arguments());
    } catch (const hn::common::Error &error) {
        std::fprintf(stderr, "helfernetz: %s\n", qUtf8Printable(error.describe()));
        return 2;
    }
    try {
        hn::client::ReplicaDatabase::requireDriver();
    } catch (const hn::common::Error &error) {
        QMessageBox::critical(
            nullptr, QCoreApplication::translate("helfernetz", "Helfernetz"),
            QCoreApplication::translate("helfernetz", "Helfernetz cannot start: %1")
                .arg(error.message()));
        return 1;
    }

    hn::common::SystemClock clock;
    hn::client::ClientSession session(commandLine->session(), clock);
    QObject::connect(&session, &hn::client::ClientSession::quitRequested, &app,
                     &QApplication::quit);
    if (commandLine->reportFirstPaint())
        reportFirstPaint(session);
    session.start();
    return QApplication::exec();
}
