// SPDX-License-Identifier: GPL-3.0-or-later
#include "client/ui/sync/ConflictModel.h"

#include "client/core/Replica.h"
#include "client/ui/sync/RecordDescription.h"
#include "common/Error.h"

#include <QLocale>

namespace hn::client {

ConflictModel::ConflictModel(Replica &replica, QObject *parent)
    : QAbstractTableModel(parent)
    , m_replica(replica) {
    reload();
}

int ConflictModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ConflictModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ConflictModel::data(const QModelIndex &index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    const Conflict &c = row.conflict;
    switch (role) {
    case ConflictIdRole:
        return c.id;
    case RecordIdRole:
        return c.recordId;
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        switch (index.column()) {
        case RecordColumn:
            return row.title;
        case KindColumn:
            return RecordDescription::typeName(c.type);
        case FieldColumn:
            return c.kind == Conflict::Kind::Field ? RecordDescription::fieldLabel(c.field)
                                                   : tr("Whole record");
        case WhatColumn:
            return kindText(c.kind);
        case DetectedColumn:
            return QLocale().toString(c.detectedAt.toLocalTime(), QLocale::ShortFormat);
        default:
            return {};
        }
    default:
        return {};
    }
}

QVariant ConflictModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case RecordColumn:
        return tr("Record");
    case KindColumn:
        return tr("Kind");
    case FieldColumn:
        return tr("Field");
    case WhatColumn:
        return tr("What happened");
    case DetectedColumn:
        return tr("Detected");
    default:
        return {};
    }
}

const Conflict *ConflictModel::conflict(int row) const {
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row).conflict : nullptr;
}

QString ConflictModel::title(int row) const {
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).title : QString();
}

int ConflictModel::rowOfConflict(qint64 conflictId) const {
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).conflict.id == conflictId)
            return i;
    }
    return -1;
}

QString ConflictModel::kindText(Conflict::Kind kind) {
    switch (kind) {
    case Conflict::Kind::Field:
        return tr("Changed here and on the server");
    case Conflict::Kind::EditVsDelete:
        return tr("Changed here, deleted on the server");
    case Conflict::Kind::DeleteVsEdit:
        return tr("Deleted here, changed on the server");
    }
    return {};
}

void ConflictModel::reload() {
    try {
        QList<Row> rows;
        for (const Conflict &c : m_replica.conflicts()) {
            // My side names the record as the person knows it; a deletion of
            // mine leaves only the server's fields.
            const std::optional<common::Record> record = m_replica.record(c.recordId);
            QJsonObject fields = record ? record->fields : QJsonObject();
            if (c.mine.isObject())
                fields = c.mine.toObject();
            else if (fields.isEmpty() && c.theirs.isObject())
                fields = c.theirs.toObject();
            rows.append({c, RecordDescription::title(c.type, fields)});
        }
        beginResetModel();
        m_rows = std::move(rows);
        endResetModel();
    } catch (const common::Error &error) {
        Q_EMIT loadFailed(tr("The conflicts could not be read: %1").arg(error.describe()));
    }
}

} // namespace hn::client
