// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "client/core/Conflict.h"
#include "client/core/StatementCache.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QVariant>
#include <initializer_list>

namespace hn::client {

// The rows of the replica's conflicts table, read and written through the
// statements of the caller's operation.
class ConflictTable {
public:
    explicit ConflictTable(StatementCache &sql);

    // The conflicts `where` selects ("WHERE ...", may be empty), bound to
    // `values`, in the order they were found.
    QList<Conflict> select(const QString &where, std::initializer_list<QVariant> values);
    // One conflict per record and field (the delete kinds use the field ""):
    // a newer disagreement about the same field replaces the older one.
    void upsert(const Conflict &conflict);
    void remove(qint64 id);

    // The conflict as exported with set-aside work.
    static QJsonObject toJson(const Conflict &conflict);

private:
    StatementCache &m_sql;
};

} // namespace hn::client
