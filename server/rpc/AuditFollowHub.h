// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "server/core/ChangeNotifier.h"

#include <chrono>
#include <condition_variable>
#include <mutex>
#include <thread>
#include <unordered_set>

namespace hn::server {

class AuditFollowReactor;
class ServerCore;
class ServerLog;

// All open Admin.FollowAudit streams and one thread that feeds them. It
// wakes when a write that appended audit lines commits (Database's audit
// listener), when someone's access changed (a follower may have lost the
// right to read the log), and once a second to top up slow readers.
class AuditFollowHub {
public:
    AuditFollowHub(ServerCore &core, ServerLog &log);
    ~AuditFollowHub();

    void add(AuditFollowReactor *reactor);
    void remove(AuditFollowReactor *reactor);
    int count() const;
    // Ends every stream with UNAVAILABLE and waits (up to `grace`) for gRPC
    // to release them.
    void closeAll(std::chrono::milliseconds grace);

private:
    void run();
    void feed(bool recheckCallers);

    ServerCore &m_core;
    ServerLog &m_log;
    ChangeNotifier::SubscriptionId m_notifierId = 0;
    mutable std::mutex m_mutex;
    std::condition_variable m_wake;
    std::unordered_set<AuditFollowReactor *> m_reactors;
    bool m_pending = false;
    bool m_accessChanged = false;
    bool m_stopping = false;
    std::thread m_thread;
};

} // namespace hn::server
