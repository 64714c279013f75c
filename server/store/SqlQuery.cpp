// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/store/SqlQuery.h"

#include "common/Error.h"

#include <QSqlError>

namespace hn::server {

namespace {

bool isUniqueViolation(const QSqlError &error) {
    const QString code = error.nativeErrorCode();
    // SQLite extended codes SQLITE_CONSTRAINT_UNIQUE / _PRIMARYKEY (Qt turns
    // extended codes on); the text covers builds that do not; 23505 is
    // PostgreSQL's unique_violation.
    return code == QLatin1String("2067") || code == QLatin1String("1555")
           || code == QLatin1String("23505")
           || error.text().contains(QLatin1String("UNIQUE constraint failed"));
}

} // namespace

SqlQuery::SqlQuery(const QSqlDatabase &db, const QString &sql, QString context)
    : m_query(db)
    , m_context(std::move(context)) {
    // Results are read once, front to back; this spares the driver a cache.
    m_query.setForwardOnly(true);
    if (!m_query.prepare(sql)) {
        throw common::Error::internal(
            QStringLiteral("%1: %2").arg(m_context, m_query.lastError().text()));
    }
}

SqlQuery &SqlQuery::exec(std::initializer_list<QVariant> values) {
    int position = 0;
    for (const QVariant &value : values)
        m_query.bindValue(position++, value);
    if (!m_query.exec()) {
        const QSqlError error = m_query.lastError();
        if (isUniqueViolation(error))
            throw common::Error::alreadyExists(m_context);
        throw common::Error::internal(QStringLiteral("%1: %2").arg(m_context, error.text()));
    }
    return *this;
}

} // namespace hn::server
