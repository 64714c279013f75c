// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "client/core/ReplicaQuery.h"

#include <QSqlDatabase>
#include <QString>
#include <map>
#include <memory>

namespace hn::client {

// Prepared statements of one connection, kept for one operation: applying
// a page or a batch of push results runs the same few statements thousands
// of times, and preparing costs more than running them.
class StatementCache {
public:
    explicit StatementCache(const QSqlDatabase &db);
    ~StatementCache();
    StatementCache(const StatementCache &) = delete;
    StatementCache &operator=(const StatementCache &) = delete;

    // The statement for `sql`, prepared on first use. `context` names what
    // it does in error messages.
    ReplicaQuery &operator()(const QString &sql, const QString &context);

private:
    QSqlDatabase m_db;
    std::map<QString, std::unique_ptr<ReplicaQuery>> m_statements;
};

} // namespace hn::client
