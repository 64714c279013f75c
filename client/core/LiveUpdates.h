// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "client/core/SyncClient.h"

#include <condition_variable>
#include <functional>
#include <memory>
#include <mutex>
#include <thread>

namespace hn::client {

// Keeps a Sync.Subscribe stream open on its own thread and calls `onMoved`
// whenever the server says buckets moved (and once right after each
// (re)connect, so nothing between the last pull and the subscription is
// missed). Reconnects with backoff while the server is away; the engine's
// periodic pull covers that time.
class LiveUpdates {
public:
    struct Callbacks {
        std::function<void()> onMoved; // pull now
        std::function<void(bool connected, const QString &reason)> onConnection;
    };

    LiveUpdates(ServerEndpoint endpoint, QString token, Callbacks callbacks);
    ~LiveUpdates(); // stops and joins

    // Cuts the current wait short, e.g. when the network came back.
    void reconnectNow();

private:
    void run();

    ServerEndpoint m_endpoint;
    QString m_token;
    Callbacks m_callbacks;
    std::mutex m_mutex;
    std::condition_variable m_wake;
    bool m_stopping = false;
    bool m_reconnectNow = false;
    std::shared_ptr<SyncClient> m_client; // the current stream's, for cancelling
    std::thread m_thread;
};

} // namespace hn::client
