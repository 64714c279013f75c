// SPDX-License-Identifier: GPL-3.0-or-later
#include "client/ui/sync/SetAsideModel.h"

#include "client/core/Replica.h"
#include "client/ui/sync/RecordDescription.h"
#include "common/Error.h"

#include <QLocale>

namespace hn::client {

SetAsideModel::SetAsideModel(Replica &replica, QObject *parent)
    : QAbstractTableModel(parent)
    , m_replica(replica) {
    reload();
}

int SetAsideModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : int(m_items.size());
}

int SetAsideModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SetAsideModel::data(const QModelIndex &index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const SetAsideItem &item = m_items.at(index.row());
    if (role == ItemIdRole)
        return item.id;
    // The replica's own reason (English, naming the bucket) stays available
    // as the tooltip and in the export.
    if (role == Qt::ToolTipRole && index.column() == ReasonColumn)
        return item.reason;
    if (role != Qt::DisplayRole && role != Qt::AccessibleTextRole)
        return {};
    switch (index.column()) {
    case RecordColumn:
        return RecordDescription::title(item.type, item.fields);
    case KindColumn:
        return RecordDescription::typeName(item.type);
    case ChangeColumn:
        return RecordDescription::changeText(item.op, item.changedFields);
    case ReasonColumn:
        return m_reasons.value(index.row());
    case WhenColumn:
        return QLocale().toString(item.setAsideAt.toLocalTime(), QLocale::ShortFormat);
    default:
        return {};
    }
}

QVariant SetAsideModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case RecordColumn:
        return tr("Record");
    case KindColumn:
        return tr("Kind");
    case ChangeColumn:
        return tr("Your change");
    case ReasonColumn:
        return tr("Why set aside");
    case WhenColumn:
        return tr("When");
    default:
        return {};
    }
}

const SetAsideItem *SetAsideModel::item(int row) const {
    return row >= 0 && row < m_items.size() ? &m_items.at(row) : nullptr;
}

QString SetAsideModel::reasonText(int row) const {
    return m_reasons.value(row);
}

int SetAsideModel::rowOfItem(qint64 id) const {
    for (int i = 0; i < m_items.size(); ++i) {
        if (m_items.at(i).id == id)
            return i;
    }
    return -1;
}

void SetAsideModel::reload() {
    try {
        QList<SetAsideItem> items = m_replica.setAside();
        QStringList reasons;
        for (const SetAsideItem &item : std::as_const(items)) {
            // Set aside only happens when an area becomes unreadable; its
            // Space record usually went with it.
            const std::optional<common::Record> space =
                item.spaceId.isEmpty() ? std::nullopt : m_replica.record(item.spaceId);
            const QString name =
                space ? space->fields.value(QStringLiteral("name")).toString() : QString();
            reasons << (name.isEmpty()
                            ? tr("Your access to the area was withdrawn before this change"
                                 " reached the server.")
                            : tr("Your access to the area “%1” was withdrawn before this change"
                                 " reached the server.")
                                  .arg(name));
        }
        beginResetModel();
        m_items = std::move(items);
        m_reasons = std::move(reasons);
        endResetModel();
    } catch (const common::Error &error) {
        Q_EMIT loadFailed(tr("The work set aside could not be read: %1").arg(error.describe()));
    }
}

} // namespace hn::client
