// SPDX-License-Identifier: GPL-3.0-or-later
#include "client/core/ConflictDesk.h"

#include "client/core/ConflictTable.h"
#include "client/core/RecordIds.h"
#include "client/core/ReplicaTransaction.h"
#include "client/core/StatementCache.h"
#include "common/Error.h"

namespace hn::client {

using common::Error;
using common::MutationOp;

ConflictDesk::ConflictDesk(ReplicaDatabase &database, const common::Clock &clock)
    : m_database(database)
    , m_clock(clock) {}

QList<Conflict> ConflictDesk::open() {
    StatementCache sql(m_database.connection());
    return ConflictTable(sql).select({}, {});
}

void ConflictDesk::resolve(qint64 conflictId, const Resolution &resolution, const QString &userId) {
    m_database.write(
        [&](QSqlDatabase &db) {
            ReplicaTransaction tx(db, m_clock);
            const QList<Conflict> found =
                tx.conflicts().select(QStringLiteral("WHERE id = ?"), {conflictId});
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
            std::optional<ReplicaRow> loaded = tx.records().load(c.recordId);
            tx.conflicts().remove(c.id);
            if (!loaded)
                return;
            ReplicaRow &row = *loaded;
            row.pinServerView();
            row.local.meta.updatedBy = userId;
            row.local.meta.updatedAt = tx.now();

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
                tx.records().remove(row);
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
                fresh.local.meta.id =
                    ids::isPrivateType(row.local.type) ? row.local.meta.id : ids::newId();
                fresh.local.meta.spaceId = row.local.meta.spaceId;
                fresh.local.meta.createdBy = userId;
                fresh.local.meta.createdAt = tx.now();
                fresh.local.meta.updatedBy = userId;
                fresh.local.meta.updatedAt = tx.now();
                fresh.bucket = row.bucket;
                tx.records().write(fresh);
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

} // namespace hn::client
