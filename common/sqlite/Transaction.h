// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSqlDatabase>
#include <QString>
#include <functional>

namespace hn::common {

// Transactions on one Qt SQL connection, the same for the server's store and
// the client's replica. Nested calls on the same connection of the same
// thread join the outermost transaction, which alone commits or rolls back.
class Transaction {
public:
    using Work = std::function<void(QSqlDatabase &)>;

    // Runs `work` in a write transaction (BEGIN IMMEDIATE on SQLite, so a
    // writer waits on the busy timeout instead of failing at the upgrade).
    // Commits when `work` returns, rolls back and rethrows when it throws.
    // A busy database is common::Error(Unavailable) "<subject> is busy (...)",
    // anything else Internal.
    static void write(QSqlDatabase &db, const Work &work, const QString &subject);
    // Runs `work` in a read transaction, so every statement sees one snapshot
    // (SQLite: deferred BEGIN; PostgreSQL: REPEATABLE READ). Inside a write
    // transaction on the same connection it runs `work` there.
    static void read(QSqlDatabase &db, const Work &work, const QString &subject);
    // True while this thread is inside write() on `db`.
    static bool isWriting(const QSqlDatabase &db);
};

} // namespace hn::common
