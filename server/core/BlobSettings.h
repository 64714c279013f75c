// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>
#include <chrono>

namespace hn::server {

// Knobs of the Blobs service (blobs.proto).
struct BlobSettings {
    // The largest file accepted (blobs/max_file_bytes).
    qint64 maxFileBytes = 200LL * 1024 * 1024;
    // An upload nobody continued for this long is dropped by the collector
    // (blobs/partial_retention_days).
    std::chrono::hours partialRetention = std::chrono::hours(24 * 7);
    // Received bytes are stored in rows of about this size, each in its own
    // short write transaction: a cut upload keeps what arrived, and a
    // 200 MB file costs 50 commits, not 200.
    qint64 storeRowBytes = 4LL * 1024 * 1024;
    // Chunks sent by Download, and the largest one Upload accepts
    // (blobs.proto).
    qint64 downloadChunkBytes = 1024 * 1024;
    qint64 maxChunkBytes = 2LL * 1024 * 1024;
};

} // namespace hn::server
