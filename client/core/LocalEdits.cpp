// SPDX-License-Identifier: GPL-3.0-or-later
#include "client/core/LocalEdits.h"

#include "client/core/RecordIds.h"
#include "client/core/ReplicaTransaction.h"
#include "common/Bucket.h"
#include "common/Error.h"
#include "proto/codec/RecordCodec.h"

#include <QUuid>
#include <algorithm>

namespace hn::client {

using common::Bucket;
using common::EntityType;
using common::Error;
using common::MutationOp;

namespace {

// The live, client-writable record a person changes or deletes.
ReplicaRow editableRecord(ReplicaTransaction &tx, const QString &recordId, const QString &verb) {
    std::optional<ReplicaRow> loaded = tx.records().load(recordId);
    if (!loaded || loaded->local.meta.deleted)
        throw Error::notFound(QStringLiteral("record %1 not found").arg(recordId));
    if (!common::isClientWritable(loaded->local.type)) {
        throw Error::invalidArgument(QStringLiteral("entity"),
                                     QStringLiteral("records of type %1 cannot be %2 here")
                                         .arg(common::toString(loaded->local.type), verb));
    }
    return *loaded;
}

} // namespace

LocalEdits::LocalEdits(ReplicaDatabase &database, const common::Clock &clock)
    : m_database(database)
    , m_clock(clock) {}

common::Record LocalEdits::create(EntityType type, const QString &spaceId,
                                  const QJsonObject &fields, const QString &userId) {
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
    const bool privateType = ids::isPrivateType(type);
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
        row.local.meta.id = ids::newId();
    }

    m_database.write(
        [&](QSqlDatabase &db) {
            ReplicaTransaction tx(db, m_clock);
            if (privateType) {
                if (std::optional<ReplicaRow> existing = tx.records().load(row.local.meta.id)) {
                    // The same key again (a favourite set again, a read marker
                    // moved): the server applies a create of an existing id as
                    // an update, so the record simply takes the new fields.
                    ReplicaRow &old = *existing;
                    old.pinServerView();
                    old.local.fields = all;
                    old.local.meta.deleted = false;
                    old.local.meta.updatedBy = userId;
                    old.local.meta.updatedAt = tx.now();
                    RecordWork work = tx.work(old.local.meta.id);
                    bool merged = false;
                    if (!work.entries.isEmpty() && work.entries.last().editable()) {
                        StoredEntry last = work.entries.last();
                        if (last.entry.mutation.op != MutationOp::Update) {
                            last.entry.mutation.op = MutationOp::Create;
                            last.entry.mutation.fields = all;
                            last.entry.mutation.changedFields.clear();
                            last.entry.mutation.baseVersion = 0;
                            tx.outbox().update(last);
                            merged = true;
                        }
                    }
                    if (!merged)
                        tx.newEntry(old, MutationOp::Create, 0, all, {}, userId);
                    tx.records().write(old);
                    row = old;
                    return;
                }
            }
            tx.records().write(row);
            tx.newEntry(row, MutationOp::Create, 0, all, {}, userId);
        },
        ReplicaDatabase::Durability::Full);
    return row.local;
}

void LocalEdits::update(const QString &recordId, const QJsonObject &changedFields,
                        const QString &userId) {
    m_database.write(
        [&](QSqlDatabase &db) {
            ReplicaTransaction tx(db, m_clock);
            ReplicaRow row = editableRecord(tx, recordId, QStringLiteral("changed"));
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

            RecordWork work = tx.work(recordId);
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
            row.local.meta.updatedAt = tx.now();

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
                tx.outbox().update(last);
            } else {
                tx.newEntry(row, MutationOp::Update, row.local.meta.version, changes,
                            changes.keys(), userId);
            }
            tx.records().write(row);
        },
        ReplicaDatabase::Durability::Full);
}

void LocalEdits::remove(const QString &recordId, const QString &userId) {
    m_database.write(
        [&](QSqlDatabase &db) {
            ReplicaTransaction tx(db, m_clock);
            ReplicaRow row = editableRecord(tx, recordId, QStringLiteral("deleted"));
            const RecordWork work = tx.work(recordId);
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
                tx.records().remove(row);
                return;
            }
            // Unsent edits are superseded by the deletion.
            for (const StoredEntry &s : work.entries) {
                if (s.editable() && s.entry.mutation.op == MutationOp::Update)
                    tx.outbox().remove(s.entry.id);
            }
            row.pinServerView();
            tx.newEntry(row, MutationOp::Delete, row.local.meta.version, {}, {}, userId);
            row.local.meta.deleted = true;
            row.local.meta.updatedBy = userId;
            row.local.meta.updatedAt = tx.now();
            tx.records().write(row);
        },
        ReplicaDatabase::Durability::Full);
}

} // namespace hn::client
