// SPDX-License-Identifier: GPL-3.0-or-later
#include "client/core/LocalView.h"

#include "client/core/RecordTable.h"
#include "client/core/ReplicaQuery.h"

#include <algorithm>

namespace hn::client {

LocalView::LocalView(ReplicaDatabase &database)
    : m_database(database) {}

std::optional<common::Record> LocalView::record(const QString &id) {
    RecordTable table(m_database.connection());
    const std::optional<ReplicaRow> row = table.load(id);
    if (!row)
        return std::nullopt;
    return row->local;
}

QList<common::Record> LocalView::records(common::EntityType type, const QString &bucket, int limit,
                                         int offset) {
    const QString where = bucket.isEmpty()
                              ? QStringLiteral("WHERE type = ? AND deleted = 0")
                              : QStringLiteral("WHERE type = ? AND bucket = ? AND deleted = 0");
    ReplicaQuery q(m_database.connection(),
                   QStringLiteral("SELECT %1 FROM records %2 ORDER BY id LIMIT ? OFFSET ?")
                       .arg(RecordTable::columns(), where),
                   QStringLiteral("read records"));
    const QVariant lim = limit < 0 ? -1 : limit;
    const QVariant off = std::max(offset, 0);
    if (bucket.isEmpty())
        q.exec({common::toString(type), lim, off});
    else
        q.exec({common::toString(type), bucket, lim, off});
    QList<common::Record> out;
    while (q.next())
        out << RecordTable::fromQuery(q).local;
    return out;
}

int LocalView::count(common::EntityType type, const QString &bucket) {
    ReplicaQuery q(
        m_database.connection(),
        bucket.isEmpty()
            ? QStringLiteral("SELECT COUNT(*) FROM records WHERE type = ? AND deleted = 0")
            : QStringLiteral("SELECT COUNT(*) FROM records WHERE type = ? AND bucket = ?"
                             " AND deleted = 0"),
        QStringLiteral("count records"));
    if (bucket.isEmpty())
        q.exec({common::toString(type)});
    else
        q.exec({common::toString(type), bucket});
    return q.next() ? q.value(0).toInt() : 0;
}

} // namespace hn::client
