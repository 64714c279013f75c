// SPDX-License-Identifier: GPL-3.0-or-later
// helfernetz-admin: the admin console, a gRPC client of helfernetz-server.
#include "common/Version.h"
#include "server/admin/AdminConsole.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

#ifdef _WIN32
#include <windows.h>
#endif

int main(int argc, char **argv) {
#ifdef _WIN32
    // The console writes UTF-8 (German texts, names); a Windows console
    // shows its OEM code page (850) unless told otherwise. The input code
    // page too, for anything that reads standard input through the C
    // runtime; TerminalInput reads typed text as UTF-16 and does not need it.
    // The code pages belong to the console window, which outlives this
    // program: the shell gets its own back at the end.
    const UINT shellOutputCodePage = GetConsoleOutputCP();
    const UINT shellInputCodePage = GetConsoleCP();
    SetConsoleOutputCP(CP_UTF8);
    SetConsoleCP(CP_UTF8);
#endif
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("helfernetz-admin"));
    QCoreApplication::setApplicationVersion(QString::fromLatin1(hn::common::kVersion));

    // Messages follow the locale (LANG=de_DE.UTF-8: German; LANG=C:
    // English). Qt's own texts (the help's "Options:") come from Qt's
    // translations where installed.
    QTranslator qtTexts;
    if (qtTexts.load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"),
                     QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(&qtTexts);
    QTranslator consoleTexts;
    if (consoleTexts.load(QLocale(), QStringLiteral("helfernetz-admin"), QStringLiteral("_"),
                          QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(&consoleTexts);

    const int status = hn::server::AdminConsole::run(QCoreApplication::arguments());
#ifdef _WIN32
    // 0: no console (output redirected to a file, started from Explorer).
    if (shellOutputCodePage != 0)
        SetConsoleOutputCP(shellOutputCodePage);
    if (shellInputCodePage != 0)
        SetConsoleCP(shellInputCodePage);
#endif
    return status;
}
