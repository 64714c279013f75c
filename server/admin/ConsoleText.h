// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Policy.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

namespace hn::server {

// How the console writes text for people: UTF-8 on every platform, times
// in local time ("2026-11-21 14:05"), "-" for nothing, and the translated
// names of roles, statuses and levels.
class ConsoleText {
    Q_DECLARE_TR_FUNCTIONS(ConsoleText)
public:
    static void out(const QString &text);
    static void err(const QString &text);
    static QString time(const QDateTime &at);
    static QString orDash(const QString &text);
    static QString yesNo(bool value);
    static QString actions(const QList<common::Action> &actions);
    // A size in bytes for people ("12.3 MB").
    static QString bytes(qint64 size);
};

} // namespace hn::server
