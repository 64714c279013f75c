// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/store/AccessRequestStore.h"

#include "server/store/Sql.h"
#include "server/store/SqlQuery.h"

namespace hn::server {

using common::AccessRequest;
using common::AccessRequestStatus;

namespace {

const QString kColumns =
    QStringLiteral("id, name, email, organization, municipality, message, status, created_at, "
                   "reviewed_by, reviewed_at, review_note");

AccessRequest readRequest(const SqlQuery &query) {
    AccessRequest request;
    request.id = query.value(0).toString();
    request.name = query.value(1).toString();
    request.email = query.value(2).toString();
    request.organization = query.value(3).toString();
    request.municipality = query.value(4).toString();
    request.message = query.value(5).toString();
    request.status = sql::decode(common::parseAccessRequestStatus(query.value(6).toString()),
                                 query.value(6), "access_requests", request.id, "status");
    request.createdAt = sql::toTime(query.value(7));
    request.reviewedBy = query.value(8).toString();
    request.reviewedAt = sql::toTime(query.value(9));
    request.reviewNote = query.value(10).toString();
    return request;
}

} // namespace

void AccessRequestStore::insert(const AccessRequest &request) {
    SqlQuery query(m_db,
                   QStringLiteral("INSERT INTO access_requests (%1) "
                                  "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                       .arg(kColumns),
                   QStringLiteral("insert access request %1").arg(request.id));
    query.exec({request.id, sql::fromText(request.name), sql::fromText(request.email),
                sql::fromText(request.organization), sql::fromText(request.municipality),
                sql::fromText(request.message), common::toString(request.status),
                sql::fromTime(request.createdAt), sql::fromText(request.reviewedBy),
                sql::fromTime(request.reviewedAt), sql::fromText(request.reviewNote)});
}

bool AccessRequestStore::update(const AccessRequest &request) {
    SqlQuery query(m_db,
                   QStringLiteral("UPDATE access_requests SET status = ?, reviewed_by = ?, "
                                  "reviewed_at = ?, review_note = ? WHERE id = ?"),
                   QStringLiteral("update access request %1").arg(request.id));
    query.exec({common::toString(request.status), sql::fromText(request.reviewedBy),
                sql::fromTime(request.reviewedAt), sql::fromText(request.reviewNote), request.id});
    return query.rowsAffected() > 0;
}

std::optional<AccessRequest> AccessRequestStore::findById(const QString &id) const {
    SqlQuery query(m_db,
                   QStringLiteral("SELECT %1 FROM access_requests WHERE id = ?").arg(kColumns),
                   QStringLiteral("find access request %1").arg(id));
    query.exec({id});
    if (!query.next())
        return std::nullopt;
    return readRequest(query);
}

QList<AccessRequest> AccessRequestStore::list(std::optional<AccessRequestStatus> status) const {
    const QString where = status ? QStringLiteral("WHERE status = ? ") : QString();
    SqlQuery query(m_db,
                   QStringLiteral("SELECT %1 FROM access_requests %2ORDER BY created_at, id")
                       .arg(kColumns, where),
                   QStringLiteral("list access requests"));
    if (status)
        query.exec({common::toString(*status)});
    else
        query.exec();
    QList<AccessRequest> requests;
    while (query.next())
        requests.append(readRequest(query));
    return requests;
}

int AccessRequestStore::countPendingForEmail(const QString &email) const {
    SqlQuery query(
        m_db, QStringLiteral("SELECT COUNT(*) FROM access_requests WHERE email = ? AND status = ?"),
        QStringLiteral("count pending access requests of %1").arg(email));
    query.exec({email, common::toString(AccessRequestStatus::Pending)});
    return query.next() ? query.value(0).toInt() : 0;
}

} // namespace hn::server
