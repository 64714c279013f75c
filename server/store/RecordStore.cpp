// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/store/RecordStore.h"

#include "common/Error.h"
#include "server/store/Sql.h"
#include "server/store/SqlQuery.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace hn::server {

using common::Error;
using common::MutationOutcome;
using common::MutationResult;
using common::Record;

namespace {

const QString kColumns =
    QStringLiteral("id, entity, bucket, space_id, seq, deleted, created_by, created_at, "
                   "updated_by, updated_at, fields, field_seqs");
// What the feed reads: everything but the field seqs, which never leave the server.
const QString kFeedColumns =
    QStringLiteral("id, entity, bucket, space_id, seq, deleted, created_by, created_at, "
                   "updated_by, updated_at, fields");

QString compact(const QJsonObject &object) {
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

// A JSON object of plain names and integers, written directly: field seqs
// are written for every change, and building a QJsonObject for them costs
// more than the rest of the row. Names are proto field names ([a-z0-9_]);
// anything else goes the general way.
QString compactSeqs(const QHash<QString, qint64> &seqs) {
    QString out;
    out.reserve(seqs.size() * 24 + 2);
    out += u'{';
    bool first = true;
    for (auto it = seqs.constBegin(); it != seqs.constEnd(); ++it) {
        for (const QChar c : it.key()) {
            if (!(c.isLetterOrNumber() && c.unicode() < 128) && c != u'_') {
                QJsonObject object;
                for (auto j = seqs.constBegin(); j != seqs.constEnd(); ++j)
                    object.insert(j.key(), double(j.value()));
                return compact(object);
            }
        }
        if (!first)
            out += u',';
        first = false;
        out += u'"';
        out += it.key();
        out += QLatin1String("\":");
        out += QString::number(it.value());
    }
    out += u'}';
    return out;
}

QJsonObject parseObject(const QString &text, const QString &what) {
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(text.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        throw Error::internal(QStringLiteral("%1 is not a JSON object").arg(what));
    return document.object();
}

// Reads the columns of kFeedColumns (and field_seqs when asked) from the
// current row.
Record readRecord(const SqlQuery &query) {
    Record record;
    record.meta.id = query.value(0).toString();
    record.type = sql::decode(common::parseEntityType(query.value(1).toString()), query.value(1),
                              "records", record.meta.id, "entity");
    record.meta.spaceId = query.value(3).toString();
    record.meta.version = query.value(4).toLongLong();
    record.meta.deleted = query.value(5).toInt() != 0;
    record.meta.createdBy = query.value(6).toString();
    record.meta.createdAt = sql::toTime(query.value(7));
    record.meta.updatedBy = query.value(8).toString();
    record.meta.updatedAt = sql::toTime(query.value(9));
    record.fields = parseObject(query.value(10).toString(),
                                QStringLiteral("records row %1: fields").arg(record.meta.id));
    return record;
}

QHash<QString, qint64> readFieldSeqs(const QString &text, const QString &id) {
    const QJsonObject object =
        parseObject(text, QStringLiteral("records row %1: field_seqs").arg(id));
    QHash<QString, qint64> seqs;
    seqs.reserve(object.size());
    for (auto it = object.constBegin(); it != object.constEnd(); ++it)
        seqs.insert(it.key(), it.value().toInteger());
    return seqs;
}

MutationOutcome parseOutcome(const QString &name) {
    if (const auto outcome = common::parseMutationOutcome(name))
        return *outcome;
    throw Error::internal(QStringLiteral("mutation_results: unknown outcome '%1'").arg(name));
}

qint64 msOf(const QDateTime &time) {
    return time.isValid() ? time.toMSecsSinceEpoch() : 0;
}

QDateTime timeOf(const QJsonValue &value) {
    const qint64 ms = value.toInteger();
    return ms == 0 ? QDateTime() : QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
}

QJsonObject recordToJson(const Record &record) {
    return {
        {QStringLiteral("type"), common::toString(record.type)},
        {QStringLiteral("id"), record.meta.id},
        {QStringLiteral("space_id"), record.meta.spaceId},
        {QStringLiteral("version"), double(record.meta.version)},
        {QStringLiteral("deleted"), record.meta.deleted},
        {QStringLiteral("created_by"), record.meta.createdBy},
        {QStringLiteral("created_at_ms"), double(msOf(record.meta.createdAt))},
        {QStringLiteral("updated_by"), record.meta.updatedBy},
        {QStringLiteral("updated_at_ms"), double(msOf(record.meta.updatedAt))},
        {QStringLiteral("fields"), record.fields},
    };
}

Record recordFromJson(const QJsonObject &json) {
    Record record;
    const QString type = json.value(QStringLiteral("type")).toString();
    record.type = sql::decode(common::parseEntityType(type), type, "mutation_results",
                              json.value(QStringLiteral("id")).toString(), "result");
    record.meta.id = json.value(QStringLiteral("id")).toString();
    record.meta.spaceId = json.value(QStringLiteral("space_id")).toString();
    record.meta.version = json.value(QStringLiteral("version")).toInteger();
    record.meta.deleted = json.value(QStringLiteral("deleted")).toBool();
    record.meta.createdBy = json.value(QStringLiteral("created_by")).toString();
    record.meta.createdAt = timeOf(json.value(QStringLiteral("created_at_ms")));
    record.meta.updatedBy = json.value(QStringLiteral("updated_by")).toString();
    record.meta.updatedAt = timeOf(json.value(QStringLiteral("updated_at_ms")));
    record.fields = json.value(QStringLiteral("fields")).toObject();
    return record;
}

QJsonObject resultToJson(const MutationResult &result) {
    QJsonObject json{{QStringLiteral("outcome"), common::toString(result.outcome)},
                     {QStringLiteral("version"), double(result.version)}};
    if (result.record)
        json.insert(QStringLiteral("record"), recordToJson(*result.record));
    if (!result.conflicts.isEmpty()) {
        QJsonArray conflicts;
        for (const common::FieldConflict &conflict : result.conflicts) {
            conflicts.append(QJsonObject{
                {QStringLiteral("field"), conflict.field},
                {QStringLiteral("changed_at_version"), double(conflict.changedAtVersion)}});
        }
        json.insert(QStringLiteral("conflicts"), conflicts);
    }
    if (result.rejection) {
        json.insert(QStringLiteral("rejection"),
                    QJsonObject{{QStringLiteral("kind"),
                                 result.rejection->kind == common::RejectionKind::Permission
                                     ? QStringLiteral("permission")
                                     : QStringLiteral("validation")},
                                {QStringLiteral("field"), result.rejection->field},
                                {QStringLiteral("message"), result.rejection->message}});
    }
    return json;
}

MutationResult resultFromJson(const QString &mutationId, const QJsonObject &json) {
    MutationResult result;
    result.mutationId = mutationId;
    result.outcome = parseOutcome(json.value(QStringLiteral("outcome")).toString());
    result.version = json.value(QStringLiteral("version")).toInteger();
    if (json.contains(QStringLiteral("record")))
        result.record = recordFromJson(json.value(QStringLiteral("record")).toObject());
    for (const QJsonValue &value : json.value(QStringLiteral("conflicts")).toArray()) {
        const QJsonObject conflict = value.toObject();
        result.conflicts.append({conflict.value(QStringLiteral("field")).toString(),
                                 conflict.value(QStringLiteral("changed_at_version")).toInteger()});
    }
    if (json.contains(QStringLiteral("rejection"))) {
        const QJsonObject rejection = json.value(QStringLiteral("rejection")).toObject();
        result.rejection =
            common::Rejection{rejection.value(QStringLiteral("kind")).toString() == u"permission"
                                  ? common::RejectionKind::Permission
                                  : common::RejectionKind::Validation,
                              rejection.value(QStringLiteral("field")).toString(),
                              rejection.value(QStringLiteral("message")).toString()};
    }
    return result;
}

// Ends a statement's read so that it holds nothing until its next exec.
void done(SqlQuery &query) {
    query.raw().finish();
}

} // namespace

RecordStore::RecordStore(QSqlDatabase db)
    : m_db(std::move(db)) {}

RecordStore::~RecordStore() = default;

SqlQuery &RecordStore::statement(std::unique_ptr<SqlQuery> &slot, const QString &sql,
                                 const QString &context) const {
    if (!slot)
        slot = std::make_unique<SqlQuery>(m_db, sql, context);
    return *slot;
}

qint64 RecordStore::allocateSeq() {
    if (!sql::inWriteTransaction(m_db)) {
        // Outside a write transaction the seq would not be ordered with the
        // commit that makes its change visible (see the class comment).
        throw Error::internal(QStringLiteral("allocateSeq outside a write transaction"));
    }
    SqlQuery &query =
        statement(m_allocate,
                  QStringLiteral("UPDATE sync_state SET head_seq = head_seq + 1 WHERE id = 1 "
                                 "RETURNING head_seq"),
                  QStringLiteral("allocate seq"));
    query.exec();
    if (!query.next())
        throw Error::internal(QStringLiteral("allocate seq: sync_state has no row"));
    const qint64 seq = query.value(0).toLongLong();
    done(query);
    return seq;
}

qint64 RecordStore::headSeq() const {
    SqlQuery query(m_db, QStringLiteral("SELECT head_seq FROM sync_state WHERE id = 1"),
                   QStringLiteral("read head seq"));
    query.exec();
    return query.next() ? query.value(0).toLongLong() : 0;
}

qint64 RecordStore::tombstoneFloor() const {
    SqlQuery query(m_db, QStringLiteral("SELECT tombstone_floor FROM sync_state WHERE id = 1"),
                   QStringLiteral("read tombstone floor"));
    query.exec();
    return query.next() ? query.value(0).toLongLong() : 0;
}

std::optional<StoredRecord> RecordStore::find(const QString &id) const {
    SqlQuery &query =
        statement(m_find, QStringLiteral("SELECT %1 FROM records WHERE id = ?").arg(kColumns),
                  QStringLiteral("find record"));
    query.exec({id});
    if (!query.next()) {
        done(query);
        return std::nullopt;
    }
    StoredRecord stored{readRecord(query), readFieldSeqs(query.value(11).toString(), id)};
    done(query);
    return stored;
}

void RecordStore::upsert(const StoredRecord &stored) {
    const Record &record = stored.record;
    SqlQuery &query = statement(
        m_upsert,
        QStringLiteral("INSERT INTO records (%1) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                       "ON CONFLICT (id) DO UPDATE SET entity = excluded.entity, "
                       "bucket = excluded.bucket, space_id = excluded.space_id, "
                       "seq = excluded.seq, deleted = excluded.deleted, "
                       "created_by = excluded.created_by, created_at = excluded.created_at, "
                       "updated_by = excluded.updated_by, updated_at = excluded.updated_at, "
                       "fields = excluded.fields, field_seqs = excluded.field_seqs")
            .arg(kColumns),
        QStringLiteral("write record"));
    query.exec({record.meta.id, common::toString(record.type), record.bucket(),
                sql::fromText(record.meta.spaceId.isEmpty() ? QString() : record.meta.spaceId),
                record.meta.version, sql::fromBool(record.meta.deleted),
                sql::fromText(record.meta.createdBy), sql::fromTime(record.meta.createdAt),
                sql::fromText(record.meta.updatedBy), sql::fromTime(record.meta.updatedAt),
                compact(record.fields), compactSeqs(stored.fieldSeqs)});
}

qint64 RecordStore::writeServerChange(const Record &record, const ChangeStamp &stamp) {
    qint64 version = 0;
    sql::writeTransaction(m_db, [&](QSqlDatabase &) {
        const std::optional<StoredRecord> current = find(record.meta.id);
        const bool wasLive = current && !current->record.meta.deleted;
        // A tombstone keeps no field values: deleted data is not retained.
        const QJsonObject fields = record.meta.deleted ? QJsonObject() : record.fields;

        QStringList changed;
        if (!wasLive) {
            changed = fields.keys();
        } else {
            const QJsonObject &before = current->record.fields;
            for (auto it = fields.constBegin(); it != fields.constEnd(); ++it) {
                if (before.value(it.key()) != it.value())
                    changed.append(it.key());
            }
            for (auto it = before.constBegin(); it != before.constEnd(); ++it) {
                if (!fields.contains(it.key()))
                    changed.append(it.key());
            }
        }
        const bool deletionChanges = current && current->record.meta.deleted != record.meta.deleted;
        if (current && !deletionChanges && changed.isEmpty()) {
            version = current->record.meta.version;
            return;
        }
        if (!current && record.meta.deleted)
            return; // nothing to delete

        const qint64 seq = allocateSeq();
        StoredRecord next;
        next.record = record;
        next.record.fields = fields;
        next.record.meta.version = seq;
        if (wasLive) {
            // Creation stays as it was; only a revived tombstone is new again.
            next.record.meta.createdBy = current->record.meta.createdBy;
            next.record.meta.createdAt = current->record.meta.createdAt;
            next.fieldSeqs = current->fieldSeqs;
        }
        if (!record.meta.deleted) {
            for (const QString &field : std::as_const(changed))
                next.fieldSeqs.insert(field, seq);
            for (auto it = next.fieldSeqs.begin(); it != next.fieldSeqs.end();) {
                it = fields.contains(it.key()) ? std::next(it) : next.fieldSeqs.erase(it);
            }
        } else {
            next.fieldSeqs.clear();
        }
        const Record *previous = current ? &current->record : nullptr;
        next.record.meta.updatedBy = !stamp.by.isEmpty() ? stamp.by
                                     : previous          ? previous->meta.updatedBy
                                                         : record.meta.updatedBy;
        next.record.meta.updatedAt = stamp.at.isValid() ? stamp.at
                                     : previous         ? previous->meta.updatedAt
                                                        : record.meta.updatedAt;
        upsert(next);
        version = seq;
    });
    return version;
}

QList<Record> RecordStore::page(const QString &bucket, qint64 afterSeq, int limit) const {
    QList<Record> records;
    if (limit <= 0)
        return records;
    records.reserve(limit);
    scan(bucket, afterSeq, std::numeric_limits<qint64>::max(), false,
         [&](const Record &record, qsizetype) {
             records.append(record);
             return records.size() < limit;
         });
    return records;
}

void RecordStore::scan(const QString &bucket, qint64 afterSeq, qint64 upToSeq, bool liveOnly,
                       const std::function<bool(const Record &, qsizetype)> &visit) const {
    SqlQuery query(
        m_db,
        QStringLiteral("SELECT %1 FROM records WHERE bucket = ? AND seq > ? AND "
                       "seq <= ?%2 ORDER BY seq")
            .arg(kFeedColumns, liveOnly ? QStringLiteral(" AND deleted = 0") : QString()),
        QStringLiteral("read bucket %1").arg(bucket));
    query.exec({bucket, afterSeq, upToSeq});
    while (query.next()) {
        const Record record = readRecord(query);
        if (!visit(record, query.value(10).toString().size()))
            break;
    }
    done(query);
}

qint64 RecordStore::count(const QString &bucket, qint64 afterSeq, qint64 upToSeq,
                          bool liveOnly) const {
    SqlQuery query(m_db,
                   QStringLiteral("SELECT COUNT(*) FROM records WHERE bucket = ? AND seq > ? AND "
                                  "seq <= ?%1")
                       .arg(liveOnly ? QStringLiteral(" AND deleted = 0") : QString()),
                   QStringLiteral("count bucket %1").arg(bucket));
    query.exec({bucket, afterSeq, upToSeq});
    return query.next() ? query.value(0).toLongLong() : 0;
}

QStringList RecordStore::liveIds(const QString &bucket, qint64 upToSeq) const {
    SqlQuery query(m_db,
                   QStringLiteral("SELECT id FROM records WHERE bucket = ? AND seq <= ? AND "
                                  "deleted = 0 ORDER BY seq"),
                   QStringLiteral("list live ids of bucket %1").arg(bucket));
    query.exec({bucket, upToSeq});
    QStringList ids;
    while (query.next())
        ids.append(query.value(0).toString());
    return ids;
}

QHash<QString, qint64> RecordStore::liveCounts() const {
    SqlQuery query(m_db,
                   QStringLiteral("SELECT bucket, COUNT(*) FROM records WHERE deleted = 0 "
                                  "GROUP BY bucket"),
                   QStringLiteral("count live records per bucket"));
    query.exec();
    QHash<QString, qint64> counts;
    while (query.next())
        counts.insert(query.value(0).toString(), query.value(1).toLongLong());
    return counts;
}

QHash<QString, qint64> RecordStore::liveCountsCreatedBy(const QString &userId) const {
    SqlQuery query(m_db,
                   QStringLiteral("SELECT bucket, COUNT(*) FROM records WHERE deleted = 0 "
                                  "AND created_by = ? GROUP BY bucket"),
                   QStringLiteral("count live records of user %1 per bucket").arg(userId));
    query.exec({userId});
    QHash<QString, qint64> counts;
    while (query.next())
        counts.insert(query.value(0).toString(), query.value(1).toLongLong());
    return counts;
}

qint64 RecordStore::purgeTombstones(const QDateTime &olderThan) {
    qint64 floor = 0;
    sql::writeTransaction(m_db, [&](QSqlDatabase &tx) {
        const QString context = QStringLiteral("purge tombstones");
        floor = tombstoneFloor();
        // A tombstone without a time counts as old: dropping one early only
        // costs some client a snapshot, keeping it forever costs space.
        SqlQuery highest(tx,
                         QStringLiteral("SELECT MAX(seq) FROM records WHERE deleted = 1 AND "
                                        "COALESCE(updated_at, 0) < ?"),
                         context);
        highest.exec({sql::fromTime(olderThan)});
        if (!highest.next() || highest.value(0).isNull())
            return;
        const qint64 dropped = highest.value(0).toLongLong();
        done(highest);
        SqlQuery(
            tx,
            QStringLiteral("DELETE FROM records WHERE deleted = 1 AND COALESCE(updated_at, 0) < ?"),
            context)
            .exec({sql::fromTime(olderThan)});
        if (dropped > floor) {
            floor = dropped;
            SqlQuery(tx, QStringLiteral("UPDATE sync_state SET tombstone_floor = ? WHERE id = 1"),
                     context)
                .exec({floor});
        }
    });
    return floor;
}

void RecordStore::storeResult(const QString &userId, const MutationResult &result,
                              const QDateTime &at) {
    SqlQuery &query = statement(m_storeResult,
                                QStringLiteral("INSERT INTO mutation_results (mutation_id, "
                                               "user_id, result, created_at) VALUES (?, ?, ?, ?)"),
                                QStringLiteral("store mutation result"));
    // Most answers are a plain "applied" with a version; they skip the JSON
    // objects (a push writes one answer per mutation).
    const bool plain = result.outcome == MutationOutcome::Applied && !result.record
                       && result.conflicts.isEmpty() && !result.rejection;
    const QString json =
        plain ? QStringLiteral("{\"outcome\":\"applied\",\"version\":%1}").arg(result.version)
              : compact(resultToJson(result));
    query.exec({result.mutationId, userId, json, sql::fromTime(at)});
}

std::optional<StoredMutationResult> RecordStore::findResult(const QString &mutationId) const {
    SqlQuery &query = statement(
        m_findResult,
        QStringLiteral("SELECT user_id, result FROM mutation_results WHERE mutation_id = ?"),
        QStringLiteral("find mutation result"));
    query.exec({mutationId});
    if (!query.next()) {
        done(query);
        return std::nullopt;
    }
    StoredMutationResult stored{
        query.value(0).toString(),
        resultFromJson(mutationId,
                       parseObject(query.value(1).toString(),
                                   QStringLiteral("mutation_results row %1").arg(mutationId)))};
    done(query);
    return stored;
}

int RecordStore::purgeResults(const QDateTime &olderThan) {
    int removed = 0;
    sql::writeTransaction(m_db, [&](QSqlDatabase &tx) {
        SqlQuery query(tx, QStringLiteral("DELETE FROM mutation_results WHERE created_at < ?"),
                       QStringLiteral("purge mutation results"));
        query.exec({sql::fromTime(olderThan)});
        removed = query.rowsAffected();
    });
    return removed;
}

} // namespace hn::server
