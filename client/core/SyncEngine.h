// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "client/core/ServerEndpoint.h"
#include "client/core/SyncCounts.h"
#include "client/core/SyncRound.h"
#include "common/Clock.h"
#include "common/Device.h"

#include <QDateTime>
#include <QObject>
#include <QThread>
#include <atomic>
#include <chrono>
#include <mutex>

namespace hn::client {

class SyncWorker;

// Keeps one profile's replica in sync with the server, on a thread of its
// own so the UI never waits for the network. It pushes local changes and
// pulls when told (syncNow, notifyLocalChange), when the server says
// something moved (Sync.Subscribe), periodically as a fallback, and right
// away when the network comes back; failures are retried with growing
// waits. Everything it does is reported through the signals below. It
// opens its own connection to the replica file; the UI reads and edits
// through another Replica on the same file (SQLite WAL lets both work).
class SyncEngine : public QObject {
    Q_OBJECT
public:
    enum class State {
        Offline, // the server cannot be reached; retrying
        Connecting,
        Syncing,
        Idle,  // in sync as of lastSync()
        Error, // refused (e.g. session ended); see the reason
    };
    Q_ENUM(State)

    struct Options {
        ServerEndpoint endpoint;
        QString token;
        QString replicaPath;
        int pageSize = 500;
        int batchSize = 500;
        std::chrono::milliseconds pollInterval{std::chrono::minutes(2)};
        std::chrono::milliseconds firstRetry{std::chrono::seconds(1)};
        std::chrono::milliseconds maxRetry{std::chrono::minutes(5)};
        bool live = true; // use Sync.Subscribe
    };

    SyncEngine(Options options, const common::Clock &clock, QObject *parent = nullptr);
    ~SyncEngine() override;

    void start();
    // Stops syncing and closes the replica connection; blocks until done.
    void stop();

    // Thread-safe.
    State state() const;
    QString stateReason() const;
    QDateTime lastSync() const;

public Q_SLOTS:
    void syncNow();
    // The UI changed the replica: push soon.
    void notifyLocalChange() { syncNow(); }

Q_SIGNALS:
    void stateChanged(hn::client::SyncEngine::State state, const QString &reason);
    // Records received of a bucket in the current pull.
    void progress(const QString &bucket, qint64 done, qint64 total);
    void countsChanged(const hn::client::SyncCounts &counts);
    void roundFinished(int pushed, int pulled, const QDateTime &at);
    // The server ended the session (the engine stops; state Error). With
    // reason DeviceRevoked the app must wipe the profile (ProfileWipe) after
    // stopping the engine; None: the token is unknown to the server.
    void sessionEnded(hn::common::SessionEndReason reason, const QString &message);

private:
    friend class SyncWorker;
    void setState(State state, const QString &reason);

    Options m_options;
    const common::Clock &m_clock;
    QThread m_thread;
    SyncWorker *m_worker = nullptr;
    std::atomic<bool> m_roundQueued{false};
    mutable std::mutex m_mutex;
    State m_state = State::Offline;
    QString m_reason;
    QDateTime m_lastSync;
};

} // namespace hn::client
