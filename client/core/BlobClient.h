// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "client/core/FileVersion.h"
#include "client/core/ServerEndpoint.h"
#include "common/Record.h"

#include <QIODevice>
#include <atomic>
#include <chrono>
#include <functional>
#include <memory>

namespace grpc {
class Channel;
class ClientContext;
} // namespace grpc

namespace hn::client {

// What the server holds of a file for the caller (blobs.proto, Status).
struct BlobStatus {
    qint64 heldBytes = 0;
    bool complete = false;
    qint64 maxSizeBytes = 0;
};

// The Blobs service from the client's side, in domain types: blocking
// calls that throw common::Error (through RemoteError), run on the file
// transfer thread, never on the UI thread. Sends 1 MiB chunks.
//
// A set `cancel` flag ends a running transfer after the chunk in hand; the
// call then throws common::Error(Unavailable) saying it was cancelled, and
// whatever reached the server (or the sink) stays for resuming.
class BlobClient {
public:
    static constexpr qint64 kChunkBytes = 1024 * 1024;

    // done and total count the bytes of this call (from its offset).
    using Progress = std::function<void(qint64 done, qint64 total)>;
    // Receives downloaded bytes in order.
    using Sink = std::function<void(const char *data, qint64 size)>;

    BlobClient(const ServerEndpoint &endpoint, QString token,
               std::chrono::milliseconds timeout = std::chrono::seconds(60));
    ~BlobClient();

    BlobStatus status(const QString &sha256);

    // Uploads `version` from `offset`: reads `source` (positioned by this
    // call) from offset to version.size; with offset == size nothing is read
    // and the server completes from bytes it holds (also how an older
    // version is restored). Returns the new (or, for a repeated version id,
    // the existing) DocumentVersion record.
    common::Record upload(const FileVersion &version, QIODevice *source, qint64 offset,
                          bool overrideCheckout, const Progress &progress = {},
                          const std::atomic<bool> *cancel = nullptr);

    // Downloads the version's file from `offset` into `sink`. Returns the
    // version as the server describes it (first message); throws
    // common::Error(Internal) when the server sends more or fewer bytes
    // than its own record says. The caller verifies the SHA-256.
    FileVersion download(const QString &versionId, qint64 offset, const Sink &sink,
                         const Progress &progress = {}, const std::atomic<bool> *cancel = nullptr);

    // Payload bytes this object has handed to the network in uploads, over
    // its lifetime (to count what a resumed upload sends twice).
    qint64 bytesSent() const { return m_bytesSent.load(); }

private:
    void prepare(grpc::ClientContext &context, bool withDeadline) const;

    ServerEndpoint m_endpoint;
    QString m_token;
    std::chrono::milliseconds m_timeout;
    std::shared_ptr<grpc::Channel> m_channel;
    std::atomic<qint64> m_bytesSent{0};
};

} // namespace hn::client
