// SPDX-License-Identifier: GPL-3.0-or-later
#include "client/core/LiveUpdates.h"

#include "common/Error.h"

#include <algorithm>

namespace hn::client {

LiveUpdates::LiveUpdates(ServerEndpoint endpoint, QString token, Callbacks callbacks)
    : m_endpoint(std::move(endpoint))
    , m_token(std::move(token))
    , m_callbacks(std::move(callbacks)) {
    m_thread = std::thread([this] { run(); });
}

LiveUpdates::~LiveUpdates() {
    {
        std::lock_guard lock(m_mutex);
        m_stopping = true;
        if (m_client)
            m_client->cancelSubscription();
    }
    m_wake.notify_all();
    m_thread.join();
}

void LiveUpdates::reconnectNow() {
    {
        std::lock_guard lock(m_mutex);
        m_reconnectNow = true;
    }
    m_wake.notify_all();
}

void LiveUpdates::run() {
    std::chrono::milliseconds backoff(500);
    const std::chrono::milliseconds maxBackoff(60000);
    for (;;) {
        std::shared_ptr<SyncClient> client;
        {
            std::lock_guard lock(m_mutex);
            if (m_stopping)
                return;
            try {
                m_client = std::make_shared<SyncClient>(m_endpoint, m_token);
            } catch (const common::Error &) {
                return; // a bad endpoint will not get better by retrying
            }
            client = m_client;
        }
        QString reason;
        bool heardAnything = false;
        try {
            client->subscribe([&](const BucketNotice &notice) {
                const bool first = !heardAnything;
                if (first) {
                    heardAnything = true;
                    if (m_callbacks.onConnection)
                        m_callbacks.onConnection(true, {});
                }
                // The confirming first message also means "pull once";
                // later keepalives only prove the stream is alive.
                if (first || !notice.keepalive)
                    m_callbacks.onMoved();
            });
        } catch (const common::Error &error) {
            reason = error.describe();
            if (error.code() == common::ErrorCode::Unauthenticated) {
                if (m_callbacks.onConnection)
                    m_callbacks.onConnection(false, reason);
                return; // the session ended: the user must log in again
            }
        }
        if (heardAnything)
            backoff = std::chrono::milliseconds(500);
        if (m_callbacks.onConnection)
            m_callbacks.onConnection(false, reason);

        std::unique_lock lock(m_mutex);
        m_client.reset();
        m_wake.wait_for(lock, backoff, [this] { return m_stopping || m_reconnectNow; });
        m_reconnectNow = false;
        backoff = std::min(backoff * 2, maxBackoff);
    }
}

} // namespace hn::client
