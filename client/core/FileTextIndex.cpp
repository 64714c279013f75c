// SPDX-License-Identifier: GPL-3.0-or-later
#include "client/core/FileTextIndex.h"

#include "client/core/DocumentText.h"
#include "client/core/RecordTable.h"
#include "client/core/ReplicaQuery.h"

namespace hn::client {

FileTextIndex::FileTextIndex(ReplicaDatabase &database)
    : m_database(database) {}

QString FileTextIndex::add(const FileVersion &version, const QString &path) {
    const DocumentText::Result extracted =
        DocumentText::extract(path, version.fileName, version.mimeType);
    if (extracted.text.isEmpty())
        return extracted.problem;
    m_database.write([&](QSqlDatabase &db) {
        ReplicaQuery(db,
                     QStringLiteral("INSERT OR REPLACE INTO file_texts (version_id, document_id,"
                                    " text) VALUES (?, ?, ?)"),
                     QStringLiteral("store the text of file version %1").arg(version.versionId))
            .exec({version.versionId, version.documentId, extracted.text});
        reindexDocument(db, version.documentId);
    });
    return extracted.problem;
}

void FileTextIndex::remove(const QString &versionId) {
    m_database.write([&](QSqlDatabase &db) {
        ReplicaQuery find(db,
                          QStringLiteral("SELECT document_id FROM file_texts WHERE version_id = ?"),
                          QStringLiteral("find the text of file version %1").arg(versionId));
        find.exec({versionId});
        if (!find.next())
            return;
        const QString documentId = find.value(0).toString();
        find.finish();
        ReplicaQuery(db, QStringLiteral("DELETE FROM file_texts WHERE version_id = ?"),
                     QStringLiteral("forget the text of file version %1").arg(versionId))
            .exec({versionId});
        reindexDocument(db, documentId);
    });
}

bool FileTextIndex::contains(const QString &versionId) {
    ReplicaQuery q(m_database.connection(),
                   QStringLiteral("SELECT 1 FROM file_texts WHERE version_id = ?"),
                   QStringLiteral("look up the text of file version %1").arg(versionId));
    q.exec({versionId});
    return q.next();
}

void FileTextIndex::reindexDocument(QSqlDatabase &db, const QString &documentId) {
    // The document may not be held (yet): then its first write indexes the
    // text.
    RecordTable table(db);
    if (const std::optional<ReplicaRow> row = table.load(documentId))
        table.reindex(*row);
}

} // namespace hn::client
