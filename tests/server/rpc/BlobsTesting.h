// SPDX-License-Identifier: GPL-3.0-or-later
// Shared by the Blobs tests: a real server with a space, accounts at every
// level, raw gRPC stubs, and files generated from a seed (so a 150 MB file
// never sits in memory).
#pragma once

#include "common/Roles.h"
#include "helfernetz/v1/blobs.grpc.pb.h"
#include "helfernetz/v1/sync.grpc.pb.h"
#include "tests/support/TestServer.h"

#include <QByteArray>
#include <QString>
#include <memory>
#include <string>

namespace hn::test {

// A file's bytes made from a seed: any slice can be made on demand.
class FileContent {
public:
    FileContent(quint64 seed, qint64 size);
    qint64 size() const { return m_size; }
    QByteArray slice(qint64 from, qint64 length) const;
    QByteArray all() const { return slice(0, m_size); }
    // Computed once, in 1 MiB pieces.
    QString sha256() const { return m_sha256; }

private:
    static constexpr qint64 kBlockBytes = 1024 * 1024;
    quint64 m_seed;
    qint64 m_size;
    QByteArray m_block;
    QString m_sha256;
};

struct Account {
    common::User user;
    std::string token;
};

// How an upload went.
struct UploadResult {
    grpc::Status status;
    helfernetz::v1::UploadResponse response;
    qint64 sentBytes = 0;
    // The trailing metadata "hn-error-reason" as sent, and the reason()
    // of the error the client makes of the answer (RemoteError).
    std::string reasonTrailer;
    QString clientReason;
};

// How a download went.
struct DownloadResult {
    grpc::Status status;
    helfernetz::v1::Record version;
    qint64 bytes = 0;
    QString sha256;
    QByteArray data; // only when asked to keep it
};

// What an upload sends: the header and which bytes of `content`.
struct UploadPlan {
    QString versionId;
    QString documentId;
    QString fileName = QStringLiteral("Flyer_Sprachkurse_2024.pdf");
    QString comment;
    qint64 offset = 0;
    // Stop after this many bytes (half-close: the stream ends early); -1 = all.
    qint64 stopAfter = -1;
    // Cancel the call after this many chunks; -1 = never.
    int cancelAfterChunks = -1;
    bool overrideCheckout = false;
    qint64 chunkBytes = 1024 * 1024;
    // Overrides the declared hash / size (wrong ones are tested).
    QString declaredSha256;
    qint64 declaredSize = -1;
    // Flips a byte at this position of the bytes sent; -1 = none.
    qint64 corruptAt = -1;
};

class BlobsFixture {
public:
    explicit BlobsFixture(TestServer::Options options = {});

    TestServer &server() { return *m_server; }
    const QString &spaceId() const { return m_spaceId; }

    // An active member account with this level in the fixture's space
    // (none: no membership).
    Account account(const QString &name, std::optional<common::SpaceLevel> level,
                    common::GlobalRole role = common::GlobalRole::Member);
    // Logs the account in again (after a restart sessions survive; this is
    // for new accounts).
    std::string login(const QString &email);

    // Push helpers (raw Sync stub).
    QString createDocument(const Account &account, const QString &spaceId = {});
    helfernetz::v1::MutationResult push(const Account &account,
                                        const helfernetz::v1::Mutation &mutation);
    helfernetz::v1::MutationResult checkout(const Account &account, const QString &documentId,
                                            qint64 expiresAtMs);
    helfernetz::v1::MutationResult release(const Account &account, const QString &documentId);
    helfernetz::v1::MutationResult deleteDocument(const Account &account,
                                                  const QString &documentId);
    // The stored record (server side).
    common::Record record(const QString &id);

    UploadResult upload(const Account &account, const FileContent &content, UploadPlan plan);
    grpc::Status status(const Account &account, const QString &sha256,
                        helfernetz::v1::StatusResponse *response);
    DownloadResult download(const Account &account, const QString &versionId, qint64 offset = 0,
                            bool keep = true);

    static QString newId();

private:
    std::unique_ptr<TestServer> m_server;
    QString m_spaceId;
    std::shared_ptr<grpc::Channel> m_channel;
    std::unique_ptr<helfernetz::v1::Blobs::Stub> m_blobs;
    std::unique_ptr<helfernetz::v1::Sync::Stub> m_sync;
};

} // namespace hn::test
