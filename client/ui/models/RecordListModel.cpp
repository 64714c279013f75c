// SPDX-License-Identifier: GPL-3.0-or-later
#include "client/ui/models/RecordListModel.h"

#include "client/core/RecordTable.h"
#include "client/core/Replica.h"
#include "client/core/ReplicaQuery.h"
#include "client/core/SearchText.h"
#include "common/Error.h"

#include <QRegularExpression>
#include <QSet>
#include <QVariantList>

namespace hn::client {

namespace {

// Field paths come from code, but they end up inside SQL text.
QString jsonPath(const QString &field) {
    static const QRegularExpression valid(QStringLiteral("^[a-z_]+(\\.[a-z_]+)*$"));
    if (!valid.match(field).hasMatch())
        throw common::Error::internal(
            QStringLiteral("invalid field path '%1' in a list filter").arg(field));
    return QStringLiteral("'$.") + field + u'\'';
}

QString placeholders(qsizetype count) {
    QStringList marks;
    marks.reserve(count);
    for (qsizetype i = 0; i < count; ++i)
        marks.append(QStringLiteral("?"));
    return marks.join(u',');
}

} // namespace

RecordListModel::RecordListModel(Replica &replica, QList<RecordColumn> columns, QObject *parent)
    : QAbstractTableModel(parent)
    , m_replica(replica)
    , m_columns(std::move(columns)) {}

void RecordListModel::setQuery(const RecordListQuery &query) {
    m_query = query;
    QVector<qint64> rows;
    try {
        rows = queryRowIds();
    } catch (const common::Error &error) {
        // The list keeps what it had (an empty list would look like "no
        // matches"); the query stays, so the next reload applies it.
        Q_EMIT loadFailed(error.message());
        return;
    }
    beginResetModel();
    m_rows = std::move(rows);
    forgetBlocks();
    endResetModel();
}

QVector<qint64> RecordListModel::queryRowIds() const {
    // The type as a literal (a fixed name, never input): SQLite uses a
    // partial index (WHERE type = 'contact') only for a literal.
    QString sql = QStringLiteral("SELECT rid FROM records WHERE type = '%1' AND deleted = 0")
                      .arg(common::toString(m_query.type));
    QVariantList values;
    if (!m_query.spaceIds.isEmpty()) {
        sql += QStringLiteral(" AND space_id IN (%1)").arg(placeholders(m_query.spaceIds.size()));
        for (const QString &space : m_query.spaceIds)
            values.append(space);
    }
    if (!m_query.parentId.isEmpty()) {
        sql += QStringLiteral(" AND parent_id = ?");
        values.append(m_query.parentId);
    }
    for (const RecordFilter &filter : m_query.filters) {
        const QString path = jsonPath(filter.field);
        sql += filter.match == RecordFilter::Match::Equals
                   ? QStringLiteral(" AND json_extract(fields, %1) = ?").arg(path)
                   : QStringLiteral(" AND EXISTS (SELECT 1 FROM json_each(fields, %1)"
                                    " WHERE json_each.value = ?)")
                         .arg(path);
        values.append(filter.value);
    }
    const QString text = SearchText::matchExpression(m_query.text);
    if (!text.isEmpty()) {
        sql += QStringLiteral(" AND rid IN (SELECT rowid FROM search WHERE search MATCH ?)");
        values.append(text);
    }
    if (m_sortColumn >= 0 && !m_columns.at(m_sortColumn).sortExpression.isEmpty()) {
        // Ties by id in the same direction, so an index on (expression,
        // id) serves both directions.
        const QString direction =
            m_sortOrder == Qt::AscendingOrder ? QStringLiteral("ASC") : QStringLiteral("DESC");
        sql += QStringLiteral(" ORDER BY %1 COLLATE NOCASE %2, id %2")
                   .arg(m_columns.at(m_sortColumn).sortExpression, direction);
    } else {
        sql += QStringLiteral(" ORDER BY rid");
    }

    ReplicaQuery query(m_replica.database().connection(), sql,
                       QStringLiteral("list %1 records").arg(common::toString(m_query.type)));
    query.exec(values);
    QVector<qint64> rows;
    while (query.next())
        rows.append(query.value(0).toLongLong());
    return rows;
}

void RecordListModel::reload() {
    try {
        applyNewRows(queryRowIds());
    } catch (const common::Error &error) {
        Q_EMIT loadFailed(error.message());
    }
}

void RecordListModel::applyNewRows(const QVector<qint64> &rows) {
    // Every cached record may have changed.
    forgetBlocks();

    const QSet<qint64> next(rows.cbegin(), rows.cend());
    // Removals first, back to front so earlier row numbers stay valid.
    for (int row = int(m_rows.size()) - 1; row >= 0;) {
        if (next.contains(m_rows.at(row))) {
            --row;
            continue;
        }
        int first = row;
        while (first > 0 && !next.contains(m_rows.at(first - 1)))
            --first;
        beginRemoveRows({}, first, row);
        m_rows.remove(first, row - first + 1);
        forgetBlocks();
        endRemoveRows();
        row = first - 1;
    }

    // The survivors must keep their order for insertions alone to do.
    const QSet<qint64> kept(m_rows.cbegin(), m_rows.cend());
    QVector<qint64> survivorsInNewOrder;
    survivorsInNewOrder.reserve(m_rows.size());
    for (qint64 rid : rows) {
        if (kept.contains(rid))
            survivorsInNewOrder.append(rid);
    }
    if (survivorsInNewOrder != m_rows) {
        beginResetModel();
        m_rows = rows;
        forgetBlocks();
        endResetModel();
        return;
    }

    for (int row = 0; row < rows.size();) {
        if (row < m_rows.size() && m_rows.at(row) == rows.at(row)) {
            ++row;
            continue;
        }
        int last = row;
        while (last + 1 < rows.size() && !kept.contains(rows.at(last + 1)))
            ++last;
        beginInsertRows({}, row, last);
        m_rows.insert(row, last - row + 1, 0);
        for (int i = row; i <= last; ++i)
            m_rows[i] = rows.at(i);
        forgetBlocks();
        endInsertRows();
        row = last + 1;
    }
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(int(m_rows.size()) - 1, columnCount() - 1));
}

void RecordListModel::forgetBlocks() {
    // Blocks are keyed by row position, which every change of m_rows shifts.
    m_blocks.clear();
    m_blockUse.clear();
}

const RecordListModel::Block &RecordListModel::block(int blockIndex) const {
    auto it = m_blocks.find(blockIndex);
    if (it != m_blocks.end()) {
        m_blockUse.removeOne(blockIndex);
        m_blockUse.append(blockIndex);
        return it.value();
    }
    const int first = blockIndex * kBlockRows;
    const int count = std::min<int>(kBlockRows, int(m_rows.size()) - first);
    QHash<qint64, int> positions;
    QVariantList rids;
    for (int i = 0; i < count; ++i) {
        positions.insert(m_rows.at(first + i), i);
        rids.append(m_rows.at(first + i));
    }
    Block rows(count);
    try {
        ReplicaQuery query(
            m_replica.database().connection(),
            QStringLiteral("SELECT %1 FROM records WHERE rid IN (%2)")
                .arg(RecordTable::columns(), placeholders(count)),
            QStringLiteral("read rows of a %1 list").arg(common::toString(m_query.type)));
        query.exec(rids);
        while (query.next()) {
            const ReplicaRow row = RecordTable::fromQuery(query);
            if (!row.local.meta.deleted)
                rows[positions.value(row.rid)] = row.local;
        }
    } catch (const common::Error &error) {
        // Shown as empty rows; the next reload tries again.
        Q_EMIT const_cast<RecordListModel *>(this)->loadFailed(error.message());
    }
    while (m_blockUse.size() >= kCachedBlocks)
        m_blocks.remove(m_blockUse.takeFirst());
    m_blockUse.append(blockIndex);
    return m_blocks.insert(blockIndex, std::move(rows)).value();
}

int RecordListModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : int(m_rows.size());
}

int RecordListModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : int(m_columns.size());
}

QVariant RecordListModel::data(const QModelIndex &index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Block &rows = block(index.row() / kBlockRows);
    const std::optional<common::Record> &record = rows.at(index.row() % kBlockRows);
    if (!record)
        return {};
    if (role == RecordIdRole)
        return record->meta.id;
    const RecordColumn &column = m_columns.at(index.column());
    return column.data ? column.data(*record, role) : QVariant();
}

QVariant RecordListModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || section < 0 || section >= m_columns.size())
        return {};
    if (role == Qt::DisplayRole)
        return m_columns.at(section).header;
    return {};
}

void RecordListModel::sort(int column, Qt::SortOrder order) {
    if (column < 0 || column >= m_columns.size() || m_columns.at(column).sortExpression.isEmpty())
        return;
    if (column == m_sortColumn && order == m_sortOrder)
        return;
    m_sortColumn = column;
    m_sortOrder = order;
    setQuery(m_query);
}

std::optional<common::Record> RecordListModel::record(int row) const {
    if (row < 0 || row >= m_rows.size())
        return std::nullopt;
    return block(row / kBlockRows).at(row % kBlockRows);
}

QString RecordListModel::recordId(int row) const {
    const auto found = record(row);
    return found ? found->meta.id : QString();
}

int RecordListModel::rowOf(const QString &recordId) const {
    ReplicaQuery query(m_replica.database().connection(),
                       QStringLiteral("SELECT rid FROM records WHERE id = ?"),
                       QStringLiteral("find list row of record %1").arg(recordId));
    query.exec({recordId});
    if (!query.next())
        return -1;
    return int(m_rows.indexOf(query.value(0).toLongLong()));
}

} // namespace hn::client
