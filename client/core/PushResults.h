// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "client/core/OutboxEntry.h"
#include "client/core/ReplicaDatabase.h"
#include "common/Clock.h"
#include "common/Mutation.h"

#include <QList>
#include <utility>

namespace hn::client {

// Takes the server's answers to pushed outbox entries into the replica
// (Replica::applyResults): an applied or merged change leaves the outbox and
// updates the server view, a conflict becomes a Conflict for a person, a
// rejection stays in the outbox as Rejected.
class PushResults {
public:
    PushResults(ReplicaDatabase &database, const common::Clock &clock);

    void apply(const QList<std::pair<OutboxEntry, common::MutationResult>> &results);

private:
    ReplicaDatabase &m_database;
    const common::Clock &m_clock;
};

} // namespace hn::client
