// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/rpc/AuditFollowHub.h"

#include "common/Error.h"
#include "server/core/PolicyGate.h"
#include "server/core/ServerCore.h"
#include "server/rpc/AuditFollowReactor.h"
#include "server/rpc/ServerLog.h"

#include <QList>

namespace hn::server {

AuditFollowHub::AuditFollowHub(ServerCore &core, ServerLog &log)
    : m_core(core)
    , m_log(log) {
    const auto wake = [this] {
        {
            std::lock_guard lock(m_mutex);
            m_pending = true;
        }
        m_wake.notify_all();
    };
    core.database().setAuditListener(wake);
    m_notifierId = core.changeNotifier().subscribe([this](const ChangeNotice &notice) {
        if (notice.kind != ChangeNotice::Kind::AccessChanged)
            return;
        {
            std::lock_guard lock(m_mutex);
            m_accessChanged = true;
        }
        m_wake.notify_all();
    });
    m_thread = std::thread([this] { run(); });
}

AuditFollowHub::~AuditFollowHub() {
    m_core.database().setAuditListener({});
    m_core.changeNotifier().unsubscribe(m_notifierId);
    {
        std::lock_guard lock(m_mutex);
        m_stopping = true;
    }
    m_wake.notify_all();
    m_thread.join();
}

void AuditFollowHub::add(AuditFollowReactor *reactor) {
    {
        std::lock_guard lock(m_mutex);
        m_reactors.insert(reactor);
        m_pending = true; // catch up from its start at once
    }
    m_wake.notify_all();
}

void AuditFollowHub::remove(AuditFollowReactor *reactor) {
    {
        std::lock_guard lock(m_mutex);
        m_reactors.erase(reactor);
    }
    m_wake.notify_all();
}

int AuditFollowHub::count() const {
    std::lock_guard lock(m_mutex);
    return int(m_reactors.size());
}

void AuditFollowHub::run() {
    auto nextCheck = std::chrono::steady_clock::now() + std::chrono::minutes(1);
    std::unique_lock lock(m_mutex);
    while (!m_stopping) {
        m_wake.wait_for(lock, std::chrono::seconds(1),
                        [this] { return m_stopping || m_pending || m_accessChanged; });
        if (m_stopping)
            break;
        const auto now = std::chrono::steady_clock::now();
        const bool recheck = m_accessChanged || now >= nextCheck;
        if (now >= nextCheck)
            nextCheck = now + std::chrono::minutes(1);
        m_pending = false;
        m_accessChanged = false;
        if (m_reactors.empty())
            continue;
        lock.unlock();
        feed(recheck);
        lock.lock();
    }
}

void AuditFollowHub::feed(bool recheckCallers) {
    QList<AuditFollowReactor *> reactors;
    {
        std::lock_guard lock(m_mutex);
        reactors.reserve(qsizetype(m_reactors.size()));
        for (AuditFollowReactor *reactor : m_reactors)
            reactors.append(reactor);
    }
    for (AuditFollowReactor *reactor : reactors) {
        // Held while the reactor is used: remove() waits, so it stays alive.
        std::lock_guard lock(m_mutex);
        if (!m_reactors.contains(reactor))
            continue;
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
            const auto code = error.code() == common::ErrorCode::Unauthenticated
                                  ? grpc::StatusCode::UNAUTHENTICATED
                                  : grpc::StatusCode::PERMISSION_DENIED;
            reactor->end(grpc::Status(code, error.describe().toStdString()));
        } catch (const std::exception &unexpected) {
            m_log.write(LogLevel::Error, QStringLiteral("audit-follow-failed"),
                        {{QStringLiteral("error"), QString::fromUtf8(unexpected.what())}});
            reactor->end(grpc::Status(grpc::StatusCode::INTERNAL,
                                      "internal server error; the server's log has the details"));
        }
    }
}

void AuditFollowHub::closeAll(std::chrono::milliseconds grace) {
    std::unique_lock lock(m_mutex);
    for (AuditFollowReactor *reactor : m_reactors)
        reactor->end(grpc::Status(grpc::StatusCode::UNAVAILABLE, "the server is shutting down"));
    m_wake.wait_for(lock, grace, [this] { return m_reactors.empty(); });
    if (!m_reactors.empty()) {
        m_log.write(LogLevel::Warning, QStringLiteral("audit-followers-left"),
                    {{QStringLiteral("count"), QString::number(m_reactors.size())}});
    }
}

} // namespace hn::server
