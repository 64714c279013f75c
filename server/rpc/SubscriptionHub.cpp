// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/rpc/SubscriptionHub.h"

#include "common/Error.h"
#include "proto/codec/AdminCodec.h"
#include "server/core/ServerCore.h"
#include "server/rpc/ServerLog.h"
#include "server/rpc/StatusMapping.h"
#include "server/rpc/SubscriptionReactor.h"

#include <QList>

namespace hn::server {

namespace {

QSet<QString> toSet(const QStringList &list) {
    return QSet<QString>(list.begin(), list.end());
}

} // namespace

SubscriptionHub::SubscriptionHub(ServerCore &core, ServerLog &log,
                                 std::chrono::seconds keepaliveAfter,
                                 std::chrono::seconds sessionCheckEvery)
    : m_core(core)
    , m_log(log)
    , m_keepaliveAfter(keepaliveAfter)
    , m_sessionCheckEvery(sessionCheckEvery) {
    m_notifierId =
        core.changeNotifier().subscribe([this](const ChangeNotice &notice) { onNotice(notice); });
    m_ticker = std::thread([this] { tick(); });
}

SubscriptionHub::~SubscriptionHub() {
    m_core.changeNotifier().unsubscribe(m_notifierId);
    {
        std::lock_guard lock(m_mutex);
        m_stopping = true;
    }
    m_wake.notify_all();
    m_ticker.join();
}

void SubscriptionHub::add(SubscriptionReactor *reactor) {
    std::lock_guard lock(m_mutex);
    m_reactors.emplace(reactor, std::shared_ptr<SubscriptionReactor>(reactor));
}

void SubscriptionHub::remove(SubscriptionReactor *reactor) {
    std::shared_ptr<SubscriptionReactor> owned;
    {
        std::lock_guard lock(m_mutex);
        const auto found = m_reactors.find(reactor);
        if (found == m_reactors.end())
            return;
        owned = std::move(found->second);
        m_reactors.erase(found);
    }
    m_wake.notify_all();
    // `owned` may be the last owner: the reactor goes here, outside the lock.
}

int SubscriptionHub::count() const {
    std::lock_guard lock(m_mutex);
    return int(m_reactors.size());
}

void SubscriptionHub::onNotice(const ChangeNotice &notice) {
    // Runs on the publishing thread: only fan out, never touch the database.
    if (notice.kind == ChangeNotice::Kind::AccessChanged) {
        {
            std::lock_guard lock(m_mutex);
            m_accessChangedUsers.insert(notice.userId);
        }
        m_wake.notify_all();
        return;
    }
    std::lock_guard lock(m_mutex);
    for (const auto &[reactor, owned] : m_reactors)
        reactor->bucketsMoved(notice.buckets, notice.headSeq);
}

void SubscriptionHub::tick() {
    auto nextSessionCheck = std::chrono::steady_clock::now() + m_sessionCheckEvery;
    std::unique_lock lock(m_mutex);
    while (!m_stopping) {
        m_wake.wait_for(lock, std::chrono::seconds(1));
        if (m_stopping)
            break;
        const auto now = std::chrono::steady_clock::now();
        for (const auto &[reactor, owned] : m_reactors)
            reactor->keepaliveIfIdle(now, m_keepaliveAfter);

        QSet<QString> changed;
        changed.swap(m_accessChangedUsers);
        const bool everyone = now >= nextSessionCheck;
        if (everyone)
            nextSessionCheck = now + m_sessionCheckEvery;
        if (changed.isEmpty() && !everyone)
            continue;
        // Database work without the lock, so new streams are not held up.
        lock.unlock();
        if (everyone || changed.contains(QString()))
            checkSessions({}, changed.contains(QString()));
        for (const QString &userId : std::as_const(changed)) {
            if (!userId.isEmpty())
                checkSessions(userId, true);
        }
        lock.lock();
    }
}

void SubscriptionHub::checkSessions(const QString &onlyUserId, bool accessChanged) {
    // Shared ownership keeps each reactor alive while it is checked, even
    // if gRPC ends its call meanwhile; no lock is held during the checks,
    // so new streams and the publishing thread never wait on the database.
    std::vector<std::shared_ptr<SubscriptionReactor>> reactors;
    {
        std::lock_guard lock(m_mutex);
        for (const auto &[reactor, owned] : m_reactors) {
            if (onlyUserId.isEmpty() || reactor->caller().user.id == onlyUserId)
                reactors.push_back(owned);
        }
    }
    for (const std::shared_ptr<SubscriptionReactor> &reactor : reactors) {
        try {
            // The account as it is now: role, status and memberships decide
            // which buckets this stream may hear about.
            const Caller caller =
                m_core.authentication().authenticate(reactor->token(), reactor->caller().peer);
            reactor->accessChanged(toSet(m_core.changeFeed().readableBuckets(caller)),
                                   accessChanged);
        } catch (const common::Error &error) {
            // Like every other answer, with the same code: only an ended
            // session is UNAUTHENTICATED, and it says why (auth.proto), so a
            // revoked device learns here that it must wipe; a passing
            // database failure must not look like a logout.
            std::string trailer;
            if (error.code() == common::ErrorCode::Unauthenticated) {
                if (const auto reason = m_core.authentication().sessionEnd(reactor->token()))
                    trailer = wire::sessionEndTrailer(*reason);
            }
            reactor->end(statusOf(error), trailer);
        }
    }
}

void SubscriptionHub::closeAll(std::chrono::milliseconds grace) {
    std::unique_lock lock(m_mutex);
    for (const auto &[reactor, owned] : m_reactors)
        reactor->end(grpc::Status(grpc::StatusCode::UNAVAILABLE, "the server is shutting down"));
    m_wake.wait_for(lock, grace, [this] { return m_reactors.empty(); });
    if (!m_reactors.empty()) {
        m_log.write(LogLevel::Warning, QStringLiteral("subscriptions-left"),
                    {{QStringLiteral("count"), QString::number(m_reactors.size())}});
    }
}

} // namespace hn::server
