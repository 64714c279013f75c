// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace hn::server {

// A SQLite database file handled as a whole, for backups: copied from a
// live database, and checked before it is trusted. Each call opens its own
// short-lived connection, so it works while a server uses the file.
class DatabaseFile {
public:
    explicit DatabaseFile(QString path)
        : m_path(std::move(path)) {}

    const QString &path() const { return m_path; }

    // Writes a consistent copy to `target` (which must not exist) with
    // VACUUM INTO: one read transaction, so the copy holds exactly the
    // commits before it began, while other connections keep writing (WAL).
    void copyTo(const QString &target, int busyTimeoutMs = 30000) const;
    // PRAGMA integrity_check; "ok" or what SQLite found (first lines).
    QString integrityCheck() const;
    // The stored schema version; 0 if the file has none. Throws
    // Error(InvalidArgument) if the file is not a SQLite database.
    int schemaVersion() const;

private:
    QString m_path;
};

} // namespace hn::server
