// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/admin/SessionCommands.h"

#include "client/core/AuthClient.h"
#include "common/Error.h"
#include "common/TerminalInput.h"
#include "server/admin/TokenFile.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSysInfo>
#include <algorithm>
#include <cstdio>

namespace hn::server {

namespace {

// Parses a command's own options; returns false (after printing) when the
// command should stop with `exitCode` (help shown, or a usage error).
bool parseCommand(QCommandLineParser &parser, const QStringList &arguments,
                  const QString &description, int &exitCode) {
    parser.setApplicationDescription(description);
    parser.addHelpOption();
    // QCommandLineParser treats the first entry as the program name.
    QStringList argv = arguments;
    argv.prepend(QStringLiteral("helfernetz-admin"));
    if (!parser.parse(argv)) {
        std::fprintf(stderr, "helfernetz-admin %s: %s\n", qPrintable(arguments.first()),
                     qPrintable(parser.errorText()));
        exitCode = AdminUsage;
        return false;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        std::fputs(qPrintable(parser.helpText()), stdout);
        exitCode = AdminOk;
        return false;
    }
    return true;
}

void requireToken(const ConsoleContext &context) {
    if (context.token.isEmpty()) {
        throw common::Error::unauthenticated(
            QStringLiteral("not logged in: run 'helfernetz-admin login' or set HELFERNETZ_TOKEN"));
    }
}

QStringList actionNames(const QList<common::Action> &actions) {
    QStringList names;
    for (const common::Action action : actions)
        names.append(common::toString(action));
    return names;
}

void printIdentity(const client::SessionInfo &session, bool json) {
    const common::User &user = session.identity.user;
    if (json) {
        QJsonArray spaces;
        for (const common::SpacePermissions &sp : session.identity.spaces) {
            spaces.append(QJsonObject{
                {QStringLiteral("id"), sp.space.id},
                {QStringLiteral("name"), sp.space.name},
                {QStringLiteral("kind"), common::toString(sp.space.kind)},
                {QStringLiteral("guest_visible"), sp.space.guestVisible},
                {QStringLiteral("level"), sp.level ? common::toString(*sp.level) : QString()},
                {QStringLiteral("actions"), QJsonArray::fromStringList(actionNames(sp.actions))}});
        }
        const QJsonObject out{
            {QStringLiteral("id"), user.id},
            {QStringLiteral("email"), user.email},
            {QStringLiteral("display_name"), user.displayName},
            {QStringLiteral("organization"), user.organization},
            {QStringLiteral("municipality"), user.municipality},
            {QStringLiteral("role"), common::toString(user.role)},
            {QStringLiteral("status"), common::toString(user.status)},
            {QStringLiteral("global_actions"),
             QJsonArray::fromStringList(actionNames(session.identity.globalActions))},
            {QStringLiteral("spaces"), spaces},
            {QStringLiteral("session_expires_at"), session.expiresAt.toString(Qt::ISODate)}};
        std::printf("%s", QJsonDocument(out).toJson(QJsonDocument::Indented).constData());
        return;
    }
    auto line = [](const char *label, const QString &value) {
        std::printf("%-16s %s\n", label, qPrintable(value.isEmpty() ? QStringLiteral("-") : value));
    };
    line("E-mail", user.email);
    line("Name", user.displayName);
    line("Organization", user.organization);
    line("Municipality", user.municipality);
    line("Role", common::toString(user.role));
    line("Status", common::toString(user.status));
    line("Platform rights", actionNames(session.identity.globalActions).join(QStringLiteral(", ")));
    line("Session expires", session.expiresAt.toLocalTime().toString(Qt::ISODate));
    // Padded by characters, not bytes, so umlauts and long names line up.
    qsizetype nameWidth = 5;
    for (const common::SpacePermissions &sp : session.identity.spaces)
        nameWidth = std::max(nameWidth, sp.space.name.size());
    auto row = [&](const QString &name, const QString &level, const QString &actions) {
        std::printf("%s\n", qPrintable(name.leftJustified(nameWidth + 2) + level.leftJustified(11)
                                       + actions));
    };
    std::printf("\n");
    row(QStringLiteral("SPACE"), QStringLiteral("LEVEL"), QStringLiteral("ACTIONS"));
    for (const common::SpacePermissions &sp : session.identity.spaces) {
        row(sp.space.name, sp.level ? common::toString(*sp.level) : QStringLiteral("-"),
            actionNames(sp.actions).join(QStringLiteral(", ")));
    }
}

} // namespace

int SessionCommands::login(ConsoleContext &context, const QStringList &arguments) {
    QCommandLineParser parser;
    parser.addOptions({
        {QStringLiteral("email"), QStringLiteral("Account e-mail (asked for when missing)."),
         QStringLiteral("email")},
        {QStringLiteral("password-stdin"),
         QStringLiteral("Read the password from standard input instead of asking.")},
        {QStringLiteral("device"),
         QStringLiteral("Name of this device in the account's session list."),
         QStringLiteral("name")},
    });
    int exitCode = AdminOk;
    if (!parseCommand(parser, arguments,
                      QStringLiteral("Log in; the session is saved (readable only by you) in %1.")
                          .arg(TokenFile::path()),
                      exitCode))
        return exitCode;

    QString email = parser.value(QStringLiteral("email"));
    if (email.isEmpty()) {
        const auto typed = common::TerminalInput::readLine(QStringLiteral("E-mail: "));
        email = typed ? QString::fromStdString(*typed).trimmed() : QString();
    }
    if (email.isEmpty())
        throw common::Error::invalidArgument(QStringLiteral("email"), QStringLiteral("is missing"));
    const auto password = common::TerminalInput::readSecret(
        parser.isSet(QStringLiteral("password-stdin")) ? QString() : QStringLiteral("Password: "));
    if (!password)
        throw common::Error::invalidArgument(QStringLiteral("password"),
                                             QStringLiteral("is missing"));
    QString device = parser.value(QStringLiteral("device"));
    if (device.isEmpty())
        device = QStringLiteral("helfernetz-admin on %1").arg(QSysInfo::machineHostName());

    client::AuthClient auth(context.endpoint);
    const client::SessionInfo session = auth.login(email, *password, device);
    TokenFile::save(
        {context.endpoint.address, session.identity.user.email, session.token, session.expiresAt});
    if (context.json) {
        printIdentity(session, true);
    } else {
        std::printf("Logged in to %s as %s (%s).\n", qPrintable(context.endpoint.address),
                    qPrintable(session.identity.user.email),
                    qPrintable(common::toString(session.identity.user.role)));
    }
    return AdminOk;
}

int SessionCommands::logout(ConsoleContext &context, const QStringList &arguments) {
    QCommandLineParser parser;
    int exitCode = AdminOk;
    if (!parseCommand(parser, arguments,
                      QStringLiteral("End the saved session on the server and forget it here."),
                      exitCode))
        return exitCode;
    requireToken(context);
    try {
        client::AuthClient(context.endpoint).logout(context.token);
    } catch (const common::Error &error) {
        // An ended session is as good as logged out; forget it anyway.
        if (error.code() != common::ErrorCode::Unauthenticated)
            throw;
    }
    TokenFile::remove();
    if (!context.json)
        std::printf("Logged out.\n");
    return AdminOk;
}

int SessionCommands::whoami(ConsoleContext &context, const QStringList &arguments) {
    QCommandLineParser parser;
    int exitCode = AdminOk;
    if (!parseCommand(parser, arguments,
                      QStringLiteral("Show the logged-in account, its role and its permissions "
                                     "in every space it can read."),
                      exitCode))
        return exitCode;
    requireToken(context);
    printIdentity(client::AuthClient(context.endpoint).whoAmI(context.token), context.json);
    return AdminOk;
}

} // namespace hn::server
