// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "client/ui/models/RecordColumn.h"
#include "client/ui/models/RecordListQuery.h"
#include "common/Record.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QVector>
#include <optional>

namespace hn::client {

class Replica;

// A table of records straight from the replica that stays fast with
// hundreds of thousands of rows: a (re)load asks SQLite only for the ordered
// row ids matching the query (filtering and sorting happen in SQL); the
// records themselves are read in blocks when a view shows them, and only a
// bounded number of blocks stays in memory.
//
// reload() keeps the rows a view shows stable: rows that went away are
// removed, new rows inserted, so selection and scroll position survive a
// sync round; only a changed order of existing rows resets the model.
class RecordListModel : public QAbstractTableModel {
    Q_OBJECT
public:
    // The record's id, for any column.
    static constexpr int RecordIdRole = Qt::UserRole + 1;
    static constexpr int kBlockRows = 200;
    static constexpr int kCachedBlocks = 24;

    RecordListModel(Replica &replica, QList<RecordColumn> columns, QObject *parent = nullptr);

    const RecordListQuery &query() const { return m_query; }
    // Replaces the query and reloads (a reset: the list is another one).
    // If the read fails the rows stay as they were (loadFailed); the query
    // is kept, so the next reload() applies it.
    void setQuery(const RecordListQuery &query);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    // Sorts in SQL by the column's sortExpression; columns without one
    // keep the current order.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    // The record of a row as the replica holds it now; nullopt for a row
    // out of range or a record deleted since the last reload.
    std::optional<common::Record> record(int row) const;
    QString recordId(int row) const;
    // -1 if the record is not listed.
    int rowOf(const QString &recordId) const;
    // Blocks currently held in memory (the benchmark checks the bound).
    int cachedBlockCount() const { return int(m_blocks.size()); }

public Q_SLOTS:
    // Reads the matching ids again (after Workspace::recordsChanged).
    void reload();

Q_SIGNALS:
    // A read failed (the replica file went away, ...); the list keeps what
    // it had. The message names the list and the cause.
    void loadFailed(const QString &message);

private:
    using Block = QVector<std::optional<common::Record>>;

    QVector<qint64> queryRowIds() const;
    const Block &block(int index) const;
    void applyNewRows(const QVector<qint64> &rows);
    void forgetBlocks();

    Replica &m_replica;
    QList<RecordColumn> m_columns;
    RecordListQuery m_query;
    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    QVector<qint64> m_rows; // records.rid in display order
    mutable QHash<int, Block> m_blocks;
    mutable QList<int> m_blockUse; // least recently used first
};

} // namespace hn::client
