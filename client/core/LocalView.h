// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "client/core/ReplicaDatabase.h"
#include "common/EntityType.h"
#include "common/Record.h"

#include <QList>
#include <QString>
#include <optional>

namespace hn::client {

// Reads of the records as a person sees them, local changes included
// (Replica::record, records, count).
class LocalView {
public:
    explicit LocalView(ReplicaDatabase &database);

    std::optional<common::Record> record(const QString &id);
    QList<common::Record> records(common::EntityType type, const QString &bucket, int limit,
                                  int offset);
    int count(common::EntityType type, const QString &bucket);

private:
    ReplicaDatabase &m_database;
};

} // namespace hn::client
