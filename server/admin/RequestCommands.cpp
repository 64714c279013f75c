// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/admin/RequestCommands.h"

#include "client/core/AdminClient.h"
#include "client/core/AuthClient.h"
#include "server/admin/ConsoleCommand.h"
#include "server/admin/ConsoleJson.h"
#include "server/admin/ConsoleText.h"
#include "server/admin/ConsoleValues.h"
#include "server/admin/SpaceReference.h"
#include "server/admin/TextTable.h"

namespace hn::server {

namespace {

QString statusName(common::AccessRequestStatus status) {
    switch (status) {
    case common::AccessRequestStatus::Pending:
        return RequestCommands::tr("pending");
    case common::AccessRequestStatus::Approved:
        return RequestCommands::tr("approved");
    case common::AccessRequestStatus::Rejected:
        return RequestCommands::tr("rejected");
    }
    return QString();
}

} // namespace

int RequestCommands::run(ConsoleContext &context, const QStringList &arguments) {
    const CommandGroup group(
        QStringLiteral("requests"),
        tr("Review access requests (admins; coordinators for their municipality)."),
        {{QStringLiteral("list"), tr("List access requests, newest first."),
          &RequestCommands::list},
         {QStringLiteral("approve"),
          tr("Approve a request: creates the account and prints its "
             "activation code."),
          &RequestCommands::approve},
         {QStringLiteral("reject"), tr("Reject a request with a reason."),
          &RequestCommands::reject}});
    return group.run(context, arguments);
}

int RequestCommands::list(ConsoleContext &context, const QStringList &arguments) {
    ConsoleCommand command(context, arguments, 2);
    command.addOption({QStringLiteral("status"),
                       tr("pending (default), approved, rejected or all."),
                       QStringLiteral("status"), QStringLiteral("pending")});
    command.addOption({QStringLiteral("municipality"), tr("Only requests for this municipality."),
                       QStringLiteral("name")});
    if (!command.parse(QStringLiteral("[--status pending|approved|rejected|all] "
                                      "[--municipality NAME]"),
                       tr("Lists access requests, newest first."), 0))
        return command.exitCode();
    const QString statusText = command.value(QStringLiteral("status")).trimmed().toLower();
    std::optional<common::AccessRequestStatus> status;
    if (statusText == u"pending")
        status = common::AccessRequestStatus::Pending;
    else if (statusText == u"approved")
        status = common::AccessRequestStatus::Approved;
    else if (statusText == u"rejected")
        status = common::AccessRequestStatus::Rejected;
    else if (statusText != u"all")
        throw UsageError(
            tr("--status: '%1' is not one of pending, approved, rejected, all").arg(statusText));
    context.requireToken();
    client::AdminClient admin(context.endpoint, context.token);
    const QList<common::AccessRequest> requests =
        admin.listAccessRequests(status, command.value(QStringLiteral("municipality")));
    if (command.json()) {
        QJsonArray out;
        for (const common::AccessRequest &request : requests)
            out.append(ConsoleJson::accessRequest(request));
        ConsoleJson::print(out);
        return AdminOk;
    }
    TextTable table({tr("ID"), tr("RECEIVED"), tr("NAME"), tr("E-MAIL"), tr("ORGANIZATION"),
                     tr("MUNICIPALITY"), tr("STATUS"), tr("MESSAGE")});
    for (const common::AccessRequest &request : requests) {
        QString message = request.message;
        if (request.status == common::AccessRequestStatus::Rejected)
            message = request.reviewNote;
        table.addRow({request.id, ConsoleText::time(request.createdAt), request.name, request.email,
                      ConsoleText::orDash(request.organization),
                      ConsoleText::orDash(request.municipality), statusName(request.status),
                      ConsoleText::orDash(message)});
    }
    table.print(tr("No access requests match."));
    return AdminOk;
}

int RequestCommands::approve(ConsoleContext &context, const QStringList &arguments) {
    ConsoleCommand command(context, arguments, 2);
    command.addPositional(QStringLiteral("request"), tr("The request's id (see 'requests list')."),
                          QStringLiteral("<request>"));
    command.addOption({QStringLiteral("role"), tr("The new account's role: member or guest."),
                       QStringLiteral("role")});
    command.addOption({QStringLiteral("space"),
                       tr("Make the new user a member of this space (id or name), optionally "
                          "with a level: 'Team Adorf:author'. May be repeated."),
                       QStringLiteral("space[:level]")});
    if (!command.parse(QStringLiteral("<request> --role member|guest [--space S[:level]]..."),
                       tr("Approves a pending request: creates the account (pending until "
                          "activated), grants the spaces and prints the one-time activation "
                          "code to pass on to the person."),
                       1))
        return command.exitCode();
    if (!command.isSet(QStringLiteral("role")))
        throw UsageError(tr("--role is required (member or guest)"));
    const common::GlobalRole role =
        ConsoleValues::role(command.value(QStringLiteral("role")), QStringLiteral("--role"));
    context.requireToken();
    client::AdminClient admin(context.endpoint, context.token);
    const auto grants = SpaceReference::grants(admin, command.values(QStringLiteral("space")));
    const auto approval = admin.approveAccessRequest(command.positional(0), role, grants);
    if (command.json()) {
        ConsoleJson::print(QJsonObject{
            {QStringLiteral("request"), ConsoleJson::accessRequest(approval.request)},
            {QStringLiteral("user"), ConsoleJson::user(approval.user)},
            {QStringLiteral("activation"), ConsoleJson::activation(approval.activation)}});
        return AdminOk;
    }
    const QString email = approval.user.user.email;
    ConsoleText::out(tr("Approved: account %1 (%2) created as %3, pending activation.")
                         .arg(email, approval.user.user.id, common::toString(role))
                     + u'\n');
    ConsoleText::out(
        tr("One-time activation code: %1 (valid until %2).\n"
           "Pass it on in person or by phone; with it, the person sets a password: "
           "helfernetz-admin activate --email %3")
            .arg(approval.activation.code, ConsoleText::time(approval.activation.expiresAt), email)
        + u'\n');
    return AdminOk;
}

int RequestCommands::reject(ConsoleContext &context, const QStringList &arguments) {
    ConsoleCommand command(context, arguments, 2);
    command.addPositional(QStringLiteral("request"), tr("The request's id (see 'requests list')."),
                          QStringLiteral("<request>"));
    command.addOption({QStringLiteral("reason"),
                       tr("Why (required); kept as the request's review note."),
                       QStringLiteral("text")});
    if (!command.parse(QStringLiteral("<request> --reason TEXT"),
                       tr("Rejects a pending access request with a reason."), 1))
        return command.exitCode();
    const QString reason = command.value(QStringLiteral("reason")).trimmed();
    if (reason.isEmpty())
        throw UsageError(tr("--reason is required"));
    context.requireToken();
    client::AdminClient admin(context.endpoint, context.token);
    const common::AccessRequest request = admin.rejectAccessRequest(command.positional(0), reason);
    if (command.json()) {
        ConsoleJson::print(ConsoleJson::accessRequest(request));
        return AdminOk;
    }
    ConsoleText::out(tr("Rejected the request of %1 <%2>.").arg(request.name, request.email)
                     + u'\n');
    return AdminOk;
}

int RequestCommands::requestAccess(ConsoleContext &context, const QStringList &arguments) {
    ConsoleCommand command(context, arguments, 1);
    command.addOption(
        {QStringLiteral("name"), tr("Your full name (required)."), QStringLiteral("name")});
    command.addOption({QStringLiteral("email"), tr("Your e-mail, your future login (required)."),
                       QStringLiteral("email")});
    command.addOption({QStringLiteral("organization"),
                       tr("Your organization (Jobcenter, Caritas, an initiative, ...)."),
                       QStringLiteral("text")});
    command.addOption({QStringLiteral("municipality"),
                       tr("The municipality you work in; decides who reviews the request."),
                       QStringLiteral("name")});
    command.addOption({QStringLiteral("message"), tr("Why you ask."), QStringLiteral("text")});
    if (!command.parse(QStringLiteral("--name N --email E [--organization O] [--municipality M] "
                                      "[--message TEXT]"),
                       tr("Asks for an account; no login needed. An admin or coordinator "
                          "reviews the request and, if approved, gives you a one-time code "
                          "for 'helfernetz-admin activate'."),
                       0))
        return command.exitCode();
    common::AccessRequest request;
    request.name = command.value(QStringLiteral("name")).trimmed();
    request.email = command.value(QStringLiteral("email")).trimmed();
    if (request.name.isEmpty())
        throw UsageError(tr("--name is required"));
    if (request.email.isEmpty())
        throw UsageError(tr("--email is required"));
    request.organization = command.value(QStringLiteral("organization")).trimmed();
    request.municipality = command.value(QStringLiteral("municipality")).trimmed();
    request.message = command.value(QStringLiteral("message"));
    client::AuthClient(context.endpoint).requestAccess(request);
    if (command.json()) {
        ConsoleJson::print(QJsonObject{{QStringLiteral("requested"), true},
                                       {QStringLiteral("email"), request.email}});
        return AdminOk;
    }
    ConsoleText::out(tr("Your request was sent. Once it is approved you get a one-time code; "
                        "then run: helfernetz-admin activate --email %1")
                         .arg(request.email)
                     + u'\n');
    return AdminOk;
}

} // namespace hn::server
