// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "client/core/FileVersion.h"
#include "client/core/ReplicaDatabase.h"

#include <QString>

namespace hn::client {

// The text of cached document files in the replica's search index: the
// text of a file (DocumentText) is kept per version and indexed with its
// document while that version is the document's current one (RecordTable
// picks it up whenever it indexes the document, e.g. after a pull moved
// current_version_id).
class FileTextIndex {
public:
    explicit FileTextIndex(ReplicaDatabase &database);

    // Extracts the text of `path` (outside any transaction: a large PDF
    // takes a while) and indexes it. Returns DocumentText's problem, if any.
    QString add(const FileVersion &version, const QString &path);
    // Forgets a version's text (its file left the cache).
    void remove(const QString &versionId);
    // Whether a text is held for the version (tests, diagnostics).
    bool contains(const QString &versionId);

private:
    void reindexDocument(QSqlDatabase &db, const QString &documentId);

    ReplicaDatabase &m_database;
};

} // namespace hn::client
