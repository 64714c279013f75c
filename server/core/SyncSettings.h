// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <chrono>

namespace hn::server {

// Knobs of the sync service (DESIGN.md, Sync).
struct SyncSettings {
    // Tombstones, and the stored answers to pushed mutations, are kept this
    // long; a client whose cursor is older gets a snapshot of the bucket.
    std::chrono::hours tombstoneHorizon = std::chrono::hours(24 * 90);
    // Records per Pull page when the client asks for 0, and the cap.
    int defaultPageSize = 500;
    int maxPageSize = 5000;
    // A page also ends once its records' fields reach about this many bytes
    // (sync.proto: "about 1 MiB"), so one page stays well below the
    // message size limit.
    qsizetype maxPageBytes = 1024 * 1024;
    // Ids per snapshot page of unchanged_ids (36 bytes each).
    int maxUnchangedIdsPerPage = 10000;
    // Most mutations in one Push (sync.proto).
    int maxPushBatch = 1000;
    // Document checkout: the default and the longest lock.
    std::chrono::hours defaultCheckout = std::chrono::hours(24 * 3);
    std::chrono::hours maxCheckout = std::chrono::hours(24 * 14);

    // Clamps a requested page size to 1..maxPageSize; 0 or less gives the default.
    int pageSize(int requested) const {
        if (requested <= 0)
            return defaultPageSize;
        return requested > maxPageSize ? maxPageSize : requested;
    }
};

} // namespace hn::server
