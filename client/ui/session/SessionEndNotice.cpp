// SPDX-License-Identifier: GPL-3.0-or-later
#include "client/ui/session/SessionEndNotice.h"

#include "client/core/OfflineLease.h"

#include <QDir>
#include <QLocale>
#include <QStringList>

namespace hn::client {

QString SessionEndNotice::reason(common::SessionEndReason reason, const QString &message) {
    switch (reason) {
    case common::SessionEndReason::Expired:
        return tr("Your session has expired. Please log in again.");
    case common::SessionEndReason::LoggedOut:
        return tr("This session was logged out on another device. Please log in again.");
    case common::SessionEndReason::PasswordChanged:
        return tr("Your password was changed. Please log in with the new password.");
    case common::SessionEndReason::PasswordReset:
        return tr("Your password was reset by an administrator. Log in with the activation "
                  "code you received (\"I have an activation code\").");
    case common::SessionEndReason::SessionsRevoked:
        return tr("An administrator ended your sessions (for example after a change of your "
                  "role). Please log in again.");
    case common::SessionEndReason::AccountDisabled:
        return tr("Your account was disabled. Please contact your coordinator.");
    case common::SessionEndReason::DeviceRevoked:
        return tr("This device was removed from Helfernetz by an administrator.");
    case common::SessionEndReason::None:
        break;
    }
    return tr("The server no longer accepts this session (%1). Please log in again.").arg(message);
}

QString SessionEndNotice::locked(const OfflineLease &lease) {
    if (!lease.lastContact().isValid())
        return tr("This profile is locked: the server ended its session. Log in to unlock it; "
                  "nothing is lost.");
    return tr("This profile is locked because Helfernetz has not reached the server since %1 "
              "(more than %n day(s)). Log in to unlock it; nothing is lost.",
              nullptr, int(lease.lease().count() / (24 * 3600 * 1000)))
        .arg(QLocale().toString(lease.lastContact().toLocalTime(), QLocale::ShortFormat));
}

QString SessionEndNotice::wiped(const WipeReport &report) {
    QString text = reason(common::SessionEndReason::DeviceRevoked, {}) + QLatin1Char(' ')
                   + tr("The Helfernetz data on this computer has been deleted.");
    if (report.exportPath.isEmpty())
        return text;
    // One line per kind, each with its own plural form.
    QStringList saved;
    if (report.pendingChanges > 0)
        saved << tr("%n change(s) not yet sent", nullptr, report.pendingChanges);
    if (report.rejectedChanges > 0)
        saved << tr("of these, %n refused by the server", nullptr, report.rejectedChanges);
    if (report.conflicts > 0)
        saved << tr("%n conflict(s) with both versions", nullptr, report.conflicts);
    if (report.setAsideItems > 0)
        saved << tr("%n item(s) set aside", nullptr, report.setAsideItems);
    if (report.queuedUploads > 0)
        saved << tr("%n file(s) waiting for upload", nullptr, report.queuedUploads);
    const QString bullet = QStringLiteral("\n\u2022 ");
    text += QStringLiteral("\n\n") + tr("Work that had not reached the server was saved first:")
            + bullet + saved.join(bullet) + QStringLiteral("\n\n")
            + tr("The saved file: %1").arg(QDir::toNativeSeparators(report.exportPath));
    if (!report.filesPath.isEmpty())
        text +=
            QLatin1Char('\n') + tr("The files: %1").arg(QDir::toNativeSeparators(report.filesPath));
    return text + QStringLiteral("\n\n")
           + tr("Give it to your coordinator if the work is still needed.");
}

} // namespace hn::client
