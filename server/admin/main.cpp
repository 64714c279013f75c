// SPDX-License-Identifier: GPL-3.0-or-later
// helfernetz-admin: the admin console, a gRPC client of helfernetz-server.
#include "common/Version.h"
#include "server/admin/AdminConsole.h"

#include <QCoreApplication>

int main(int argc, char **argv) {
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("helfernetz-admin"));
    QCoreApplication::setApplicationVersion(QString::fromLatin1(hn::common::kVersion));
    return hn::server::AdminConsole::run(QCoreApplication::arguments());
}
