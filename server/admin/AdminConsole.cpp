// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/admin/AdminConsole.h"

#include "client/core/RemoteError.h"
#include "common/Error.h"
#include "common/Version.h"
#include "server/admin/AuditCommands.h"
#include "server/admin/ConsoleText.h"
#include "server/admin/DeviceCommands.h"
#include "server/admin/MemberCommands.h"
#include "server/admin/RequestCommands.h"
#include "server/admin/SessionCommands.h"
#include "server/admin/SpaceCommands.h"
#include "server/admin/StatsCommand.h"
#include "server/admin/TokenFile.h"
#include "server/admin/UserCommands.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace hn::server {

namespace {

// The console's own messages about the command line and ended sessions.
class Console {
    Q_DECLARE_TR_FUNCTIONS(AdminConsole)
public:
    static QString commands() {
        return tr("Commands:\n"
                  "  login           Log in and save the session for the following commands.\n"
                  "  logout          End the saved session.\n"
                  "  whoami          Show the logged-in account and its permissions.\n"
                  "  request-access  Ask for an account (no login needed).\n"
                  "  activate        Activate an account with its one-time code and set a "
                  "password.\n"
                  "  users           Manage accounts: list, show, create, set-role, set-status,\n"
                  "                  reset-password, revoke-sessions.\n"
                  "  requests        Review access requests: list, approve, reject.\n"
                  "  spaces          Manage spaces: list, create, rename, archive, "
                  "set-guest-visible.\n"
                  "  members         Manage a space's members: list, add, set-level, remove.\n"
                  "  devices         List devices (sessions) and revoke one (remote wipe).\n"
                  "  audit           Read or follow the audit log.\n"
                  "  stats           Figures about the server.\n"
                  "\n"
                  "Run 'helfernetz-admin <command> --help' for a command's options.\n"
                  "\n"
                  "Exit codes: 0 ok, 1 usage, 2 not logged in or not allowed, 3 not found,\n"
                  "            4 server unreachable, 5 the server refused the input or failed.\n");
    }

    static QString sessionEnded(common::SessionEndReason reason) {
        switch (reason) {
        case common::SessionEndReason::Expired:
            return tr("the session has expired");
        case common::SessionEndReason::LoggedOut:
            return tr("the session was logged out");
        case common::SessionEndReason::PasswordChanged:
            return tr("the password was changed, which ended this session");
        case common::SessionEndReason::PasswordReset:
            return tr("an admin reset the password");
        case common::SessionEndReason::SessionsRevoked:
            return tr("an admin ended all sessions of this account");
        case common::SessionEndReason::DeviceRevoked:
            return tr("an admin revoked this device (device revoked)");
        case common::SessionEndReason::AccountDisabled:
            return tr("the account was disabled");
        case common::SessionEndReason::None:
            break;
        }
        return tr("the session has ended");
    }

    static QString forgotLogin() {
        return tr("The saved login was removed; log in again with 'helfernetz-admin login'.");
    }
};

int exitCodeFor(const common::Error &error) {
    switch (error.code()) {
    case common::ErrorCode::Unauthenticated:
    case common::ErrorCode::PermissionDenied:
        return AdminDenied;
    case common::ErrorCode::NotFound:
        return AdminNotFound;
    case common::ErrorCode::Unavailable:
        return AdminUnreachable;
    default:
        return AdminServerError;
    }
}

int dispatch(ConsoleContext &context, const QString &command, const QStringList &rest) {
    if (command == u"login")
        return SessionCommands::login(context, rest);
    if (command == u"logout")
        return SessionCommands::logout(context, rest);
    if (command == u"whoami")
        return SessionCommands::whoami(context, rest);
    if (command == u"activate")
        return SessionCommands::activate(context, rest);
    if (command == u"request-access")
        return RequestCommands::requestAccess(context, rest);
    if (command == u"users")
        return UserCommands::run(context, rest);
    if (command == u"requests")
        return RequestCommands::run(context, rest);
    if (command == u"spaces")
        return SpaceCommands::run(context, rest);
    if (command == u"members")
        return MemberCommands::run(context, rest);
    if (command == u"devices")
        return DeviceCommands::run(context, rest);
    if (command == u"audit")
        return AuditCommands::run(context, rest);
    if (command == u"stats")
        return StatsCommand::run(context, rest);
    ConsoleText::err(
        QCoreApplication::translate("AdminConsole", "helfernetz-admin: unknown command '%1'")
            .arg(command)
        + QStringLiteral("\n\n") + Console::commands());
    return AdminUsage;
}

} // namespace

void ConsoleContext::requireToken() const {
    if (token.isEmpty()) {
        throw common::Error::unauthenticated(QCoreApplication::translate(
            "AdminConsole", "not logged in: run 'helfernetz-admin login' or set HELFERNETZ_TOKEN"));
    }
}

int AdminConsole::run(const QStringList &arguments) {
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "AdminConsole", "The Helfernetz admin console: manages the server over its gRPC API."));
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsPositionalArguments);
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOptions({
        {QStringLiteral("server"),
         QCoreApplication::translate(
             "AdminConsole",
             "Server address: host:port, https://host:port or http://host:port (default: "
             "$HELFERNETZ_SERVER, the saved login's server, or 127.0.0.1:50051)."),
         QStringLiteral("address")},
        {QStringLiteral("ca-file"),
         QCoreApplication::translate(
             "AdminConsole", "CA certificate (PEM) for a server with a private certificate."),
         QStringLiteral("file")},
        {QStringLiteral("insecure"),
         QCoreApplication::translate("AdminConsole",
                                     "Allow plaintext to a server that is not on this machine.")},
        {QStringLiteral("json"),
         QCoreApplication::translate("AdminConsole", "Print JSON for scripts instead of tables.")},
    });
    parser.addPositionalArgument(QStringLiteral("command"),
                                 QCoreApplication::translate("AdminConsole", "See below."));

    if (!parser.parse(arguments)) {
        ConsoleText::err(QStringLiteral("helfernetz-admin: ") + parser.errorText() + u'\n');
        return AdminUsage;
    }
    if (parser.isSet(QStringLiteral("version"))) {
        ConsoleText::out(
            QStringLiteral("helfernetz-admin %1\n").arg(QString::fromLatin1(common::kVersion)));
        return AdminOk;
    }
    const QStringList rest = parser.positionalArguments();
    const bool askedForHelp = parser.isSet(QStringLiteral("help"));
    if (askedForHelp || rest.isEmpty()) {
        const QString text = parser.helpText() + u'\n' + Console::commands();
        askedForHelp ? ConsoleText::out(text) : ConsoleText::err(text);
        return askedForHelp ? AdminOk : AdminUsage;
    }

    const std::optional<SavedLogin> saved = TokenFile::load();
    ConsoleContext context;
    context.json = parser.isSet(QStringLiteral("json"));
    context.endpoint.address = parser.value(QStringLiteral("server"));
    if (context.endpoint.address.isEmpty())
        context.endpoint.address = qEnvironmentVariable("HELFERNETZ_SERVER");
    if (context.endpoint.address.isEmpty() && saved)
        context.endpoint.address = saved->server;
    if (context.endpoint.address.isEmpty())
        context.endpoint.address = QStringLiteral("127.0.0.1:50051");
    context.endpoint.caFile = parser.value(QStringLiteral("ca-file"));
    context.endpoint.allowInsecure = parser.isSet(QStringLiteral("insecure"));
    context.token = qEnvironmentVariable("HELFERNETZ_TOKEN");
    if (context.token.isEmpty() && saved) {
        context.token = saved->token;
        context.tokenFromFile = true;
    }

    const QString command = rest.first();
    try {
        return dispatch(context, command, rest);
    } catch (const UsageError &error) {
        ConsoleText::err(QStringLiteral("helfernetz-admin %1: %2\n").arg(command, error.message()));
        return AdminUsage;
    } catch (const common::Error &error) {
        const common::SessionEndReason reason = client::RemoteError::sessionEndReason(error);
        if (reason != common::SessionEndReason::None) {
            // The token is dead for good: keep nobody's secret lying around,
            // and say why, so the person knows whether to just log in again.
            QString text = QStringLiteral("helfernetz-admin %1: %2\n")
                               .arg(command, Console::sessionEnded(reason));
            if (context.tokenFromFile && TokenFile::remove())
                text += Console::forgotLogin() + u'\n';
            ConsoleText::err(text);
            return AdminDenied;
        }
        ConsoleText::err(
            QStringLiteral("helfernetz-admin %1: %2\n").arg(command, error.describe()));
        return exitCodeFor(error);
    }
}

} // namespace hn::server
