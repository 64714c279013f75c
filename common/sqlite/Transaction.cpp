// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/sqlite/Transaction.h"

#include "common/Error.h"

#include <QDebug>
#include <QHash>
#include <QSqlError>
#include <QSqlQuery>

namespace hn::common {

namespace {

// Write-transaction depth per connection of this thread. Keyed by connection
// name, so a write on one database inside a write on another still gets its
// own transaction.
thread_local QHash<QString, int> t_depth;

bool isSqlite(const QSqlDatabase &db) {
    return db.driverName() == QLatin1String("QSQLITE");
}

// SQLITE_BUSY and SQLITE_LOCKED (and their extended codes): the busy timeout ran out.
bool isBusy(const QSqlError &error) {
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok);
    return ok && ((code & 0xff) == 5 || (code & 0xff) == 6);
}

Error failure(const QString &subject, const QString &what, const QSqlError &error) {
    if (isBusy(error)) {
        return Error::unavailable(
            QStringLiteral("%1 is busy (%2): %3").arg(subject, what, error.text()));
    }
    return Error::internal(QStringLiteral("%1: %2").arg(what, error.text()));
}

void execControl(QSqlDatabase &db, const QString &statement, const QString &subject,
                 const QString &what) {
    QSqlQuery query(db);
    if (!query.exec(statement))
        throw failure(subject, what, query.lastError());
}

void begin(QSqlDatabase &db, const QString &subject) {
    const QString what = QStringLiteral("begin transaction");
    if (isSqlite(db))
        execControl(db, QStringLiteral("BEGIN IMMEDIATE"), subject, what);
    else if (!db.transaction())
        throw failure(subject, what, db.lastError());
}

void commit(QSqlDatabase &db, const QString &subject) {
    const QString what = QStringLiteral("commit transaction");
    if (isSqlite(db))
        execControl(db, QStringLiteral("COMMIT"), subject, what);
    else if (!db.commit())
        throw failure(subject, what, db.lastError());
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

void Transaction::write(QSqlDatabase &db, const Work &work, const QString &subject) {
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

    begin(db, subject);
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
        commit(db, subject);
    } catch (...) {
        // A failed COMMIT (e.g. busy) leaves the transaction open on SQLite.
        rollback(db);
        throw;
    }
}

void Transaction::read(QSqlDatabase &db, const Work &work, const QString &subject) {
    if (isWriting(db)) {
        work(db);
        return;
    }
    execControl(db,
                isSqlite(db) ? QStringLiteral("BEGIN")
                             : QStringLiteral("BEGIN TRANSACTION ISOLATION LEVEL REPEATABLE READ"),
                subject, QStringLiteral("begin read transaction"));
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

bool Transaction::isWriting(const QSqlDatabase &db) {
    return t_depth.value(db.connectionName()) > 0;
}

} // namespace hn::common
