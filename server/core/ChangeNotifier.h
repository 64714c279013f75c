// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSet>
#include <QString>
#include <functional>
#include <map>
#include <shared_mutex>

namespace hn::server {

// One notice: buckets moved, or someone's access changed.
struct ChangeNotice {
    enum class Kind { BucketsMoved, AccessChanged };
    Kind kind = Kind::BucketsMoved;
    // BucketsMoved: the buckets a committed change touched, and the head
    // seq right after that commit (no bucket's newest change is above it).
    QSet<QString> buckets;
    qint64 headSeq = 0;
    // AccessChanged: whose readable buckets may have changed (role, status
    // or membership); empty when it may concern anyone (a space's guest
    // visibility changed).
    QString userId;
};

// "Buckets moved" in-process publish/subscribe, for Sync.Subscribe.
//
// Publishers call it after their transaction committed, never inside one
// (a subscriber that pulls at once must find the change). Callbacks run on
// the publishing thread while it holds a shared lock, so they must be cheap
// and must not block: the RPC layer only queues the notice to its reactor.
// A callback must not call subscribe() or unsubscribe() (that would wait
// for itself). Thread-safe.
class ChangeNotifier {
public:
    using SubscriptionId = quint64;
    using Callback = std::function<void(const ChangeNotice &)>;

    SubscriptionId subscribe(Callback callback);
    // After it returns the callback is not running and never runs again.
    void unsubscribe(SubscriptionId id);

    void publish(const QSet<QString> &buckets, qint64 headSeq);
    void publishAccessChanged(const QString &userId);

    int subscriberCount() const;

private:
    void deliver(const ChangeNotice &notice) const;

    mutable std::shared_mutex m_mutex;
    std::map<SubscriptionId, Callback> m_callbacks;
    SubscriptionId m_nextId = 1;
};

} // namespace hn::server
