// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/admin/SpaceCommands.h"

#include "client/core/AdminClient.h"
#include "server/admin/ConsoleCommand.h"
#include "server/admin/ConsoleJson.h"
#include "server/admin/ConsoleText.h"
#include "server/admin/ConsoleValues.h"
#include "server/admin/SpaceReference.h"
#include "server/admin/TextTable.h"

namespace hn::server {

namespace {

QString spaceArgumentHelp() {
    return SpaceCommands::tr("The space's id or name.");
}

void printSpaces(const QList<common::SpaceSummary> &spaces, bool json) {
    if (json) {
        QJsonArray out;
        for (const common::SpaceSummary &space : spaces)
            out.append(ConsoleJson::space(space));
        ConsoleJson::print(out);
        return;
    }
    TextTable table({SpaceCommands::tr("NAME"), SpaceCommands::tr("KIND"),
                     SpaceCommands::tr("GUESTS"), SpaceCommands::tr("ARCHIVED"),
                     SpaceCommands::tr("MEMBERS"), SpaceCommands::tr("RECORDS"),
                     SpaceCommands::tr("ID")});
    for (const common::SpaceSummary &summary : spaces) {
        table.addRow({summary.space.name, common::toString(summary.space.kind),
                      ConsoleText::yesNo(summary.space.guestVisible),
                      ConsoleText::yesNo(summary.space.archived),
                      QString::number(summary.memberCount), QString::number(summary.recordCount),
                      summary.space.id});
    }
    table.print(SpaceCommands::tr("No spaces."));
}

// The changed space, as a table of one row or as one JSON object.
void printSpace(const common::SpaceSummary &space, bool json) {
    if (json)
        ConsoleJson::print(ConsoleJson::space(space));
    else
        printSpaces({space}, false);
}

} // namespace

int SpaceCommands::run(ConsoleContext &context, const QStringList &arguments) {
    const CommandGroup group(
        QStringLiteral("spaces"), tr("Manage spaces."),
        {{QStringLiteral("list"), tr("List spaces with member and record counts."),
          &SpaceCommands::list},
         {QStringLiteral("create"), tr("Create a space."), &SpaceCommands::create},
         {QStringLiteral("rename"), tr("Rename a space."), &SpaceCommands::rename},
         {QStringLiteral("archive"), tr("Archive a space (read-only), or bring it back."),
          &SpaceCommands::archive},
         {QStringLiteral("set-guest-visible"), tr("Open a space to guests, or close it."),
          &SpaceCommands::setGuestVisible}});
    return group.run(context, arguments);
}

int SpaceCommands::list(ConsoleContext &context, const QStringList &arguments) {
    ConsoleCommand command(context, arguments, 2);
    command.addOption({QStringLiteral("all"), tr("Also list archived spaces.")});
    if (!command.parse(QStringLiteral("[--all]"),
                       tr("Lists spaces by kind and name, with member and record counts."), 0))
        return command.exitCode();
    context.requireToken();
    client::AdminClient admin(context.endpoint, context.token);
    printSpaces(admin.listSpaces(command.isSet(QStringLiteral("all"))), command.json());
    return AdminOk;
}

int SpaceCommands::create(ConsoleContext &context, const QStringList &arguments) {
    ConsoleCommand command(context, arguments, 2);
    command.addPositional(QStringLiteral("name"), tr("The new space's name."),
                          QStringLiteral("<name>"));
    command.addOption({QStringLiteral("kind"),
                       tr("public, team (default), municipality, internal."),
                       QStringLiteral("kind"), QStringLiteral("team")});
    command.addOption(
        {QStringLiteral("description"), tr("What the space is for."), QStringLiteral("text")});
    command.addOption({QStringLiteral("guest-visible"), tr("Guests may read the space.")});
    if (!command.parse(QStringLiteral("<name> [--kind K] [--description TEXT] [--guest-visible]"),
                       tr("Creates a space; a coordinator who creates one becomes its "
                          "moderator."),
                       1))
        return command.exitCode();
    common::Space space;
    space.name = command.positional(0).trimmed();
    space.kind =
        ConsoleValues::kind(command.value(QStringLiteral("kind")), QStringLiteral("--kind"));
    space.description = command.value(QStringLiteral("description"));
    space.guestVisible = command.isSet(QStringLiteral("guest-visible"));
    context.requireToken();
    client::AdminClient admin(context.endpoint, context.token);
    printSpace(admin.createSpace(space), command.json());
    return AdminOk;
}

int SpaceCommands::rename(ConsoleContext &context, const QStringList &arguments) {
    ConsoleCommand command(context, arguments, 2);
    command.addPositional(QStringLiteral("space"), spaceArgumentHelp(), QStringLiteral("<space>"));
    command.addPositional(QStringLiteral("name"), tr("The new name."), QStringLiteral("<name>"));
    if (!command.parse(QStringLiteral("<space> <new name>"),
                       tr("Renames a space (admins and the space's moderators)."), 2))
        return command.exitCode();
    context.requireToken();
    client::AdminClient admin(context.endpoint, context.token);
    const QString id = SpaceReference::resolve(admin, command.positional(0)).space.id;
    printSpace(admin.renameSpace(id, command.positional(1).trimmed()), command.json());
    return AdminOk;
}

int SpaceCommands::archive(ConsoleContext &context, const QStringList &arguments) {
    ConsoleCommand command(context, arguments, 2);
    command.addPositional(QStringLiteral("space"), spaceArgumentHelp(), QStringLiteral("<space>"));
    command.addOption({QStringLiteral("undo"), tr("Bring an archived space back.")});
    if (!command.parse(QStringLiteral("<space> [--undo]"),
                       tr("Archives a space, making it read-only for everyone (admins only)."), 1))
        return command.exitCode();
    context.requireToken();
    client::AdminClient admin(context.endpoint, context.token);
    const QString id = SpaceReference::resolve(admin, command.positional(0)).space.id;
    printSpace(admin.setSpaceArchived(id, !command.isSet(QStringLiteral("undo"))), command.json());
    return AdminOk;
}

int SpaceCommands::setGuestVisible(ConsoleContext &context, const QStringList &arguments) {
    ConsoleCommand command(context, arguments, 2);
    command.addPositional(QStringLiteral("space"), spaceArgumentHelp(), QStringLiteral("<space>"));
    command.addPositional(QStringLiteral("visible"), tr("yes or no."), QStringLiteral("yes|no"));
    if (!command.parse(QStringLiteral("<space> yes|no"),
                       tr("Opens a space to guests or closes it; guests' clients remove a "
                          "closed space on their next sync (admins only)."),
                       2))
        return command.exitCode();
    const bool visible = ConsoleValues::yesNo(command.positional(1), tr("visible"));
    context.requireToken();
    client::AdminClient admin(context.endpoint, context.token);
    const QString id = SpaceReference::resolve(admin, command.positional(0)).space.id;
    printSpace(admin.setSpaceGuestVisible(id, visible), command.json());
    return AdminOk;
}

} // namespace hn::server
