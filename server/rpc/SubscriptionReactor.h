// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "helfernetz/v1/sync.grpc.pb.h"
#include "server/core/Caller.h"

#include <QSet>
#include <chrono>
#include <deque>
#include <mutex>
#include <optional>

namespace hn::server {

class SubscriptionHub;

// One client's Sync.Subscribe stream (callback API: no thread of its own).
// Notices are collected while a write is in flight and sent as one, so a
// slow client costs memory for one pending notice, never a queue.
class SubscriptionReactor final
    : public grpc::ServerWriteReactor<helfernetz::v1::SubscribeResponse> {
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
    // `sessionEnd`: the hn-session-end trailer (auth.proto) when the
    // stream ends because its session did; empty otherwise.
    void end(const grpc::Status &status, const std::string &sessionEnd = {});

    void OnWriteDone(bool ok) override;
    void OnCancel() override;
    void OnDone() override;

private:
    void sendNextLocked();

    SubscriptionHub &m_hub;
    grpc::CallbackServerContext *m_context;
    const Caller m_caller;
    const QString m_token;
    std::mutex m_mutex;
    QSet<QString> m_readable;
    QSet<QString> m_pendingBuckets;
    qint64 m_pendingHead = 0;
    bool m_pendingAccessChange = false;
    bool m_pendingKeepalive = false;
    bool m_writing = false;
    bool m_finished = false;
    // Finish() waits for the write in flight; the status to finish with.
    std::optional<grpc::Status> m_finishAfterWrite;
    helfernetz::v1::SubscribeResponse m_message; // must live until OnWriteDone
    std::chrono::steady_clock::time_point m_lastWrite;
};

} // namespace hn::server
