// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "helfernetz/v1/blobs.grpc.pb.h"

namespace hn::server {

class ServerCore;
class ServerLog;

// The Blobs service on gRPC's synchronous API: uploads and downloads are
// bounded transfers that do blocking database work between messages, so
// a pool thread per running transfer is the simple, fast choice.
class BlobsRpc final : public helfernetz::v1::Blobs::Service {
public:
    BlobsRpc(ServerCore &core, ServerLog &log);

    grpc::Status Upload(grpc::ServerContext *context,
                        grpc::ServerReader<helfernetz::v1::UploadRequest> *reader,
                        helfernetz::v1::UploadResponse *response) override;
    grpc::Status Status(grpc::ServerContext *context, const helfernetz::v1::StatusRequest *request,
                        helfernetz::v1::StatusResponse *response) override;
    grpc::Status Download(grpc::ServerContext *context,
                          const helfernetz::v1::DownloadRequest *request,
                          grpc::ServerWriter<helfernetz::v1::DownloadResponse> *writer) override;

private:
    ServerCore &m_core;
    ServerLog &m_log;
};

} // namespace hn::server
