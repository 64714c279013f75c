// SPDX-License-Identifier: GPL-3.0-or-later
#include "client/core/SyncClient.h"

#include "client/core/RemoteError.h"
#include "helfernetz/v1/sync.grpc.pb.h"
#include "proto/codec/RecordCodec.h"

#include <grpcpp/channel.h>
#include <grpcpp/client_context.h>

namespace hn::client {

namespace v1 = helfernetz::v1;

SyncClient::SyncClient(const ServerEndpoint &endpoint, QString token,
                       std::chrono::milliseconds timeout)
    : m_endpoint(endpoint)
    , m_token(std::move(token))
    , m_timeout(timeout)
    , m_channel(endpoint.createChannel()) {}

SyncClient::~SyncClient() = default;

void SyncClient::prepare(grpc::ClientContext &context, bool withDeadline) const {
    if (withDeadline)
        context.set_deadline(std::chrono::system_clock::now() + m_timeout);
    context.AddMetadata("authorization", "Bearer " + m_token.toStdString());
}

void SyncClient::pull(const QList<BucketPosition> &positions, int pageSize,
                      const std::function<void(const QStringList &)> &onBuckets,
                      const std::function<void(const PullPageData &)> &onPage) {
    v1::PullRequest request;
    request.set_page_size(pageSize);
    for (const BucketPosition &position : positions) {
        v1::BucketCursor *cursor = request.add_buckets();
        cursor->set_bucket(position.bucket.toStdString());
        cursor->set_cursor(position.cursor);
        cursor->set_force_snapshot(position.forceSnapshot);
    }
    grpc::ClientContext context;
    // A first sync of a large replica streams for a while: no overall
    // deadline, the server's keepalive notices a dead peer instead.
    prepare(context, false);
    auto stub = v1::Sync::NewStub(m_channel);
    std::unique_ptr<grpc::ClientReader<v1::PullResponse>> reader(stub->Pull(&context, request));

    v1::PullResponse response;
    QString lastBucket;
    while (reader->Read(&response)) {
        if (response.has_readable_buckets()) {
            QStringList readable;
            for (const std::string &bucket : response.readable_buckets().buckets())
                readable.append(QString::fromStdString(bucket));
            onBuckets(readable);
            continue;
        }
        const v1::PullPage &wirePage = response.page();
        PullPageData page;
        page.bucket = QString::fromStdString(wirePage.bucket());
        page.first = page.bucket != lastBucket;
        lastBucket = page.bucket;
        page.records.reserve(wirePage.records_size());
        for (const v1::Record &record : wirePage.records()) {
            if (auto decoded = wire::recordFromWire(record))
                page.records.append(std::move(*decoded));
        }
        for (const std::string &id : wirePage.unchanged_ids())
            page.unchangedIds.append(QString::fromStdString(id));
        page.cursor = wirePage.cursor();
        page.snapshot = wirePage.snapshot();
        page.complete = wirePage.complete();
        page.totalRecords = wirePage.total_records();
        onPage(page);
    }
    const grpc::Status status = reader->Finish();
    if (!status.ok())
        throw RemoteError::from(status, context, m_endpoint.address);
}

QList<common::MutationResult> SyncClient::push(const QList<common::Mutation> &mutations) {
    v1::PushRequest request;
    for (const common::Mutation &mutation : mutations)
        wire::toWire(mutation, request.add_mutations());
    v1::PushResponse response;
    grpc::ClientContext context;
    prepare(context, true);
    const grpc::Status status = v1::Sync::NewStub(m_channel)->Push(&context, request, &response);
    if (!status.ok())
        throw RemoteError::from(status, context, m_endpoint.address);
    QList<common::MutationResult> results;
    results.reserve(response.results_size());
    for (const v1::MutationResult &result : response.results())
        results.append(wire::resultFromWire(result));
    return results;
}

void SyncClient::subscribe(const std::function<void(const BucketNotice &)> &onNotice) {
    grpc::ClientContext context;
    prepare(context, false);
    {
        std::lock_guard lock(m_subscriptionMutex);
        if (m_cancelled)
            return;
        m_subscription = &context;
    }
    auto stub = v1::Sync::NewStub(m_channel);
    std::unique_ptr<grpc::ClientReader<v1::SubscribeResponse>> reader(
        stub->Subscribe(&context, v1::SubscribeRequest()));
    v1::SubscribeResponse response;
    while (reader->Read(&response)) {
        BucketNotice notice;
        if (response.has_moved()) {
            for (const v1::BucketHead &head : response.moved().buckets())
                notice.buckets.append(QString::fromStdString(head.bucket()));
            notice.accessChanged = response.moved().access_changed();
        } else {
            notice.keepalive = true;
        }
        onNotice(notice);
    }
    const grpc::Status status = reader->Finish();
    bool cancelled = false;
    {
        std::lock_guard lock(m_subscriptionMutex);
        m_subscription = nullptr;
        cancelled = m_cancelled;
    }
    if (!cancelled)
        throw RemoteError::from(status, context, m_endpoint.address);
}

void SyncClient::cancelSubscription() {
    std::lock_guard lock(m_subscriptionMutex);
    m_cancelled = true;
    if (m_subscription)
        m_subscription->TryCancel();
}

} // namespace hn::client
