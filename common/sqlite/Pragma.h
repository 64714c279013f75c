// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSqlDatabase>
#include <QString>

namespace hn::common {

// SQLite PRAGMA statements when a connection is set up (journal mode, busy
// timeout, foreign keys, durability).
class Pragma {
public:
    // Runs `statement` and returns the first value it yields, if any. PRAGMAs
    // take no bound parameters: callers format only their own integers into
    // one, never outside input. Throws common::Error(Unavailable).
    static QString run(QSqlDatabase &db, const QString &statement);
};

} // namespace hn::common
