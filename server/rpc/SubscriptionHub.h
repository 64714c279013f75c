// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "server/core/ChangeNotifier.h"

#include <QSet>
#include <chrono>
#include <condition_variable>
#include <memory>
#include <mutex>
#include <thread>
#include <unordered_map>

namespace hn::server {

class ServerCore;
class ServerLog;
class SubscriptionReactor;

// All open Sync.Subscribe streams. Holds one ChangeNotifier subscription
// for all of them and one thread that sends keepalives to idle streams and
// re-checks their sessions, so thousands of idle subscribers cost no thread
// each (ARCHITECTURE.md, Live updates).
class SubscriptionHub {
public:
    SubscriptionHub(ServerCore &core, ServerLog &log,
                    std::chrono::seconds keepaliveAfter = std::chrono::seconds(30),
                    std::chrono::seconds sessionCheckEvery = std::chrono::seconds(60));
    ~SubscriptionHub();

    // Takes ownership of `reactor` (until remove()).
    void add(SubscriptionReactor *reactor);
    // Gives it up; the reactor is deleted when no session check uses it any
    // more (at once if none does).
    void remove(SubscriptionReactor *reactor);
    int count() const;
    // Ends every stream with UNAVAILABLE and waits (up to `grace`) until
    // gRPC has released them; for a clean server shutdown.
    void closeAll(std::chrono::milliseconds grace);

private:
    void onNotice(const ChangeNotice &notice);
    void tick();
    // Re-authenticates the streams of one user (or all, for an empty id):
    // ended sessions are closed, changed bucket sets announced.
    void checkSessions(const QString &onlyUserId, bool accessChanged);

    ServerCore &m_core;
    ServerLog &m_log;
    const std::chrono::seconds m_keepaliveAfter;
    const std::chrono::seconds m_sessionCheckEvery;
    ChangeNotifier::SubscriptionId m_notifierId = 0;

    mutable std::mutex m_mutex;
    std::condition_variable m_wake;
    // The hub owns each reactor from add() until remove() and the end of
    // any session check still using it (the AuditFollowHub pattern), so the
    // checks can authenticate without holding the mutex.
    std::unordered_map<SubscriptionReactor *, std::shared_ptr<SubscriptionReactor>> m_reactors;
    QSet<QString> m_accessChangedUsers; // "" = everyone
    bool m_stopping = false;
    std::thread m_ticker;
};

} // namespace hn::server
