// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/admin/ConsoleValues.h"

#include "server/admin/AdminConsole.h"

#include <QRegularExpression>

namespace hn::server {

namespace {

template <typename T>
T parsed(const std::optional<T> &value, const QString &text, const QString &what,
         const char *accepted) {
    if (!value) {
        throw UsageError(ConsoleValues::tr("%1: '%2' is not one of %3")
                             .arg(what, text, QString::fromLatin1(accepted)));
    }
    return *value;
}

} // namespace

common::GlobalRole ConsoleValues::role(const QString &text, const QString &what) {
    return parsed(common::parseGlobalRole(text.trimmed().toLower()), text, what,
                  "guest, member, coordinator, admin");
}

common::AccountStatus ConsoleValues::status(const QString &text, const QString &what) {
    return parsed(common::parseAccountStatus(text.trimmed().toLower()), text, what,
                  "pending, active, disabled");
}

common::SpaceLevel ConsoleValues::level(const QString &text, const QString &what) {
    return parsed(common::parseSpaceLevel(text.trimmed().toLower()), text, what,
                  "reader, author, editor, moderator");
}

common::SpaceKind ConsoleValues::kind(const QString &text, const QString &what) {
    return parsed(common::parseSpaceKind(text.trimmed().toLower()), text, what,
                  "public, team, municipality, internal");
}

common::Affiliation ConsoleValues::affiliation(const QString &text, const QString &what) {
    return parsed(common::parseAffiliation(text.trimmed().toLower()), text, what,
                  "unspecified, hauptamtlich, ehrenamtlich");
}

bool ConsoleValues::yesNo(const QString &text, const QString &what) {
    const QString value = text.trimmed().toLower();
    if (value == u"yes" || value == u"true" || value == u"on" || value == u"ja")
        return true;
    if (value == u"no" || value == u"false" || value == u"off" || value == u"nein")
        return false;
    throw UsageError(tr("%1: '%2' is not yes or no").arg(what, text));
}

QDateTime ConsoleValues::time(const QString &text, const QString &what, const QDateTime &now) {
    static const QRegularExpression span(QStringLiteral("^(\\d{1,6})([mhd])$"));
    const QString value = text.trimmed();
    if (const auto match = span.match(value); match.hasMatch()) {
        const qint64 amount = match.captured(1).toLongLong();
        const QChar unit = match.captured(2).at(0);
        const qint64 seconds = unit == u'm' ? 60 : unit == u'h' ? 3600 : 86400;
        return now.addSecs(-amount * seconds);
    }
    for (const QString &format :
         {QStringLiteral("yyyy-MM-dd"), QStringLiteral("yyyy-MM-ddTHH:mm"),
          QStringLiteral("yyyy-MM-dd HH:mm"), QStringLiteral("yyyy-MM-ddTHH:mm:ss")}) {
        const QDateTime at = QDateTime::fromString(value, format);
        if (at.isValid())
            return at; // local time, as people mean it
    }
    throw UsageError(
        tr("%1: '%2' is neither a date (2026-11-01, 2026-11-01T08:00) nor a span (30m, 12h, 7d)")
            .arg(what, text));
}

int ConsoleValues::count(const QString &text, const QString &what, int minimum, int maximum) {
    bool ok = false;
    const int value = text.trimmed().toInt(&ok);
    if (!ok || value < minimum || value > maximum) {
        throw UsageError(
            tr("%1: '%2' is not a number from %3 to %4").arg(what, text).arg(minimum).arg(maximum));
    }
    return value;
}

} // namespace hn::server
