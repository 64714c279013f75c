// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Roles.h"

#include <QCoreApplication>
#include <QDateTime>

namespace hn::server {

// Values typed on the command line, checked before anything is sent: a
// wrong one is a UsageError naming the option and the accepted values.
class ConsoleValues {
    Q_DECLARE_TR_FUNCTIONS(ConsoleValues)
public:
    static common::GlobalRole role(const QString &text, const QString &what);
    static common::AccountStatus status(const QString &text, const QString &what);
    static common::SpaceLevel level(const QString &text, const QString &what);
    static common::SpaceKind kind(const QString &text, const QString &what);
    static common::Affiliation affiliation(const QString &text, const QString &what);
    // yes/no, true/false, on/off, ja/nein.
    static bool yesNo(const QString &text, const QString &what);
    // "2026-11-01", "2026-11-01T08:00" (local time), or a span back from
    // `now`: "30m", "12h", "7d".
    static QDateTime time(const QString &text, const QString &what, const QDateTime &now);
    static int count(const QString &text, const QString &what, int minimum, int maximum);
};

} // namespace hn::server
