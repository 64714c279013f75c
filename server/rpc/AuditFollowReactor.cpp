// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/rpc/AuditFollowReactor.h"

#include "proto/codec/AdminCodec.h"
#include "server/rpc/AuditFollowHub.h"

namespace hn::server {

AuditFollowReactor::AuditFollowReactor(AuditFollowHub &hub, grpc::CallbackServerContext *context,
                                       Caller caller, QString token, AuditFilter filter,
                                       qint64 afterId)
    : StreamWriter(context)
    , m_hub(hub)
    , m_caller(std::move(caller))
    , m_token(std::move(token))
    , m_filter(std::move(filter))
    , m_lastQueuedId(afterId) {}

qint64 AuditFollowReactor::lastQueuedId() {
    std::lock_guard lock(mutex());
    return m_lastQueuedId;
}

int AuditFollowReactor::room() {
    std::lock_guard lock(mutex());
    return finishedLocked() ? 0 : kMaxBacklog - int(m_backlog.size());
}

void AuditFollowReactor::deliver(const QList<common::AuditEntry> &entries) {
    std::lock_guard lock(mutex());
    if (finishedLocked())
        return;
    for (const common::AuditEntry &entry : entries) {
        // The hub reads after lastQueuedId, so nothing repeats; checked
        // anyway because a repeat would show twice on an admin's screen.
        if (entry.id <= m_lastQueuedId)
            continue;
        m_backlog.push_back(entry);
        m_lastQueuedId = entry.id;
    }
    sendNextLocked();
}

bool AuditFollowReactor::takeNextLocked(helfernetz::v1::FollowAuditResponse &message) {
    if (m_backlog.empty())
        return false;
    wire::toWire(m_backlog.front(), message.mutable_entry());
    m_backlog.pop_front();
    return true;
}

void AuditFollowReactor::OnDone() {
    // The hub owns this reactor: it is deleted once the hub's thread no
    // longer uses it, maybe within this call (so nothing may follow it).
    m_hub.remove(this);
}

} // namespace hn::server
