// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/rpc/AuditFollowReactor.h"

#include "proto/codec/AdminCodec.h"
#include "server/rpc/AuditFollowHub.h"

namespace hn::server {

AuditFollowReactor::AuditFollowReactor(AuditFollowHub &hub, Caller caller, QString token,
                                       AuditFilter filter, qint64 afterId)
    : m_hub(hub)
    , m_caller(std::move(caller))
    , m_token(std::move(token))
    , m_filter(std::move(filter))
    , m_lastQueuedId(afterId) {}

qint64 AuditFollowReactor::lastQueuedId() {
    std::lock_guard lock(m_mutex);
    return m_lastQueuedId;
}

int AuditFollowReactor::room() {
    std::lock_guard lock(m_mutex);
    return m_finished ? 0 : kMaxBacklog - int(m_backlog.size());
}

void AuditFollowReactor::deliver(const QList<common::AuditEntry> &entries) {
    std::lock_guard lock(m_mutex);
    if (m_finished)
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

void AuditFollowReactor::sendNextLocked() {
    if (m_writing || m_finished || m_backlog.empty())
        return;
    m_message.Clear();
    wire::toWire(m_backlog.front(), m_message.mutable_entry());
    m_backlog.pop_front();
    m_writing = true;
    StartWrite(&m_message);
}

void AuditFollowReactor::OnWriteDone(bool ok) {
    std::lock_guard lock(m_mutex);
    m_writing = false;
    if (m_finishAfterWrite) {
        Finish(*m_finishAfterWrite);
        return;
    }
    if (!ok) {
        m_finished = true;
        Finish(grpc::Status::CANCELLED);
        return;
    }
    sendNextLocked();
}

void AuditFollowReactor::end(const grpc::Status &status) {
    std::lock_guard lock(m_mutex);
    if (m_finished)
        return;
    m_finished = true;
    if (m_writing)
        m_finishAfterWrite = status;
    else
        Finish(status);
}

void AuditFollowReactor::OnCancel() {
    end(grpc::Status::CANCELLED);
}

void AuditFollowReactor::OnDone() {
    m_hub.remove(this);
    delete this;
}

} // namespace hn::server
