// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "helfernetz/v1/sync.grpc.pb.h"

#include <memory>

namespace hn::server {

class ServerCore;
class ServerLog;
class SubscriptionHub;

// The Sync service. Pull and Push run on gRPC's synchronous thread pool
// (they do blocking database work); Subscribe uses the callback API, so an
// idle subscriber holds no thread (SubscriptionHub).
class SyncRpc final
    : public helfernetz::v1::Sync::WithCallbackMethod_Subscribe<helfernetz::v1::Sync::Service> {
public:
    SyncRpc(ServerCore &core, ServerLog &log);
    ~SyncRpc() override;

    grpc::Status Pull(grpc::ServerContext *context, const helfernetz::v1::PullRequest *request,
                      grpc::ServerWriter<helfernetz::v1::PullResponse> *writer) override;
    grpc::Status Push(grpc::ServerContext *context, const helfernetz::v1::PushRequest *request,
                      helfernetz::v1::PushResponse *response) override;
    grpc::ServerWriteReactor<helfernetz::v1::SubscribeResponse> *
    Subscribe(grpc::CallbackServerContext *context,
              const helfernetz::v1::SubscribeRequest *request) override;

    SubscriptionHub &subscriptions() { return *m_hub; }

private:
    ServerCore &m_core;
    ServerLog &m_log;
    std::unique_ptr<SubscriptionHub> m_hub;
};

} // namespace hn::server
