// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractItemModel>
#include <QString>
#include <QVector>

namespace hn::client {

class Replica;

// The areas of the navigation: "All areas" first, then the spaces the
// replica holds, grouped by kind (Public, Teams, Municipalities, Internal)
// and sorted by name within a group. Read with one small query over the
// Space records (a few dozen rows), so it costs nothing at start-up.
class NavigationModel : public QAbstractItemModel {
    Q_OBJECT
public:
    // The space id of a row: "" for "All areas"; invalid for group rows.
    static constexpr int SpaceIdRole = Qt::UserRole + 1;

    explicit NavigationModel(Replica &replica, QObject *parent = nullptr);

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

    QModelIndex allAreasIndex() const { return index(0, 0); }
    // Invalid when the space is not listed.
    QModelIndex indexOfSpace(const QString &spaceId) const;

public Q_SLOTS:
    // Reads the spaces again (after Workspace::recordsChanged); resets only
    // when the list of spaces changed.
    void reload();

Q_SIGNALS:
    void loadFailed(const QString &message);

private:
    struct Area {
        QString id;
        QString name;
        bool archived = false;
        bool operator==(const Area &) const = default;
    };
    struct Group {
        QString kind; // "public", "team", "municipality", "internal", ""
        QVector<Area> areas;
        bool operator==(const Group &) const = default;
    };

    QVector<Group> readGroups() const;
    QString groupTitle(const QString &kind) const;

    Replica &m_replica;
    QVector<Group> m_groups;
};

} // namespace hn::client
