// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "helfernetz/v1/sync.grpc.pb.h"
#include "server/core/Caller.h"
#include "server/rpc/StreamWriter.h"

#include <QSet>
#include <chrono>

namespace hn::server {

class SubscriptionHub;

// One client's Sync.Subscribe stream (callback API: no thread of its own).
// Notices are collected while a write is in flight and sent as one, so a
// slow client costs memory for one pending notice, never a queue.
class SubscriptionReactor final : public StreamWriter<helfernetz::v1::SubscribeResponse> {
public:
    SubscriptionReactor(SubscriptionHub &hub, grpc::CallbackServerContext *context, Caller caller,
                        QString token, QSet<QString> readable);

    // Sends the confirming first message; call after the hub knows the reactor.
    void start();

    const Caller &caller() const { return m_caller; }
    const QString &token() const { return m_token; }

    // Called by the hub (any thread).
    void bucketsMoved(const QSet<QString> &buckets, qint64 headSeq);
    // Tells the client to re-pull its bucket list and permissions when
    // `notify` is set or the readable buckets differ from before.
    void accessChanged(QSet<QString> readableNow, bool notify);
    void keepaliveIfIdle(std::chrono::steady_clock::time_point now, std::chrono::seconds idleFor);

    void OnDone() override;

private:
    bool takeNextLocked(helfernetz::v1::SubscribeResponse &message) override;

    SubscriptionHub &m_hub;
    const Caller m_caller;
    const QString m_token;
    QSet<QString> m_readable;
    QSet<QString> m_pendingBuckets;
    qint64 m_pendingHead = 0;
    bool m_pendingAccessChange = false;
    bool m_pendingKeepalive = false;
    std::chrono::steady_clock::time_point m_lastWrite;
};

} // namespace hn::server
