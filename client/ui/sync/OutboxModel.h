// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "client/core/OutboxEntry.h"

#include <QAbstractTableModel>
#include <QList>
#include <QString>

namespace hn::client {

class Replica;

// The replica's outbox as a table: every local change still waiting for
// the server (pending, being sent) and every change the server refused,
// with the server's reason and field. Read a page at a time (fetchMore),
// so an outbox that grew over days offline never loads at once.
class OutboxModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        RecordColumn,
        KindColumn,
        OperationColumn,
        StateColumn,
        ReasonColumn,
        ColumnCount
    };
    static constexpr int EntryIdRole = Qt::UserRole + 1;
    static constexpr int RecordIdRole = Qt::UserRole + 2;
    // OutboxEntry::State as int.
    static constexpr int StateRole = Qt::UserRole + 3;
    // common::EntityType as int.
    static constexpr int TypeRole = Qt::UserRole + 4;
    static constexpr int kPageRows = 200;

    explicit OutboxModel(Replica &replica, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    // The entry of a row as last read (nullptr out of range).
    const OutboxEntry *entry(int row) const;
    // -1 if the entry is not listed (yet).
    int rowOfEntry(qint64 entryId) const;
    // The record's title as shown in the list.
    QString title(int row) const;
    // The server's reason for a rejected entry, with the field it named.
    static QString reasonText(const OutboxEntry &entry);

public Q_SLOTS:
    // Reads the outbox again (after a sync round or a person's decision),
    // keeping at least as many rows as were loaded. Rows are inserted,
    // removed and changed by entry id (no reset); only new and changed
    // entries read their record.
    void reload();

Q_SIGNALS:
    void loadFailed(const QString &message);

private:
    struct Row {
        OutboxEntry entry;
        QString title;
    };
    QList<Row> readRows(int limit, int offset) const;
    Row rowOf(const OutboxEntry &entry) const;
    static bool sameEntry(const OutboxEntry &a, const OutboxEntry &b);

    Replica &m_replica;
    QList<Row> m_rows;
    bool m_complete = true;
};

} // namespace hn::client
