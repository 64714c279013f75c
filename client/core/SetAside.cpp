// SPDX-License-Identifier: GPL-3.0-or-later
#include "client/core/SetAside.h"

#include "client/core/ReplicaJson.h"
#include "client/core/ReplicaNames.h"
#include "client/core/ReplicaTransaction.h"
#include "common/Error.h"

#include <QJsonDocument>
#include <algorithm>

namespace hn::client {

using common::MutationOp;
using namespace names;

namespace {

const QString kSetAsideColumns =
    QStringLiteral("id, type, record_id, bucket, space_id, op, fields, changed_fields,"
                   " base_version, reason, set_aside_at, details");

SetAsideItem setAsideFromQuery(const ReplicaQuery &q) {
    SetAsideItem item;
    item.id = q.value(0).toLongLong();
    item.type = parseType(q.value(1).toString(), QStringLiteral("set-aside item"));
    item.recordId = q.value(2).toString();
    item.bucket = q.value(3).toString();
    item.spaceId = q.value(4).toString();
    item.op = common::parseMutationOp(q.value(5).toString()).value_or(common::MutationOp::Update);
    item.fields = json::toObject(q.value(6));
    item.changedFields = json::listFromText(q.value(7));
    item.baseVersion = q.value(8).toLongLong();
    item.reason = q.value(9).toString();
    item.setAsideAt = json::toTime(q.value(10));
    item.details = json::toArray(q.value(11));
    return item;
}

QJsonObject setAsideToJson(const SetAsideItem &item) {
    return QJsonObject{
        {QStringLiteral("id"), double(item.id)},
        {QStringLiteral("type"), common::toString(item.type)},
        {QStringLiteral("record_id"), item.recordId},
        {QStringLiteral("bucket"), item.bucket},
        {QStringLiteral("space_id"), item.spaceId},
        {QStringLiteral("op"), common::toString(item.op)},
        {QStringLiteral("fields"), item.fields},
        {QStringLiteral("changed_fields"), QJsonArray::fromStringList(item.changedFields)},
        {QStringLiteral("base_version"), double(item.baseVersion)},
        {QStringLiteral("reason"), item.reason},
        {QStringLiteral("set_aside_at"), item.setAsideAt.toString(Qt::ISODateWithMs)},
        {QStringLiteral("details"), item.details},
    };
}

} // namespace

SetAside::SetAside(ReplicaDatabase &database, const common::Clock &clock)
    : m_database(database)
    , m_clock(clock) {}

QList<SetAsideItem> SetAside::items() {
    ReplicaQuery q(m_database.connection(),
                   QStringLiteral("SELECT %1 FROM set_aside ORDER BY id").arg(kSetAsideColumns),
                   QStringLiteral("read set-aside work"));
    q.exec();
    QList<SetAsideItem> out;
    while (q.next())
        out << setAsideFromQuery(q);
    return out;
}

QByteArray SetAside::exportItems() {
    QJsonArray exported;
    const QList<SetAsideItem> all = items();
    for (const SetAsideItem &item : all)
        exported.append(setAsideToJson(item));
    const QJsonObject document{
        {QStringLiteral("format"), QStringLiteral("helfernetz-set-aside")},
        {QStringLiteral("version"), 1},
        {QStringLiteral("exported_at"), m_clock.now().toString(Qt::ISODateWithMs)},
        {QStringLiteral("items"), exported},
    };
    return QJsonDocument(document).toJson(QJsonDocument::Indented);
}

void SetAside::dismiss(qint64 id) {
    m_database.write(
        [&](QSqlDatabase &db) {
            ReplicaQuery q(db, QStringLiteral("DELETE FROM set_aside WHERE id = ?"),
                           QStringLiteral("dismiss set-aside item %1").arg(id));
            q.exec({id});
            if (q.rowsAffected() == 0)
                throw common::Error::notFound(
                    QStringLiteral("set-aside item %1 not found").arg(id));
        },
        ReplicaDatabase::Durability::Full);
}

void SetAside::keepWorkOf(ReplicaTransaction &tx, const QString &recordId, const QString &reason) {
    const std::optional<ReplicaRow> row = tx.records().load(recordId);
    const RecordWork work = tx.work(recordId);
    if (work.empty())
        return;

    SetAsideItem item;
    item.recordId = recordId;
    item.reason = reason;
    item.setAsideAt = tx.now();
    if (row) {
        item.type = row->local.type;
        item.bucket = row->bucket;
        item.spaceId = row->local.meta.spaceId;
        item.fields = row->local.fields;
        item.baseVersion = row->local.meta.version;
    } else if (!work.entries.isEmpty()) {
        const OutboxEntry &first = work.entries.first().entry;
        item.type = first.mutation.type;
        item.bucket = first.bucket;
        item.spaceId = first.mutation.spaceId;
        item.baseVersion = first.mutation.baseVersion;
        for (const StoredEntry &s : work.entries) {
            for (auto it = s.entry.mutation.fields.begin(); it != s.entry.mutation.fields.end();
                 ++it)
                item.fields.insert(it.key(), it.value());
        }
    } else {
        item.type = work.conflicts.first().type;
        item.bucket = work.conflicts.first().bucket;
    }

    const auto hasOp = [&](MutationOp op) {
        return std::any_of(work.entries.begin(), work.entries.end(),
                           [&](const StoredEntry &s) { return s.entry.mutation.op == op; });
    };
    if (hasOp(MutationOp::Create))
        item.op = MutationOp::Create;
    else if (hasOp(MutationOp::Delete) || (row && row->local.meta.deleted)
             || work.conflictOfKind(Conflict::Kind::DeleteVsEdit))
        item.op = MutationOp::Delete;
    else
        item.op = MutationOp::Update;

    if (item.op == MutationOp::Create || work.conflictOfKind(Conflict::Kind::EditVsDelete)) {
        item.changedFields = item.fields.keys();
    } else {
        for (const StoredEntry &s : work.entries) {
            for (const QString &f : s.entry.mutation.changedFields) {
                if (!item.changedFields.contains(f))
                    item.changedFields << f;
            }
        }
        for (const Conflict &c : work.conflicts) {
            if (c.kind == Conflict::Kind::Field && !item.changedFields.contains(c.field))
                item.changedFields << c.field;
        }
    }
    for (const StoredEntry &s : work.entries) {
        if (s.entry.mutation.op != MutationOp::Create)
            item.baseVersion = std::min(item.baseVersion, s.entry.mutation.baseVersion);
        item.details.append(QJsonObject{{QStringLiteral("outbox"), OutboxTable::toJson(s)}});
    }
    for (const Conflict &c : work.conflicts)
        item.details.append(QJsonObject{{QStringLiteral("conflict"), ConflictTable::toJson(c)}});

    tx.sql()(QStringLiteral("INSERT INTO set_aside (type, record_id, bucket, space_id, op,"
                            " fields, changed_fields, base_version, reason, set_aside_at,"
                            " details) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
             QStringLiteral("set aside the local work on record %1").arg(recordId))
        .exec({common::toString(item.type), item.recordId, item.bucket, item.spaceId,
               common::toString(item.op), json::toText(item.fields),
               json::listToText(item.changedFields), item.baseVersion, item.reason,
               json::fromTime(item.setAsideAt), json::toText(item.details)});
}

} // namespace hn::client
