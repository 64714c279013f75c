// SPDX-License-Identifier: GPL-3.0-or-later
#include "client/core/SyncRound.h"

#include "client/core/Replica.h"
#include "client/core/SyncClient.h"

#include <QHash>
#include <QSet>

namespace hn::client {

SyncRound::SyncRound(Replica &replica, SyncClient &client, int pageSize, int batchSize)
    : m_replica(replica)
    , m_client(client)
    , m_pageSize(pageSize)
    , m_batchSize(batchSize) {}

RoundReport SyncRound::run(const Progress &progress) {
    RoundReport report;
    report.pushed = pushAll();
    report.pulled = pullAll(report, progress);
    return report;
}

int SyncRound::pushAll() {
    int answered = 0;
    for (;;) {
        const QList<OutboxEntry> batch = m_replica.outboxToSend(m_batchSize);
        if (batch.isEmpty())
            return answered;
        QList<common::Mutation> mutations;
        mutations.reserve(batch.size());
        for (const OutboxEntry &entry : batch)
            mutations.append(entry.mutation);
        QList<common::MutationResult> results;
        try {
            results = m_client.push(mutations);
        } catch (...) {
            // The server may or may not have applied them: resend later with
            // the same mutation ids, which it answers idempotently.
            m_replica.requeueInFlight();
            throw;
        }
        QList<std::pair<OutboxEntry, common::MutationResult>> answeredPairs;
        answeredPairs.reserve(batch.size());
        for (qsizetype i = 0; i < batch.size() && i < results.size(); ++i)
            answeredPairs.append({batch[i], results[i]});
        m_replica.applyResults(answeredPairs);
        if (results.size() < batch.size())
            m_replica.requeueInFlight();
        answered += int(answeredPairs.size());
    }
}

int SyncRound::pullAll(RoundReport &report, const Progress &progress) {
    int pulled = 0;
    QHash<QString, qint64> done;
    auto onPage = [&](const PullPageData &page) {
        m_replica.applyPage(page);
        pulled += int(page.records.size());
        qint64 &count = done[page.bucket];
        if (page.first)
            count = 0;
        count += page.records.size();
        if (progress)
            progress(page.bucket, count, std::max(page.totalRecords, count));
    };

    const QHash<QString, qint64> cursors = m_replica.cursors();
    const QStringList resume = m_replica.snapshotsInProgress();
    QList<BucketPosition> positions;
    for (auto it = cursors.constBegin(); it != cursors.constEnd(); ++it)
        positions.append({it.key(), it.value(), resume.contains(it.key())});

    QStringList readable;
    auto onBuckets = [&](const QStringList &buckets) {
        readable = buckets;
        m_replica.retainBuckets(buckets);
    };
    m_client.pull(positions, m_pageSize, onBuckets, onPage);

    // Buckets granted since the last round (and, on a fresh replica, all
    // of them) start at cursor 0.
    QList<BucketPosition> fresh;
    for (const QString &bucket : std::as_const(readable)) {
        if (!cursors.contains(bucket))
            fresh.append({bucket, 0, false});
    }
    if (!fresh.isEmpty()) {
        for (const BucketPosition &position : std::as_const(fresh))
            report.newBuckets.append(position.bucket);
        m_client.pull(fresh, m_pageSize, onBuckets, onPage);
    }
    return pulled;
}

} // namespace hn::client
