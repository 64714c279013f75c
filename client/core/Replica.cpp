// SPDX-License-Identifier: GPL-3.0-or-later
#include "client/core/Replica.h"

#include "client/core/RecordTable.h"
#include "client/core/ReplicaJson.h"
#include "client/core/ReplicaQuery.h"
#include "client/core/SearchText.h"
#include "common/Bucket.h"
#include "common/Error.h"
#include "proto/codec/RecordCodec.h"

#include <QDebug>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QUuid>
#include <algorithm>
#include <map>
#include <memory>

namespace hn::client {

using common::Bucket;
using common::EntityType;
using common::Error;
using common::MutationOp;
using common::MutationOutcome;
using common::MutationResult;
using common::Record;

namespace {

// --- names stored in the database ------------------------------------------

QString opName(MutationOp op) {
    switch (op) {
    case MutationOp::Create:
        return QStringLiteral("create");
    case MutationOp::Update:
        return QStringLiteral("update");
    case MutationOp::Delete:
        return QStringLiteral("delete");
    }
    return QStringLiteral("update");
}

MutationOp parseOp(const QString &name) {
    if (name == QLatin1String("create"))
        return MutationOp::Create;
    if (name == QLatin1String("delete"))
        return MutationOp::Delete;
    return MutationOp::Update;
}

QString stateName(OutboxEntry::State state) {
    switch (state) {
    case OutboxEntry::State::Pending:
        return QStringLiteral("pending");
    case OutboxEntry::State::InFlight:
        return QStringLiteral("in_flight");
    case OutboxEntry::State::Rejected:
        return QStringLiteral("rejected");
    }
    return QStringLiteral("pending");
}

OutboxEntry::State parseState(const QString &name) {
    if (name == QLatin1String("in_flight"))
        return OutboxEntry::State::InFlight;
    if (name == QLatin1String("rejected"))
        return OutboxEntry::State::Rejected;
    return OutboxEntry::State::Pending;
}

QString kindName(Conflict::Kind kind) {
    switch (kind) {
    case Conflict::Kind::Field:
        return QStringLiteral("field");
    case Conflict::Kind::EditVsDelete:
        return QStringLiteral("edit_vs_delete");
    case Conflict::Kind::DeleteVsEdit:
        return QStringLiteral("delete_vs_edit");
    }
    return QStringLiteral("field");
}

Conflict::Kind parseKind(const QString &name) {
    if (name == QLatin1String("edit_vs_delete"))
        return Conflict::Kind::EditVsDelete;
    if (name == QLatin1String("delete_vs_edit"))
        return Conflict::Kind::DeleteVsEdit;
    return Conflict::Kind::Field;
}

QString rejectionKindName(common::RejectionKind kind) {
    return kind == common::RejectionKind::Permission ? QStringLiteral("permission")
                                                     : QStringLiteral("validation");
}

EntityType parseType(const QString &name, const QString &where) {
    const auto type = common::parseEntityType(name);
    if (!type)
        throw Error::internal(QStringLiteral("%1 has the unknown type '%2'").arg(where, name));
    return *type;
}

// NULL for a null string (ReplicaQuery binds a null QString as '').
QVariant nullableText(const QString &text) {
    return text.isNull() ? QVariant() : QVariant(text);
}

QString newUuid() {
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

bool isPrivateType(EntityType type) {
    return type == EntityType::ReadMarker || type == EntityType::Favourite;
}

// cursors.snapshot_active: no snapshot running, one that notes the ids it
// sees, or one into a bucket that held nothing from the server.
constexpr int kSnapshotTracked = 1;
constexpr int kSnapshotIntoEmpty = 2;
// The server listed ids as unchanged that the replica does not hold: its
// cursor claims more than it has. The snapshot completes with cursor 0, so
// the next pull sends the bucket in full.
constexpr int kSnapshotIncomplete = 3;

// Prepared statements of one connection, kept for one operation: applying
// a page or a batch of push results runs the same few statements thousands
// of times, and preparing costs more than running them.
class StatementCache {
public:
    explicit StatementCache(const QSqlDatabase &db)
        : m_db(db) {}

    // The statement for `sql`, prepared on first use. `context` names what
    // it does in error messages.
    ReplicaQuery &operator()(const QString &sql, const QString &context) {
        auto it = m_statements.find(sql);
        if (it == m_statements.end()) {
            it =
                m_statements.emplace(sql, std::make_unique<ReplicaQuery>(m_db, sql, context)).first;
        } else {
            it->second->setContext(context);
        }
        return *it->second;
    }

private:
    QSqlDatabase m_db;
    std::map<QString, std::unique_ptr<ReplicaQuery>> m_statements;
};

// --- outbox ----------------------------------------------------------------

// An outbox row with what the engine does not need to see.
struct StoredEntry {
    OutboxEntry entry;
    // Handed out at least once: content and mutation_id are frozen, since
    // the server may already have applied it.
    bool sent = false;

    // Whether its content may still change: never sent, or refused (a
    // retry goes out under a new mutation_id).
    bool editable() const {
        return entry.state == OutboxEntry::State::Rejected
               || (!sent && entry.state == OutboxEntry::State::Pending);
    }
};

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
    e.mutation.op = parseOp(q.value(6).toString());
    e.mutation.baseVersion = q.value(7).toLongLong();
    e.mutation.fields = json::toObject(q.value(8));
    e.mutation.changedFields = json::listFromText(q.value(9));
    e.state = parseState(q.value(10).toString());
    s.sent = q.value(11).toInt() != 0;
    if (!q.value(12).isNull()) {
        common::Rejection rejection;
        rejection.kind = q.value(12).toString() == QLatin1String("permission")
                             ? common::RejectionKind::Permission
                             : common::RejectionKind::Validation;
        rejection.field = q.value(13).toString();
        rejection.message = q.value(14).toString();
        e.rejection = rejection;
    }
    e.userId = q.value(15).toString();
    e.createdAt = json::toTime(q.value(16));
    return s;
}

QList<StoredEntry> selectEntries(StatementCache &sql, const QString &where,
                                 std::initializer_list<QVariant> values, const QString &context) {
    ReplicaQuery &q =
        sql(QStringLiteral("SELECT %1 FROM outbox %2").arg(kOutboxColumns, where), context);
    q.exec(values);
    QList<StoredEntry> out;
    while (q.next())
        out << entryFromQuery(q);
    return out;
}

std::optional<StoredEntry> loadEntry(StatementCache &sql, qint64 id) {
    const QList<StoredEntry> entries = selectEntries(sql, QStringLiteral("WHERE id = ?"), {id},
                                                     QStringLiteral("read outbox entry"));
    if (entries.isEmpty())
        return std::nullopt;
    return entries.first();
}

void insertEntry(StatementCache &sql, OutboxEntry &e) {
    ReplicaQuery &q =
        sql(QStringLiteral("INSERT INTO outbox (mutation_id, record_id, type, bucket,"
                           " space_id, op, base_version, fields, changed_fields, state,"
                           " sent, user_id, created_at)"
                           " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?)"),
            QStringLiteral("add outbox entry for record %1").arg(e.mutation.recordId));
    q.exec({e.mutation.mutationId, e.mutation.recordId, common::toString(e.mutation.type), e.bucket,
            e.mutation.spaceId, opName(e.mutation.op), e.mutation.baseVersion,
            json::toText(e.mutation.fields), json::listToText(e.mutation.changedFields),
            stateName(e.state), e.userId, json::fromTime(e.createdAt)});
    e.id = q.lastInsertId().toLongLong();
}

// Writes what may change of an entry: its content (only while unsent), its
// base version, state and rejection.
void updateEntry(StatementCache &sql, const StoredEntry &s) {
    const OutboxEntry &e = s.entry;
    const std::optional<common::Rejection> &r = e.rejection;
    sql(QStringLiteral("UPDATE outbox SET mutation_id = ?, op = ?, base_version = ?,"
                       " fields = ?, changed_fields = ?, state = ?, sent = ?,"
                       " rejection_kind = ?, rejection_field = ?,"
                       " rejection_message = ? WHERE id = ?"),
        QStringLiteral("update outbox entry %1").arg(e.id))
        .exec({e.mutation.mutationId, opName(e.mutation.op), e.mutation.baseVersion,
               json::toText(e.mutation.fields), json::listToText(e.mutation.changedFields),
               stateName(e.state), s.sent ? 1 : 0,
               r ? QVariant(rejectionKindName(r->kind)) : nullableText({}),
               r ? QVariant(r->field) : nullableText({}),
               r ? QVariant(r->message) : nullableText({}), e.id});
}

void deleteEntry(StatementCache &sql, qint64 id) {
    sql(QStringLiteral("DELETE FROM outbox WHERE id = ?"),
        QStringLiteral("remove outbox entry %1").arg(id))
        .exec({id});
}

QJsonObject entryToJson(const StoredEntry &s) {
    const OutboxEntry &e = s.entry;
    QJsonObject o{
        {QStringLiteral("outbox_id"), double(e.id)},
        {QStringLiteral("mutation_id"), e.mutation.mutationId},
        {QStringLiteral("op"), opName(e.mutation.op)},
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

// --- conflicts ---------------------------------------------------------------

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

QList<Conflict> selectConflicts(StatementCache &sql, const QString &where,
                                std::initializer_list<QVariant> values) {
    ReplicaQuery &q =
        sql(QStringLiteral("SELECT %1 FROM conflicts %2 ORDER BY id").arg(kConflictColumns, where),
            QStringLiteral("read conflicts"));
    q.exec(values);
    QList<Conflict> out;
    while (q.next())
        out << conflictFromQuery(q);
    return out;
}

// One conflict per record and field (the delete kinds use the field ""): a
// newer disagreement about the same field replaces the older one.
void upsertConflict(StatementCache &sql, const Conflict &c) {
    sql(QStringLiteral("INSERT INTO conflicts (kind, record_id, type, bucket, field,"
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

void deleteConflict(StatementCache &sql, qint64 id) {
    sql(QStringLiteral("DELETE FROM conflicts WHERE id = ?"),
        QStringLiteral("remove conflict %1").arg(id))
        .exec({id});
}

QJsonObject conflictToJson(const Conflict &c) {
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

// --- local work of one record --------------------------------------------------

// Everything local that is not yet settled with the server for one record.
struct Work {
    QList<StoredEntry> entries;
    QList<Conflict> conflicts;

    bool empty() const { return entries.isEmpty() && conflicts.isEmpty(); }
    bool inFlight() const {
        return std::any_of(entries.begin(), entries.end(), [](const StoredEntry &s) {
            return s.entry.state == OutboxEntry::State::InFlight;
        });
    }
    // A create, a delete or a conflict about the whole record protects every
    // field from pulls.
    bool wholeRecord() const {
        const bool entryWide = std::any_of(entries.begin(), entries.end(), [](const auto &s) {
            return s.entry.mutation.op != MutationOp::Update;
        });
        const bool conflictWide =
            std::any_of(conflicts.begin(), conflicts.end(),
                        [](const auto &c) { return c.kind != Conflict::Kind::Field; });
        return entryWide || conflictWide;
    }
    QSet<QString> fields() const {
        QSet<QString> out;
        for (const StoredEntry &s : entries) {
            for (const QString &f : s.entry.mutation.changedFields)
                out.insert(f);
        }
        for (const Conflict &c : conflicts)
            out.insert(c.field);
        return out;
    }
    std::optional<Conflict> conflictOfKind(Conflict::Kind kind) const {
        for (const Conflict &c : conflicts) {
            if (c.kind == kind)
                return c;
        }
        return std::nullopt;
    }
};

// What one write transaction works with.
struct Tx {
    QSqlDatabase &db;
    StatementCache sql;
    RecordTable table;
    QDateTime now;

    Tx(QSqlDatabase &database, const common::Clock &clock)
        : db(database)
        , sql(database)
        , table(database)
        , now(clock.now()) {}

    Work work(const QString &recordId) {
        Work w;
        w.entries = selectEntries(sql, QStringLiteral("WHERE record_id = ? ORDER BY id"),
                                  {recordId}, QStringLiteral("read outbox of a record"));
        w.conflicts = selectConflicts(sql, QStringLiteral("WHERE record_id = ?"), {recordId});
        return w;
    }

    void dropWork(const QString &recordId, bool keepInFlight) {
        sql(keepInFlight ? QStringLiteral("DELETE FROM outbox WHERE record_id = ?"
                                          " AND state <> 'in_flight'")
                         : QStringLiteral("DELETE FROM outbox WHERE record_id = ?"),
            QStringLiteral("remove outbox entries of record %1").arg(recordId))
            .exec({recordId});
        sql(QStringLiteral("DELETE FROM conflicts WHERE record_id = ?"),
            QStringLiteral("remove conflicts of record %1").arg(recordId))
            .exec({recordId});
    }

    OutboxEntry newEntry(const ReplicaRow &row, MutationOp op, qint64 baseVersion,
                         const QJsonObject &fields, const QStringList &changedFields,
                         const QString &userId) {
        OutboxEntry e;
        e.mutation.mutationId = newUuid();
        e.mutation.op = op;
        e.mutation.type = row.local.type;
        e.mutation.recordId = row.local.meta.id;
        e.mutation.spaceId = row.local.meta.spaceId;
        e.mutation.baseVersion = baseVersion;
        e.mutation.fields = fields;
        e.mutation.changedFields = changedFields;
        e.state = OutboxEntry::State::Pending;
        e.bucket = row.bucket;
        e.userId = userId;
        e.createdAt = now;
        insertEntry(sql, e);
        return e;
    }

    Conflict conflict(const ReplicaRow &row, Conflict::Kind kind, const QString &field,
                      const QJsonValue &mine, const QJsonValue &theirs, qint64 serverVersion) {
        Conflict c;
        c.kind = kind;
        c.type = row.local.type;
        c.recordId = row.local.meta.id;
        c.bucket = row.bucket;
        c.field = field;
        c.mine = mine;
        c.theirs = theirs;
        c.serverVersion = serverVersion;
        c.detectedAt = now;
        return c;
    }

    // Brings a record whose local work changed into its settled form:
    //  - the server deleted it: with nothing local (or only a deletion of
    //    our own) it goes; with local edits they become one EditVsDelete
    //    conflict holding the local fields; while a change is in flight we
    //    wait for its answer;
    //  - no local work left: the local view becomes the server's view
    //    exactly (a record that never reached the server goes).
    void settle(ReplicaRow &row, const Work &work) {
        if (row.serverDeleted) {
            if (work.inFlight()) {
                table.write(row);
                return;
            }
            const bool onlyDeletes =
                std::all_of(work.entries.begin(), work.entries.end(),
                            [](const auto &s) { return s.entry.mutation.op == MutationOp::Delete; })
                && std::all_of(work.conflicts.begin(), work.conflicts.end(), [](const auto &c) {
                       return c.kind == Conflict::Kind::DeleteVsEdit;
                   });
            if (work.empty() || row.local.meta.deleted || onlyDeletes) {
                dropWork(row.local.meta.id, false);
                table.remove(row);
                return;
            }
            // The local edits (pending, rejected or in field conflicts) are
            // kept as one decision: restore them, or let the deletion stand.
            dropWork(row.local.meta.id, false);
            upsertConflict(sql, conflict(row, Conflict::Kind::EditVsDelete, {}, row.local.fields,
                                         QJsonValue(), row.local.meta.version));
            table.write(row);
            return;
        }
        if (work.empty()) {
            if (!row.onServer()) {
                table.remove(row);
                return;
            }
            row.local.fields = row.serverView();
            row.serverFields.reset();
            row.local.meta.deleted = false;
        }
        table.write(row);
    }
};

// The ids of records with any local work, read once per page so records
// without any (nearly all of a pull) cost no further query.
QSet<QString> recordsWithWork(StatementCache &sql) {
    ReplicaQuery &q =
        sql(QStringLiteral("SELECT record_id FROM outbox UNION SELECT record_id FROM conflicts"),
            QStringLiteral("read records with local work"));
    q.exec();
    QSet<QString> ids;
    while (q.next())
        ids.insert(q.value(0).toString());
    return ids;
}

// Takes the server's state of a record into the server view (when it is
// not older than what the replica has).
void adoptServer(ReplicaRow &row, const Record &server, qint64 version) {
    if (version < row.local.meta.version)
        return;
    row.local.meta.version = version;
    row.serverDeleted = server.meta.deleted;
    if (!server.meta.deleted)
        row.serverFields = server.fields;
    if (!server.meta.createdBy.isEmpty()) {
        row.local.meta.createdBy = server.meta.createdBy;
        row.local.meta.createdAt = server.meta.createdAt;
    }
}

// Local fields without local work follow the server view.
void followServer(ReplicaRow &row, const Work &work) {
    if (work.wholeRecord() || row.serverDeleted)
        return;
    const QSet<QString> protectedFields = work.fields();
    const QJsonObject server = row.serverView();
    for (auto it = server.begin(); it != server.end(); ++it) {
        if (!protectedFields.contains(it.key()))
            row.local.fields.insert(it.key(), it.value());
    }
}

// Open conflicts show the newest server value as "theirs", so a person
// decides on what the server has now.
void refreshConflicts(Tx &tx, const ReplicaRow &row, const Work &work) {
    const QJsonObject server = row.serverView();
    for (Conflict c : work.conflicts) {
        if (c.kind == Conflict::Kind::Field) {
            const QJsonValue theirs = server.value(c.field);
            if (theirs == c.theirs)
                continue;
            c.theirs = theirs;
        } else if (c.kind == Conflict::Kind::DeleteVsEdit) {
            c.theirs = server;
        } else {
            continue;
        }
        c.serverVersion = row.local.meta.version;
        upsertConflict(tx.sql, c);
    }
}

// A live record from a pull; `existing` is the row held for it, if any.
void applyLive(Tx &tx, const QString &bucket, const Record &incoming,
               std::optional<ReplicaRow> existing, bool mayHaveWork) {
    if (!existing) {
        ReplicaRow row;
        row.local = incoming;
        row.local.meta.deleted = false;
        row.bucket = bucket;
        tx.table.write(row);
        return;
    }
    ReplicaRow &row = *existing;
    // Already held in a newer state (our own push's answer came first). The
    // same version is taken again: after an Applied answer the replica
    // holds the version but not the fields the server maintains itself
    // (edited_at_ms, last_activity_at_ms, ...), which this pull brings.
    if (row.onServer() && row.local.meta.version > incoming.meta.version)
        return;
    row.bucket = bucket;
    const Work work = mayHaveWork ? tx.work(row.local.meta.id) : Work{};
    if (work.empty()) {
        row.local = incoming;
        row.local.meta.deleted = false;
        row.serverFields.reset();
        row.serverDeleted = false;
        tx.table.write(row);
        return;
    }
    adoptServer(row, incoming, incoming.meta.version);
    followServer(row, work);
    if (!work.wholeRecord() && work.fields().isEmpty()) {
        row.local.meta.updatedBy = incoming.meta.updatedBy;
        row.local.meta.updatedAt = incoming.meta.updatedAt;
    }
    refreshConflicts(tx, row, work);
    tx.table.write(row);
}

// A tombstone from a pull, or a record a completed snapshot did not list.
void applyServerDeletion(Tx &tx, ReplicaRow &row, qint64 version, bool mayHaveWork) {
    row.local.meta.version = std::max(row.local.meta.version, version);
    row.serverDeleted = true;
    const Work work = mayHaveWork ? tx.work(row.local.meta.id) : Work{};
    tx.settle(row, work);
}

// --- set-aside ---------------------------------------------------------------

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
    item.op = parseOp(q.value(5).toString());
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
        {QStringLiteral("op"), opName(item.op)},
        {QStringLiteral("fields"), item.fields},
        {QStringLiteral("changed_fields"), QJsonArray::fromStringList(item.changedFields)},
        {QStringLiteral("base_version"), double(item.baseVersion)},
        {QStringLiteral("reason"), item.reason},
        {QStringLiteral("set_aside_at"), item.setAsideAt.toString(Qt::ISODateWithMs)},
        {QStringLiteral("details"), item.details},
    };
}

// Moves a record's local work (and the record as the person saw it) into
// the set-aside table. The caller removes the originals.
void setAsideRecord(Tx &tx, const QString &recordId, const QString &reason) {
    const std::optional<ReplicaRow> row = tx.table.load(recordId);
    const Work work = tx.work(recordId);
    if (work.empty())
        return;

    SetAsideItem item;
    item.recordId = recordId;
    item.reason = reason;
    item.setAsideAt = tx.now;
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
        item.details.append(QJsonObject{{QStringLiteral("outbox"), entryToJson(s)}});
    }
    for (const Conflict &c : work.conflicts)
        item.details.append(QJsonObject{{QStringLiteral("conflict"), conflictToJson(c)}});

    tx.sql(QStringLiteral("INSERT INTO set_aside (type, record_id, bucket, space_id, op,"
                          " fields, changed_fields, base_version, reason, set_aside_at,"
                          " details) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
           QStringLiteral("set aside the local work on record %1").arg(recordId))
        .exec({common::toString(item.type), item.recordId, item.bucket, item.spaceId,
               opName(item.op), json::toText(item.fields), json::listToText(item.changedFields),
               item.baseVersion, item.reason, json::fromTime(item.setAsideAt),
               json::toText(item.details)});
}

void purgeBucket(Tx &tx, const QString &bucket) {
    ReplicaQuery &ids =
        tx.sql(QStringLiteral("SELECT record_id FROM outbox WHERE bucket = ?"
                              " UNION SELECT record_id FROM conflicts WHERE bucket = ?"),
               QStringLiteral("read local work of bucket %1").arg(bucket));
    ids.exec({bucket, bucket});
    QStringList recordIds;
    while (ids.next())
        recordIds << ids.value(0).toString();
    ids.finish();
    const QString reason =
        QStringLiteral("Access to %1 was withdrawn before these changes reached the server.")
            .arg(bucket);
    for (const QString &id : std::as_const(recordIds))
        setAsideRecord(tx, id, reason);

    const QString context = QStringLiteral("purge bucket %1").arg(bucket);
    tx.sql(QStringLiteral("DELETE FROM search WHERE rowid IN"
                          " (SELECT rid FROM records WHERE bucket = ?)"),
           context)
        .exec({bucket});
    for (const QString &table :
         {QStringLiteral("records"), QStringLiteral("outbox"), QStringLiteral("conflicts"),
          QStringLiteral("cursors"), QStringLiteral("snapshot_seen")}) {
        tx.sql(QStringLiteral("DELETE FROM %1 WHERE bucket = ?").arg(table), context)
            .exec({bucket});
    }
}

// --- results ---------------------------------------------------------------------

// After an answer to an entry of a record, the record's next unsent entries
// may be based on the answered version (sync.proto: the client uses that
// result's version as base_version), so our own change does not come back
// as a conflict. Only where no one else's change could hide behind it:
// always after Applied (nothing else changed); after Merged or Conflict
// only for updates whose every field either was in the answered change or
// still has the server value the entry was based on.
void rebase(Tx &tx, const Work &work, const common::Mutation &answered,
            const MutationResult &result, const QJsonObject &serverBefore, bool hadServer,
            const QSet<QString> &conflictFields) {
    for (StoredEntry s : work.entries) {
        common::Mutation &m = s.entry.mutation;
        if (!s.editable() || m.op == MutationOp::Create || m.baseVersion >= result.version)
            continue;
        bool ok = result.outcome == MutationOutcome::Applied;
        if (!ok && m.op == MutationOp::Update && result.record) {
            ok = std::all_of(m.changedFields.begin(), m.changedFields.end(), [&](const QString &f) {
                if (conflictFields.contains(f))
                    return false;
                if (answered.op == MutationOp::Create || answered.changedFields.contains(f))
                    return true;
                return hadServer && result.record->fields.value(f) == serverBefore.value(f);
            });
        }
        if (!ok)
            continue;
        m.baseVersion = result.version;
        updateEntry(tx.sql, s);
    }
}

// A field now owned by a conflict leaves the record's later unsent updates,
// so it is pushed again only as the person's decision.
void withdrawField(Tx &tx, const QString &recordId, const QString &field) {
    const QList<StoredEntry> entries =
        selectEntries(tx.sql, QStringLiteral("WHERE record_id = ? ORDER BY id"), {recordId},
                      QStringLiteral("read outbox of a record"));
    for (StoredEntry s : entries) {
        common::Mutation &m = s.entry.mutation;
        if (!s.editable() || m.op != MutationOp::Update || !m.changedFields.contains(field))
            continue;
        m.changedFields.removeAll(field);
        m.fields.remove(field);
        if (m.changedFields.isEmpty())
            deleteEntry(tx.sql, s.entry.id);
        else
            updateEntry(tx.sql, s);
    }
}

void applyResult(Tx &tx, const StoredEntry &stored, MutationResult result) {
    const OutboxEntry &e = stored.entry;
    const common::Mutation &m = e.mutation;
    // Without the server's record a merge is taken as applied (the next
    // pull brings the record); a conflict cannot be shown, so the change
    // stays visible as refused rather than being dropped.
    if (result.outcome == MutationOutcome::Merged && !result.record)
        result.outcome = MutationOutcome::Applied;
    if (result.outcome == MutationOutcome::Conflict && !result.record) {
        result.outcome = MutationOutcome::Rejected;
        result.rejection = common::Rejection{
            common::RejectionKind::Validation,
            {},
            QStringLiteral("The server reported a conflict but did not send its version of the "
                           "record; check the record and retry.")};
    }
    if (result.outcome == MutationOutcome::Rejected) {
        StoredEntry rejected = stored;
        rejected.entry.state = OutboxEntry::State::Rejected;
        rejected.entry.rejection = result.rejection.value_or(
            common::Rejection{common::RejectionKind::Validation,
                              {},
                              QStringLiteral("The server refused the change without a reason.")});
        updateEntry(tx.sql, rejected);
        return;
    }
    deleteEntry(tx.sql, e.id);
    std::optional<ReplicaRow> loaded = tx.table.load(m.recordId);
    if (!loaded)
        return;
    ReplicaRow &row = *loaded;
    const QJsonObject serverBefore = row.serverView();
    const bool hadServer = row.onServer();
    const std::optional<Record> &server = result.record;
    QSet<QString> conflictFields;

    switch (result.outcome) {
    case MutationOutcome::Applied:
        if (server && m.op != MutationOp::Delete) {
            // The server stored more than was sent (fields it maintains,
            // such as a thread's last activity): take its record as it is.
            adoptServer(row, *server, result.version);
        } else if (result.version > row.local.meta.version) {
            if (m.op == MutationOp::Create) {
                row.serverFields = m.fields;
            } else if (m.op == MutationOp::Update) {
                QJsonObject fields = serverBefore;
                for (const QString &f : m.changedFields)
                    fields.insert(f, m.fields.value(f));
                row.serverFields = fields;
            }
            row.local.meta.version = result.version;
        }
        if (m.op == MutationOp::Delete)
            row.serverDeleted = true;
        break;
    case MutationOutcome::Merged:
        adoptServer(row, *server, result.version);
        if (m.op == MutationOp::Delete)
            row.serverDeleted = true;
        break;
    case MutationOutcome::Conflict:
        if (m.op == MutationOp::Delete && !server->meta.deleted) {
            // My deletion met later edits: the record stays deleted here
            // until a person decides; the server's record is "theirs".
            adoptServer(row, *server, result.version);
            upsertConflict(tx.sql, tx.conflict(row, Conflict::Kind::DeleteVsEdit, {}, QJsonValue(),
                                               row.serverView(), result.version));
        } else if (server->meta.deleted) {
            // My edit met a deletion: settle() keeps the local fields as an
            // EditVsDelete conflict.
            row.serverDeleted = true;
            row.local.meta.version = std::max(row.local.meta.version, result.version);
            upsertConflict(tx.sql, tx.conflict(row, Conflict::Kind::EditVsDelete, {},
                                               row.local.fields, QJsonValue(), result.version));
        } else {
            adoptServer(row, *server, result.version);
            for (const common::FieldConflict &fc : result.conflicts) {
                conflictFields.insert(fc.field);
                const QJsonValue mine = row.local.fields.contains(fc.field)
                                            ? row.local.fields.value(fc.field)
                                            : m.fields.value(fc.field);
                const QJsonValue theirs = server->fields.value(fc.field);
                upsertConflict(tx.sql, tx.conflict(row, Conflict::Kind::Field, fc.field, mine,
                                                   theirs, result.version));
                withdrawField(tx, m.recordId, fc.field);
            }
        }
        break;
    case MutationOutcome::Rejected:
        break;
    }

    const Work work = tx.work(m.recordId);
    if (result.outcome != MutationOutcome::Applied)
        followServer(row, work);
    rebase(tx, work, m, result, serverBefore, hadServer, conflictFields);
    tx.settle(row, work);
}

} // namespace

// --- Replica -------------------------------------------------------------------------

Replica::Replica(const QString &path, const common::Clock &clock)
    : m_database(path)
    , m_clock(clock) {}

Replica::~Replica() = default;

common::Record Replica::create(EntityType type, const QString &spaceId, const QJsonObject &fields,
                               const QString &userId) {
    if (!common::isClientWritable(type)) {
        throw Error::invalidArgument(QStringLiteral("entity"),
                                     QStringLiteral("records of type %1 cannot be created here")
                                         .arg(common::toString(type)));
    }
    QJsonObject all = hn::wire::defaultFields(type);
    for (auto it = fields.begin(); it != fields.end(); ++it) {
        if (!all.contains(it.key())) {
            throw Error::invalidArgument(
                it.key(),
                QStringLiteral("%1 has no field %2").arg(common::toString(type), it.key()));
        }
        all.insert(it.key(), it.value());
    }

    ReplicaRow row;
    row.local.type = type;
    row.local.fields = all;
    row.local.meta.createdBy = userId;
    row.local.meta.createdAt = m_clock.now();
    row.local.meta.updatedBy = userId;
    row.local.meta.updatedAt = row.local.meta.createdAt;
    const bool privateType = isPrivateType(type);
    if (privateType) {
        row.bucket = Bucket::privateFor(userId);
        if (!Bucket::parse(row.bucket)) {
            throw Error::invalidArgument(QStringLiteral("user_id"),
                                         QStringLiteral("'%1' is not a user id").arg(userId));
        }
        // Every device of the user makes the same id (entities.proto).
        const QString key =
            type == EntityType::ReadMarker
                ? QStringLiteral("read_marker:") + all.value(QStringLiteral("thread_id")).toString()
                : QStringLiteral("favourite:") + all.value(QStringLiteral("target_id")).toString();
        row.local.meta.id =
            QUuid::createUuidV5(QUuid::fromString(userId), key).toString(QUuid::WithoutBraces);
    } else {
        row.local.meta.spaceId = spaceId;
        row.bucket = Bucket::forSpace(spaceId);
        if (!Bucket::parse(row.bucket)) {
            throw Error::invalidArgument(QStringLiteral("space_id"),
                                         QStringLiteral("'%1' is not a space id").arg(spaceId));
        }
        row.local.meta.id = newUuid();
    }

    m_database.write(
        [&](QSqlDatabase &db) {
            Tx tx(db, m_clock);
            StatementCache &sql = tx.sql;
            if (privateType) {
                if (std::optional<ReplicaRow> existing = tx.table.load(row.local.meta.id)) {
                    // The same key again (a favourite set again, a read marker
                    // moved): the server applies a create of an existing id as
                    // an update, so the record simply takes the new fields.
                    ReplicaRow &old = *existing;
                    old.pinServerView();
                    old.local.fields = all;
                    old.local.meta.deleted = false;
                    old.local.meta.updatedBy = userId;
                    old.local.meta.updatedAt = tx.now;
                    Work work = tx.work(old.local.meta.id);
                    bool merged = false;
                    if (!work.entries.isEmpty() && work.entries.last().editable()) {
                        StoredEntry last = work.entries.last();
                        if (last.entry.mutation.op != MutationOp::Update) {
                            last.entry.mutation.op = MutationOp::Create;
                            last.entry.mutation.fields = all;
                            last.entry.mutation.changedFields.clear();
                            last.entry.mutation.baseVersion = 0;
                            updateEntry(sql, last);
                            merged = true;
                        }
                    }
                    if (!merged)
                        tx.newEntry(old, MutationOp::Create, 0, all, {}, userId);
                    tx.table.write(old);
                    row = old;
                    return;
                }
            }
            tx.table.write(row);
            tx.newEntry(row, MutationOp::Create, 0, all, {}, userId);
        },
        ReplicaDatabase::Durability::Full);
    return row.local;
}

void Replica::update(const QString &recordId, const QJsonObject &changedFields,
                     const QString &userId) {
    m_database.write(
        [&](QSqlDatabase &db) {
            Tx tx(db, m_clock);
            StatementCache &sql = tx.sql;
            std::optional<ReplicaRow> loaded = tx.table.load(recordId);
            if (!loaded || loaded->local.meta.deleted)
                throw Error::notFound(QStringLiteral("record %1 not found").arg(recordId));
            ReplicaRow &row = *loaded;
            if (!common::isClientWritable(row.local.type)) {
                throw Error::invalidArgument(
                    QStringLiteral("entity"),
                    QStringLiteral("records of type %1 cannot be changed here")
                        .arg(common::toString(row.local.type)));
            }
            QJsonObject changes;
            for (auto it = changedFields.begin(); it != changedFields.end(); ++it) {
                if (!row.local.fields.contains(it.key())) {
                    throw Error::invalidArgument(
                        it.key(), QStringLiteral("%1 has no field %2")
                                      .arg(common::toString(row.local.type), it.key()));
                }
                if (row.local.fields.value(it.key()) != it.value())
                    changes.insert(it.key(), it.value());
            }
            if (changes.isEmpty())
                return;

            Work work = tx.work(recordId);
            for (const Conflict &c : std::as_const(work.conflicts)) {
                if (c.kind != Conflict::Kind::Field) {
                    throw Error::failedPrecondition(
                        QStringLiteral(
                            "record %1 has an open conflict with a deletion; resolve it first")
                            .arg(recordId));
                }
                if (changes.contains(c.field)) {
                    throw Error(
                        common::ErrorCode::FailedPrecondition,
                        QStringLiteral("record %1: the field has an open conflict; resolve it "
                                       "first")
                            .arg(recordId),
                        c.field);
                }
            }
            row.pinServerView();
            for (auto it = changes.begin(); it != changes.end(); ++it)
                row.local.fields.insert(it.key(), it.value());
            row.local.meta.updatedBy = userId;
            row.local.meta.updatedAt = tx.now;

            // Offline edits of one record coalesce into its last entry while that
            // one was never sent: one Update with the union of the fields and
            // the earliest base version.
            if (!work.entries.isEmpty() && work.entries.last().editable()
                && work.entries.last().entry.mutation.op != MutationOp::Delete) {
                StoredEntry last = work.entries.last();
                common::Mutation &m = last.entry.mutation;
                if (m.op == MutationOp::Create) {
                    m.fields = row.local.fields;
                } else {
                    for (auto it = changes.begin(); it != changes.end(); ++it) {
                        m.fields.insert(it.key(), it.value());
                        if (!m.changedFields.contains(it.key()))
                            m.changedFields << it.key();
                    }
                }
                updateEntry(sql, last);
            } else {
                tx.newEntry(row, MutationOp::Update, row.local.meta.version, changes,
                            changes.keys(), userId);
            }
            tx.table.write(row);
        },
        ReplicaDatabase::Durability::Full);
}

void Replica::remove(const QString &recordId, const QString &userId) {
    m_database.write(
        [&](QSqlDatabase &db) {
            Tx tx(db, m_clock);
            StatementCache &sql = tx.sql;
            std::optional<ReplicaRow> loaded = tx.table.load(recordId);
            if (!loaded || loaded->local.meta.deleted)
                throw Error::notFound(QStringLiteral("record %1 not found").arg(recordId));
            ReplicaRow &row = *loaded;
            if (!common::isClientWritable(row.local.type)) {
                throw Error::invalidArgument(
                    QStringLiteral("entity"),
                    QStringLiteral("records of type %1 cannot be deleted here")
                        .arg(common::toString(row.local.type)));
            }
            const Work work = tx.work(recordId);
            if (!work.conflicts.isEmpty()) {
                throw Error::failedPrecondition(
                    QStringLiteral("record %1 has an open conflict; resolve it first")
                        .arg(recordId));
            }
            const bool anySent = std::any_of(work.entries.begin(), work.entries.end(),
                                             [](const StoredEntry &s) { return !s.editable(); });
            const bool unsentCreate =
                std::any_of(work.entries.begin(), work.entries.end(), [](const StoredEntry &s) {
                    return s.entry.mutation.op == MutationOp::Create;
                });
            if (unsentCreate && !anySent && !row.onServer()) {
                // Never reached the server: nothing to tell it.
                tx.dropWork(recordId, false);
                tx.table.remove(row);
                return;
            }
            // Unsent edits are superseded by the deletion.
            for (const StoredEntry &s : work.entries) {
                if (s.editable() && s.entry.mutation.op == MutationOp::Update)
                    deleteEntry(sql, s.entry.id);
            }
            row.pinServerView();
            tx.newEntry(row, MutationOp::Delete, row.local.meta.version, {}, {}, userId);
            row.local.meta.deleted = true;
            row.local.meta.updatedBy = userId;
            row.local.meta.updatedAt = tx.now;
            tx.table.write(row);
        },
        ReplicaDatabase::Durability::Full);
}

std::optional<common::Record> Replica::record(const QString &id) {
    RecordTable table(m_database.connection());
    const std::optional<ReplicaRow> row = table.load(id);
    if (!row)
        return std::nullopt;
    return row->local;
}

QList<common::Record> Replica::records(EntityType type, const QString &bucket, int limit,
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

int Replica::count(EntityType type, const QString &bucket) {
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

QHash<QString, qint64> Replica::cursors() {
    ReplicaQuery q(m_database.connection(), QStringLiteral("SELECT bucket, cursor FROM cursors"),
                   QStringLiteral("read cursors"));
    q.exec();
    QHash<QString, qint64> out;
    while (q.next())
        out.insert(q.value(0).toString(), q.value(1).toLongLong());
    return out;
}

QStringList Replica::snapshotsInProgress() {
    ReplicaQuery q(
        m_database.connection(),
        QStringLiteral("SELECT bucket FROM cursors WHERE snapshot_active = 1 ORDER BY bucket"),
        QStringLiteral("read interrupted snapshots"));
    q.exec();
    QStringList out;
    while (q.next())
        out << q.value(0).toString();
    return out;
}

QList<OutboxEntry> Replica::outboxToSend(int limit) {
    QList<OutboxEntry> out;
    if (limit <= 0)
        return out;
    m_database.write([&](QSqlDatabase &db) {
        StatementCache sql(db);
        // The first entry of each record, if it is pending: a record whose
        // earlier entry is in flight or rejected waits for that one.
        const QList<StoredEntry> entries = selectEntries(
            sql,
            QStringLiteral("AS o WHERE o.state = 'pending' AND NOT EXISTS (SELECT 1 FROM outbox"
                           " AS p WHERE p.record_id = o.record_id AND p.id < o.id)"
                           " ORDER BY o.id LIMIT ?"),
            {limit}, QStringLiteral("read outbox to send"));
        ReplicaQuery &mark = sql(QStringLiteral("UPDATE outbox SET state = 'in_flight', sent = 1"
                                                " WHERE id = ?"),
                                 QStringLiteral("mark outbox entry in flight"));
        for (StoredEntry s : entries) {
            mark.exec({s.entry.id});
            s.entry.state = OutboxEntry::State::InFlight;
            out << s.entry;
        }
    });
    return out;
}

void Replica::requeueInFlight() {
    m_database.write([&](QSqlDatabase &db) {
        StatementCache sql(db);
        sql(QStringLiteral("UPDATE outbox SET state = 'pending' WHERE state = 'in_flight'"),
            QStringLiteral("return in-flight entries to pending"))
            .exec();
    });
}

void Replica::applyPage(const PullPageData &page) {
    if (!Bucket::parse(page.bucket)) {
        throw Error::invalidArgument(QStringLiteral("bucket"),
                                     QStringLiteral("'%1' is not a bucket").arg(page.bucket));
    }
    m_database.write([&](QSqlDatabase &db) {
        Tx tx(db, m_clock);
        StatementCache &sql = tx.sql;
        sql(QStringLiteral("INSERT OR IGNORE INTO cursors (bucket) VALUES (?)"),
            QStringLiteral("add bucket %1").arg(page.bucket))
            .exec({page.bucket});
        const QSet<QString> withWork = recordsWithWork(sql);

        bool trackedSnapshot = false;
        bool incompleteSnapshot = false;
        if (page.snapshot) {
            ReplicaQuery &active =
                sql(QStringLiteral("SELECT snapshot_active FROM cursors WHERE bucket = ?"),
                    QStringLiteral("read snapshot state"));
            active.exec({page.bucket});
            const bool running = active.next() && active.value(0).toInt() != 0;
            int mode = running ? active.value(0).toInt() : 0;
            active.finish();
            // Each snapshot answer is complete in itself: its first page
            // starts the bookkeeping of seen ids afresh. A snapshot into a
            // bucket that holds nothing from the server (the first sync)
            // needs no bookkeeping: all it holds at the end came with it.
            if (page.first || !running) {
                sql(QStringLiteral("DELETE FROM snapshot_seen WHERE bucket = ?"),
                    QStringLiteral("restart snapshot of %1").arg(page.bucket))
                    .exec({page.bucket});
                ReplicaQuery &held = sql(QStringLiteral("SELECT EXISTS (SELECT 1 FROM records"
                                                        " WHERE bucket = ? AND version > 0)"),
                                         QStringLiteral("check bucket %1").arg(page.bucket));
                held.exec({page.bucket});
                mode = held.next() && held.value(0).toInt() != 0 ? kSnapshotTracked
                                                                 : kSnapshotIntoEmpty;
                held.finish();
                sql(QStringLiteral("UPDATE cursors SET snapshot_active = ? WHERE bucket = ?"),
                    QStringLiteral("restart snapshot of %1").arg(page.bucket))
                    .exec({mode, page.bucket});
            }
            if (!page.unchangedIds.isEmpty() && mode != kSnapshotIncomplete) {
                ReplicaQuery &missing = sql(
                    QStringLiteral("SELECT EXISTS (SELECT 1 FROM json_each(?) WHERE value NOT IN"
                                   " (SELECT id FROM records WHERE version > 0))"),
                    QStringLiteral("check unchanged ids of %1").arg(page.bucket));
                missing.exec({QString::fromUtf8(json::listToText(page.unchangedIds))});
                if (missing.next() && missing.value(0).toInt() != 0) {
                    qWarning().noquote() << "replica: bucket" << page.bucket
                                         << "misses records the server counts as held;"
                                            " it will be pulled again in full";
                    mode = kSnapshotIncomplete;
                    sql(QStringLiteral("UPDATE cursors SET snapshot_active = ? WHERE bucket = ?"),
                        QStringLiteral("restart snapshot of %1").arg(page.bucket))
                        .exec({mode, page.bucket});
                }
                missing.finish();
            }
            if (mode == kSnapshotTracked) {
                QStringList ids = page.unchangedIds;
                for (const Record &r : page.records)
                    ids << r.meta.id;
                sql(QStringLiteral("INSERT OR IGNORE INTO snapshot_seen (bucket, record_id)"
                                   " SELECT ?, value FROM json_each(?)"),
                    QStringLiteral("note snapshot ids of %1").arg(page.bucket))
                    .exec({page.bucket, QString::fromUtf8(json::listToText(ids))});
            }
            trackedSnapshot = mode == kSnapshotTracked;
            incompleteSnapshot = mode == kSnapshotIncomplete;
        }

        // The rows held for the page's records, read in one query.
        QStringList ids;
        ids.reserve(page.records.size());
        for (const Record &r : page.records)
            ids << r.meta.id;
        const QHash<QString, ReplicaRow> held = tx.table.loadMany(ids);
        QSet<QString> written;
        for (const Record &r : page.records) {
            const bool mayHaveWork = withWork.contains(r.meta.id);
            // A record twice in one page (never sent so, but cheap to
            // survive): the second time the row is read afresh.
            std::optional<ReplicaRow> row;
            if (written.contains(r.meta.id))
                row = tx.table.load(r.meta.id);
            else if (const auto it = held.constFind(r.meta.id); it != held.constEnd())
                row = *it;
            written.insert(r.meta.id);
            if (!r.meta.deleted)
                applyLive(tx, page.bucket, r, std::move(row), mayHaveWork);
            else if (row && !(row->onServer() && row->local.meta.version >= r.meta.version))
                applyServerDeletion(tx, *row, r.meta.version, mayHaveWork);
        }

        sql(QStringLiteral("UPDATE cursors SET cursor = ? WHERE bucket = ?"),
            QStringLiteral("store cursor of %1").arg(page.bucket))
            .exec({page.snapshot && page.complete && incompleteSnapshot ? 0 : page.cursor,
                   page.bucket});

        if (page.snapshot && page.complete && trackedSnapshot) {
            // What the server no longer has is deleted here too; records
            // that never reached the server are not in any snapshot.
            ReplicaQuery &unseen =
                sql(QStringLiteral("SELECT %1 FROM records WHERE bucket = ?"
                                   " AND version > 0 AND id NOT IN (SELECT record_id"
                                   " FROM snapshot_seen WHERE bucket = ?)")
                        .arg(RecordTable::columns()),
                    QStringLiteral("find records missing from the snapshot"));
            unseen.exec({page.bucket, page.bucket});
            QList<ReplicaRow> gone;
            while (unseen.next())
                gone << RecordTable::fromQuery(unseen);
            unseen.finish();
            for (ReplicaRow &row : gone)
                applyServerDeletion(tx, row, row.local.meta.version,
                                    withWork.contains(row.local.meta.id));
        }
        if (page.snapshot && page.complete) {
            sql(QStringLiteral("DELETE FROM snapshot_seen WHERE bucket = ?"),
                QStringLiteral("finish snapshot of %1").arg(page.bucket))
                .exec({page.bucket});
            sql(QStringLiteral("UPDATE cursors SET snapshot_active = 0 WHERE bucket = ?"),
                QStringLiteral("finish snapshot of %1").arg(page.bucket))
                .exec({page.bucket});
        }
    });
}

void Replica::retainBuckets(const QStringList &readable) {
    m_database.write([&](QSqlDatabase &db) {
        Tx tx(db, m_clock);
        StatementCache &sql = tx.sql;
        ReplicaQuery &held =
            sql(QStringLiteral("SELECT bucket FROM cursors UNION SELECT DISTINCT bucket"
                               " FROM records UNION SELECT bucket FROM outbox"
                               " UNION SELECT bucket FROM conflicts"),
                QStringLiteral("read held buckets"));
        held.exec();
        QStringList revoked;
        while (held.next()) {
            const QString bucket = held.value(0).toString();
            if (!readable.contains(bucket))
                revoked << bucket;
        }
        held.finish();
        for (const QString &bucket : std::as_const(revoked))
            purgeBucket(tx, bucket);
        ReplicaQuery &add = sql(QStringLiteral("INSERT OR IGNORE INTO cursors (bucket) VALUES (?)"),
                                QStringLiteral("add bucket"));
        for (const QString &bucket : readable)
            add.exec({bucket});
    });
}

void Replica::applyResults(const QList<std::pair<OutboxEntry, MutationResult>> &results) {
    m_database.write([&](QSqlDatabase &db) {
        Tx tx(db, m_clock);
        StatementCache &sql = tx.sql;
        for (const auto &[entry, result] : results) {
            const std::optional<StoredEntry> stored = loadEntry(sql, entry.id);
            // Answered already, or purged with its bucket meanwhile.
            if (!stored || stored->entry.state != OutboxEntry::State::InFlight)
                continue;
            if (!result.mutationId.isEmpty()
                && result.mutationId != stored->entry.mutation.mutationId) {
                throw Error::internal(
                    QStringLiteral("the result for mutation %1 was given for outbox entry %2 (%3)")
                        .arg(result.mutationId)
                        .arg(entry.id)
                        .arg(stored->entry.mutation.mutationId));
            }
            applyResult(tx, *stored, result);
        }
    });
}

QList<Conflict> Replica::conflicts() {
    StatementCache sql(m_database.connection());
    return selectConflicts(sql, {}, {});
}

void Replica::resolveConflict(qint64 conflictId, const Resolution &resolution,
                              const QString &userId) {
    m_database.write(
        [&](QSqlDatabase &db) {
            Tx tx(db, m_clock);
            StatementCache &sql = tx.sql;
            const QList<Conflict> found =
                selectConflicts(sql, QStringLiteral("WHERE id = ?"), {conflictId});
            if (found.isEmpty())
                throw Error::notFound(QStringLiteral("conflict %1 not found").arg(conflictId));
            const Conflict c = found.first();
            const bool merged = resolution.choice == Resolution::Choice::Merged;
            const bool theirs = resolution.choice == Resolution::Choice::Theirs;
            if (merged && c.kind != Conflict::Kind::Field && !resolution.merged.isObject()) {
                throw Error::invalidArgument(
                    QStringLiteral("merged"),
                    QStringLiteral("a merged record needs an object of fields"));
            }
            if (merged && (resolution.merged.isUndefined() || resolution.merged.isNull())) {
                throw Error::invalidArgument(QStringLiteral("merged"),
                                             QStringLiteral("a merged value is required"));
            }
            std::optional<ReplicaRow> loaded = tx.table.load(c.recordId);
            deleteConflict(sql, c.id);
            if (!loaded)
                return;
            ReplicaRow &row = *loaded;
            row.pinServerView();
            row.local.meta.updatedBy = userId;
            row.local.meta.updatedAt = tx.now;

            switch (c.kind) {
            case Conflict::Kind::Field: {
                if (theirs) {
                    row.local.fields.insert(c.field, row.serverView().value(c.field));
                    break;
                }
                const QJsonValue value = merged ? resolution.merged : c.mine;
                row.local.fields.insert(c.field, value);
                if (value != row.serverView().value(c.field)) {
                    tx.newEntry(row, MutationOp::Update, c.serverVersion,
                                QJsonObject{{c.field, value}}, {c.field}, userId);
                }
                break;
            }
            case Conflict::Kind::EditVsDelete: {
                tx.dropWork(row.local.meta.id, true);
                tx.table.remove(row);
                if (theirs)
                    return;
                // The server's record is gone for good (a tombstone cannot be
                // updated), so mine comes back as a new record; private records
                // keep their derived id, whose create the server takes as an
                // update.
                QJsonObject fields = c.mine.isObject() ? c.mine.toObject() : row.local.fields;
                if (merged) {
                    const QJsonObject m = resolution.merged.toObject();
                    for (auto it = m.begin(); it != m.end(); ++it) {
                        if (!fields.contains(it.key())) {
                            throw Error::invalidArgument(
                                it.key(), QStringLiteral("%1 has no field %2")
                                              .arg(common::toString(row.local.type), it.key()));
                        }
                        fields.insert(it.key(), it.value());
                    }
                }
                ReplicaRow fresh;
                fresh.local.type = row.local.type;
                fresh.local.fields = fields;
                fresh.local.meta.id = isPrivateType(row.local.type) ? row.local.meta.id : newUuid();
                fresh.local.meta.spaceId = row.local.meta.spaceId;
                fresh.local.meta.createdBy = userId;
                fresh.local.meta.createdAt = tx.now;
                fresh.local.meta.updatedBy = userId;
                fresh.local.meta.updatedAt = tx.now;
                fresh.bucket = row.bucket;
                tx.table.write(fresh);
                tx.newEntry(fresh, MutationOp::Create, 0, fields, {}, userId);
                return;
            }
            case Conflict::Kind::DeleteVsEdit: {
                if (resolution.choice == Resolution::Choice::Mine) {
                    row.local.meta.deleted = true;
                    tx.newEntry(row, MutationOp::Delete, c.serverVersion, {}, {}, userId);
                    break;
                }
                const QJsonObject server = row.serverView();
                row.local.fields = server;
                row.local.meta.deleted = false;
                if (merged) {
                    const QJsonObject m = resolution.merged.toObject();
                    QJsonObject changes;
                    for (auto it = m.begin(); it != m.end(); ++it) {
                        if (!server.contains(it.key())) {
                            throw Error::invalidArgument(
                                it.key(), QStringLiteral("%1 has no field %2")
                                              .arg(common::toString(row.local.type), it.key()));
                        }
                        if (server.value(it.key()) != it.value())
                            changes.insert(it.key(), it.value());
                        row.local.fields.insert(it.key(), it.value());
                    }
                    if (!changes.isEmpty()) {
                        tx.newEntry(row, MutationOp::Update, c.serverVersion, changes,
                                    changes.keys(), userId);
                    }
                }
                break;
            }
            }
            tx.settle(row, tx.work(row.local.meta.id));
        },
        ReplicaDatabase::Durability::Full);
}

QList<OutboxEntry> Replica::rejected() {
    QList<OutboxEntry> out;
    StatementCache sql(m_database.connection());
    const QList<StoredEntry> entries =
        selectEntries(sql, QStringLiteral("WHERE state = 'rejected' ORDER BY id"), {},
                      QStringLiteral("read rejected changes"));
    for (const StoredEntry &s : entries)
        out << s.entry;
    return out;
}

namespace {
StoredEntry requireRejected(StatementCache &sql, qint64 entryId) {
    const std::optional<StoredEntry> stored = loadEntry(sql, entryId);
    if (!stored)
        throw Error::notFound(QStringLiteral("outbox entry %1 not found").arg(entryId));
    if (stored->entry.state != OutboxEntry::State::Rejected) {
        throw Error::failedPrecondition(
            QStringLiteral("outbox entry %1 was not rejected").arg(entryId));
    }
    return *stored;
}
} // namespace

void Replica::retryRejected(qint64 entryId) {
    m_database.write(
        [&](QSqlDatabase &db) {
            StatementCache sql(db);
            StoredEntry s = requireRejected(sql, entryId);
            // A new mutation_id: the server answers a replayed one with its
            // first result (the rejection), and the content may have changed.
            s.entry.mutation.mutationId = newUuid();
            s.entry.state = OutboxEntry::State::Pending;
            s.entry.rejection.reset();
            s.sent = false;
            updateEntry(sql, s);
        },
        ReplicaDatabase::Durability::Full);
}

void Replica::discardRejected(qint64 entryId) {
    m_database.write(
        [&](QSqlDatabase &db) {
            Tx tx(db, m_clock);
            StatementCache &sql = tx.sql;
            const StoredEntry s = requireRejected(sql, entryId);
            const QString recordId = s.entry.mutation.recordId;
            sql(QStringLiteral("DELETE FROM outbox WHERE record_id = ? AND state <> 'in_flight'"),
                QStringLiteral("discard changes of record %1").arg(recordId))
                .exec({recordId});
            std::optional<ReplicaRow> loaded = tx.table.load(recordId);
            if (!loaded)
                return;
            ReplicaRow &row = *loaded;
            const Work work = tx.work(recordId);
            if (!row.onServer() && !work.inFlight()) {
                tx.dropWork(recordId, false);
                tx.table.remove(row);
                return;
            }
            // Back to the server's state; fields in open conflicts keep the
            // person's value until the conflict is decided.
            QJsonObject fields = row.serverView();
            for (const Conflict &c : work.conflicts) {
                if (c.kind == Conflict::Kind::Field)
                    fields.insert(c.field, c.mine);
            }
            row.local.fields = fields;
            row.local.meta.deleted =
                static_cast<bool>(work.conflictOfKind(Conflict::Kind::DeleteVsEdit));
            tx.settle(row, work);
        },
        ReplicaDatabase::Durability::Full);
}

QList<SetAsideItem> Replica::setAside() {
    ReplicaQuery q(m_database.connection(),
                   QStringLiteral("SELECT %1 FROM set_aside ORDER BY id").arg(kSetAsideColumns),
                   QStringLiteral("read set-aside work"));
    q.exec();
    QList<SetAsideItem> out;
    while (q.next())
        out << setAsideFromQuery(q);
    return out;
}

QByteArray Replica::exportSetAside() {
    QJsonArray items;
    const QList<SetAsideItem> all = setAside();
    for (const SetAsideItem &item : all)
        items.append(setAsideToJson(item));
    const QJsonObject document{
        {QStringLiteral("format"), QStringLiteral("helfernetz-set-aside")},
        {QStringLiteral("version"), 1},
        {QStringLiteral("exported_at"), m_clock.now().toString(Qt::ISODateWithMs)},
        {QStringLiteral("items"), items},
    };
    return QJsonDocument(document).toJson(QJsonDocument::Indented);
}

void Replica::dismissSetAside(qint64 id) {
    m_database.write(
        [&](QSqlDatabase &db) {
            StatementCache sql(db);
            ReplicaQuery &q = sql(QStringLiteral("DELETE FROM set_aside WHERE id = ?"),
                                  QStringLiteral("dismiss set-aside item %1").arg(id));
            q.exec({id});
            if (q.rowsAffected() == 0)
                throw Error::notFound(QStringLiteral("set-aside item %1 not found").arg(id));
        },
        ReplicaDatabase::Durability::Full);
}

SyncCounts Replica::counts() {
    QSqlDatabase db = m_database.connection();
    StatementCache sql(db);
    SyncCounts counts;
    ReplicaQuery &states = sql(QStringLiteral("SELECT state, COUNT(*) FROM outbox GROUP BY state"),
                               QStringLiteral("count outbox"));
    states.exec();
    while (states.next()) {
        const int n = states.value(1).toInt();
        switch (parseState(states.value(0).toString())) {
        case OutboxEntry::State::Pending:
            counts.pending = n;
            break;
        case OutboxEntry::State::InFlight:
            counts.inFlight = n;
            break;
        case OutboxEntry::State::Rejected:
            counts.rejected = n;
            break;
        }
    }
    ReplicaQuery &others = sql(QStringLiteral("SELECT (SELECT COUNT(*) FROM conflicts),"
                                              " (SELECT COUNT(*) FROM set_aside)"),
                               QStringLiteral("count conflicts"));
    others.exec();
    if (others.next()) {
        counts.conflicts = others.value(0).toInt();
        counts.setAside = others.value(1).toInt();
    }
    return counts;
}

QList<SearchHit> Replica::search(const QString &query, int limit) {
    QList<SearchHit> hits;
    const QString match = SearchText::matchExpression(query);
    if (match.isEmpty() || limit <= 0)
        return hits;
    // Title hits weigh most, then keys (function, organization, tags, ...),
    // then running text. ORDER BY rank lets FTS5 sort by itself, so the
    // snippet and the joins are computed only for the hits returned, not
    // for every match. Deleted records are not in the index. A post is
    // shown under its thread's title.
    ReplicaQuery q(
        m_database.connection(),
        QStringLiteral("SELECT r.type, r.id, r.bucket, r.space_id, r.fields,"
                       " snippet(search, -1, '[', ']', '…', 12), search.rank, t.fields"
                       " FROM search JOIN records AS r ON r.rid = search.rowid"
                       " LEFT JOIN records AS t ON r.type = 'post'"
                       " AND t.id = r.parent_id AND t.deleted = 0"
                       " WHERE search MATCH ? AND search.rank MATCH 'bm25(10.0, 4.0, 1.0)'"
                       " ORDER BY search.rank LIMIT ?"),
        QStringLiteral("search"));
    q.exec({match, limit});
    while (q.next()) {
        SearchHit hit;
        hit.type = parseType(q.value(0).toString(), QStringLiteral("search hit"));
        hit.id = q.value(1).toString();
        hit.bucket = q.value(2).toString();
        hit.spaceId = q.value(3).toString();
        const QJsonObject fields = json::toObject(q.value(4));
        hit.title = hit.type == EntityType::Post && !q.value(7).isNull()
                        ? SearchText::displayTitle(EntityType::Thread, json::toObject(q.value(7)))
                        : SearchText::displayTitle(hit.type, fields);
        hit.snippet = q.value(5).toString();
        hit.rank = q.value(6).toDouble();
        hits << hit;
    }
    return hits;
}

} // namespace hn::client
