// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>
#include <functional>

namespace hn::client {

class Replica;
class SyncClient;

struct RoundReport {
    int pushed = 0;         // mutations answered by the server
    int pulled = 0;         // records received
    QStringList newBuckets; // buckets filled from cursor 0
};

// One synchronous sync pass over a replica: push the outbox until it is
// empty, then pull every bucket from its cursor, then pull newly readable
// buckets from 0 (sync.proto, Pull). Throws common::Error when the server
// cannot be reached or refuses; whatever was stored before stays stored
// (pages and results are applied one transaction at a time), so the next
// round resumes where this one stopped.
class SyncRound {
public:
    using Progress = std::function<void(const QString &bucket, qint64 done, qint64 total)>;

    SyncRound(Replica &replica, SyncClient &client, int pageSize = 500, int batchSize = 500);

    RoundReport run(const Progress &progress = {});

private:
    int pushAll();
    int pullAll(RoundReport &report, const Progress &progress);

    Replica &m_replica;
    SyncClient &m_client;
    int m_pageSize;
    int m_batchSize;
};

} // namespace hn::client
