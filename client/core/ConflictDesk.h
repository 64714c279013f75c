// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "client/core/Conflict.h"
#include "client/core/ReplicaDatabase.h"
#include "client/core/Resolution.h"
#include "common/Clock.h"

#include <QList>
#include <QString>

namespace hn::client {

// The open conflicts and a person's decisions on them
// (Replica::conflicts, resolveConflict). A decision that keeps local values
// queues them as a new change based on the server version shown.
class ConflictDesk {
public:
    ConflictDesk(ReplicaDatabase &database, const common::Clock &clock);

    QList<Conflict> open();
    void resolve(qint64 conflictId, const Resolution &resolution, const QString &userId);

private:
    ReplicaDatabase &m_database;
    const common::Clock &m_clock;
};

} // namespace hn::client
