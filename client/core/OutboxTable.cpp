// SPDX-License-Identifier: GPL-3.0-or-later
#include "client/core/OutboxTable.h"

#include "client/core/ReplicaJson.h"
#include "client/core/ReplicaNames.h"

#include <QJsonArray>

namespace hn::client {

using namespace names;

namespace {

const QString kOutboxColumns = QStringLiteral(
    "id, mutation_id, record_id, type, bucket, space_id, op, base_version, fields,"
    " changed_fields, state, sent, rejection_kind, rejection_field, rejection_message,"
    " user_id, created_at");

StoredEntry entryFromQuery(const ReplicaQuery &q) {
    StoredEntry s;
    OutboxEntry &e = s.entry;
    e.id = q.value(0).toLongLong();
    e.mutation.mutationId = q.value(1).toString();
    e.mutation.recordId = q.value(2).toString();
    e.mutation.type = parseType(q.value(3).toString(), QStringLiteral("outbox entry"));
    e.bucket = q.value(4).toString();
    e.mutation.spaceId = q.value(5).toString();
    e.mutation.op =
        common::parseMutationOp(q.value(6).toString()).value_or(common::MutationOp::Update);
    e.mutation.baseVersion = q.value(7).toLongLong();
    e.mutation.fields = json::toObject(q.value(8));
    e.mutation.changedFields = json::listFromText(q.value(9));
    e.state = parseState(q.value(10).toString());
    s.sent = q.value(11).toInt() != 0;
    if (!q.value(12).isNull()) {
        common::Rejection rejection;
        rejection.kind = parseRejectionKind(q.value(12).toString());
        rejection.field = q.value(13).toString();
        rejection.message = q.value(14).toString();
        e.rejection = rejection;
    }
    e.userId = q.value(15).toString();
    e.createdAt = json::toTime(q.value(16));
    return s;
}

} // namespace

OutboxTable::OutboxTable(StatementCache &sql)
    : m_sql(sql) {}

QList<StoredEntry> OutboxTable::select(const QString &where, std::initializer_list<QVariant> values,
                                       const QString &context) {
    ReplicaQuery &q =
        m_sql(QStringLiteral("SELECT %1 FROM outbox %2").arg(kOutboxColumns, where), context);
    q.exec(values);
    QList<StoredEntry> out;
    while (q.next())
        out << entryFromQuery(q);
    return out;
}

std::optional<StoredEntry> OutboxTable::load(qint64 id) {
    const QList<StoredEntry> entries =
        select(QStringLiteral("WHERE id = ?"), {id}, QStringLiteral("read outbox entry"));
    if (entries.isEmpty())
        return std::nullopt;
    return entries.first();
}

void OutboxTable::insert(OutboxEntry &e) {
    ReplicaQuery &q =
        m_sql(QStringLiteral("INSERT INTO outbox (mutation_id, record_id, type, bucket,"
                             " space_id, op, base_version, fields, changed_fields, state,"
                             " sent, user_id, created_at)"
                             " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?)"),
              QStringLiteral("add outbox entry for record %1").arg(e.mutation.recordId));
    q.exec({e.mutation.mutationId, e.mutation.recordId, common::toString(e.mutation.type), e.bucket,
            e.mutation.spaceId, common::toString(e.mutation.op), e.mutation.baseVersion,
            json::toText(e.mutation.fields), json::listToText(e.mutation.changedFields),
            stateName(e.state), e.userId, json::fromTime(e.createdAt)});
    e.id = q.lastInsertId().toLongLong();
}

void OutboxTable::update(const StoredEntry &s) {
    const OutboxEntry &e = s.entry;
    const std::optional<common::Rejection> &r = e.rejection;
    // An invalid QVariant binds NULL: no rejection.
    m_sql(QStringLiteral("UPDATE outbox SET mutation_id = ?, op = ?, base_version = ?,"
                         " fields = ?, changed_fields = ?, state = ?, sent = ?,"
                         " rejection_kind = ?, rejection_field = ?,"
                         " rejection_message = ? WHERE id = ?"),
          QStringLiteral("update outbox entry %1").arg(e.id))
        .exec({e.mutation.mutationId, common::toString(e.mutation.op), e.mutation.baseVersion,
               json::toText(e.mutation.fields), json::listToText(e.mutation.changedFields),
               stateName(e.state), s.sent ? 1 : 0,
               r ? QVariant(rejectionKindName(r->kind)) : QVariant(),
               r ? QVariant(r->field) : QVariant(), r ? QVariant(r->message) : QVariant(), e.id});
}

void OutboxTable::remove(qint64 id) {
    m_sql(QStringLiteral("DELETE FROM outbox WHERE id = ?"),
          QStringLiteral("remove outbox entry %1").arg(id))
        .exec({id});
}

QJsonObject OutboxTable::toJson(const StoredEntry &s) {
    const OutboxEntry &e = s.entry;
    QJsonObject o{
        {QStringLiteral("outbox_id"), double(e.id)},
        {QStringLiteral("mutation_id"), e.mutation.mutationId},
        {QStringLiteral("op"), common::toString(e.mutation.op)},
        {QStringLiteral("type"), common::toString(e.mutation.type)},
        {QStringLiteral("record_id"), e.mutation.recordId},
        {QStringLiteral("space_id"), e.mutation.spaceId},
        {QStringLiteral("base_version"), double(e.mutation.baseVersion)},
        {QStringLiteral("fields"), e.mutation.fields},
        {QStringLiteral("changed_fields"), QJsonArray::fromStringList(e.mutation.changedFields)},
        {QStringLiteral("state"), stateName(e.state)},
        {QStringLiteral("user_id"), e.userId},
        {QStringLiteral("created_at"), e.createdAt.toString(Qt::ISODateWithMs)},
    };
    if (e.rejection) {
        o.insert(QStringLiteral("rejection"),
                 QJsonObject{{QStringLiteral("kind"), rejectionKindName(e.rejection->kind)},
                             {QStringLiteral("field"), e.rejection->field},
                             {QStringLiteral("message"), e.rejection->message}});
    }
    return o;
}

} // namespace hn::client
