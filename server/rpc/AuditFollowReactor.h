// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "helfernetz/v1/admin.grpc.pb.h"
#include "server/core/AuditTrail.h"
#include "server/core/Caller.h"
#include "server/rpc/StreamWriter.h"

#include <deque>

namespace hn::server {

class AuditFollowHub;

// One Admin.FollowAudit stream (callback API: no thread of its own). The
// hub hands it entries after its last one; it writes them one at a time
// and keeps at most a bounded backlog, so a slow reader costs little
// memory and simply catches up later. The hub owns it from add() on, so
// its thread can use it without holding a lock while gRPC ends the call.
class AuditFollowReactor final : public StreamWriter<helfernetz::v1::FollowAuditResponse> {
public:
    static constexpr int kMaxBacklog = 200;

    AuditFollowReactor(AuditFollowHub &hub, grpc::CallbackServerContext *context, Caller caller,
                       QString token, AuditFilter filter, qint64 afterId);

    const Caller &caller() const { return m_caller; }
    const QString &token() const { return m_token; }
    const AuditFilter &filter() const { return m_filter; }

    // Called by the hub's thread: the id to read after, and how many
    // entries it may take now (0 while the backlog is full or it ended).
    qint64 lastQueuedId();
    int room();
    void deliver(const QList<common::AuditEntry> &entries);

    void OnDone() override;

private:
    bool takeNextLocked(helfernetz::v1::FollowAuditResponse &message) override;

    AuditFollowHub &m_hub;
    const Caller m_caller;
    const QString m_token;
    const AuditFilter m_filter;
    qint64 m_lastQueuedId;
    std::deque<common::AuditEntry> m_backlog;
};

} // namespace hn::server
