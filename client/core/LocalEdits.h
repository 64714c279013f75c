// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "client/core/ReplicaDatabase.h"
#include "common/Clock.h"
#include "common/EntityType.h"
#include "common/Record.h"

#include <QJsonObject>
#include <QString>

namespace hn::client {

// A person's edits of the replica (Replica::create, update, remove): each
// changes the local view and queues its outbox entry in one transaction.
class LocalEdits {
public:
    LocalEdits(ReplicaDatabase &database, const common::Clock &clock);

    common::Record create(common::EntityType type, const QString &spaceId,
                          const QJsonObject &fields, const QString &userId);
    void update(const QString &recordId, const QJsonObject &changedFields, const QString &userId);
    void remove(const QString &recordId, const QString &userId);

private:
    ReplicaDatabase &m_database;
    const common::Clock &m_clock;
};

} // namespace hn::client
