// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "client/core/FileVersion.h"
#include "common/Record.h"

#include <QAbstractTableModel>
#include <QVector>

namespace hn::client {

class FileCache;
class Replica;

// The versions of one document (its DocumentVersion records), newest
// first, numbered from the oldest (1). A document has tens of versions, not
// thousands, so they are read completely on each reload.
class VersionHistoryModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Number, FileName, Size, Uploader, Date, Comment, OnDevice, ColumnCount };
    static constexpr int VersionIdRole = Qt::UserRole + 1;

    VersionHistoryModel(Replica &replica, FileCache &cache, QObject *parent = nullptr);

    // Lists the versions of this document ("" lists none).
    void setDocument(const QString &documentId);
    const QString &documentId() const { return m_documentId; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    FileVersion version(int row) const;
    int number(int row) const;
    int rowOf(const QString &versionId) const;

public Q_SLOTS:
    // Reads the versions again (new version pulled, file cached or evicted).
    void reload();

Q_SIGNALS:
    void loadFailed(const QString &message);

private:
    struct Row {
        common::Record record;
        QString uploader;
        bool cached = false;
    };
    QVector<Row> readRows();
    QVariant display(const Row &row, int rowIndex, int column) const;

    Replica &m_replica;
    FileCache &m_cache;
    QString m_documentId;
    QVector<Row> m_rows; // newest first
};

} // namespace hn::client
