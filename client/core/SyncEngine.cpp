// SPDX-License-Identifier: GPL-3.0-or-later
#include "client/core/SyncEngine.h"

#include "client/core/LiveUpdates.h"
#include "client/core/OfflineLease.h"
#include "client/core/RemoteError.h"
#include "client/core/Replica.h"
#include "client/core/SyncClient.h"
#include "common/Error.h"

#include <QFileInfo>
#include <QNetworkInformation>
#include <QRandomGenerator>
#include <QTimer>

namespace hn::client {

// Lives on the engine's thread and owns everything that does I/O there.
class SyncWorker : public QObject {
public:
    explicit SyncWorker(SyncEngine &engine)
        : m_engine(engine) {}

    void begin() {
        const SyncEngine::Options &options = m_engine.m_options;
        m_engine.setState(SyncEngine::State::Connecting, {});
        try {
            m_replica = std::make_unique<Replica>(options.replicaPath, m_engine.m_clock);
            m_replica->requeueInFlight(); // answers lost when the app last stopped
            m_client = std::make_unique<SyncClient>(options.endpoint, options.token);
        } catch (const common::Error &error) {
            m_engine.setState(SyncEngine::State::Error, error.describe());
            return;
        }
        m_retry.setSingleShot(true);
        QObject::connect(&m_retry, &QTimer::timeout, this, [this] { round(); });
        QObject::connect(&m_poll, &QTimer::timeout, this, [this] { round(); });
        m_poll.start(options.pollInterval);
        if (options.live) {
            m_live = std::make_unique<LiveUpdates>(
                options.endpoint, options.token,
                LiveUpdates::Callbacks{[this] { m_engine.syncNow(); }, {}});
        }
        watchReachability();
        round();
    }

    void end() {
        m_live.reset();
        m_poll.stop();
        m_retry.stop();
        m_client.reset();
        m_replica.reset();
    }

    void round() {
        m_engine.m_roundQueued = false;
        if (!m_replica)
            return;
        m_retry.stop();
        m_engine.setState(SyncEngine::State::Syncing, {});
        try {
            SyncRound syncRound(*m_replica, *m_client, m_engine.m_options.pageSize,
                                m_engine.m_options.batchSize);
            const RoundReport report =
                syncRound.run([this](const QString &bucket, qint64 done, qint64 total) {
                    Q_EMIT m_engine.progress(bucket, done, total);
                });
            m_backoff = std::chrono::milliseconds(0);
            const QDateTime now = m_engine.m_clock.now();
            {
                std::lock_guard lock(m_engine.m_mutex);
                m_engine.m_lastSync = now;
            }
            recordContact();
            m_engine.setState(SyncEngine::State::Idle, {});
            Q_EMIT m_engine.roundFinished(report.pushed, report.pulled, now);
        } catch (const common::Error &error) {
            failed(error);
        }
        try {
            Q_EMIT m_engine.countsChanged(m_replica->counts());
        } catch (const common::Error &) {
            // Counts are informative; the next round reports them again.
        }
    }

private:
    void failed(const common::Error &error) {
        if (error.code() == common::ErrorCode::Unauthenticated) {
            // No retry helps: the session ended (logout elsewhere, password
            // change, revoked device). The UI asks the person to log in.
            m_poll.stop();
            m_live.reset();
            const common::SessionEndReason reason = RemoteError::sessionEndReason(error);
            // The field of an ended session's error only carries the reason.
            m_engine.setState(SyncEngine::State::Error, reason != common::SessionEndReason::None
                                                            ? error.message()
                                                            : error.describe());
            // The reason decides what the app does: a revoked device wipes
            // the profile (ProfileWipe), anything else asks for a login.
            Q_EMIT m_engine.sessionEnded(reason, error.message());
            return;
        }
        const SyncEngine::Options &options = m_engine.m_options;
        m_backoff =
            m_backoff.count() == 0 ? options.firstRetry : std::min(m_backoff * 2, options.maxRetry);
        // Jitter, so clients that lost the same server do not return in step.
        const auto wait = m_backoff
                          + std::chrono::milliseconds(QRandomGenerator::global()->bounded(
                              int(std::max<qint64>(1, m_backoff.count() / 4))));
        m_retry.start(wait);
        m_engine.setState(error.code() == common::ErrorCode::Unavailable
                              ? SyncEngine::State::Offline
                              : SyncEngine::State::Error,
                          QStringLiteral("%1 (next try in %2 s)")
                              .arg(error.describe())
                              .arg((wait.count() + 999) / 1000));
    }

    // The offline lease counts from the last successful contact; it lives
    // in the profile directory, next to the replica.
    void recordContact() {
        try {
            OfflineLease(QFileInfo(m_engine.m_options.replicaPath).absolutePath(), m_engine.m_clock)
                .recordContact();
        } catch (const common::Error &) {
            // The round itself succeeded. A contact that cannot be recorded
            // only moves the lock earlier (the safe side); the next round
            // tries again.
        }
    }

    void watchReachability() {
        // Optional: without a backend (headless, some platforms) the
        // periodic pull and the retry timer still cover reconnects.
        if (!QNetworkInformation::instance()
            && !QNetworkInformation::loadBackendByFeatures(
                QNetworkInformation::Feature::Reachability))
            return;
        QObject::connect(QNetworkInformation::instance(), &QNetworkInformation::reachabilityChanged,
                         this, [this](QNetworkInformation::Reachability reachability) {
                             if (reachability != QNetworkInformation::Reachability::Online)
                                 return;
                             // Back online: do not wait for the next backoff step.
                             if (m_live)
                                 m_live->reconnectNow();
                             round();
                         });
    }

    SyncEngine &m_engine;
    std::unique_ptr<Replica> m_replica;
    std::unique_ptr<SyncClient> m_client;
    std::unique_ptr<LiveUpdates> m_live;
    QTimer m_poll{this};
    QTimer m_retry{this};
    std::chrono::milliseconds m_backoff{0};
};

SyncEngine::SyncEngine(Options options, const common::Clock &clock, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_clock(clock) {
    m_thread.setObjectName(QStringLiteral("hn-sync"));
}

SyncEngine::~SyncEngine() {
    stop();
}

void SyncEngine::start() {
    if (m_worker)
        return;
    m_worker = new SyncWorker(*this);
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread.start();
    QMetaObject::invokeMethod(m_worker, [worker = m_worker] { worker->begin(); });
}

void SyncEngine::stop() {
    if (!m_worker)
        return;
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker] { worker->end(); }, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
    m_worker = nullptr;
}

void SyncEngine::syncNow() {
    // Many notices while a round runs collapse into one more round.
    if (!m_worker || m_roundQueued.exchange(true))
        return;
    QMetaObject::invokeMethod(m_worker, [worker = m_worker] { worker->round(); });
}

SyncEngine::State SyncEngine::state() const {
    std::lock_guard lock(m_mutex);
    return m_state;
}

QString SyncEngine::stateReason() const {
    std::lock_guard lock(m_mutex);
    return m_reason;
}

QDateTime SyncEngine::lastSync() const {
    std::lock_guard lock(m_mutex);
    return m_lastSync;
}

void SyncEngine::setState(State state, const QString &reason) {
    {
        std::lock_guard lock(m_mutex);
        if (m_state == state && m_reason == reason)
            return;
        m_state = state;
        m_reason = reason;
    }
    Q_EMIT stateChanged(state, reason);
}

} // namespace hn::client
