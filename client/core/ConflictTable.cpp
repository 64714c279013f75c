// SPDX-License-Identifier: GPL-3.0-or-later
#include "client/core/ConflictTable.h"

#include "client/core/ReplicaJson.h"
#include "client/core/ReplicaNames.h"

namespace hn::client {

using namespace names;

namespace {

const QString kConflictColumns = QStringLiteral(
    "id, kind, record_id, type, bucket, field, mine, theirs, server_version, detected_at");

Conflict conflictFromQuery(const ReplicaQuery &q) {
    Conflict c;
    c.id = q.value(0).toLongLong();
    c.kind = parseKind(q.value(1).toString());
    c.recordId = q.value(2).toString();
    c.type = parseType(q.value(3).toString(), QStringLiteral("conflict"));
    c.bucket = q.value(4).toString();
    c.field = q.value(5).toString();
    c.mine = json::valueFromText(q.value(6));
    c.theirs = json::valueFromText(q.value(7));
    c.serverVersion = q.value(8).toLongLong();
    c.detectedAt = json::toTime(q.value(9));
    return c;
}

} // namespace

ConflictTable::ConflictTable(StatementCache &sql)
    : m_sql(sql) {}

QList<Conflict> ConflictTable::select(const QString &where,
                                      std::initializer_list<QVariant> values) {
    ReplicaQuery &q = m_sql(
        QStringLiteral("SELECT %1 FROM conflicts %2 ORDER BY id").arg(kConflictColumns, where),
        QStringLiteral("read conflicts"));
    q.exec(values);
    QList<Conflict> out;
    while (q.next())
        out << conflictFromQuery(q);
    return out;
}

void ConflictTable::upsert(const Conflict &c) {
    m_sql(QStringLiteral("INSERT INTO conflicts (kind, record_id, type, bucket, field,"
                         " mine, theirs, server_version, detected_at)"
                         " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"
                         " ON CONFLICT (record_id, field) DO UPDATE SET kind = excluded.kind,"
                         " mine = excluded.mine, theirs = excluded.theirs,"
                         " server_version = excluded.server_version,"
                         " detected_at = excluded.detected_at"),
          QStringLiteral("store conflict on record %1").arg(c.recordId))
        .exec({kindName(c.kind), c.recordId, common::toString(c.type), c.bucket, c.field,
               json::valueToText(c.mine), json::valueToText(c.theirs), c.serverVersion,
               json::fromTime(c.detectedAt)});
}

void ConflictTable::remove(qint64 id) {
    m_sql(QStringLiteral("DELETE FROM conflicts WHERE id = ?"),
          QStringLiteral("remove conflict %1").arg(id))
        .exec({id});
}

QJsonObject ConflictTable::toJson(const Conflict &c) {
    return QJsonObject{
        {QStringLiteral("conflict_id"), double(c.id)},
        {QStringLiteral("kind"), kindName(c.kind)},
        {QStringLiteral("field"), c.field},
        {QStringLiteral("mine"), c.mine},
        {QStringLiteral("theirs"), c.theirs},
        {QStringLiteral("server_version"), double(c.serverVersion)},
        {QStringLiteral("detected_at"), c.detectedAt.toString(Qt::ISODateWithMs)},
    };
}

} // namespace hn::client
