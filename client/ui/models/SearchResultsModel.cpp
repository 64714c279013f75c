// SPDX-License-Identifier: GPL-3.0-or-later
#include "client/ui/models/SearchResultsModel.h"

#include <QFont>

namespace hn::client {

using common::EntityType;

namespace {

// Internal id of group rows; a hit row holds its group's position + 1.
constexpr quintptr kGroupRow = 0;

// The index marks matches with [brackets]; a list shows plain text.
QString plainSnippet(QString snippet) {
    return snippet.remove(u'[').remove(u']').simplified();
}

} // namespace

SearchResultsModel::SearchResultsModel(QObject *parent)
    : QAbstractItemModel(parent) {}

SearchResultsModel::Kind SearchResultsModel::kindOf(EntityType type) {
    switch (type) {
    case EntityType::Document:
    case EntityType::DocumentVersion:
        return Kind::Documents;
    case EntityType::Thread:
    case EntityType::Post:
        return Kind::Discussions;
    default:
        return Kind::Contacts;
    }
}

void SearchResultsModel::setHits(const QList<SearchHit> &hits) {
    beginResetModel();
    m_groups.clear();
    for (Kind kind : {Kind::Contacts, Kind::Documents, Kind::Discussions}) {
        Group group{kind, {}};
        for (const SearchHit &hit : hits) {
            if (kindOf(hit.type) == kind)
                group.hits.append(hit);
        }
        if (!group.hits.isEmpty())
            m_groups.append(std::move(group));
    }
    endResetModel();
}

int SearchResultsModel::hitCount() const {
    int count = 0;
    for (const Group &group : m_groups)
        count += int(group.hits.size());
    return count;
}

QModelIndex SearchResultsModel::firstHit() const {
    return m_groups.isEmpty() ? QModelIndex() : index(0, 0, index(0, 0));
}

QString SearchResultsModel::groupTitle(const Group &group) const {
    const int n = int(group.hits.size());
    switch (group.kind) {
    case Kind::Contacts:
        return tr("Contacts (%n)", nullptr, n);
    case Kind::Documents:
        return tr("Documents (%n)", nullptr, n);
    case Kind::Discussions:
        return tr("Discussions (%n)", nullptr, n);
    }
    return {};
}

QModelIndex SearchResultsModel::index(int row, int column, const QModelIndex &parent) const {
    if (row < 0 || column < 0 || column >= ColumnCount)
        return {};
    if (!parent.isValid())
        return row < m_groups.size() ? createIndex(row, column, kGroupRow) : QModelIndex();
    if (parent.internalId() != kGroupRow || parent.column() != 0
        || row >= m_groups.at(parent.row()).hits.size())
        return {};
    return createIndex(row, column, quintptr(parent.row() + 1));
}

QModelIndex SearchResultsModel::parent(const QModelIndex &child) const {
    if (!child.isValid() || child.internalId() == kGroupRow)
        return {};
    return createIndex(int(child.internalId()) - 1, 0, kGroupRow);
}

int SearchResultsModel::rowCount(const QModelIndex &parent) const {
    if (!parent.isValid())
        return int(m_groups.size());
    if (parent.internalId() != kGroupRow || parent.column() != 0)
        return 0;
    return int(m_groups.at(parent.row()).hits.size());
}

int SearchResultsModel::columnCount(const QModelIndex &) const {
    return ColumnCount;
}

QVariant SearchResultsModel::data(const QModelIndex &index, int role) const {
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    if (index.internalId() == kGroupRow) {
        const Group &group = m_groups.at(index.row());
        if (index.column() != TitleColumn)
            return {};
        if (role == Qt::DisplayRole || role == Qt::AccessibleTextRole)
            return groupTitle(group);
        if (role == Qt::FontRole) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    }
    return hitData(m_groups.at(int(index.internalId()) - 1).hits.at(index.row()), index.column(),
                   role);
}

QVariant SearchResultsModel::hitData(const SearchHit &hit, int column, int role) const {
    switch (role) {
    case RecordIdRole:
        return hit.id;
    case EntityTypeRole:
        return int(hit.type);
    case Qt::DisplayRole:
        if (column == TitleColumn) {
            if (!hit.title.isEmpty())
                return hit.title;
            return hit.type == EntityType::Post ? tr("(post)") : tr("(untitled)");
        }
        return plainSnippet(hit.snippet);
    case Qt::ToolTipRole:
    case Qt::AccessibleDescriptionRole:
        return plainSnippet(hit.snippet);
    default:
        return {};
    }
}

QVariant SearchResultsModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    if (section == TitleColumn)
        return tr("Found");
    if (section == SnippetColumn)
        return tr("Text");
    return {};
}

Qt::ItemFlags SearchResultsModel::flags(const QModelIndex &index) const {
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return Qt::NoItemFlags;
    if (index.internalId() == kGroupRow)
        return Qt::ItemIsEnabled;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable;
}

} // namespace hn::client
