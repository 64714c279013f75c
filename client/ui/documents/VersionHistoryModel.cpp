// SPDX-License-Identifier: GPL-3.0-or-later
#include "client/ui/documents/VersionHistoryModel.h"

#include "client/core/FileCache.h"
#include "client/core/RecordTable.h"
#include "client/core/Replica.h"
#include "client/core/ReplicaQuery.h"
#include "client/ui/models/DirectoryNames.h"
#include "common/Error.h"

#include <QLocale>

namespace hn::client {

VersionHistoryModel::VersionHistoryModel(Replica &replica, FileCache &cache, QObject *parent)
    : QAbstractTableModel(parent)
    , m_replica(replica)
    , m_cache(cache) {}

void VersionHistoryModel::setDocument(const QString &documentId) {
    if (documentId == m_documentId)
        return reload();
    QVector<Row> rows;
    m_documentId = documentId;
    try {
        rows = readRows();
    } catch (const common::Error &error) {
        Q_EMIT loadFailed(error.describe());
    }
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

QVector<VersionHistoryModel::Row> VersionHistoryModel::readRows() {
    QVector<Row> rows;
    if (m_documentId.isEmpty())
        return rows;
    ReplicaQuery query(m_replica.database().connection(),
                       QStringLiteral("SELECT %1 FROM records WHERE parent_id = ? AND"
                                      " parent_id <> '' AND type = 'document_version'"
                                      " AND deleted = 0 ORDER BY created_at DESC, id DESC")
                           .arg(RecordTable::columns()),
                       QStringLiteral("read the versions of document %1").arg(m_documentId));
    query.exec({m_documentId});
    while (query.next()) {
        Row row;
        row.record = RecordTable::fromQuery(query).local;
        rows.append(std::move(row));
    }
    query.finish();
    for (Row &row : rows) {
        row.uploader = DirectoryNames::of(m_replica, row.record.meta.createdBy);
        row.cached = m_cache.contains(row.record.meta.id);
    }
    return rows;
}

void VersionHistoryModel::reload() {
    QVector<Row> rows;
    try {
        rows = readRows();
    } catch (const common::Error &error) {
        Q_EMIT loadFailed(error.describe());
        return;
    }
    // Versions only ever come (immutable, newest on top) or go with their
    // document, so an unchanged list of ids needs only its cells refreshed.
    bool sameIds = rows.size() == m_rows.size();
    for (int i = 0; sameIds && i < rows.size(); ++i)
        sameIds = rows.at(i).record.meta.id == m_rows.at(i).record.meta.id;
    if (!sameIds) {
        beginResetModel();
        m_rows = std::move(rows);
        endResetModel();
        return;
    }
    m_rows = std::move(rows);
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
}

int VersionHistoryModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : int(m_rows.size());
}

int VersionHistoryModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

int VersionHistoryModel::number(int row) const {
    return int(m_rows.size()) - row;
}

QVariant VersionHistoryModel::display(const Row &row, int rowIndex, int column) const {
    const QJsonObject &f = row.record.fields;
    switch (column) {
    case Number:
        return number(rowIndex);
    case FileName:
        return f.value(QStringLiteral("file_name")).toString();
    case Size:
        return QLocale().formattedDataSize(f.value(QStringLiteral("size_bytes")).toInteger());
    case Uploader:
        return row.uploader;
    case Date:
        return QLocale().toString(row.record.meta.createdAt.toLocalTime(), QLocale::ShortFormat);
    case Comment:
        return f.value(QStringLiteral("comment")).toString();
    case OnDevice:
        return row.cached ? tr("Yes") : tr("No");
    default:
        return {};
    }
}

QVariant VersionHistoryModel::data(const QModelIndex &index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        return display(row, index.row(), index.column());
    case Qt::ToolTipRole:
        if (index.column() == Comment || index.column() == FileName)
            return display(row, index.row(), index.column());
        if (index.column() == OnDevice)
            return row.cached ? tr("The file is on this device and opens without a connection.")
                              : tr("The file is downloaded when you open it.");
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == Number || index.column() == Size)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case VersionIdRole:
        return row.record.meta.id;
    default:
        return {};
    }
}

QVariant VersionHistoryModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Number:
        return tr("No.");
    case FileName:
        return tr("File name");
    case Size:
        return tr("Size");
    case Uploader:
        return tr("Uploaded by");
    case Date:
        return tr("Date");
    case Comment:
        return tr("Comment");
    case OnDevice:
        return tr("On this device");
    default:
        return {};
    }
}

FileVersion VersionHistoryModel::version(int row) const {
    FileVersion v;
    if (row < 0 || row >= m_rows.size())
        return v;
    const common::Record &r = m_rows.at(row).record;
    v.versionId = r.meta.id;
    v.documentId = r.fields.value(QStringLiteral("document_id")).toString();
    v.fileName = r.fields.value(QStringLiteral("file_name")).toString();
    v.mimeType = r.fields.value(QStringLiteral("mime_type")).toString();
    v.comment = r.fields.value(QStringLiteral("comment")).toString();
    v.size = r.fields.value(QStringLiteral("size_bytes")).toInteger();
    v.sha256 = r.fields.value(QStringLiteral("sha256_hex")).toString();
    return v;
}

int VersionHistoryModel::rowOf(const QString &versionId) const {
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).record.meta.id == versionId)
            return i;
    }
    return -1;
}

} // namespace hn::client
