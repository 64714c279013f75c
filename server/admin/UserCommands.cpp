// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/admin/UserCommands.h"

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

QString userArgumentHelp() {
    return UserCommands::tr("The user's login e-mail or id.");
}

void printActivation(const QString &email, const common::ActivationCode &code) {
    ConsoleText::out(UserCommands::tr("One-time activation code for %1: %2\n"
                                      "Valid until %3. Pass it on in person or by phone; "
                                      "with it, %1 sets a password: "
                                      "helfernetz-admin activate --email %1\n")
                         .arg(email, code.code, ConsoleText::time(code.expiresAt)));
}

} // namespace

int UserCommands::run(ConsoleContext &context, const QStringList &arguments) {
    const CommandGroup group(
        QStringLiteral("users"), tr("Manage accounts (admins only)."),
        {{QStringLiteral("list"), tr("List accounts, by name."), &UserCommands::list},
         {QStringLiteral("show"), tr("Show one account with its spaces and devices."),
          &UserCommands::show},
         {QStringLiteral("create"), tr("Create an account; prints its activation code."),
          &UserCommands::create},
         {QStringLiteral("set-role"), tr("Change an account's role (--dry-run shows the loss)."),
          &UserCommands::setRole},
         {QStringLiteral("set-status"), tr("Activate or disable an account."),
          &UserCommands::setStatus},
         {QStringLiteral("reset-password"),
          tr("Invalidate the password; prints a code to set a new one."),
          &UserCommands::resetPassword},
         {QStringLiteral("revoke-sessions"), tr("Log an account out on all its devices."),
          &UserCommands::revokeSessions}});
    return group.run(context, arguments);
}

int UserCommands::list(ConsoleContext &context, const QStringList &arguments) {
    ConsoleCommand command(context, arguments, 2);
    command.addOption(
        {QStringLiteral("role"), tr("Only accounts with this role."), QStringLiteral("role")});
    command.addOption({QStringLiteral("status"), tr("Only accounts with this status."),
                       QStringLiteral("status")});
    command.addOption({QStringLiteral("query"),
                       tr("Only accounts whose name, e-mail or organization contains this."),
                       QStringLiteral("text")});
    if (!command.parse(QStringLiteral("[--role R] [--status S] [--query TEXT]"),
                       tr("Lists accounts ordered by name. Roles: guest, member, coordinator, "
                          "admin. Statuses: pending, active, disabled."),
                       0))
        return command.exitCode();
    client::AdminClient::UserFilter filter;
    if (command.isSet(QStringLiteral("role")))
        filter.role =
            ConsoleValues::role(command.value(QStringLiteral("role")), QStringLiteral("--role"));
    if (command.isSet(QStringLiteral("status"))) {
        filter.status = ConsoleValues::status(command.value(QStringLiteral("status")),
                                              QStringLiteral("--status"));
    }
    filter.query = command.value(QStringLiteral("query"));
    context.requireToken();
    client::AdminClient admin(context.endpoint, context.token);
    const QList<common::Account> users = admin.listUsers(filter);
    if (command.json()) {
        QJsonArray out;
        for (const common::Account &user : users)
            out.append(ConsoleJson::user(user));
        ConsoleJson::print(out);
        return AdminOk;
    }
    TextTable table({tr("NAME"), tr("E-MAIL"), tr("ROLE"), tr("STATUS"), tr("ORGANIZATION"),
                     tr("MUNICIPALITY"), tr("LAST SEEN")});
    for (const common::Account &managed : users) {
        const common::User &user = managed.user;
        table.addRow({user.displayName, user.email, common::toString(user.role),
                      common::toString(user.status), ConsoleText::orDash(user.organization),
                      ConsoleText::orDash(user.municipality),
                      ConsoleText::time(managed.lastSeenAt)});
    }
    table.print(tr("No accounts match."));
    return AdminOk;
}

int UserCommands::show(ConsoleContext &context, const QStringList &arguments) {
    ConsoleCommand command(context, arguments, 2);
    command.addPositional(QStringLiteral("user"), userArgumentHelp(), QStringLiteral("<user>"));
    if (!command.parse(QStringLiteral("<user>"),
                       tr("Shows an account: profile, role, status, the spaces it can read "
                          "and its devices (sessions)."),
                       1))
        return command.exitCode();
    context.requireToken();
    client::AdminClient admin(context.endpoint, context.token);
    const common::AccountDetails details = admin.getUser(command.positional(0));
    if (command.json()) {
        QJsonArray spaces;
        for (const common::SpacePermissions &space : details.spaces)
            spaces.append(ConsoleJson::spacePermissions(space));
        QJsonArray devices;
        for (const common::Device &device : details.devices)
            devices.append(ConsoleJson::device(device));
        ConsoleJson::print(QJsonObject{{QStringLiteral("user"), ConsoleJson::user(details.account)},
                                       {QStringLiteral("spaces"), spaces},
                                       {QStringLiteral("devices"), devices}});
        return AdminOk;
    }
    const common::User &user = details.account.user;
    TextTable profile({tr("FIELD"), tr("VALUE")});
    profile.addRow({tr("Id"), user.id});
    profile.addRow({tr("E-mail"), user.email});
    profile.addRow({tr("Name"), user.displayName});
    profile.addRow({tr("Organization"), ConsoleText::orDash(user.organization)});
    profile.addRow({tr("Municipality"), ConsoleText::orDash(user.municipality)});
    profile.addRow({tr("Affiliation"), common::toString(user.affiliation)});
    profile.addRow({tr("Role"), common::toString(user.role)});
    profile.addRow({tr("Status"), common::toString(user.status)});
    profile.addRow({tr("Created"), ConsoleText::time(user.createdAt)});
    profile.addRow({tr("Changed"), ConsoleText::time(user.updatedAt)});
    profile.addRow({tr("Last seen"), ConsoleText::time(details.account.lastSeenAt)});
    ConsoleText::out(profile.toString() + u'\n');
    TextTable spaces({tr("SPACE"), tr("LEVEL"), tr("RIGHTS")});
    for (const common::SpacePermissions &space : details.spaces) {
        spaces.addRow({space.space.name,
                       space.level ? common::toString(*space.level) : QStringLiteral("-"),
                       ConsoleText::actions(space.actions)});
    }
    spaces.print(tr("Reads no spaces."));
    ConsoleText::out(QStringLiteral("\n"));
    TextTable devices({tr("SESSION"), tr("DEVICE"), tr("LAST USED"), tr("EXPIRES")});
    for (const common::Device &device : details.devices) {
        devices.addRow({device.sessionId, ConsoleText::orDash(device.deviceName),
                        ConsoleText::time(device.lastUsedAt), ConsoleText::time(device.expiresAt)});
    }
    devices.print(tr("No active sessions."));
    return AdminOk;
}

int UserCommands::create(ConsoleContext &context, const QStringList &arguments) {
    ConsoleCommand command(context, arguments, 2);
    command.addOption(
        {QStringLiteral("email"), tr("Login e-mail (required)."), QStringLiteral("email")});
    command.addOption(
        {QStringLiteral("name"), tr("Display name (required)."), QStringLiteral("name")});
    command.addOption(
        {QStringLiteral("organization"), tr("Organization."), QStringLiteral("text")});
    command.addOption(
        {QStringLiteral("municipality"), tr("Municipality."), QStringLiteral("text")});
    command.addOption({QStringLiteral("affiliation"), tr("hauptamtlich or ehrenamtlich."),
                       QStringLiteral("affiliation")});
    command.addOption({QStringLiteral("role"), tr("guest, member (default), coordinator, admin."),
                       QStringLiteral("role"), QStringLiteral("member")});
    command.addOption({QStringLiteral("space"),
                       tr("Make the user a member of this space (id or name), optionally with "
                          "a level: 'Team Adorf:editor'. May be repeated."),
                       QStringLiteral("space[:level]")});
    if (!command.parse(QStringLiteral("--email E --name N [options]"),
                       tr("Creates an account. It stays pending until the person activates it "
                          "with the printed one-time code and sets a password."),
                       0))
        return command.exitCode();
    common::User profile;
    profile.email = command.value(QStringLiteral("email")).trimmed();
    profile.displayName = command.value(QStringLiteral("name")).trimmed();
    if (profile.email.isEmpty())
        throw UsageError(tr("--email is required"));
    if (profile.displayName.isEmpty())
        throw UsageError(tr("--name is required"));
    profile.organization = command.value(QStringLiteral("organization"));
    profile.municipality = command.value(QStringLiteral("municipality"));
    if (command.isSet(QStringLiteral("affiliation"))) {
        profile.affiliation = ConsoleValues::affiliation(
            command.value(QStringLiteral("affiliation")), QStringLiteral("--affiliation"));
    }
    profile.role =
        ConsoleValues::role(command.value(QStringLiteral("role")), QStringLiteral("--role"));
    context.requireToken();
    client::AdminClient admin(context.endpoint, context.token);
    const auto grants = SpaceReference::grants(admin, command.values(QStringLiteral("space")));
    const client::AdminClient::Created created = admin.createUser(profile, grants);
    if (command.json()) {
        ConsoleJson::print(QJsonObject{
            {QStringLiteral("user"), ConsoleJson::user(created.user)},
            {QStringLiteral("activation"), ConsoleJson::activation(created.activation)}});
        return AdminOk;
    }
    ConsoleText::out(tr("Created %1 (%2), role %3, pending activation.")
                         .arg(created.user.user.email, created.user.user.id,
                              common::toString(created.user.user.role))
                     + u'\n');
    printActivation(created.user.user.email, created.activation);
    return AdminOk;
}

int UserCommands::setRole(ConsoleContext &context, const QStringList &arguments) {
    ConsoleCommand command(context, arguments, 2);
    command.addPositional(QStringLiteral("user"), userArgumentHelp(), QStringLiteral("<user>"));
    command.addPositional(QStringLiteral("role"), tr("guest, member, coordinator or admin."),
                          QStringLiteral("<role>"));
    command.addOption(
        {QStringLiteral("dry-run"), tr("Only show what the user would lose; change nothing.")});
    if (!command.parse(QStringLiteral("<user> <role> [--dry-run]"),
                       tr("Changes an account's global role; it takes effect on the user's next "
                          "call. Prints what the user loses (spaces, record counts)."),
                       2))
        return command.exitCode();
    const common::GlobalRole role = ConsoleValues::role(command.positional(1), tr("role"));
    const bool dryRun = command.isSet(QStringLiteral("dry-run"));
    context.requireToken();
    client::AdminClient admin(context.endpoint, context.token);
    const auto change = admin.setUserRole(command.positional(0), role, dryRun);
    if (command.json()) {
        ConsoleJson::print(QJsonObject{{QStringLiteral("user"), ConsoleJson::user(change.user)},
                                       {QStringLiteral("loss"), ConsoleJson::loss(change.loss)},
                                       {QStringLiteral("dry_run"), dryRun}});
        return AdminOk;
    }
    if (!dryRun) {
        ConsoleText::out(tr("%1 is now %2.").arg(change.user.user.email, common::toString(role))
                         + u'\n');
    }
    AccessLossReport::print(change.user.user.email, change.loss, dryRun);
    return AdminOk;
}

int UserCommands::setStatus(ConsoleContext &context, const QStringList &arguments) {
    ConsoleCommand command(context, arguments, 2);
    command.addPositional(QStringLiteral("user"), userArgumentHelp(), QStringLiteral("<user>"));
    command.addPositional(QStringLiteral("status"), tr("active or disabled."),
                          QStringLiteral("<status>"));
    if (!command.parse(QStringLiteral("<user> active|disabled"),
                       tr("Activates or disables an account. Disabling logs it out everywhere "
                          "(without wiping its devices)."),
                       2))
        return command.exitCode();
    const common::AccountStatus status = ConsoleValues::status(command.positional(1), tr("status"));
    context.requireToken();
    client::AdminClient admin(context.endpoint, context.token);
    const common::Account user = admin.setUserStatus(command.positional(0), status);
    if (command.json()) {
        ConsoleJson::print(ConsoleJson::user(user));
        return AdminOk;
    }
    ConsoleText::out(tr("%1 is now %2.").arg(user.user.email, common::toString(user.user.status))
                     + u'\n');
    return AdminOk;
}

int UserCommands::resetPassword(ConsoleContext &context, const QStringList &arguments) {
    ConsoleCommand command(context, arguments, 2);
    command.addPositional(QStringLiteral("user"), userArgumentHelp(), QStringLiteral("<user>"));
    if (!command.parse(QStringLiteral("<user>"),
                       tr("Invalidates the password and ends all sessions of the account; "
                          "prints a one-time code with which the person sets a new password."),
                       1))
        return command.exitCode();
    context.requireToken();
    client::AdminClient admin(context.endpoint, context.token);
    const QString user = command.positional(0);
    const common::ActivationCode code = admin.resetPassword(user);
    if (command.json()) {
        ConsoleJson::print(ConsoleJson::activation(code));
        return AdminOk;
    }
    printActivation(user, code);
    return AdminOk;
}

int UserCommands::revokeSessions(ConsoleContext &context, const QStringList &arguments) {
    ConsoleCommand command(context, arguments, 2);
    command.addPositional(QStringLiteral("user"), userArgumentHelp(), QStringLiteral("<user>"));
    if (!command.parse(QStringLiteral("<user>"),
                       tr("Ends all sessions of the account: its clients must log in again "
                          "but keep their data."),
                       1))
        return command.exitCode();
    context.requireToken();
    client::AdminClient admin(context.endpoint, context.token);
    const int count = admin.revokeSessions(command.positional(0));
    if (command.json()) {
        ConsoleJson::print(QJsonObject{{QStringLiteral("revoked_count"), count}});
        return AdminOk;
    }
    ConsoleText::out(tr("Ended %n session(s).", nullptr, count) + u'\n');
    return AdminOk;
}

} // namespace hn::server
