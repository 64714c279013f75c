// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "client/core/OutboxEntry.h"

namespace hn::client {

// An outbox row with what the engine does not need to see.
struct StoredEntry {
    OutboxEntry entry;
    // Handed out at least once: content and mutation_id are frozen, since
    // the server may already have applied it.
    bool sent = false;

    // Whether its content may still change: never sent, or refused (a
    // retry goes out under a new mutation_id).
    bool editable() const {
        return entry.state == OutboxEntry::State::Rejected
               || (!sent && entry.state == OutboxEntry::State::Pending);
    }
};

} // namespace hn::client
