// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/admin/DeviceCommands.h"

#include "client/core/AdminClient.h"
#include "server/admin/ConsoleCommand.h"
#include "server/admin/ConsoleJson.h"
#include "server/admin/ConsoleText.h"
#include "server/admin/TextTable.h"

namespace hn::server {

namespace {

QString state(const common::Device &device) {
    if (!device.endedAt.isValid())
        return DeviceCommands::tr("active");
    const QString reason = device.endReason != common::SessionEndReason::None
                               ? common::toString(device.endReason)
                               : DeviceCommands::tr("ended");
    if (device.endReason == common::SessionEndReason::DeviceRevoked) {
        return device.wipeDeliveredAt.isValid()
                   ? DeviceCommands::tr("%1, wiped %2")
                         .arg(reason, ConsoleText::time(device.wipeDeliveredAt))
                   : DeviceCommands::tr("%1, wipe pending").arg(reason);
    }
    return reason;
}

} // namespace

int DeviceCommands::run(ConsoleContext &context, const QStringList &arguments) {
    const CommandGroup group(
        QStringLiteral("devices"), tr("Devices, i.e. login sessions (admins only)."),
        {{QStringLiteral("list"), tr("List devices, most recently used first."),
          &DeviceCommands::list},
         {QStringLiteral("revoke"),
          tr("Revoke a device: it is logged out and wipes its local data."),
          &DeviceCommands::revoke}});
    return group.run(context, arguments);
}

int DeviceCommands::list(ConsoleContext &context, const QStringList &arguments) {
    ConsoleCommand command(context, arguments, 2);
    command.addOption({QStringLiteral("user"), tr("Only this user's devices (e-mail or id)."),
                       QStringLiteral("user")});
    command.addOption({QStringLiteral("all"), tr("Also list sessions that have ended.")});
    if (!command.parse(QStringLiteral("[--user U] [--all]"),
                       tr("Lists devices (login sessions) with their names, most recently used "
                          "first."),
                       0))
        return command.exitCode();
    context.requireToken();
    client::AdminClient admin(context.endpoint, context.token);
    const QList<common::Device> devices = admin.listDevices(command.value(QStringLiteral("user")),
                                                            command.isSet(QStringLiteral("all")));
    if (command.json()) {
        QJsonArray out;
        for (const common::Device &device : devices)
            out.append(ConsoleJson::device(device));
        ConsoleJson::print(out);
        return AdminOk;
    }
    TextTable table({tr("SESSION"), tr("USER"), tr("DEVICE"), tr("ADDRESS"), tr("LOGGED IN"),
                     tr("LAST USED"), tr("STATE")});
    for (const common::Device &device : devices) {
        table.addRow({device.sessionId, device.userEmail, ConsoleText::orDash(device.deviceName),
                      ConsoleText::orDash(device.peer), ConsoleText::time(device.createdAt),
                      ConsoleText::time(device.lastUsedAt), state(device)});
    }
    table.print(tr("No devices."));
    return AdminOk;
}

int DeviceCommands::revoke(ConsoleContext &context, const QStringList &arguments) {
    ConsoleCommand command(context, arguments, 2);
    command.addPositional(QStringLiteral("session"), tr("The session's id (see 'devices list')."),
                          QStringLiteral("<session>"));
    if (!command.parse(QStringLiteral("<session>"),
                       tr("Revokes one device: its session ends, and on its next contact the "
                          "client exports unsynced work to a file, deletes its local copy of "
                          "the data and tells the user."),
                       1))
        return command.exitCode();
    context.requireToken();
    client::AdminClient admin(context.endpoint, context.token);
    const common::Device device = admin.revokeDevice(command.positional(0));
    if (command.json()) {
        ConsoleJson::print(ConsoleJson::device(device));
        return AdminOk;
    }
    ConsoleText::out(tr("Revoked the device '%1' of %2; it wipes its data on its next contact.")
                         .arg(ConsoleText::orDash(device.deviceName), device.userEmail)
                     + u'\n');
    return AdminOk;
}

} // namespace hn::server
