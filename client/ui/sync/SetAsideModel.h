// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "client/core/SetAsideItem.h"

#include <QAbstractTableModel>
#include <QList>
#include <QStringList>

namespace hn::client {

class Replica;

// Work set aside after access to an area was removed: what it was (record,
// kind, the change), why and when. Items are few (one per record of a
// revoked area with unsynced work), so all are read at once.
class SetAsideModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { RecordColumn, KindColumn, ChangeColumn, ReasonColumn, WhenColumn, ColumnCount };
    static constexpr int ItemIdRole = Qt::UserRole + 1;

    explicit SetAsideModel(Replica &replica, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    const SetAsideItem *item(int row) const;
    // Why it was set aside, for people: the area by name where the replica
    // still knows it.
    QString reasonText(int row) const;
    int rowOfItem(qint64 id) const;

public Q_SLOTS:
    void reload();

Q_SIGNALS:
    void loadFailed(const QString &message);

private:
    Replica &m_replica;
    QList<SetAsideItem> m_items;
    QStringList m_reasons;
};

} // namespace hn::client
