// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/AuditEntry.h"
#include "server/core/Caller.h"
#include "server/core/Paging.h"
#include "server/core/UserKey.h"

#include <optional>

namespace hn::server {

class Database;

// Which audit entries to read (admin.proto, AuditFilter).
struct AuditFilter {
    std::optional<QDateTime> since;
    std::optional<QDateTime> until;
    QString actorId;
    QString actorEmail;
    QString action; // exact, or a prefix ending in '.'
};

// Reading the audit log (admin.proto, audit ...). Admins only (policy:
// ReadAuditLog). Pages are bounded by entry id, so entries written while
// someone pages never shift a page.
class AuditTrail {
public:
    explicit AuditTrail(Database &database);

    Paged<common::AuditEntry> query(const Caller &caller, const AuditFilter &filter,
                                    bool newestFirst, const Paging &paging);
    // For following: checks the caller and says after which id to start
    // (`afterId`, or before the first entry since filter.since, or the
    // newest entry now).
    qint64 followStart(const Caller &caller, const AuditFilter &filter, qint64 afterId);
    // Up to `limit` entries after `afterId`, oldest first (no policy check:
    // for a follower already admitted by followStart).
    QList<common::AuditEntry> after(const AuditFilter &filter, qint64 afterId, int limit);

private:
    Database &m_database;
};

} // namespace hn::server
