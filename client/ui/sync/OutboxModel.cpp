// SPDX-License-Identifier: GPL-3.0-or-later
#include "client/ui/sync/OutboxModel.h"

#include "client/core/Replica.h"
#include "client/ui/sync/RecordDescription.h"
#include "common/Error.h"

#include <QHash>
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
            return RecordDescription::changeText(e.mutation.op, e.mutation.changedFields);
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
    // Called after every sync round and local edit: one read of the entries
    // (no record per row) and a diff by entry id, so unchanged rows keep
    // their title, a view keeps its selection and scroll position, and only
    // new or changed entries look up their record.
    try {
        const int keep = std::max<int>(kPageRows, int(m_rows.size()));
        const QList<OutboxEntry> entries = m_replica.outboxEntries(keep, 0);
        m_complete = entries.size() < keep;
        // Both lists are in id order (the order the entries are sent in).
        int row = 0;
        int next = 0;
        // Titles read for new or changed entries, by record: older entries
        // of the same record show its current title too.
        QHash<QString, QString> titles;
        while (row < m_rows.size() || next < entries.size()) {
            const bool rowGone =
                row < m_rows.size()
                && (next >= entries.size() || m_rows.at(row).entry.id < entries.at(next).id);
            if (rowGone) {
                int last = row;
                while (last + 1 < m_rows.size()
                       && (next >= entries.size()
                           || m_rows.at(last + 1).entry.id < entries.at(next).id))
                    ++last;
                beginRemoveRows({}, row, last);
                m_rows.remove(row, last - row + 1);
                endRemoveRows();
            } else if (row >= m_rows.size() || entries.at(next).id < m_rows.at(row).entry.id) {
                QList<Row> fresh;
                while (next < entries.size()
                       && (row >= m_rows.size() || entries.at(next).id < m_rows.at(row).entry.id))
                    fresh.append(rowOf(entries.at(next++)));
                for (const Row &r : fresh)
                    titles.insert(r.entry.mutation.recordId, r.title);
                beginInsertRows({}, row, int(row + fresh.size() - 1));
                for (int i = 0; i < fresh.size(); ++i)
                    m_rows.insert(row + i, fresh.at(i));
                endInsertRows();
                row += int(fresh.size());
            } else {
                const OutboxEntry &now = entries.at(next++);
                if (!sameEntry(m_rows.at(row).entry, now)) {
                    m_rows[row] = rowOf(now);
                    titles.insert(now.mutation.recordId, m_rows.at(row).title);
                    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
                }
                ++row;
            }
        }
        for (int i = 0; i < m_rows.size(); ++i) {
            const auto title = titles.constFind(m_rows.at(i).entry.mutation.recordId);
            if (title != titles.constEnd() && *title != m_rows.at(i).title) {
                m_rows[i].title = *title;
                Q_EMIT dataChanged(index(i, RecordColumn), index(i, RecordColumn));
            }
        }
    } catch (const common::Error &error) {
        Q_EMIT loadFailed(tr("The outbox could not be read: %1").arg(error.describe()));
    }
}

bool OutboxModel::sameEntry(const OutboxEntry &a, const OutboxEntry &b) {
    const auto sameRejection = [](const std::optional<common::Rejection> &x,
                                  const std::optional<common::Rejection> &y) {
        if (!x || !y)
            return !x && !y;
        return x->kind == y->kind && x->field == y->field && x->message == y->message;
    };
    return a.state == b.state && a.mutation.mutationId == b.mutation.mutationId
           && a.mutation.op == b.mutation.op && a.mutation.fields == b.mutation.fields
           && a.mutation.changedFields == b.mutation.changedFields
           && sameRejection(a.rejection, b.rejection);
}

OutboxModel::Row OutboxModel::rowOf(const OutboxEntry &e) const {
    // The local view names the record as the person knows it; a record no
    // longer held (a discarded create) is named by the change itself.
    const std::optional<common::Record> record = m_replica.record(e.mutation.recordId);
    const QJsonObject fields = record ? record->fields : e.mutation.fields;
    return {e, RecordDescription::title(e.mutation.type, fields)};
}

QList<OutboxModel::Row> OutboxModel::readRows(int limit, int offset) const {
    QList<Row> rows;
    for (const OutboxEntry &e : m_replica.outboxEntries(limit, offset))
        rows.append(rowOf(e));
    return rows;
}

} // namespace hn::client
