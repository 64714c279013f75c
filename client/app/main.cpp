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

void setNames() {
    QCoreApplication::setOrganizationName(QStringLiteral("Helfernetz"));
    QCoreApplication::setApplicationName(QStringLiteral("helfernetz"));
    QCoreApplication::setApplicationVersion(QString::fromLatin1(hn::common::kVersion));
}

// German unless --language or the saved preference says otherwise.
QString languageOf(const QStringList &arguments) {
    const QString language = hn::client::CommandLine::languageOf(arguments);
    if (!language.isEmpty())
        return language;
    QSettings settings;
    return hn::client::Preferences(settings).language();
}

// Reads the command line before the window system is needed, so --help,
// --version and mistakes are answered on a terminal without a display.
std::optional<hn::client::CommandLine> readCommandLine(int &argc, char **argv) {
    QCoreApplication core(argc, argv);
    setNames();
    hn::client::Translations translations;
    translations.install(languageOf(QCoreApplication::arguments()));
    try {
        return hn::client::CommandLine(QCoreApplication::arguments());
    } catch (const hn::common::Error &error) {
        std::fprintf(stderr, "helfernetz: %s\n", qUtf8Printable(error.describe()));
        return std::nullopt;
    }
}

} // namespace

int main(int argc, char **argv) {
    const std::optional<hn::client::CommandLine> commandLine = readCommandLine(argc, argv);
    if (!commandLine)
        return 2;

    QApplication app(argc, argv);
    setNames();
    QApplication::setApplicationDisplayName(QStringLiteral("Helfernetz"));
    QApplication::setDesktopFileName(QStringLiteral(HN_APP_ID));
    // Logging out closes the window and shows the login; ClientSession
    // says when the program ends.
    QApplication::setQuitOnLastWindowClosed(false);
    hn::client::IconTheme::install();
    QApplication::setWindowIcon(hn::client::IconTheme::applicationIcon());
    hn::client::Translations translations;
    translations.install(languageOf(QApplication::arguments()));

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
