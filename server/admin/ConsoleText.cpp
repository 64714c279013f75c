// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/admin/ConsoleText.h"

#include <QLocale>
#include <QStringList>
#include <cstdio>

namespace hn::server {

void ConsoleText::out(const QString &text) {
    std::fputs(text.toUtf8().constData(), stdout);
    std::fflush(stdout);
}

void ConsoleText::err(const QString &text) {
    std::fputs(text.toUtf8().constData(), stderr);
}

QString ConsoleText::time(const QDateTime &at) {
    if (!at.isValid())
        return QStringLiteral("-");
    return at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

QString ConsoleText::orDash(const QString &text) {
    return text.isEmpty() ? QStringLiteral("-") : text;
}

QString ConsoleText::yesNo(bool value) {
    return value ? tr("yes") : tr("no");
}

QString ConsoleText::actions(const QList<common::Action> &actions) {
    QStringList names;
    for (const common::Action action : actions)
        names.append(common::toString(action));
    return names.isEmpty() ? QStringLiteral("-") : names.join(QStringLiteral(", "));
}

QString ConsoleText::bytes(qint64 size) {
    return QLocale().formattedDataSize(size, 1, QLocale::DataSizeSIFormat);
}

} // namespace hn::server
