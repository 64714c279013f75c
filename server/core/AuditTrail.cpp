// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/core/AuditTrail.h"

#include "server/core/PolicyGate.h"
#include "server/store/AuditLog.h"
#include "server/store/Database.h"

namespace hn::server {

namespace {

AuditQuery storeQuery(const AuditFilter &filter) {
    AuditQuery query;
    query.since = filter.since;
    query.until = filter.until;
    query.actorId = filter.actorId;
    query.actorEmail = filter.actorEmail;
    query.action = filter.action;
    return query;
}

} // namespace

AuditTrail::AuditTrail(Database &database)
    : m_database(database) {}

Paged<common::AuditEntry> AuditTrail::query(const Caller &caller, const AuditFilter &filter,
                                            bool newestFirst, const Paging &paging) {
    enforce(common::Policy::may(caller.actor(), common::Action::ReadAuditLog));
    AuditQuery query = storeQuery(filter);
    query.newestFirst = newestFirst;
    // One more than asked tells whether there is a next page.
    query.limit = paging.size + 1;
    if (newestFirst)
        query.beforeId = paging.position;
    else
        query.afterId = paging.position;
    Paged<common::AuditEntry> page;
    page.items = AuditLog(m_database.connection()).query(query);
    if (page.items.size() > paging.size) {
        page.items.resize(paging.size);
        page.nextPageToken = Paging::tokenFor(page.items.last().id);
    }
    return page;
}

qint64 AuditTrail::followStart(const Caller &caller, const AuditFilter &filter, qint64 afterId) {
    enforce(common::Policy::may(caller.actor(), common::Action::ReadAuditLog));
    if (afterId > 0 || filter.since)
        return afterId;
    return AuditLog(m_database.connection()).lastId();
}

QList<common::AuditEntry> AuditTrail::after(const AuditFilter &filter, qint64 afterId, int limit) {
    AuditQuery query = storeQuery(filter);
    query.afterId = afterId;
    query.limit = limit;
    return AuditLog(m_database.connection()).query(query);
}

} // namespace hn::server
