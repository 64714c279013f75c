// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/admin/SessionCommands.h"

#include "client/core/AuthClient.h"
#include "common/Error.h"
#include "common/TerminalInput.h"
#include "server/admin/ConsoleCommand.h"
#include "server/admin/ConsoleJson.h"
#include "server/admin/ConsoleText.h"
#include "server/admin/TextTable.h"
#include "server/admin/TokenFile.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSysInfo>

namespace hn::server {

namespace {

void printIdentity(const client::SessionInfo &session, bool json) {
    const common::User &user = session.identity.user;
    if (json) {
        QJsonArray spaces;
        for (const common::SpacePermissions &sp : session.identity.spaces)
            spaces.append(ConsoleJson::spacePermissions(sp));
        ConsoleJson::print(QJsonObject{
            {QStringLiteral("id"), user.id},
            {QStringLiteral("email"), user.email},
            {QStringLiteral("display_name"), user.displayName},
            {QStringLiteral("organization"), user.organization},
            {QStringLiteral("municipality"), user.municipality},
            {QStringLiteral("role"), common::toString(user.role)},
            {QStringLiteral("status"), common::toString(user.status)},
            {QStringLiteral("global_actions"),
             ConsoleJson::actions(session.identity.globalActions)},
            {QStringLiteral("spaces"), spaces},
            {QStringLiteral("session_expires_at"), ConsoleJson::time(session.expiresAt)},
            {QStringLiteral("offline_lease_ms"), qint64(session.offlineLease.count())}});
        return;
    }
    TextTable profile({SessionCommands::tr("FIELD"), SessionCommands::tr("VALUE")});
    profile.addRow({SessionCommands::tr("E-mail"), user.email});
    profile.addRow({SessionCommands::tr("Name"), user.displayName});
    profile.addRow({SessionCommands::tr("Organization"), ConsoleText::orDash(user.organization)});
    profile.addRow({SessionCommands::tr("Municipality"), ConsoleText::orDash(user.municipality)});
    profile.addRow({SessionCommands::tr("Role"), common::toString(user.role)});
    profile.addRow({SessionCommands::tr("Status"), common::toString(user.status)});
    profile.addRow({SessionCommands::tr("Platform rights"),
                    ConsoleText::actions(session.identity.globalActions)});
    profile.addRow({SessionCommands::tr("Session expires"), ConsoleText::time(session.expiresAt)});
    ConsoleText::out(profile.toString() + u'\n');
    TextTable spaces({SessionCommands::tr("SPACE"), SessionCommands::tr("LEVEL"),
                      SessionCommands::tr("RIGHTS")});
    for (const common::SpacePermissions &sp : session.identity.spaces) {
        spaces.addRow({sp.space.name, sp.level ? common::toString(*sp.level) : QStringLiteral("-"),
                       ConsoleText::actions(sp.actions)});
    }
    spaces.print(SessionCommands::tr("Reads no spaces."));
}

QString deviceName(const ConsoleCommand &command) {
    QString device = command.value(QStringLiteral("device"));
    if (device.isEmpty())
        device = QStringLiteral("helfernetz-admin on %1").arg(QSysInfo::machineHostName());
    return device;
}

QString askEmail(const ConsoleCommand &command) {
    QString email = command.value(QStringLiteral("email")).trimmed();
    if (email.isEmpty()) {
        const auto typed = common::TerminalInput::readLine(SessionCommands::tr("E-mail: "));
        email = typed ? QString::fromStdString(*typed).trimmed() : QString();
    }
    if (email.isEmpty())
        throw UsageError(SessionCommands::tr("the e-mail is missing (--email)"));
    return email;
}

void save(const ConsoleContext &context, const client::SessionInfo &session) {
    TokenFile::save(
        {context.endpoint.address, session.identity.user.email, session.token, session.expiresAt});
}

} // namespace

int SessionCommands::login(ConsoleContext &context, const QStringList &arguments) {
    ConsoleCommand command(context, arguments, 1);
    command.addOption({QStringLiteral("email"), tr("Account e-mail (asked for when missing)."),
                       QStringLiteral("email")});
    command.addOption({QStringLiteral("password-stdin"),
                       tr("Read the password from standard input instead of asking.")});
    command.addOption({QStringLiteral("device"),
                       tr("Name of this device in the account's session list."),
                       QStringLiteral("name")});
    if (!command.parse(
            QStringLiteral("[--email E] [--password-stdin] [--device NAME]"),
            tr("Log in; the session is saved (readable only by you) in %1.").arg(TokenFile::path()),
            0))
        return command.exitCode();

    const QString email = askEmail(command);
    const auto password = common::TerminalInput::readSecret(
        command.isSet(QStringLiteral("password-stdin")) ? QString() : tr("Password: "));
    if (!password)
        throw UsageError(tr("the password is missing"));

    client::AuthClient auth(context.endpoint);
    const client::SessionInfo session = auth.login(email, *password, deviceName(command));
    save(context, session);
    if (context.json) {
        printIdentity(session, true);
    } else {
        ConsoleText::out(tr("Logged in to %1 as %2 (%3).")
                             .arg(context.endpoint.address, session.identity.user.email,
                                  common::toString(session.identity.user.role))
                         + u'\n');
    }
    return AdminOk;
}

int SessionCommands::activate(ConsoleContext &context, const QStringList &arguments) {
    ConsoleCommand command(context, arguments, 1);
    command.addOption({QStringLiteral("email"), tr("Account e-mail (asked for when missing)."),
                       QStringLiteral("email")});
    command.addOption({QStringLiteral("code"),
                       tr("The one-time activation code (asked for when missing)."),
                       QStringLiteral("code")});
    command.addOption({QStringLiteral("password-stdin"),
                       tr("Read the new password from standard input instead of asking.")});
    command.addOption({QStringLiteral("device"),
                       tr("Name of this device in the account's session list."),
                       QStringLiteral("name")});
    if (!command.parse(QStringLiteral("--email E [--code CODE] [--password-stdin]"),
                       tr("Activates an account (or sets a password after a reset) with the "
                          "one-time code an admin or coordinator gave you, sets your new "
                          "password (at least 10 characters) and logs you in."),
                       0))
        return command.exitCode();

    const QString email = askEmail(command);
    QString code = command.value(QStringLiteral("code")).trimmed();
    if (code.isEmpty()) {
        const auto typed = common::TerminalInput::readLine(tr("Activation code: "));
        code = typed ? QString::fromStdString(*typed).trimmed() : QString();
    }
    if (code.isEmpty())
        throw UsageError(tr("the activation code is missing (--code)"));
    std::optional<std::string> password;
    if (command.isSet(QStringLiteral("password-stdin"))) {
        password = common::TerminalInput::readSecret(QString());
    } else {
        password = common::TerminalInput::readSecret(tr("New password: "));
        const auto repeated = common::TerminalInput::readSecret(tr("Repeat the new password: "));
        if (password && repeated != password)
            throw UsageError(tr("the two passwords differ"));
    }
    if (!password || password->empty())
        throw UsageError(tr("the new password is missing"));

    client::AuthClient auth(context.endpoint);
    const client::SessionInfo session =
        auth.activateAccount(email, code, *password, deviceName(command));
    save(context, session);
    if (context.json) {
        printIdentity(session, true);
    } else {
        ConsoleText::out(tr("Account %1 is active; you are logged in to %2.")
                             .arg(session.identity.user.email, context.endpoint.address)
                         + u'\n');
    }
    return AdminOk;
}

int SessionCommands::logout(ConsoleContext &context, const QStringList &arguments) {
    ConsoleCommand command(context, arguments, 1);
    if (!command.parse(QString(), tr("End the saved session on the server and forget it here."), 0))
        return command.exitCode();
    context.requireToken();
    try {
        client::AuthClient(context.endpoint).logout(context.token);
    } catch (const common::Error &error) {
        // An ended session is as good as logged out; forget it anyway.
        if (error.code() != common::ErrorCode::Unauthenticated)
            throw;
    }
    TokenFile::remove();
    if (!context.json)
        ConsoleText::out(tr("Logged out.") + u'\n');
    return AdminOk;
}

int SessionCommands::whoami(ConsoleContext &context, const QStringList &arguments) {
    ConsoleCommand command(context, arguments, 1);
    if (!command.parse(QString(),
                       tr("Show the logged-in account, its role and its permissions in every "
                          "space it can read."),
                       0))
        return command.exitCode();
    context.requireToken();
    printIdentity(client::AuthClient(context.endpoint).whoAmI(context.token), context.json);
    return AdminOk;
}

} // namespace hn::server
