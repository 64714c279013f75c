// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "client/core/ReplicaDatabase.h"
#include "client/core/SearchHit.h"

#include <QList>
#include <QString>

namespace hn::client {

// Full-text search over the replica's index (Replica::search); the index
// itself is kept by RecordTable, the text and query rules by SearchText.
class ReplicaSearch {
public:
    explicit ReplicaSearch(ReplicaDatabase &database);

    QList<SearchHit> search(const QString &query, int limit);

private:
    ReplicaDatabase &m_database;
};

} // namespace hn::client
