// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Clock.h"
#include "common/ServerStats.h"
#include "server/core/Caller.h"

namespace hn::server {

class Database;

// Figures about the server (admin.proto, GetStats). Admins only. The
// connected clients come from the RPC layer, which holds the streams.
class StatsReport {
public:
    StatsReport(Database &database, const common::Clock &clock);

    common::ServerStats collect(const Caller &caller, qint64 connectedClients);

    // The database file with its WAL and shared-memory files, in bytes.
    qint64 databaseSizeBytes() const;

private:
    Database &m_database;
    const common::Clock &m_clock;
};

} // namespace hn::server
