// SPDX-License-Identifier: GPL-3.0-or-later
#include "client/ui/contacts/ContactFacets.h"

#include "client/core/Replica.h"
#include "client/core/ReplicaQuery.h"

#include <QVariantList>

namespace hn::client {

ContactFacets::ContactFacets(Replica &replica)
    : m_replica(replica) {}

QStringList ContactFacets::distinct(const QString &valueSql, const QString &fromSql,
                                    const QStringList &spaceIds, const QString &context) {
    QString sql = QStringLiteral("SELECT DISTINCT %1 AS v FROM %2"
                                 " WHERE records.type = 'contact' AND records.deleted = 0")
                      .arg(valueSql, fromSql);
    QVariantList values;
    if (!spaceIds.isEmpty()) {
        QStringList marks;
        for (const QString &space : spaceIds) {
            marks.append(QStringLiteral("?"));
            values.append(space);
        }
        sql += QStringLiteral(" AND records.space_id IN (%1)").arg(marks.join(u','));
    }
    sql += QStringLiteral(" AND v IS NOT NULL AND v <> '' ORDER BY v COLLATE NOCASE");
    ReplicaQuery query(m_replica.database().connection(), sql, context);
    query.exec(values);
    QStringList result;
    while (query.next())
        result.append(query.value(0).toString());
    return result;
}

QStringList ContactFacets::tags(const QStringList &spaceIds) {
    return distinct(QStringLiteral("tag.value"),
                    QStringLiteral("records, json_each(records.fields, '$.tags') AS tag"), spaceIds,
                    QStringLiteral("list the tags of contacts"));
}

QStringList ContactFacets::municipalities(const QStringList &spaceIds) {
    // Written as in the index records_contact_municipality (replica schema 3).
    return distinct(QStringLiteral("json_extract(fields, '$.municipality')"),
                    QStringLiteral("records"), spaceIds,
                    QStringLiteral("list the municipalities of contacts"));
}

} // namespace hn::client
