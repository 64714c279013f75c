// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "client/core/StatementCache.h"
#include "client/core/StoredEntry.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QVariant>
#include <initializer_list>
#include <optional>

namespace hn::client {

// The rows of the replica's outbox table, read and written through the
// statements of the caller's operation.
class OutboxTable {
public:
    explicit OutboxTable(StatementCache &sql);

    // The entries `where` selects ("WHERE ... ORDER BY ..."; the table may
    // be aliased in it: "AS o WHERE ..."), bound to `values`.
    QList<StoredEntry> select(const QString &where, std::initializer_list<QVariant> values,
                              const QString &context);
    std::optional<StoredEntry> load(qint64 id);
    // Stores a new entry (never sent) and sets its id.
    void insert(OutboxEntry &entry);
    // Writes what may change of an entry: its content (only while unsent),
    // its base version, state and rejection.
    void update(const StoredEntry &stored);
    void remove(qint64 id);

    // The entry as exported with set-aside work.
    static QJsonObject toJson(const StoredEntry &stored);

private:
    StatementCache &m_sql;
};

} // namespace hn::client
