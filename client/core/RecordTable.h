// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "client/core/ReplicaQuery.h"
#include "common/Record.h"

#include <QHash>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <memory>
#include <optional>

namespace hn::client {

// One row of the replica's records table: the local view of a record (what
// a person sees, with unsynced changes) and the last state the server sent.
struct ReplicaRow {
    qint64 rid = 0; // 0: not stored yet
    // The local view. meta.version is the server's version (0: never on
    // the server), meta.deleted the local deletion.
    common::Record local;
    QString bucket;
    bool serverDeleted = false;
    // The server's fields when they differ from the local view; nullopt
    // when they are the same (or the record never reached the server).
    std::optional<QJsonObject> serverFields;

    QJsonObject serverView() const { return serverFields ? *serverFields : local.fields; }
    // Call before the local view changes: keeps the server's view apart.
    void pinServerView() {
        if (!serverFields)
            serverFields = local.fields;
    }
    bool onServer() const { return local.meta.version > 0; }

    // As last read or written, so a write re-indexes only what changed.
    bool stored = false;
    bool indexedDeleted = false;
    QJsonObject indexedFields;
};

// The records table and the search index that mirrors it. Every write of a
// row keeps its search entry in step, inside the caller's transaction.
// Prepares its statements once and reuses them (a pull writes thousands of
// rows through one RecordTable).
class RecordTable {
public:
    explicit RecordTable(const QSqlDatabase &db);
    ~RecordTable();
    RecordTable(const RecordTable &) = delete;
    RecordTable &operator=(const RecordTable &) = delete;

    // The select list that fromQuery() reads, for queries of callers.
    static QString columns();
    static ReplicaRow fromQuery(const ReplicaQuery &query);

    std::optional<ReplicaRow> load(const QString &id);
    // The rows of those ids that are held, in one query.
    QHash<QString, ReplicaRow> loadMany(const QStringList &ids);
    // Inserts (rid 0) or updates the row and its search entry.
    void write(ReplicaRow &row);
    // Removes the row and its search entry.
    void remove(const ReplicaRow &row);

private:
    void index(const ReplicaRow &row, const QString &parentId);
    QString organizationName(const QString &organizationId);
    void reindexMembersOf(const QString &organizationId);
    ReplicaQuery &statement(std::unique_ptr<ReplicaQuery> &slot, const QString &sql,
                            const QString &context);

    QSqlDatabase m_db;
    std::unique_ptr<ReplicaQuery> m_select;
    std::unique_ptr<ReplicaQuery> m_insert;
    std::unique_ptr<ReplicaQuery> m_update;
    std::unique_ptr<ReplicaQuery> m_delete;
    std::unique_ptr<ReplicaQuery> m_indexInsert;
    std::unique_ptr<ReplicaQuery> m_indexDelete;
    std::unique_ptr<ReplicaQuery> m_organization;
};

} // namespace hn::client
