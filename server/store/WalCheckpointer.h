// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <chrono>
#include <condition_variable>
#include <functional>
#include <mutex>
#include <thread>

namespace hn::server {

// Runs SQLite's WAL checkpoints on a thread of its own for bulk writers
// (Database::writeBulk). SQLite's automatic checkpoint runs in the writer
// that crossed the threshold and ends with two fsyncs; a document upload
// commits every 4 MiB, so it spent most of its time waiting for the disk
// (a 200 MB upload ran at ~280 MB/s, and at ~440 MB/s with the syncs
// switched off). Bulk writers only append to the WAL and wake this thread;
// the checkpoint and its fsyncs happen beside them. Durability is the same
// (WAL with synchronous=NORMAL never synced at commit).
class WalCheckpointer {
public:
    // `prepare` runs first on the checkpointer's thread (the constructor
    // waits for it), so its database connection exists from the start;
    // `checkpoint` runs there at most once per `interval`, after writes were
    // announced. Neither may throw.
    WalCheckpointer(const std::function<void()> &prepare, std::function<void()> checkpoint,
                    std::chrono::milliseconds interval);
    // Stops the thread; a checkpoint already running finishes first.
    ~WalCheckpointer();
    WalCheckpointer(const WalCheckpointer &) = delete;
    WalCheckpointer &operator=(const WalCheckpointer &) = delete;

    // A write committed: checkpoint soon. Cheap; never waits for the disk.
    void notifyWrite();

private:
    void run();

    const std::function<void()> m_checkpoint;
    const std::chrono::milliseconds m_interval;
    std::mutex m_mutex;
    std::condition_variable m_wake;
    bool m_written = false;
    bool m_stopping = false;
    std::thread m_thread;
};

} // namespace hn::server
