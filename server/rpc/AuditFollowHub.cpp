// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/rpc/AuditFollowHub.h"

#include "common/Error.h"
#include "proto/codec/AdminCodec.h"
#include "server/core/PolicyGate.h"
#include "server/core/ServerCore.h"
#include "server/rpc/AuditFollowReactor.h"
#include "server/rpc/ServerLog.h"
#include "server/rpc/StatusMapping.h"

#include <vector>

namespace hn::server {

AuditFollowHub::AuditFollowHub(ServerCore &core, ServerLog &log)
    : m_core(core)
    , m_log(log) {
    core.database().setAuditListener([this] { wake(); });
    m_notifierId = core.changeNotifier().subscribe([this](const ChangeNotice &notice) {
        if (notice.kind != ChangeNotice::Kind::AccessChanged)
            return;
        m_accessChanged = true;
        wake();
    });
    m_thread = std::thread([this] { run(); });
}

AuditFollowHub::~AuditFollowHub() {
    m_core.database().setAuditListener({});
    m_core.changeNotifier().unsubscribe(m_notifierId);
    m_stopping = true;
    wake();
    m_thread.join();
}

void AuditFollowHub::wake() {
    if (!m_woken.exchange(true))
        m_wakeup.release();
}

void AuditFollowHub::add(AuditFollowReactor *reactor) {
    {
        std::lock_guard lock(m_mutex);
        m_reactors.emplace(reactor, std::shared_ptr<AuditFollowReactor>(reactor));
    }
    wake(); // catch up from its start at once
}

void AuditFollowHub::remove(AuditFollowReactor *reactor) {
    std::shared_ptr<AuditFollowReactor> owned;
    {
        std::lock_guard lock(m_mutex);
        const auto found = m_reactors.find(reactor);
        if (found == m_reactors.end())
            return;
        owned = std::move(found->second);
        m_reactors.erase(found);
    }
    m_released.notify_all();
    // `owned` may be the last owner: the reactor goes here, outside the lock.
}

int AuditFollowHub::count() const {
    std::lock_guard lock(m_mutex);
    return int(m_reactors.size());
}

void AuditFollowHub::run() {
    auto nextCheck = std::chrono::steady_clock::now() + std::chrono::minutes(1);
    while (!m_stopping) {
        if (m_wakeup.try_acquire_for(std::chrono::seconds(1)))
            m_woken = false; // wakes after this one release again
        if (m_stopping)
            break;
        const auto now = std::chrono::steady_clock::now();
        const bool recheck = m_accessChanged.exchange(false) || now >= nextCheck;
        if (now >= nextCheck)
            nextCheck = now + std::chrono::minutes(1);
        feed(recheck);
    }
}

void AuditFollowHub::feed(bool recheckCallers) {
    // Shared ownership keeps each reactor alive while it is fed, even if
    // gRPC ends its call meanwhile (remove()); no lock is held below.
    std::vector<std::shared_ptr<AuditFollowReactor>> reactors;
    {
        std::lock_guard lock(m_mutex);
        reactors.reserve(m_reactors.size());
        for (const auto &entry : m_reactors)
            reactors.push_back(entry.second);
    }
    for (const std::shared_ptr<AuditFollowReactor> &reactor : reactors) {
        try {
            if (recheckCallers) {
                // A follower whose session ended or who may no longer read
                // the log is closed, like a Subscribe stream.
                const Caller caller =
                    m_core.authentication().authenticate(reactor->token(), reactor->caller().peer);
                enforce(common::Policy::may(caller.actor(), common::Action::ReadAuditLog));
            }
            const int room = reactor->room();
            if (room <= 0)
                continue;
            reactor->deliver(
                m_core.auditTrail().after(reactor->filter(), reactor->lastQueuedId(), room));
        } catch (const common::Error &error) {
            // Like every other answer to an ended session, it says why
            // (auth.proto): a revoked device learns here that it must wipe.
            std::string sessionEnd;
            if (error.code() == common::ErrorCode::Unauthenticated) {
                if (const auto reason = m_core.authentication().sessionEnd(reactor->token()))
                    sessionEnd = wire::sessionEndTrailer(*reason);
            }
            reactor->end(statusOf(error), sessionEnd);
        } catch (const std::exception &unexpected) {
            m_log.write(LogLevel::Error, QStringLiteral("audit-follow-failed"),
                        {{QStringLiteral("error"), QString::fromUtf8(unexpected.what())}});
            reactor->end(grpc::Status(grpc::StatusCode::INTERNAL,
                                      "internal server error; the server's log has the details"));
        }
    }
}

void AuditFollowHub::closeAll(std::chrono::milliseconds grace) {
    std::vector<std::shared_ptr<AuditFollowReactor>> reactors;
    {
        std::lock_guard lock(m_mutex);
        for (const auto &entry : m_reactors)
            reactors.push_back(entry.second);
    }
    for (const std::shared_ptr<AuditFollowReactor> &reactor : reactors)
        reactor->end(grpc::Status(grpc::StatusCode::UNAVAILABLE, "the server is shutting down"));
    reactors.clear();
    std::unique_lock lock(m_mutex);
    m_released.wait_for(lock, grace, [this] { return m_reactors.empty(); });
    if (!m_reactors.empty()) {
        m_log.write(LogLevel::Warning, QStringLiteral("audit-followers-left"),
                    {{QStringLiteral("count"), QString::number(m_reactors.size())}});
    }
}

} // namespace hn::server
