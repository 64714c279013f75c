// SPDX-License-Identifier: GPL-3.0-or-later
#include "client/ui/documents/DocumentTags.h"

#include "client/core/Replica.h"
#include "client/core/ReplicaQuery.h"

#include <QVariantList>

namespace hn::client {

QStringList DocumentTags::inUse(Replica &replica, const QStringList &spaceIds) {
    QString sql = QStringLiteral("SELECT DISTINCT tag.value FROM records,"
                                 " json_each(records.fields, '$.tags') AS tag"
                                 " WHERE records.type = 'document' AND records.deleted = 0");
    QVariantList values;
    if (!spaceIds.isEmpty()) {
        QStringList marks;
        for (const QString &space : spaceIds) {
            marks << QStringLiteral("?");
            values << space;
        }
        sql += QStringLiteral(" AND records.space_id IN (%1)").arg(marks.join(u','));
    }
    sql += QStringLiteral(" ORDER BY tag.value COLLATE NOCASE LIMIT %1").arg(kMaxTags);
    ReplicaQuery query(replica.database().connection(), sql,
                       QStringLiteral("read the tags of documents"));
    query.exec(values);
    QStringList tags;
    while (query.next())
        tags << query.value(0).toString();
    return tags;
}

} // namespace hn::client
