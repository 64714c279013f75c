// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/store/WalCheckpointer.h"

#include <future>

namespace hn::server {

WalCheckpointer::WalCheckpointer(const std::function<void()> &prepare,
                                 std::function<void()> checkpoint,
                                 std::chrono::milliseconds interval)
    : m_checkpoint(std::move(checkpoint))
    , m_interval(interval) {
    std::promise<void> prepared;
    m_thread = std::thread([this, &prepare, &prepared] {
        prepare();
        prepared.set_value();
        run();
    });
    prepared.get_future().wait();
}

WalCheckpointer::~WalCheckpointer() {
    {
        std::lock_guard lock(m_mutex);
        m_stopping = true;
    }
    m_wake.notify_all();
    m_thread.join();
}

void WalCheckpointer::notifyWrite() {
    {
        std::lock_guard lock(m_mutex);
        if (m_written)
            return; // already announced; one checkpoint covers all of them
        m_written = true;
    }
    m_wake.notify_one();
}

void WalCheckpointer::run() {
    std::unique_lock lock(m_mutex);
    while (true) {
        m_wake.wait(lock, [this] { return m_written || m_stopping; });
        if (m_stopping)
            return;
        // Let writes gather, so a running upload meets one checkpoint per
        // interval rather than one per commit.
        if (m_wake.wait_for(lock, m_interval, [this] { return m_stopping; }))
            return;
        m_written = false;
        lock.unlock();
        m_checkpoint();
        lock.lock();
    }
}

} // namespace hn::server
