// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "client/core/PullPageData.h"
#include "client/core/ServerEndpoint.h"
#include "common/Mutation.h"

#include <QStringList>
#include <chrono>
#include <functional>
#include <memory>
#include <mutex>

namespace grpc {
class Channel;
class ClientContext;
} // namespace grpc

namespace hn::client {

// Where the client stands in one bucket, as sent with Sync.Pull.
struct BucketPosition {
    QString bucket;
    qint64 cursor = 0;
    bool forceSnapshot = false;
};

// A notice from Sync.Subscribe: buckets that moved (empty for a keepalive),
// or that the caller's access changed (re-pull the bucket list).
struct BucketNotice {
    QStringList buckets;
    bool accessChanged = false;
    bool keepalive = false;
};

// The Sync service from the client's side, in domain types; blocking calls
// that throw common::Error (RemoteError). Used by SyncRound and
// LiveUpdates on the sync engine's threads, never on the UI thread.
class SyncClient {
public:
    SyncClient(const ServerEndpoint &endpoint, QString token,
               std::chrono::milliseconds timeout = std::chrono::seconds(60));
    ~SyncClient();

    // Runs one Pull: `onBuckets` gets the readable bucket list (first
    // message), `onPage` every page in order. Returns when the server has
    // sent everything.
    void pull(const QList<BucketPosition> &positions, int pageSize,
              const std::function<void(const QStringList &readable)> &onBuckets,
              const std::function<void(const PullPageData &page)> &onPage);

    QList<common::MutationResult> push(const QList<common::Mutation> &mutations);

    // Blocks reading Sync.Subscribe until the stream ends (then throws the
    // reason as common::Error) or cancelSubscription() is called (then returns).
    void subscribe(const std::function<void(const BucketNotice &)> &onNotice);
    // Safe from any thread.
    void cancelSubscription();

    const ServerEndpoint &endpoint() const { return m_endpoint; }

private:
    void prepare(grpc::ClientContext &context, bool withDeadline) const;

    ServerEndpoint m_endpoint;
    QString m_token;
    std::chrono::milliseconds m_timeout;
    std::shared_ptr<grpc::Channel> m_channel;
    std::mutex m_subscriptionMutex;
    grpc::ClientContext *m_subscription = nullptr;
    bool m_cancelled = false;
};

} // namespace hn::client
