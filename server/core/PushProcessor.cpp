// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/core/PushProcessor.h"

#include "common/Bucket.h"
#include "common/Error.h"
#include "common/FieldMerge.h"
#include "common/Policy.h"
#include "common/RecordValidation.h"
#include "server/core/ChangeNotifier.h"
#include "server/store/AuditLog.h"
#include "server/store/BlobStore.h"
#include "server/store/Database.h"
#include "server/store/RecordStore.h"
#include "server/store/SpaceStore.h"

#include <QHash>
#include <QJsonArray>
#include <QSet>
#include <QUuid>

namespace hn::server {

using common::Action;
using common::EntityType;
using common::Error;
using common::Mutation;
using common::MutationOp;
using common::MutationOutcome;
using common::MutationResult;
using common::Record;
using common::RejectionKind;

namespace {

const QString kCheckout = QStringLiteral("checkout");

// Fields the server maintains (entities.proto): taken from the server on
// Create, and naming them in an Update is rejected.
bool isServerMaintained(EntityType type, const QString &field) {
    switch (type) {
    case EntityType::Thread:
        return field == u"last_activity_at_ms";
    case EntityType::Post:
        return field == u"edited_at_ms";
    case EntityType::Document:
        return field == u"current_version_id";
    default:
        return false;
    }
}

bool isPrivate(EntityType type) {
    return type == EntityType::ReadMarker || type == EntityType::Favourite;
}

double msOf(const QDateTime &time) {
    return double(time.toMSecsSinceEpoch());
}

QJsonObject emptyCheckout() {
    return {{QStringLiteral("user_id"), QString()},
            {QStringLiteral("checked_out_at_ms"), 0.0},
            {QStringLiteral("expires_at_ms"), 0.0}};
}

bool isSet(const QJsonObject &checkout) {
    return !checkout.value(QStringLiteral("user_id")).toString().isEmpty()
           || checkout.value(QStringLiteral("expires_at_ms")).toInteger() != 0
           || checkout.value(QStringLiteral("checked_out_at_ms")).toInteger() != 0;
}

// A refusal of one mutation; the batch goes on.
struct Refusal {
    RejectionKind kind;
    QString field;
    QString message;
};

[[noreturn]] void refuse(RejectionKind kind, const QString &field, const QString &message) {
    throw Refusal{kind, field, message};
}

[[noreturn]] void refuseValidation(const QString &field, const QString &message) {
    refuse(RejectionKind::Validation, field, message);
}

// One push call: the state shared by its mutations, all inside one write
// transaction.
class Batch {
public:
    Batch(QSqlDatabase db, const Caller &caller, const QDateTime &now, const SyncSettings &settings)
        : m_db(db)
        , m_store(db)
        , m_caller(caller)
        , m_actor(caller.actor())
        , m_now(now)
        , m_settings(settings) {}

    MutationResult apply(const Mutation &mutation) {
        if (std::optional<StoredMutationResult> stored = m_store.findResult(mutation.mutationId)) {
            if (stored->userId == m_caller.user.id)
                return stored->result; // a replay: the first answer, nothing changes
            MutationResult result;
            result.mutationId = mutation.mutationId;
            result.outcome = MutationOutcome::Rejected;
            result.rejection = common::Rejection{
                RejectionKind::Validation, QStringLiteral("mutation_id"),
                QStringLiteral("this mutation id was already used by another user")};
            return result; // not stored: the id stays the other user's
        }
        MutationResult result;
        try {
            result = decide(mutation);
        } catch (const Refusal &refusal) {
            result = {};
            result.mutationId = mutation.mutationId;
            result.outcome = MutationOutcome::Rejected;
            result.rejection = common::Rejection{refusal.kind, refusal.field, refusal.message};
        }
        m_store.storeResult(m_caller.user.id, result, m_now);
        return result;
    }

    const QSet<QString> &movedBuckets() const { return m_moved; }
    qint64 lastSeq() const { return m_lastSeq; }
    const QList<common::AuditEntry> &audit() const { return m_audit; }

private:
    struct SpaceInfo {
        common::SpaceContext context;
    };

    MutationResult decide(Mutation mutation) {
        // What the client sent, before the server fills in its own fields;
        // see clientView() below.
        const Mutation sent = mutation;
        if (!common::isClientWritable(mutation.type)) {
            refuseValidation(QStringLiteral("entity"),
                             QStringLiteral("%1 records cannot be changed through sync")
                                 .arg(common::toString(mutation.type)));
        }
        std::optional<StoredRecord> current = m_store.find(mutation.recordId);
        if (current && current->record.type != mutation.type) {
            refuseValidation(QStringLiteral("entity"),
                             QStringLiteral("record %1 is a %2, not a %3")
                                 .arg(mutation.recordId, common::toString(current->record.type),
                                      common::toString(mutation.type)));
        }
        const bool live = current && !current->record.meta.deleted;
        if (mutation.op == MutationOp::Update && live) {
            for (const QString &field : std::as_const(mutation.changedFields)) {
                if (isServerMaintained(mutation.type, field))
                    refuseValidation(field, QStringLiteral("is maintained by the server"));
                if (!current->record.fields.contains(field)) {
                    refuseValidation(field, QStringLiteral("is not a field of %1")
                                                .arg(common::toString(mutation.type)));
                }
            }
        }

        QSet<QString> lastWriterWins;
        std::optional<SpaceInfo> space;
        if (isPrivate(mutation.type))
            preparePrivate(mutation, current);
        else
            space = checkSpaceAndPolicy(mutation, current);
        if (space && mutation.type == EntityType::Thread)
            checkPinLock(mutation, current, *space);
        if (space && mutation.type == EntityType::Post)
            checkPostThread(mutation, current, *space);
        if (space && mutation.type == EntityType::Document)
            prepareDocument(mutation, current, *space, lastWriterWins);
        if (mutation.op == MutationOp::Create)
            fillServerMaintained(mutation);

        // A tombstone of private data is revived by a Create (unfavourite,
        // then favourite again); for shared records an id is never reused.
        std::optional<Record> merged;
        if (current
            && !(isPrivate(mutation.type) && mutation.op == MutationOp::Create
                 && current->record.meta.deleted))
            merged = current->record;
        const QHash<QString, qint64> noSeqs;
        common::MergeDecision decision = common::FieldMerge::decide(
            merged, merged ? current->fieldSeqs : noSeqs, mutation, lastWriterWins);
        if (decision.rejection)
            refuse(decision.rejection->kind, decision.rejection->field,
                   decision.rejection->message);

        if (decision.write && !decision.tombstone) {
            if (mutation.type == EntityType::Post && mutation.op == MutationOp::Update
                && (decision.changedFields.contains(QStringLiteral("body"))
                    || decision.changedFields.contains(
                        QStringLiteral("attachment_document_ids")))) {
                decision.fields.insert(QStringLiteral("edited_at_ms"), msOf(m_now));
                decision.changedFields.append(QStringLiteral("edited_at_ms"));
            }
            try {
                common::RecordValidation::check(mutation.type, mutation.recordId, decision.fields);
            } catch (const Error &error) {
                refuseValidation(error.field(), error.message());
            }
        }

        MutationResult result;
        result.mutationId = mutation.mutationId;
        result.outcome = decision.outcome;
        result.conflicts = decision.conflicts;
        result.version = current ? current->record.meta.version : 0;
        Record after = current ? current->record : Record{};
        if (decision.write) {
            after = write(mutation, merged ? &*current : nullptr, decision);
            result.version = after.meta.version;
            if (mutation.type == EntityType::Post)
                touchThread(decision.tombstone ? current->record.fields : after.fields, *space);
            if (mutation.type == EntityType::Document && decision.tombstone)
                tombstoneVersions(mutation.recordId);
        }
        if (result.outcome == MutationOutcome::Merged || result.outcome == MutationOutcome::Conflict
            || (decision.write && !decision.tombstone && after.fields != clientView(sent, current)))
            result.record = after;
        return result;
    }

    // The fields the client holds after it applied its own mutation. When
    // the server stored something else (server-maintained fields such as a
    // thread's last activity or a post's edit time, a checkout it decided),
    // the result carries the record, so the replica equals the server
    // without waiting for the next change of that record.
    static QJsonObject clientView(const Mutation &sent,
                                  const std::optional<StoredRecord> &current) {
        if (sent.op == MutationOp::Create || !current)
            return sent.fields;
        QJsonObject fields = current->record.fields;
        for (const QString &field : sent.changedFields)
            fields.insert(field, sent.fields.value(field));
        return fields;
    }

    // Read markers and favourites: only in the caller's own private bucket,
    // never in a space, ids derived from their key, and never a conflict.
    void preparePrivate(Mutation &mutation, const std::optional<StoredRecord> &current) {
        if (!mutation.spaceId.isEmpty()) {
            refuseValidation(QStringLiteral("space_id"),
                             QStringLiteral("private data belongs to no space"));
        }
        if (current && current->record.meta.createdBy != m_caller.user.id) {
            refuse(RejectionKind::Permission, {},
                   QStringLiteral("This record is another user's private data."));
        }
        const bool marker = mutation.type == EntityType::ReadMarker;
        const QString keyField = marker ? QStringLiteral("thread_id") : QStringLiteral("target_id");
        if (mutation.op == MutationOp::Create) {
            const QString expected =
                QUuid::createUuidV5(
                    QUuid::fromString(m_caller.user.id),
                    (marker ? QStringLiteral("read_marker:") : QStringLiteral("favourite:"))
                        + mutation.fields.value(keyField).toString())
                    .toString(QUuid::WithoutBraces);
            if (!mutation.fields.value(keyField).toString().isEmpty()
                && mutation.recordId != expected) {
                refuseValidation(QStringLiteral("record_id"),
                                 QStringLiteral("must be the UUID v5 of the user id and \"%1\"")
                                     .arg(marker ? QStringLiteral("read_marker:<thread_id>")
                                                 : QStringLiteral("favourite:<target_id>")));
            }
        }
        const bool live = current && !current->record.meta.deleted;
        if (live && mutation.op != MutationOp::Delete && mutation.fields.contains(keyField)
            && mutation.fields.value(keyField) != current->record.fields.value(keyField)) {
            refuseValidation(keyField, QStringLiteral("cannot change"));
        }
        if (live && mutation.op == MutationOp::Create) {
            // Another device made the same record: an update of every field.
            mutation.op = MutationOp::Update;
            mutation.changedFields = mutation.fields.keys();
        }
        if (live) {
            // Never a conflict: the last change wins ...
            mutation.baseVersion = std::max(mutation.baseVersion, current->record.meta.version);
            // ... except that a read marker never moves back.
            const QString upTo = QStringLiteral("read_up_to_at_ms");
            if (marker && mutation.fields.contains(upTo)) {
                mutation.fields.insert(upTo,
                                       std::max(mutation.fields.value(upTo).toDouble(),
                                                current->record.fields.value(upTo).toDouble()));
            }
        }
    }

    std::optional<SpaceInfo> lookupSpace(const QString &spaceId) {
        if (const auto it = m_spaces.constFind(spaceId); it != m_spaces.cend())
            return it.value();
        std::optional<SpaceInfo> info;
        SpaceStore spaces(m_db);
        if (const std::optional<common::Space> space = spaces.findById(spaceId)) {
            info = SpaceInfo{{space->id, space->guestVisible, space->archived, std::nullopt}};
            if (const auto membership = spaces.membership(spaceId, m_caller.user.id))
                info->context.level = membership->level;
        }
        m_spaces.insert(spaceId, info);
        return info;
    }

    SpaceInfo checkSpaceAndPolicy(const Mutation &mutation,
                                  const std::optional<StoredRecord> &current) {
        if (mutation.spaceId.isEmpty())
            refuseValidation(QStringLiteral("space_id"), QStringLiteral("is required"));
        if (current && current->record.meta.spaceId != mutation.spaceId) {
            refuseValidation(QStringLiteral("space_id"),
                             QStringLiteral("the record is in space %1; a record never moves "
                                            "to another space")
                                 .arg(current->record.meta.spaceId));
        }
        const std::optional<SpaceInfo> space = lookupSpace(mutation.spaceId);
        if (!space) {
            refuseValidation(QStringLiteral("space_id"),
                             QStringLiteral("no space with id %1").arg(mutation.spaceId));
        }
        if (space->context.archived)
            refuse(RejectionKind::Permission, {}, QStringLiteral("This space is archived."));

        // Own or any: by who created the record; for an id the server does
        // not know, as if it were the caller's own.
        const bool own = !current || current->record.meta.createdBy == m_caller.user.id;
        Action action = Action::Create;
        if (mutation.op == MutationOp::Update)
            action = own ? Action::EditOwn : Action::EditAny;
        else if (mutation.op == MutationOp::Delete)
            action = own ? Action::DeleteOwn : Action::DeleteAny;
        const common::RecordContext record{current ? current->record.meta.createdBy
                                                   : m_caller.user.id};
        const common::Decision decision =
            common::Policy::may(m_actor, action, &space->context, &record);
        if (!decision)
            refuse(RejectionKind::Permission, {}, decision.reason);
        return *space;
    }

    bool mayPinLock(const SpaceInfo &space) const {
        return common::Policy::may(m_actor, Action::PinLock, &space.context).allowed;
    }

    void checkPinLock(const Mutation &mutation, const std::optional<StoredRecord> &current,
                      const SpaceInfo &space) {
        if (mutation.op == MutationOp::Delete)
            return;
        for (const QString &field : {QStringLiteral("pinned"), QStringLiteral("locked")}) {
            if (mutation.op == MutationOp::Update && !mutation.changedFields.contains(field))
                continue;
            const bool wanted = mutation.fields.value(field).toBool();
            const bool now = current && !current->record.meta.deleted
                             && current->record.fields.value(field).toBool();
            if (wanted == now)
                continue;
            const common::Decision decision =
                common::Policy::may(m_actor, Action::PinLock, &space.context);
            if (!decision)
                refuse(RejectionKind::Permission, field, decision.reason);
        }
    }

    // A post lives in an existing thread of its space, never moves, and a
    // locked thread takes new posts and edits only from moderators.
    void checkPostThread(const Mutation &mutation, const std::optional<StoredRecord> &current,
                         const SpaceInfo &space) {
        const QString threadField = QStringLiteral("thread_id");
        const bool live = current && !current->record.meta.deleted;
        if (mutation.op == MutationOp::Delete || (current && !live))
            return;
        QString threadId = live ? current->record.fields.value(threadField).toString()
                                : mutation.fields.value(threadField).toString();
        if (live && mutation.changedFields.contains(threadField)
            && mutation.fields.value(threadField).toString() != threadId) {
            refuseValidation(threadField, QStringLiteral("a post never moves to another thread"));
        }
        if (threadId.isEmpty())
            return; // RecordValidation names the missing field
        const std::optional<StoredRecord> thread = m_store.find(threadId);
        if (!thread || thread->record.meta.deleted || thread->record.type != EntityType::Thread
            || thread->record.meta.spaceId != space.context.spaceId) {
            refuseValidation(threadField,
                             QStringLiteral("no thread %1 in this space").arg(threadId));
        }
        if (thread->record.fields.value(QStringLiteral("locked")).toBool() && !mayPinLock(space)) {
            refuse(RejectionKind::Permission, {},
                   QStringLiteral("The thread is locked; only moderators can post in it or edit "
                                  "its posts."));
        }
    }

    // The checkout is a lock the server decides (entities.proto, Document):
    // the pushed value is a request to take or release it.
    void prepareDocument(Mutation &mutation, const std::optional<StoredRecord> &current,
                         const SpaceInfo &space, QSet<QString> &lastWriterWins) {
        if (mutation.op == MutationOp::Delete)
            return;
        const bool live = current && !current->record.meta.deleted;
        const QJsonObject held =
            live ? current->record.fields.value(kCheckout).toObject() : QJsonObject();
        const QString holder = held.value(QStringLiteral("user_id")).toString();
        const bool valid =
            !holder.isEmpty()
            && held.value(QStringLiteral("expires_at_ms")).toInteger() > m_now.toMSecsSinceEpoch();
        const bool heldByOther = valid && holder != m_caller.user.id;
        lastWriterWins.insert(kCheckout);

        const bool named =
            mutation.op == MutationOp::Create || mutation.changedFields.contains(kCheckout);
        if (!named) {
            if (live && !holder.isEmpty() && !valid) {
                // An expired lock is void; the document's next change clears it.
                mutation.fields.insert(kCheckout, emptyCheckout());
                mutation.changedFields.append(kCheckout);
            }
            return;
        }
        const QJsonObject wanted = mutation.fields.value(kCheckout).toObject();
        if (!isSet(wanted)) {
            if (heldByOther && !mayPinLock(space)) {
                refuse(RejectionKind::Permission, kCheckout,
                       QStringLiteral("Another user has the document checked out; only they or "
                                      "a moderator can release it."));
            }
            mutation.fields.insert(kCheckout, emptyCheckout());
            return;
        }
        if (heldByOther) {
            refuse(RejectionKind::Permission, kCheckout,
                   QStringLiteral("Another user has the document checked out."));
        }
        const qint64 nowMs = m_now.toMSecsSinceEpoch();
        const qint64 requested = wanted.value(QStringLiteral("expires_at_ms")).toInteger();
        const qint64 longest =
            nowMs
            + std::chrono::duration_cast<std::chrono::milliseconds>(m_settings.maxCheckout).count();
        qint64 expires =
            nowMs
            + std::chrono::duration_cast<std::chrono::milliseconds>(m_settings.defaultCheckout)
                  .count();
        if (requested != 0) {
            if (requested <= nowMs) {
                refuseValidation(QStringLiteral("checkout.expires_at_ms"),
                                 QStringLiteral("must lie in the future"));
            }
            expires = std::min(requested, longest);
        }
        const bool renewing = valid && holder == m_caller.user.id;
        mutation.fields.insert(
            kCheckout,
            QJsonObject{{QStringLiteral("user_id"), m_caller.user.id},
                        {QStringLiteral("checked_out_at_ms"),
                         renewing ? held.value(QStringLiteral("checked_out_at_ms")).toDouble()
                                  : double(nowMs)},
                        {QStringLiteral("expires_at_ms"), double(expires)}});
    }

    void fillServerMaintained(Mutation &mutation) {
        switch (mutation.type) {
        case EntityType::Thread:
            mutation.fields.insert(QStringLiteral("last_activity_at_ms"), msOf(m_now));
            break;
        case EntityType::Post:
            mutation.fields.insert(QStringLiteral("edited_at_ms"), 0.0);
            break;
        case EntityType::Document:
            mutation.fields.insert(QStringLiteral("current_version_id"), QString());
            break;
        default:
            break;
        }
    }

    Record write(const Mutation &mutation, const StoredRecord *current,
                 const common::MergeDecision &decision) {
        const qint64 seq = m_store.allocateSeq();
        m_lastSeq = seq;
        StoredRecord next;
        if (current) {
            next = *current;
        } else {
            next.record.type = mutation.type;
            next.record.meta.id = mutation.recordId;
            next.record.meta.spaceId = isPrivate(mutation.type) ? QString() : mutation.spaceId;
            next.record.meta.createdBy = m_caller.user.id;
            next.record.meta.createdAt = m_now;
        }
        Record &record = next.record;
        record.meta.version = seq;
        record.meta.updatedBy = m_caller.user.id;
        record.meta.updatedAt = m_now;
        record.meta.deleted = decision.tombstone;
        record.fields = decision.fields;
        if (decision.tombstone) {
            next.fieldSeqs.clear();
        } else {
            for (const QString &field : decision.changedFields)
                next.fieldSeqs.insert(field, seq);
        }
        m_store.upsert(next);
        m_moved.insert(record.bucket());

        common::AuditEntry entry;
        entry.at = m_now;
        entry.actorId = m_caller.user.id;
        entry.actorEmail = m_caller.user.email;
        entry.action = QStringLiteral("record.") + common::toString(mutation.op);
        entry.targetType = common::toString(mutation.type);
        entry.targetId = mutation.recordId;
        entry.peer = m_caller.peer;
        entry.details = {{QStringLiteral("mutation_id"), mutation.mutationId},
                         {QStringLiteral("outcome"), common::toString(decision.outcome)},
                         {QStringLiteral("version"), double(seq)}};
        // A create sets every field and a delete clears them all: only an
        // update's list says something.
        if (current && !decision.tombstone) {
            entry.details.insert(QStringLiteral("fields"),
                                 QJsonArray::fromStringList(decision.changedFields));
        }
        if (!record.meta.spaceId.isEmpty())
            entry.details.insert(QStringLiteral("space_id"), record.meta.spaceId);
        m_audit.append(entry);
        return record;
    }

    // A thread's last activity follows its posts: a server change of the
    // thread record with its own seq.
    void touchThread(const QJsonObject &post, const SpaceInfo &space) {
        const QString threadId = post.value(QStringLiteral("thread_id")).toString();
        std::optional<StoredRecord> thread = m_store.find(threadId);
        if (!thread || thread->record.meta.deleted
            || thread->record.meta.spaceId != space.context.spaceId)
            return;
        Record changed = thread->record;
        changed.fields.insert(QStringLiteral("last_activity_at_ms"), msOf(m_now));
        const qint64 seq = m_store.writeServerChange(changed, {m_caller.user.id, m_now});
        m_lastSeq = std::max(m_lastSeq, seq);
        m_moved.insert(changed.bucket());
    }

    // A deleted document's versions go with it (server changes with their
    // own seqs), so clients drop them too; their files are collected later
    // (BlobCollector).
    void tombstoneVersions(const QString &documentId) {
        for (const QString &versionId : BlobStore(m_db).versionsOf(documentId)) {
            std::optional<StoredRecord> version = m_store.find(versionId);
            if (!version || version->record.meta.deleted)
                continue;
            Record gone = version->record;
            gone.meta.deleted = true;
            const qint64 seq = m_store.writeServerChange(gone, {m_caller.user.id, m_now});
            m_lastSeq = std::max(m_lastSeq, seq);
            m_moved.insert(gone.bucket());
        }
    }

    QSqlDatabase m_db;
    RecordStore m_store;
    const Caller &m_caller;
    common::Actor m_actor;
    QDateTime m_now;
    const SyncSettings &m_settings;
    QHash<QString, std::optional<SpaceInfo>> m_spaces;
    QSet<QString> m_moved;
    qint64 m_lastSeq = 0;
    QList<common::AuditEntry> m_audit;
};

} // namespace

PushProcessor::PushProcessor(Database &database, const common::Clock &clock,
                             ChangeNotifier &notifier, SyncSettings settings)
    : m_database(database)
    , m_clock(clock)
    , m_notifier(notifier)
    , m_settings(settings) {}

QList<MutationResult> PushProcessor::push(const Caller &caller, const QList<Mutation> &mutations) {
    if (mutations.size() > m_settings.maxPushBatch) {
        throw Error::invalidArgument(
            QStringLiteral("mutations"),
            QStringLiteral("at most %1 mutations per push").arg(m_settings.maxPushBatch));
    }
    QList<MutationResult> results;
    results.reserve(mutations.size());
    QSet<QString> moved;
    qint64 head = 0;
    const QDateTime now = m_clock.now();
    // One transaction for the batch: one commit (one WAL sync) however many
    // mutations, and the statements of the RecordStore prepared once.
    m_database.write([&](QSqlDatabase &db) {
        results.clear();
        Batch batch(db, caller, now, m_settings);
        for (const Mutation &mutation : mutations)
            results.append(batch.apply(mutation));
        AuditLog(db).appendAll(batch.audit());
        moved = batch.movedBuckets();
        head = batch.lastSeq();
    });
    // After the commit: a subscriber told to pull must find the changes.
    m_notifier.publish(moved, head);
    return results;
}

} // namespace hn::server
