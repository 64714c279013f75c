// SPDX-License-Identifier: GPL-3.0-or-later
// Private to server/store: value conversions and the write transaction that
// every store, the migrations and Database share.
#pragma once

#include "common/Error.h"

#include <QByteArray>
#include <QDateTime>
#include <QSqlDatabase>
#include <QString>
#include <QVariant>
#include <functional>
#include <optional>

namespace hn::server::sql {

bool isSqlite(const QSqlDatabase &db);

// Times are INTEGER milliseconds since the epoch, UTC; a null QDateTime is NULL.
QVariant fromTime(const QDateTime &time);
QDateTime toTime(const QVariant &value);

// Typed NULLs so PostgreSQL knows the parameter type.
QVariant fromText(const QString &text);
QVariant fromBlob(const QByteArray &blob);
QVariant fromBool(bool value);

// An enum read back from the database; an unknown name means the row was
// written by something other than this program, which we refuse to guess about.
template <typename Enum>
Enum decode(std::optional<Enum> parsed, const QVariant &stored, const char *table,
            const QString &rowId, const char *column) {
    if (parsed)
        return *parsed;
    throw common::Error::internal(
        QStringLiteral("%1 row %2: unknown value '%3' in column %4")
            .arg(QLatin1String(table), rowId, stored.toString(), QLatin1String(column)));
}

// Runs `work` in a write transaction on `db` (BEGIN IMMEDIATE on SQLite).
// A call while this thread already has a write transaction open on the same
// connection joins it: the outermost call commits or rolls back.
void writeTransaction(QSqlDatabase &db, const std::function<void(QSqlDatabase &)> &work);

// Runs `work` in a read transaction on `db`, so every statement in it sees
// the same snapshot (SQLite: a deferred BEGIN, whose snapshot is taken by
// the first read; PostgreSQL: REPEATABLE READ). Inside a write transaction
// on the same connection it simply runs `work` there.
void readTransaction(QSqlDatabase &db, const std::function<void(QSqlDatabase &)> &work);

// True while the calling thread is inside writeTransaction on `db`.
bool inWriteTransaction(const QSqlDatabase &db);

// Whether the driver's text of a unique violation names `column` (SQLite:
// "UNIQUE constraint failed: users.email"; PostgreSQL: constraint "users_email_key").
bool uniqueViolationMentions(const QString &driverText, const QString &table,
                             const QString &column);

} // namespace hn::server::sql
