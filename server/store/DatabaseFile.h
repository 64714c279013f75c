// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/AuditEntry.h"

#include <QDateTime>
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
    // The copy holds password hashes and sessions: it is readable and
    // writable by its owner only, from its first byte on.
    void copyTo(const QString &target, int busyTimeoutMs = 30000) const;
    // PRAGMA integrity_check; "ok" or what SQLite found (first lines).
    QString integrityCheck() const;
    // The stored schema version; 0 if the file has none. Throws
    // Error(InvalidArgument) if the file is not a SQLite database.
    int schemaVersion() const;
    // Ends every session that is live at `at` with `reason` and appends
    // `audit` (its details get "sessions_ended": how many) in one
    // transaction; returns how many sessions it ended. Written against the
    // sessions and audit_log tables of schema 1, so it works on any file
    // that schemaVersion() accepts, before the server migrates it.
    int endLiveSessions(const QDateTime &at, const QString &reason, common::AuditEntry audit) const;

private:
    QString m_path;
};

} // namespace hn::server
