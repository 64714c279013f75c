// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/admin/StatsCommand.h"

#include "client/core/AdminClient.h"
#include "server/admin/ConsoleCommand.h"
#include "server/admin/ConsoleJson.h"
#include "server/admin/ConsoleText.h"
#include "server/admin/TextTable.h"

namespace hn::server {

int StatsCommand::run(ConsoleContext &context, const QStringList &arguments) {
    ConsoleCommand command(context, arguments, 1);
    if (!command.parse(QString(),
                       tr("Figures about the server (admins only): accounts by role and status, "
                          "records per space, database size, connected clients."),
                       0))
        return command.exitCode();
    context.requireToken();
    const common::ServerStats stats = client::AdminClient(context.endpoint, context.token).stats();
    if (command.json()) {
        ConsoleJson::print(ConsoleJson::stats(stats));
        return AdminOk;
    }
    TextTable server({tr("SERVER"), tr("VALUE")});
    server.addRow({tr("Database size"), ConsoleText::bytes(stats.databaseSizeBytes)});
    server.addRow({tr("Stored files"), ConsoleText::bytes(stats.blobStoreSizeBytes)});
    server.addRow({tr("Connected clients"), QString::number(stats.connectedClients)});
    server.addRow({tr("Active sessions"), QString::number(stats.activeSessions)});
    ConsoleText::out(server.toString() + u'\n');

    TextTable users({tr("ROLE"), tr("STATUS"), tr("ACCOUNTS")});
    for (const common::ServerStats::UserCount &count : stats.users) {
        users.addRow({common::toString(count.role), common::toString(count.status),
                      QString::number(count.count)});
    }
    users.print(tr("No accounts."));
    ConsoleText::out(QStringLiteral("\n"));

    TextTable spaces({tr("SPACE"), tr("KIND"), tr("ARCHIVED"), tr("MEMBERS"), tr("RECORDS")});
    for (const common::SpaceSummary &summary : stats.spaces) {
        spaces.addRow({summary.space.name, common::toString(summary.space.kind),
                       ConsoleText::yesNo(summary.space.archived),
                       QString::number(summary.memberCount), QString::number(summary.recordCount)});
    }
    spaces.print(tr("No spaces."));
    return AdminOk;
}

} // namespace hn::server
