// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Clock.h"
#include "server/core/BlobSettings.h"
#include "server/store/BlobStore.h"

namespace hn::server {

class Database;

// Garbage collection of document files: removes complete files that no
// version of a live document holds any more (documents deleted) and
// uploads nobody continued within BlobSettings::partialRetention. Each
// blob is removed in its own short write transaction that checks again
// that it is unused, so it never races an upload's completion (which
// checks and references its blob inside its own write transaction) and
// never blocks other writers for the whole collection.
class BlobCollector {
public:
    BlobCollector(Database &database, const common::Clock &clock, BlobSettings settings);

    BlobCollection collect();

private:
    Database &m_database;
    const common::Clock &m_clock;
    BlobSettings m_settings;
};

} // namespace hn::server
