// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/admin/AdminConsole.h"

#include "common/Error.h"
#include "common/Version.h"
#include "server/admin/SessionCommands.h"
#include "server/admin/TokenFile.h"

#include <QCommandLineParser>
#include <cstdio>

namespace hn::server {

namespace {

const char *kCommands = R"(
Commands:
  login     Log in and save the session for the following commands.
  logout    End the saved session.
  whoami    Show the logged-in account and its permissions.

Run 'helfernetz-admin <command> --help' for a command's options.

Exit codes: 0 ok, 1 usage, 2 not logged in or not allowed, 3 not found,
            4 server unreachable, 5 the server refused the input or failed.
)";

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

} // namespace

int AdminConsole::run(const QStringList &arguments) {
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("The Helfernetz admin console: manages the server over its gRPC API."));
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsPositionalArguments);
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOptions({
        {QStringLiteral("server"),
         QStringLiteral("Server address: host:port, https://host:port or http://host:port "
                        "(default: $HELFERNETZ_SERVER, the saved login's server, or "
                        "127.0.0.1:50051)."),
         QStringLiteral("address")},
        {QStringLiteral("ca-file"),
         QStringLiteral("CA certificate (PEM) for a server with a private certificate."),
         QStringLiteral("file")},
        {QStringLiteral("insecure"),
         QStringLiteral("Allow plaintext to a server that is not on this machine.")},
        {QStringLiteral("json"), QStringLiteral("Print JSON for scripts instead of tables.")},
    });
    parser.addPositionalArgument(QStringLiteral("command"), QStringLiteral("See below."));

    if (!parser.parse(arguments)) {
        std::fprintf(stderr, "helfernetz-admin: %s\n", qPrintable(parser.errorText()));
        return AdminUsage;
    }
    if (parser.isSet(QStringLiteral("version"))) {
        std::printf("helfernetz-admin %s\n", common::kVersion);
        return AdminOk;
    }
    const QStringList rest = parser.positionalArguments();
    const bool askedForHelp = parser.isSet(QStringLiteral("help"));
    if (askedForHelp || rest.isEmpty()) {
        FILE *out = askedForHelp ? stdout : stderr;
        std::fputs(qPrintable(parser.helpText()), out);
        std::fputs(kCommands, out);
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
    if (context.token.isEmpty() && saved)
        context.token = saved->token;

    const QString command = rest.first();
    try {
        if (command == u"login")
            return SessionCommands::login(context, rest);
        if (command == u"logout")
            return SessionCommands::logout(context, rest);
        if (command == u"whoami")
            return SessionCommands::whoami(context, rest);
    } catch (const common::Error &error) {
        std::fprintf(stderr, "helfernetz-admin %s: %s\n", qPrintable(command),
                     qPrintable(error.describe()));
        return exitCodeFor(error);
    }
    std::fprintf(stderr, "helfernetz-admin: unknown command '%s'\n%s", qPrintable(command),
                 kCommands);
    return AdminUsage;
}

} // namespace hn::server
