// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/core/ChangeNotifier.h"

#include <QDebug>
#include <exception>
#include <mutex>

namespace hn::server {

ChangeNotifier::SubscriptionId ChangeNotifier::subscribe(Callback callback) {
    std::unique_lock lock(m_mutex);
    const SubscriptionId id = m_nextId++;
    m_callbacks.emplace(id, std::move(callback));
    return id;
}

void ChangeNotifier::unsubscribe(SubscriptionId id) {
    // The exclusive lock waits for every delivery in progress, so the
    // subscriber may free what its callback uses as soon as this returns.
    std::unique_lock lock(m_mutex);
    m_callbacks.erase(id);
}

void ChangeNotifier::publish(const QSet<QString> &buckets, qint64 headSeq) {
    if (buckets.isEmpty())
        return;
    ChangeNotice notice;
    notice.kind = ChangeNotice::Kind::BucketsMoved;
    notice.buckets = buckets;
    notice.headSeq = headSeq;
    deliver(notice);
}

void ChangeNotifier::publishAccessChanged(const QString &userId) {
    ChangeNotice notice;
    notice.kind = ChangeNotice::Kind::AccessChanged;
    notice.userId = userId;
    deliver(notice);
}

int ChangeNotifier::subscriberCount() const {
    std::shared_lock lock(m_mutex);
    return int(m_callbacks.size());
}

void ChangeNotifier::deliver(const ChangeNotice &notice) const {
    // Shared: publishers on different threads deliver side by side.
    std::shared_lock lock(m_mutex);
    for (const auto &[id, callback] : m_callbacks) {
        // The change is committed already: a failing subscriber must
        // neither fail the publisher's call nor starve the others.
        try {
            callback(notice);
        } catch (const std::exception &error) {
            qWarning().noquote() << "change notice subscriber" << id << "failed:" << error.what();
        } catch (...) {
            qWarning().noquote() << "change notice subscriber" << id << "failed";
        }
    }
}

} // namespace hn::server
