// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariant>
#include <QVariantList>
#include <initializer_list>

namespace hn::client {

// A prepared statement of the replica that throws common::Error(Internal)
// with the SQL error and a caller-given context instead of returning false,
// so replica code reads straight through. Prepared once, it may be executed
// again with new values (the hot path of a pull reuses its statements).
class ReplicaQuery {
public:
    ReplicaQuery(const QSqlDatabase &db, const QString &sql, QString context);

    // Binds positional values in order and executes; returns *this. A null
    // QString is bound as '' and an invalid QVariant as NULL.
    ReplicaQuery &exec(std::initializer_list<QVariant> values = {});
    // The same with values only known at run time (an IN list).
    ReplicaQuery &exec(const QVariantList &values);
    bool next() { return m_query.next(); }
    QVariant value(int column) const { return m_query.value(column); }
    int rowsAffected() const { return m_query.numRowsAffected(); }
    QVariant lastInsertId() const { return m_query.lastInsertId(); }
    // What the next exec() does, for its error message (a statement that is
    // reused serves different records).
    void setContext(QString context) { m_context = std::move(context); }
    // Ends reading early, so the statement holds no read lock.
    void finish() { m_query.finish(); }

private:
    QSqlQuery m_query;
    QString m_context;
};

} // namespace hn::client
