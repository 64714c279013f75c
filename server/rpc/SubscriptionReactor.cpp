// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/rpc/SubscriptionReactor.h"

#include "server/rpc/SubscriptionHub.h"

#include <QDateTime>

namespace hn::server {

SubscriptionReactor::SubscriptionReactor(SubscriptionHub &hub, grpc::CallbackServerContext *context,
                                         Caller caller, QString token, QSet<QString> readable)
    : StreamWriter(context)
    , m_hub(hub)
    , m_caller(std::move(caller))
    , m_token(std::move(token))
    , m_readable(std::move(readable)) {}

void SubscriptionReactor::start() {
    // The first message confirms the subscription (sync.proto): the client
    // pulls once after it, so nothing between its last pull and now is missed.
    std::lock_guard lock(mutex());
    m_pendingKeepalive = true;
    sendNextLocked();
}

void SubscriptionReactor::bucketsMoved(const QSet<QString> &buckets, qint64 headSeq) {
    std::lock_guard lock(mutex());
    if (finishedLocked() || !m_readable.intersects(buckets))
        return;
    for (const QString &bucket : buckets) {
        if (m_readable.contains(bucket))
            m_pendingBuckets.insert(bucket);
    }
    m_pendingHead = std::max(m_pendingHead, headSeq);
    sendNextLocked();
}

void SubscriptionReactor::accessChanged(QSet<QString> readableNow, bool notify) {
    std::lock_guard lock(mutex());
    if (finishedLocked() || (!notify && readableNow == m_readable))
        return;
    m_readable = std::move(readableNow);
    m_pendingAccessChange = true;
    sendNextLocked();
}

void SubscriptionReactor::keepaliveIfIdle(std::chrono::steady_clock::time_point now,
                                          std::chrono::seconds idleFor) {
    std::lock_guard lock(mutex());
    if (finishedLocked() || writingLocked() || now - m_lastWrite < idleFor)
        return;
    m_pendingKeepalive = true;
    sendNextLocked();
}

bool SubscriptionReactor::takeNextLocked(helfernetz::v1::SubscribeResponse &message) {
    if (!m_pendingBuckets.isEmpty() || m_pendingAccessChange) {
        helfernetz::v1::BucketsMoved *moved = message.mutable_moved();
        for (const QString &bucket : std::as_const(m_pendingBuckets)) {
            helfernetz::v1::BucketHead *head = moved->add_buckets();
            head->set_bucket(bucket.toStdString());
            head->set_seq(m_pendingHead);
        }
        moved->set_access_changed(m_pendingAccessChange);
        m_pendingBuckets.clear();
        m_pendingAccessChange = false;
        m_pendingKeepalive = false;
    } else if (m_pendingKeepalive) {
        message.mutable_keepalive()->set_sent_at_ms(QDateTime::currentMSecsSinceEpoch());
        m_pendingKeepalive = false;
    } else {
        return false;
    }
    m_lastWrite = std::chrono::steady_clock::now();
    return true;
}

void SubscriptionReactor::OnDone() {
    // The hub owns this reactor: it is deleted once no session check uses
    // it any more, maybe within this call (so nothing may follow it).
    m_hub.remove(this);
}

} // namespace hn::server
