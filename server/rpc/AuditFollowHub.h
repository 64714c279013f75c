// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "server/core/ChangeNotifier.h"

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <memory>
#include <mutex>
#include <semaphore>
#include <thread>
#include <unordered_map>

namespace hn::server {

class AuditFollowReactor;
class ServerCore;
class ServerLog;

// All open Admin.FollowAudit streams and one thread that feeds them. It
// wakes when a write that appended audit lines commits (Database's audit
// listener), when someone's access changed (a follower may have lost the
// right to read the log), and once a second to top up slow readers.
//
// The audit listener runs on every RPC thread after every commit that
// wrote audit lines, so it takes no lock: it raises a flag and a
// semaphore. The registry's mutex guards only the set of reactors and is
// never held while the feeder reads the database or authenticates.
class AuditFollowHub {
public:
    AuditFollowHub(ServerCore &core, ServerLog &log);
    ~AuditFollowHub();

    // Takes ownership of `reactor` (until remove()).
    void add(AuditFollowReactor *reactor);
    // Gives it up; the reactor is deleted when the feeder is done with it
    // (at once if it is not feeding it).
    void remove(AuditFollowReactor *reactor);
    int count() const;
    // Ends every stream with UNAVAILABLE and waits (up to `grace`) for gRPC
    // to release them.
    void closeAll(std::chrono::milliseconds grace);

private:
    void wake();
    void run();
    void feed(bool recheckCallers);

    ServerCore &m_core;
    ServerLog &m_log;
    ChangeNotifier::SubscriptionId m_notifierId = 0;
    mutable std::mutex m_mutex;
    std::condition_variable m_released;
    std::unordered_map<AuditFollowReactor *, std::shared_ptr<AuditFollowReactor>> m_reactors;
    // Raised with m_wakeup released once; lowered by the feeder after it
    // took m_wakeup, so the semaphore never counts past one.
    std::atomic<bool> m_woken{false};
    std::binary_semaphore m_wakeup{0};
    std::atomic<bool> m_accessChanged{false};
    std::atomic<bool> m_stopping{false};
    std::thread m_thread;
};

} // namespace hn::server
