// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "client/core/Conflict.h"

#include <QAbstractTableModel>
#include <QList>
#include <QString>

namespace hn::client {

class Replica;

// The open conflicts of the replica, one row each: the record, its kind,
// the field (or "whole record"), what happened and when it was noticed.
// Conflicts are few (each waits for a person), so all are read at once.
class ConflictModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { RecordColumn, KindColumn, FieldColumn, WhatColumn, DetectedColumn, ColumnCount };
    static constexpr int ConflictIdRole = Qt::UserRole + 1;
    static constexpr int RecordIdRole = Qt::UserRole + 2;

    explicit ConflictModel(Replica &replica, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    const Conflict *conflict(int row) const;
    QString title(int row) const;
    int rowOfConflict(qint64 conflictId) const;
    // "Both changed", "Changed here, deleted on the server", ...
    static QString kindText(Conflict::Kind kind);

public Q_SLOTS:
    void reload();

Q_SIGNALS:
    void loadFailed(const QString &message);

private:
    struct Row {
        Conflict conflict;
        QString title;
    };

    Replica &m_replica;
    QList<Row> m_rows;
};

} // namespace hn::client
