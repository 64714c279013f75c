// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "client/core/ReplicaQuery.h"
#include "client/core/ReplicaRow.h"

#include <QHash>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <memory>
#include <optional>

namespace hn::client {

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
    // Rebuilds the row's search entry from what it indexes now (a document
    // whose current file's text arrived in the cache).
    void reindex(const ReplicaRow &row);

private:
    void index(const ReplicaRow &row, const QString &parentId);
    QString organizationName(const QString &organizationId);
    // The extracted text of a document's current file, if cached (FileCache).
    QString fileText(const QJsonObject &documentFields);
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
    std::unique_ptr<ReplicaQuery> m_fileText;
};

} // namespace hn::client
