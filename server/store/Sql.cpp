// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/store/Sql.h"

#include <QDebug>
#include <QHash>
#include <QSqlError>
#include <QSqlQuery>

namespace hn::server::sql {

namespace {

// Transaction depth per connection of this thread. Keyed by connection name,
// not a single counter, so a write on one Database inside a write on another
// still gets its own transaction.
thread_local QHash<QString, int> t_depth;

// SQLITE_BUSY and SQLITE_LOCKED (and their extended codes): the busy timeout ran out.
bool isBusy(const QSqlError &error) {
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok);
    return ok && ((code & 0xff) == 5 || (code & 0xff) == 6);
}

common::Error transactionError(const QString &what, const QSqlError &error) {
    if (isBusy(error)) {
        return common::Error::unavailable(
            QStringLiteral("database is busy (%1): %2").arg(what, error.text()));
    }
    return common::Error::internal(QStringLiteral("%1: %2").arg(what, error.text()));
}

void execControl(QSqlDatabase &db, const QString &statement, const QString &what) {
    QSqlQuery query(db);
    if (!query.exec(statement))
        throw transactionError(what, query.lastError());
}

void begin(QSqlDatabase &db) {
    if (isSqlite(db)) {
        // IMMEDIATE takes the write lock up front: a deferred transaction that
        // reads first fails with SQLITE_BUSY on the upgrade instead of waiting.
        execControl(db, QStringLiteral("BEGIN IMMEDIATE"), QStringLiteral("begin transaction"));
    } else if (!db.transaction()) {
        throw transactionError(QStringLiteral("begin transaction"), db.lastError());
    }
}

void commit(QSqlDatabase &db) {
    if (isSqlite(db)) {
        execControl(db, QStringLiteral("COMMIT"), QStringLiteral("commit transaction"));
    } else if (!db.commit()) {
        throw transactionError(QStringLiteral("commit transaction"), db.lastError());
    }
}

// Never throws: it runs while another exception is on its way out.
void rollback(QSqlDatabase &db) noexcept {
    try {
        if (isSqlite(db)) {
            QSqlQuery query(db);
            // SQLite rolls back by itself on some errors (disk full, I/O); then
            // there is nothing left to undo and no reason to warn.
            if (!query.exec(QStringLiteral("ROLLBACK"))
                && !query.lastError().text().contains(QLatin1String("no transaction is active")))
                qWarning().noquote() << "rollback failed:" << query.lastError().text();
        } else if (!db.rollback()) {
            qWarning().noquote() << "rollback failed:" << db.lastError().text();
        }
    } catch (...) {
        qWarning("rollback failed with an exception");
    }
}

} // namespace

bool isSqlite(const QSqlDatabase &db) {
    return db.driverName() == QLatin1String("QSQLITE");
}

QVariant fromTime(const QDateTime &time) {
    if (!time.isValid())
        return QVariant(QMetaType::fromType<qint64>());
    return QVariant(time.toMSecsSinceEpoch());
}

QDateTime toTime(const QVariant &value) {
    if (value.isNull())
        return {};
    // Qt::UTC rather than QTimeZone::utc(): before Qt 6.5 the latter yields a
    // Qt::TimeZone spec, which compares equal but prints and converts differently.
    return QDateTime::fromMSecsSinceEpoch(value.toLongLong(), Qt::UTC);
}

QVariant fromText(const QString &text) {
    if (text.isNull())
        return QVariant(QMetaType::fromType<QString>());
    return QVariant(text);
}

QVariant fromBlob(const QByteArray &blob) {
    if (blob.isNull())
        return QVariant(QMetaType::fromType<QByteArray>());
    return QVariant(blob);
}

QVariant fromBool(bool value) {
    return QVariant(value ? 1 : 0);
}

void writeTransaction(QSqlDatabase &db, const std::function<void(QSqlDatabase &)> &work) {
    const QString name = db.connectionName();
    if (t_depth.value(name) > 0) {
        struct Leave {
            QString name;
            ~Leave() { --t_depth[name]; }
        } leave{name};
        ++t_depth[name];
        work(db);
        return;
    }

    begin(db);
    t_depth.insert(name, 1);
    try {
        work(db);
    } catch (...) {
        t_depth.remove(name);
        rollback(db);
        throw;
    }
    t_depth.remove(name);
    try {
        commit(db);
    } catch (...) {
        // A failed COMMIT (e.g. busy) leaves the transaction open on SQLite.
        rollback(db);
        throw;
    }
}

void readTransaction(QSqlDatabase &db, const std::function<void(QSqlDatabase &)> &work) {
    if (t_depth.value(db.connectionName()) > 0) {
        work(db);
        return;
    }
    execControl(db,
                isSqlite(db) ? QStringLiteral("BEGIN")
                             : QStringLiteral("BEGIN TRANSACTION ISOLATION LEVEL REPEATABLE READ"),
                QStringLiteral("begin read transaction"));
    try {
        work(db);
    } catch (...) {
        rollback(db);
        throw;
    }
    // Nothing was written: ending it with ROLLBACK cannot fail on a busy
    // database the way COMMIT could.
    rollback(db);
}

bool inWriteTransaction(const QSqlDatabase &db) {
    return t_depth.value(db.connectionName()) > 0;
}

bool uniqueViolationMentions(const QString &driverText, const QString &table,
                             const QString &column) {
    return driverText.contains(table + QLatin1Char('.') + column)
           || driverText.contains(table + QLatin1Char('_') + column)
           || driverText.contains(QLatin1Char('(') + column + QLatin1Char(')'));
}

} // namespace hn::server::sql
