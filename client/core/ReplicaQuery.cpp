// SPDX-License-Identifier: GPL-3.0-or-later
#include "client/core/ReplicaQuery.h"

#include "common/Error.h"

#include <QSqlError>

namespace hn::client {

ReplicaQuery::ReplicaQuery(const QSqlDatabase &db, const QString &sql, QString context)
    : m_query(db)
    , m_context(std::move(context)) {
    // Results are read once, front to back; this spares the driver a cache.
    m_query.setForwardOnly(true);
    if (!m_query.prepare(sql)) {
        throw common::Error::internal(
            QStringLiteral("%1: %2").arg(m_context, m_query.lastError().text()));
    }
}

ReplicaQuery &ReplicaQuery::exec(std::initializer_list<QVariant> values) {
    return exec(QVariantList(values));
}

ReplicaQuery &ReplicaQuery::exec(const QVariantList &values) {
    // A statement executed again must first let go of its previous result.
    m_query.finish();
    int position = 0;
    for (const QVariant &value : values) {
        // Qt's SQLite driver binds a null QString as NULL; the replica's text
        // columns mean "empty" by it. Deliberate NULLs are passed as an
        // invalid QVariant.
        if (value.typeId() == QMetaType::QString && value.toString().isNull())
            m_query.bindValue(position++, QStringLiteral(""));
        else
            m_query.bindValue(position++, value);
    }
    if (!m_query.exec()) {
        throw common::Error::internal(
            QStringLiteral("%1: %2").arg(m_context, m_query.lastError().text()));
    }
    return *this;
}

} // namespace hn::client
