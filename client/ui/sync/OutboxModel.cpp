// SPDX-License-Identifier: GPL-3.0-or-later
#include "client/ui/sync/OutboxModel.h"

#include "client/core/Replica.h"
#include "client/ui/sync/RecordDescription.h"
#include "common/Error.h"

#include <QIcon>

namespace hn::client {

namespace {

QString stateName(OutboxEntry::State state) {
    switch (state) {
    case OutboxEntry::State::Pending:
        return OutboxModel::tr("Waiting");
    case OutboxEntry::State::InFlight:
        return OutboxModel::tr("Being sent");
    case OutboxEntry::State::Rejected:
        return OutboxModel::tr("Rejected");
    }
    return {};
}

} // namespace

OutboxModel::OutboxModel(Replica &replica, QObject *parent)
    : QAbstractTableModel(parent)
    , m_replica(replica) {
    reload();
}

int OutboxModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : int(m_rows.size());
}

int OutboxModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant OutboxModel::data(const QModelIndex &index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    const OutboxEntry &e = row.entry;
    switch (role) {
    case EntryIdRole:
        return e.id;
    case RecordIdRole:
        return e.mutation.recordId;
    case StateRole:
        return int(e.state);
    case TypeRole:
        return int(e.mutation.type);
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        switch (index.column()) {
        case RecordColumn:
            return row.title;
        case KindColumn:
            return RecordDescription::typeName(e.mutation.type);
        case OperationColumn:
            if (e.mutation.op == common::MutationOp::Update
                && !e.mutation.changedFields.isEmpty()) {
                return tr("%1: %2").arg(
                    RecordDescription::operationName(e.mutation.op),
                    RecordDescription::fieldLabels(e.mutation.changedFields).join(tr(", ")));
            }
            return RecordDescription::operationName(e.mutation.op);
        case StateColumn:
            return stateName(e.state);
        case ReasonColumn:
            return reasonText(e);
        default:
            return {};
        }
    case Qt::ToolTipRole:
        if (index.column() == ReasonColumn || index.column() == StateColumn)
            return reasonText(e);
        return {};
    case Qt::DecorationRole:
        if (index.column() == StateColumn && e.state == OutboxEntry::State::Rejected)
            return QIcon::fromTheme(QStringLiteral("emblem-important"));
        return {};
    default:
        return {};
    }
}

QVariant OutboxModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case RecordColumn:
        return tr("Record");
    case KindColumn:
        return tr("Kind");
    case OperationColumn:
        return tr("Change");
    case StateColumn:
        return tr("State");
    case ReasonColumn:
        return tr("Server's reason");
    default:
        return {};
    }
}

bool OutboxModel::canFetchMore(const QModelIndex &parent) const {
    return !parent.isValid() && !m_complete;
}

void OutboxModel::fetchMore(const QModelIndex &parent) {
    if (!canFetchMore(parent))
        return;
    try {
        const QList<Row> more = readRows(kPageRows, int(m_rows.size()));
        m_complete = more.size() < kPageRows;
        if (more.isEmpty())
            return;
        beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + more.size() - 1));
        m_rows += more;
        endInsertRows();
    } catch (const common::Error &error) {
        m_complete = true;
        Q_EMIT loadFailed(tr("The outbox could not be read: %1").arg(error.describe()));
    }
}

const OutboxEntry *OutboxModel::entry(int row) const {
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row).entry : nullptr;
}

int OutboxModel::rowOfEntry(qint64 entryId) const {
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).entry.id == entryId)
            return i;
    }
    return -1;
}

QString OutboxModel::title(int row) const {
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).title : QString();
}

QString OutboxModel::reasonText(const OutboxEntry &entry) {
    if (entry.state != OutboxEntry::State::Rejected || !entry.rejection)
        return {};
    const common::Rejection &r = *entry.rejection;
    const QString kind =
        r.kind == common::RejectionKind::Permission ? tr("Not permitted") : tr("Not valid");
    if (r.field.isEmpty())
        return tr("%1: %2").arg(kind, r.message);
    return tr("%1 (%2): %3").arg(kind, RecordDescription::fieldLabel(r.field), r.message);
}

void OutboxModel::reload() {
    try {
        const int keep = std::max<int>(kPageRows, int(m_rows.size()));
        QList<Row> rows = readRows(keep, 0);
        beginResetModel();
        m_complete = rows.size() < keep;
        m_rows = std::move(rows);
        endResetModel();
    } catch (const common::Error &error) {
        Q_EMIT loadFailed(tr("The outbox could not be read: %1").arg(error.describe()));
    }
}

QList<OutboxModel::Row> OutboxModel::readRows(int limit, int offset) const {
    QList<Row> rows;
    for (const OutboxEntry &e : m_replica.outboxEntries(limit, offset)) {
        // The local view names the record as the person knows it; a record
        // no longer held (a discarded create) is named by the change itself.
        const std::optional<common::Record> record = m_replica.record(e.mutation.recordId);
        const QJsonObject fields = record ? record->fields : e.mutation.fields;
        rows.append({e, RecordDescription::title(e.mutation.type, fields)});
    }
    return rows;
}

} // namespace hn::client
