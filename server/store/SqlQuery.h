// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariant>
#include <initializer_list>

namespace hn::server {

// A prepared statement that throws common::Error(Internal) with the SQL
// error and a caller-given context ("insert user x@y") instead of returning
// false, so store code reads straight through.
class SqlQuery {
public:
    SqlQuery(const QSqlDatabase &db, const QString &sql, QString context);

    // Binds positional values in order and executes; returns *this.
    SqlQuery &exec(std::initializer_list<QVariant> values = {});
    bool next() { return m_query.next(); }
    QVariant value(int column) const { return m_query.value(column); }
    int rowsAffected() const { return m_query.numRowsAffected(); }
    QSqlQuery &raw() { return m_query; }

private:
    QSqlQuery m_query;
    QString m_context;
};

} // namespace hn::server
