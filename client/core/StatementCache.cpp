// SPDX-License-Identifier: GPL-3.0-or-later
#include "client/core/StatementCache.h"

namespace hn::client {

StatementCache::StatementCache(const QSqlDatabase &db)
    : m_db(db) {}

StatementCache::~StatementCache() = default;

ReplicaQuery &StatementCache::operator()(const QString &sql, const QString &context) {
    auto it = m_statements.find(sql);
    if (it == m_statements.end()) {
        it = m_statements.emplace(sql, std::make_unique<ReplicaQuery>(m_db, sql, context)).first;
    } else {
        it->second->setContext(context);
    }
    return *it->second;
}

} // namespace hn::client
