// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/admin/MemberCommands.h"

#include "client/core/AdminClient.h"
#include "server/admin/AccessLossReport.h"
#include "server/admin/ConsoleCommand.h"
#include "server/admin/ConsoleJson.h"
#include "server/admin/ConsoleText.h"
#include "server/admin/ConsoleValues.h"
#include "server/admin/SpaceReference.h"
#include "server/admin/TextTable.h"

namespace hn::server {

namespace {

void declareSpaceAndUser(ConsoleCommand &command) {
    command.addPositional(QStringLiteral("space"), MemberCommands::tr("The space's id or name."),
                          QStringLiteral("<space>"));
    command.addPositional(QStringLiteral("user"),
                          MemberCommands::tr("The user's login e-mail or id."),
                          QStringLiteral("<user>"));
}

} // namespace

int MemberCommands::run(ConsoleContext &context, const QStringList &arguments) {
    const CommandGroup group(
        QStringLiteral("members"), tr("Manage the members of a space (admins and its moderators)."),
        {{QStringLiteral("list"), tr("List a space's members."), &MemberCommands::list},
         {QStringLiteral("add"), tr("Add a user to a space."), &MemberCommands::add},
         {QStringLiteral("set-level"), tr("Change a member's level (--dry-run shows the loss)."),
          &MemberCommands::setLevel},
         {QStringLiteral("remove"), tr("Remove a member (--dry-run shows the loss)."),
          &MemberCommands::remove}});
    return group.run(context, arguments);
}

int MemberCommands::list(ConsoleContext &context, const QStringList &arguments) {
    ConsoleCommand command(context, arguments, 2);
    command.addPositional(QStringLiteral("space"), tr("The space's id or name."),
                          QStringLiteral("<space>"));
    if (!command.parse(QStringLiteral("<space>"),
                       tr("Lists a space's members, highest level first."), 1))
        return command.exitCode();
    context.requireToken();
    client::AdminClient admin(context.endpoint, context.token);
    const QString id = SpaceReference::resolve(admin, command.positional(0)).space.id;
    const QList<common::Member> members = admin.listMembers(id);
    if (command.json()) {
        QJsonArray out;
        for (const common::Member &member : members)
            out.append(ConsoleJson::member(member));
        ConsoleJson::print(out);
        return AdminOk;
    }
    TextTable table({tr("NAME"), tr("E-MAIL"), tr("LEVEL"), tr("ORGANIZATION"), tr("SINCE")});
    for (const common::Member &member : members) {
        table.addRow({member.user.displayName, member.user.email,
                      common::toString(member.membership.level),
                      ConsoleText::orDash(member.user.organization),
                      ConsoleText::time(member.membership.grantedAt)});
    }
    table.print(tr("The space has no members."));
    return AdminOk;
}

int MemberCommands::add(ConsoleContext &context, const QStringList &arguments) {
    ConsoleCommand command(context, arguments, 2);
    declareSpaceAndUser(command);
    command.addOption({QStringLiteral("level"), tr("reader (default), author, editor, moderator."),
                       QStringLiteral("level"), QStringLiteral("reader")});
    if (!command.parse(QStringLiteral("<space> <user> [--level L]"),
                       tr("Adds a user to a space with a level."), 2))
        return command.exitCode();
    const common::SpaceLevel level =
        ConsoleValues::level(command.value(QStringLiteral("level")), QStringLiteral("--level"));
    context.requireToken();
    client::AdminClient admin(context.endpoint, context.token);
    const common::SpaceSummary space = SpaceReference::resolve(admin, command.positional(0));
    const common::Member member = admin.addMember(space.space.id, command.positional(1), level);
    if (command.json()) {
        ConsoleJson::print(ConsoleJson::member(member));
        return AdminOk;
    }
    ConsoleText::out(
        tr("%1 is now %2 in %3.")
            .arg(member.user.email, common::toString(member.membership.level), space.space.name)
        + u'\n');
    return AdminOk;
}

int MemberCommands::setLevel(ConsoleContext &context, const QStringList &arguments) {
    ConsoleCommand command(context, arguments, 2);
    declareSpaceAndUser(command);
    command.addPositional(QStringLiteral("level"), tr("reader, author, editor or moderator."),
                          QStringLiteral("<level>"));
    command.addOption(
        {QStringLiteral("dry-run"), tr("Only show what the member would lose; change nothing.")});
    if (!command.parse(QStringLiteral("<space> <user> <level> [--dry-run]"),
                       tr("Changes a member's level and prints what they lose."), 3))
        return command.exitCode();
    const common::SpaceLevel level = ConsoleValues::level(command.positional(2), tr("level"));
    const bool dryRun = command.isSet(QStringLiteral("dry-run"));
    context.requireToken();
    client::AdminClient admin(context.endpoint, context.token);
    const common::SpaceSummary space = SpaceReference::resolve(admin, command.positional(0));
    const auto change = admin.setMemberLevel(space.space.id, command.positional(1), level, dryRun);
    if (command.json()) {
        ConsoleJson::print(
            QJsonObject{{QStringLiteral("member"), ConsoleJson::member(change.member)},
                        {QStringLiteral("loss"), ConsoleJson::loss(change.loss)},
                        {QStringLiteral("dry_run"), dryRun}});
        return AdminOk;
    }
    if (!dryRun) {
        ConsoleText::out(
            tr("%1 is now %2 in %3.")
                .arg(change.member.user.email, common::toString(level), space.space.name)
            + u'\n');
    }
    AccessLossReport::print(change.member.user.email, change.loss, dryRun);
    return AdminOk;
}

int MemberCommands::remove(ConsoleContext &context, const QStringList &arguments) {
    ConsoleCommand command(context, arguments, 2);
    declareSpaceAndUser(command);
    command.addOption(
        {QStringLiteral("dry-run"), tr("Only show what the user would lose; change nothing.")});
    if (!command.parse(QStringLiteral("<space> <user> [--dry-run]"),
                       tr("Removes a member from a space and prints what they lose (their "
                          "clients purge a space they can no longer read)."),
                       2))
        return command.exitCode();
    const bool dryRun = command.isSet(QStringLiteral("dry-run"));
    context.requireToken();
    client::AdminClient admin(context.endpoint, context.token);
    const common::SpaceSummary space = SpaceReference::resolve(admin, command.positional(0));
    const QString user = command.positional(1);
    const common::AccessLoss loss = admin.removeMember(space.space.id, user, dryRun);
    if (command.json()) {
        ConsoleJson::print(QJsonObject{{QStringLiteral("space_id"), space.space.id},
                                       {QStringLiteral("user"), user},
                                       {QStringLiteral("loss"), ConsoleJson::loss(loss)},
                                       {QStringLiteral("dry_run"), dryRun}});
        return AdminOk;
    }
    if (!dryRun)
        ConsoleText::out(tr("Removed %1 from %2.").arg(user, space.space.name) + u'\n');
    AccessLossReport::print(user, loss, dryRun);
    return AdminOk;
}

} // namespace hn::server
