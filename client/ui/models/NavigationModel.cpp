// SPDX-License-Identifier: GPL-3.0-or-later
#include "client/ui/models/NavigationModel.h"

#include "client/core/Replica.h"
#include "client/core/ReplicaQuery.h"
#include "common/Error.h"

#include <QCollator>
#include <QFont>
#include <algorithm>

namespace hn::client {

namespace {

// Internal id of top-level rows; a space row holds its group's position + 1.
constexpr quintptr kTopLevel = 0;

const QStringList &kindOrder() {
    static const QStringList order{QStringLiteral("public"), QStringLiteral("team"),
                                   QStringLiteral("municipality"), QStringLiteral("internal")};
    return order;
}

int kindRank(const QString &kind) {
    const qsizetype rank = kindOrder().indexOf(kind);
    return rank < 0 ? int(kindOrder().size()) : int(rank);
}

} // namespace

NavigationModel::NavigationModel(Replica &replica, QObject *parent)
    : QAbstractItemModel(parent)
    , m_replica(replica) {
    try {
        m_groups = readGroups();
    } catch (const common::Error &error) {
        Q_EMIT loadFailed(error.message());
    }
}

QVector<NavigationModel::Group> NavigationModel::readGroups() const {
    ReplicaQuery query(m_replica.database().connection(),
                       QStringLiteral("SELECT id, json_extract(fields, '$.name'),"
                                      " json_extract(fields, '$.kind'),"
                                      " json_extract(fields, '$.archived')"
                                      " FROM records WHERE type = 'space' AND deleted = 0"),
                       QStringLiteral("list the spaces for the navigation"));
    query.exec();
    QVector<Group> groups;
    while (query.next()) {
        const QString kind = query.value(2).toString();
        auto group = std::find_if(groups.begin(), groups.end(),
                                  [&](const Group &g) { return g.kind == kind; });
        if (group == groups.end()) {
            groups.append(Group{kind, {}});
            group = groups.end() - 1;
        }
        group->areas.append(
            Area{query.value(0).toString(), query.value(1).toString(), query.value(3).toBool()});
    }
    std::sort(groups.begin(), groups.end(),
              [](const Group &a, const Group &b) { return kindRank(a.kind) < kindRank(b.kind); });
    QCollator collator;
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    for (Group &group : groups) {
        // Archived spaces are read-only and rarely wanted: last.
        std::sort(group.areas.begin(), group.areas.end(), [&](const Area &a, const Area &b) {
            if (a.archived != b.archived)
                return !a.archived;
            const int order = collator.compare(a.name, b.name);
            return order != 0 ? order < 0 : a.id < b.id;
        });
    }
    return groups;
}

void NavigationModel::reload() {
    QVector<Group> groups;
    try {
        groups = readGroups();
    } catch (const common::Error &error) {
        Q_EMIT loadFailed(error.message());
        return;
    }
    if (groups == m_groups)
        return;
    beginResetModel();
    m_groups = std::move(groups);
    endResetModel();
}

QString NavigationModel::groupTitle(const QString &kind) const {
    if (kind == u"public")
        return tr("Public");
    if (kind == u"team")
        return tr("Teams");
    if (kind == u"municipality")
        return tr("Municipalities");
    if (kind == u"internal")
        return tr("Internal");
    return tr("Other areas");
}

QModelIndex NavigationModel::index(int row, int column, const QModelIndex &parent) const {
    if (column != 0 || row < 0)
        return {};
    if (!parent.isValid())
        return row <= m_groups.size() ? createIndex(row, 0, kTopLevel) : QModelIndex();
    if (parent.internalId() != kTopLevel || parent.row() == 0 || parent.column() != 0)
        return {};
    const Group &group = m_groups.at(parent.row() - 1);
    if (row >= group.areas.size())
        return {};
    return createIndex(row, 0, quintptr(parent.row()));
}

QModelIndex NavigationModel::parent(const QModelIndex &child) const {
    if (!child.isValid() || child.internalId() == kTopLevel)
        return {};
    return createIndex(int(child.internalId()), 0, kTopLevel);
}

int NavigationModel::rowCount(const QModelIndex &parent) const {
    if (!parent.isValid())
        return int(m_groups.size()) + 1;
    if (parent.column() != 0 || parent.internalId() != kTopLevel || parent.row() == 0)
        return 0;
    return int(m_groups.at(parent.row() - 1).areas.size());
}

int NavigationModel::columnCount(const QModelIndex &) const {
    return 1;
}

QVariant NavigationModel::data(const QModelIndex &index, int role) const {
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    if (index.internalId() == kTopLevel) {
        if (index.row() == 0) {
            if (role == Qt::DisplayRole || role == Qt::AccessibleTextRole)
                return tr("All areas");
            if (role == SpaceIdRole)
                return QVariant(QString());
            return {};
        }
        const Group &group = m_groups.at(index.row() - 1);
        if (role == Qt::DisplayRole || role == Qt::AccessibleTextRole)
            return groupTitle(group.kind);
        if (role == Qt::FontRole) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    }
    const Area &area = m_groups.at(int(index.internalId()) - 1).areas.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        return area.archived ? tr("%1 (archived)").arg(area.name) : area.name;
    case Qt::ToolTipRole:
        return area.archived ? tr("Archived: read-only for everyone") : QVariant();
    case SpaceIdRole:
        return area.id;
    default:
        return {};
    }
}

Qt::ItemFlags NavigationModel::flags(const QModelIndex &index) const {
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return Qt::NoItemFlags;
    // Group headings select nothing; they only hold their spaces.
    if (index.internalId() == kTopLevel && index.row() > 0)
        return Qt::ItemIsEnabled;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable;
}

QModelIndex NavigationModel::indexOfSpace(const QString &spaceId) const {
    if (spaceId.isEmpty())
        return allAreasIndex();
    for (int g = 0; g < m_groups.size(); ++g) {
        const QVector<Area> &areas = m_groups.at(g).areas;
        for (int a = 0; a < areas.size(); ++a) {
            if (areas.at(a).id == spaceId)
                return createIndex(a, 0, quintptr(g + 1));
        }
    }
    return {};
}

} // namespace hn::client
