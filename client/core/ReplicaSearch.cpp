// SPDX-License-Identifier: GPL-3.0-or-later
#include "client/core/ReplicaSearch.h"

#include "client/core/ReplicaJson.h"
#include "client/core/ReplicaNames.h"
#include "client/core/ReplicaQuery.h"
#include "client/core/SearchText.h"

namespace hn::client {

using common::EntityType;

ReplicaSearch::ReplicaSearch(ReplicaDatabase &database)
    : m_database(database) {}

QList<SearchHit> ReplicaSearch::search(const QString &query, int limit) {
    QList<SearchHit> hits;
    const QString match = SearchText::matchExpression(query);
    if (match.isEmpty() || limit <= 0)
        return hits;
    // Title hits weigh most, then keys (function, organization, tags, ...),
    // then running text. ORDER BY rank lets FTS5 sort by itself, so the
    // snippet and the joins are computed only for the hits returned, not
    // for every match. Deleted records are not in the index. A post is
    // shown under its thread's title.
    ReplicaQuery q(
        m_database.connection(),
        QStringLiteral("SELECT r.type, r.id, r.bucket, r.space_id, r.fields,"
                       " snippet(search, -1, '[', ']', '…', 12), search.rank, t.fields"
                       " FROM search JOIN records AS r ON r.rid = search.rowid"
                       " LEFT JOIN records AS t ON r.type = 'post'"
                       " AND t.id = r.parent_id AND t.deleted = 0"
                       " WHERE search MATCH ? AND search.rank MATCH 'bm25(10.0, 4.0, 1.0)'"
                       " ORDER BY search.rank LIMIT ?"),
        QStringLiteral("search"));
    q.exec({match, limit});
    while (q.next()) {
        SearchHit hit;
        hit.type = names::parseType(q.value(0).toString(), QStringLiteral("search hit"));
        hit.id = q.value(1).toString();
        hit.bucket = q.value(2).toString();
        hit.spaceId = q.value(3).toString();
        const QJsonObject fields = json::toObject(q.value(4));
        hit.title = hit.type == EntityType::Post && !q.value(7).isNull()
                        ? SearchText::displayTitle(EntityType::Thread, json::toObject(q.value(7)))
                        : SearchText::displayTitle(hit.type, fields);
        hit.snippet = q.value(5).toString();
        hit.rank = q.value(6).toDouble();
        hits << hit;
    }
    return hits;
}

} // namespace hn::client
