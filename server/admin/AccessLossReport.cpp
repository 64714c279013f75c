// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/admin/AccessLossReport.h"

#include "server/admin/ConsoleText.h"
#include "server/admin/TextTable.h"

namespace hn::server {

void AccessLossReport::print(const QString &who, const common::AccessLoss &loss, bool dryRun) {
    if (loss.isEmpty()) {
        ConsoleText::out((dryRun ? tr("%1 would lose nothing.") : tr("%1 loses nothing.")).arg(who)
                         + u'\n');
        return;
    }
    ConsoleText::out((dryRun ? tr("%1 would lose:") : tr("%1 loses:")).arg(who) + u'\n');
    if (!loss.globalActions.isEmpty()) {
        ConsoleText::out(tr("Platform rights: %1").arg(ConsoleText::actions(loss.globalActions))
                         + u'\n');
    }
    if (!loss.spaces.isEmpty()) {
        TextTable table({tr("SPACE"), tr("LOSES READING"), tr("RECORDS"), tr("OWN RECORDS"),
                         tr("RIGHTS LOST")});
        for (const common::SpaceAccessLoss &space : loss.spaces) {
            table.addRow({space.spaceName, ConsoleText::yesNo(space.losesRead),
                          QString::number(space.recordCount), QString::number(space.ownRecordCount),
                          ConsoleText::actions(space.actions)});
        }
        ConsoleText::out(table.toString());
    }
    if (dryRun)
        ConsoleText::out(tr("Nothing was changed (dry run).") + u'\n');
}

} // namespace hn::server
