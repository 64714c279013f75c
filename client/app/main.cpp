// SPDX-License-Identifier: GPL-3.0-or-later
// helfernetz: the desktop client. Its window (contacts, documents,
// discussions over the offline replica) is built in the desktop-client
// issue; until then this program only reports what it is.
#include "common/Version.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <cstdio>

int main(int argc, char **argv) {
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("helfernetz"));
    QCoreApplication::setApplicationVersion(QString::fromLatin1(hn::common::kVersion));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Helfernetz desktop client. The desktop window is not part of this build "
                       "yet; use helfernetz-admin to work with a server meanwhile."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.process(app);

    std::fputs("helfernetz: the desktop window is not part of this build yet.\n"
               "Use 'helfernetz-admin login' and 'helfernetz-admin whoami' to check a server.\n",
               stderr);
    return 1;
}
