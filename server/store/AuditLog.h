// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/AuditEntry.h"

#include <QList>
#include <QSqlDatabase>
#include <optional>

namespace hn::server {

struct AuditQuery {
    std::optional<QDateTime> since;
    std::optional<QDateTime> until; // exclusive
    QString actorId;                // empty: any
    QString actorEmail;             // empty: any (matches entries by e-mail, failed logins too)
    QString action;                 // empty: any; a prefix ending in '.' matches a group ("auth.")
    qint64 afterId = 0;             // for following the log and paging oldest first
    qint64 beforeId = 0;            // 0: no bound; for paging newest first
    bool newestFirst = false;
    int limit = 1000;
};

// Append-only record of who did what. Written in the same transaction as
// the change it describes, so a change is never without its audit line.
class AuditLog {
public:
    explicit AuditLog(QSqlDatabase db)
        : m_db(std::move(db)) {}

    // Returns the new entry's id.
    qint64 append(const common::AuditEntry &entry);
    // Appends many entries with consecutive ids, allocating once and reusing
    // one prepared statement (a push batch writes one line per change).
    void appendAll(const QList<common::AuditEntry> &entries);
    // Oldest first, or newest first if asked.
    QList<common::AuditEntry> query(const AuditQuery &query) const;
    // The newest entry's id; 0 for an empty log.
    qint64 lastId() const;

    // Whether this thread appended entries since the last call (and
    // forgets it): Database::write tells its audit listener after commit.
    static bool takeAppended();

private:
    QSqlDatabase m_db;
    qint64 m_lastId = 0;
};

} // namespace hn::server
