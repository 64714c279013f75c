// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace hn::client {

// What the status bar shows about the replica's unsynced work.
struct SyncCounts {
    int pending = 0;   // outbox entries waiting to be sent
    int inFlight = 0;  // sent, no result yet
    int rejected = 0;  // refused by the server, waiting for a person
    int conflicts = 0; // open conflicts
    int setAside = 0;  // set-aside items not yet dismissed

    bool operator==(const SyncCounts &) const = default;
};

} // namespace hn::client
