// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "client/core/OutboxEntry.h"
#include "client/core/ReplicaDatabase.h"
#include "client/core/SyncCounts.h"
#include "common/Clock.h"

#include <QList>

namespace hn::client {

// The outbox as the sync engine and people see it: handing out entries to
// push, taking them back after a failed push, and the rejected entries a
// person retries or discards (Replica's methods of the same names).
class Outbox {
public:
    Outbox(ReplicaDatabase &database, const common::Clock &clock);

    QList<OutboxEntry> toSend(int limit);
    void requeueInFlight();

    // Every entry (pending, in flight, rejected) in sending order, a page
    // at a time (`limit` < 0: all), for the outbox a person reviews.
    QList<OutboxEntry> entries(int limit, int offset);
    QList<OutboxEntry> rejected();
    void retryRejected(qint64 entryId);
    void discardRejected(qint64 entryId);

    // The entries by state, and the conflicts and set-aside items their
    // answers left for a person.
    SyncCounts counts();

private:
    ReplicaDatabase &m_database;
    const common::Clock &m_clock;
};

} // namespace hn::client
