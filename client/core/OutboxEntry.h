// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Mutation.h"

#include <QDateTime>
#include <QString>
#include <optional>

namespace hn::client {

// One local change waiting in the replica's outbox (DESIGN.md, Sync: a local
// edit and its outbox entry are written in one transaction).
struct OutboxEntry {
    enum class State {
        Pending,  // waiting to be sent
        InFlight, // handed out by Replica::outboxToSend, no result yet
        Rejected, // the server refused it; waits for a person (retry/discard)
    };

    // Local, increasing: the order in which entries are sent.
    qint64 id = 0;
    // What goes on the wire. mutation.mutationId stays the same for every
    // resend of the same content, so the server's idempotency holds.
    common::Mutation mutation;
    State state = State::Pending;
    // The record's sync bucket ("space:<id>", "private:<user id>").
    QString bucket;
    // Who made the change, and when (local clock).
    QString userId;
    QDateTime createdAt;
    // Set when state is Rejected: the server's kind, field and reason.
    std::optional<common::Rejection> rejection;
};

} // namespace hn::client
