// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/admin/AuditCommands.h"

#include "client/core/AdminClient.h"
#include "server/admin/ConsoleCommand.h"
#include "server/admin/ConsoleJson.h"
#include "server/admin/ConsoleText.h"
#include "server/admin/ConsoleValues.h"
#include "server/admin/TextTable.h"

#include <QJsonDocument>
#include <algorithm>

namespace hn::server {

namespace {

QString who(const common::AuditEntry &entry) {
    return entry.actorEmail.isEmpty() ? ConsoleText::orDash(entry.actorId) : entry.actorEmail;
}

QString target(const common::AuditEntry &entry) {
    if (entry.targetType.isEmpty())
        return QStringLiteral("-");
    return entry.targetType + u' ' + entry.targetId;
}

QString details(const common::AuditEntry &entry) {
    if (entry.details.isEmpty())
        return QStringLiteral("-");
    return QString::fromUtf8(QJsonDocument(entry.details).toJson(QJsonDocument::Compact));
}

QStringList row(const common::AuditEntry &entry) {
    return {entry.at.isValid()
                ? entry.at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"))
                : QStringLiteral("-"),
            who(entry),
            entry.action,
            target(entry),
            ConsoleText::orDash(entry.peer),
            details(entry)};
}

} // namespace

int AuditCommands::run(ConsoleContext &context, const QStringList &arguments) {
    ConsoleCommand command(context, arguments, 1);
    command.addOption({QStringLiteral("since"),
                       tr("Only entries at or after this time: 2026-11-01, 2026-11-01T08:00 "
                          "(local time) or a span back from now: 30m, 12h, 7d."),
                       QStringLiteral("time")});
    command.addOption({QStringLiteral("until"), tr("Only entries before this time (as --since)."),
                       QStringLiteral("time")});
    command.addOption({QStringLiteral("user"), tr("Only entries by this actor (e-mail or id)."),
                       QStringLiteral("user")});
    command.addOption({QStringLiteral("action"),
                       tr("Only this action (user.set_role), or all under a prefix ending in "
                          "'.' (user.)."),
                       QStringLiteral("action")});
    command.addOption({QStringLiteral("limit"),
                       tr("At most this many entries (default 100, up to 10000)."),
                       QStringLiteral("n"), QStringLiteral("100")});
    command.addOption({QStringLiteral("follow"),
                       tr("After the entries so far, keep printing new ones as they are written "
                          "(until interrupted; with --json one object per line).")});
    if (!command.parse(QStringLiteral("[--since T] [--until T] [--user U] [--action A] [--limit N] "
                                      "[--follow]"),
                       tr("Reads the audit log (admins only): without --since the newest "
                          "entries, newest first; with --since the entries from then on, "
                          "oldest first."),
                       0))
        return command.exitCode();
    const QDateTime now = QDateTime::currentDateTime();
    client::AuditQuery query;
    if (command.isSet(QStringLiteral("since"))) {
        query.since = ConsoleValues::time(command.value(QStringLiteral("since")),
                                          QStringLiteral("--since"), now);
    }
    if (command.isSet(QStringLiteral("until"))) {
        query.until = ConsoleValues::time(command.value(QStringLiteral("until")),
                                          QStringLiteral("--until"), now);
    }
    const bool follow = command.isSet(QStringLiteral("follow"));
    if (follow && query.until.isValid())
        throw UsageError(tr("--follow and --until do not go together"));
    query.actor = command.value(QStringLiteral("user")).trimmed();
    query.action = command.value(QStringLiteral("action")).trimmed();
    const int limit = ConsoleValues::count(command.value(QStringLiteral("limit")),
                                           QStringLiteral("--limit"), 1, 10000);

    context.requireToken();
    client::AdminClient admin(context.endpoint, context.token);
    // Without --since people want the latest entries; from a given time on
    // the log reads in order.
    const bool newestFirst = !query.since.isValid();
    QList<common::AuditEntry> entries;
    QString pageToken;
    do {
        const auto page = admin.queryAudit(query, newestFirst,
                                           std::min(limit - int(entries.size()), 1000), pageToken);
        entries += page.entries;
        pageToken = page.nextPageToken;
    } while (!pageToken.isEmpty() && entries.size() < limit);
    // A follow prints in the order things happen: the latest entries first
    // in order, then the new ones.
    if (follow && newestFirst)
        std::reverse(entries.begin(), entries.end());

    const QStringList headings{tr("TIME"),   tr("ACTOR"),   tr("ACTION"),
                               tr("TARGET"), tr("ADDRESS"), tr("DETAILS")};
    if (command.json() && !follow) {
        QJsonArray out;
        for (const common::AuditEntry &entry : entries)
            out.append(ConsoleJson::auditEntry(entry));
        ConsoleJson::print(out);
        return AdminOk;
    }
    if (command.json()) {
        for (const common::AuditEntry &entry : entries)
            ConsoleJson::printLine(ConsoleJson::auditEntry(entry));
    } else {
        TextTable table(headings);
        for (const common::AuditEntry &entry : entries)
            table.addRow(row(entry));
        if (follow)
            ConsoleText::out(table.toString());
        else
            table.print(tr("No audit entries match."));
    }
    if (!follow)
        return AdminOk;

    // After the last entry shown, so nothing falls between query and
    // follow; with none shown, from --since or from now on.
    const qint64 afterId = entries.isEmpty() ? 0 : entries.last().id;
    admin.followAudit(query, afterId, [&](const common::AuditEntry &entry) {
        if (command.json()) {
            ConsoleJson::printLine(ConsoleJson::auditEntry(entry));
        } else {
            TextTable line(headings);
            line.addRow(row(entry));
            // Only the row: the heading was printed above.
            const QString text = line.toString();
            ConsoleText::out(text.mid(text.indexOf(u'\n') + 1));
        }
        return true;
    });
    return AdminOk;
}

} // namespace hn::server
