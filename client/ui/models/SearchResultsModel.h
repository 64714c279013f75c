// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "client/core/SearchHit.h"

#include <QAbstractItemModel>
#include <QList>
#include <QString>
#include <QVector>

namespace hn::client {

// The global search's results as a tree: one group per kind that has hits
// (Contacts, Documents, Discussions: threads and posts), each hit with its
// title and a snippet of the matching text. Filled from Replica::search.
class SearchResultsModel : public QAbstractItemModel {
    Q_OBJECT
public:
    static constexpr int RecordIdRole = Qt::UserRole + 1;
    // The hit's common::EntityType as int.
    static constexpr int EntityTypeRole = Qt::UserRole + 2;
    enum Column { TitleColumn, SnippetColumn, ColumnCount };
    enum class Kind { Contacts, Documents, Discussions };

    explicit SearchResultsModel(QObject *parent = nullptr);

    // Replaces the results (best first within each group).
    void setHits(const QList<SearchHit> &hits);
    int hitCount() const;
    // The first hit's index (column 0), invalid when there is none.
    QModelIndex firstHit() const;
    static Kind kindOf(common::EntityType type);

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

private:
    struct Group {
        Kind kind;
        QVector<SearchHit> hits;
    };
    QString groupTitle(const Group &group) const;
    QVariant hitData(const SearchHit &hit, int column, int role) const;

    QVector<Group> m_groups;
};

} // namespace hn::client
