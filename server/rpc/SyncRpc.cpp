// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/rpc/SyncRpc.h"

#include "common/Bucket.h"
#include "common/Error.h"
#include "common/Validation.h"
#include "proto/codec/RecordCodec.h"
#include "server/core/ServerCore.h"
#include "server/rpc/RpcCall.h"
#include "server/rpc/SubscriptionHub.h"
#include "server/rpc/SubscriptionReactor.h"

#include <QSet>

namespace hn::server {

namespace v1 = helfernetz::v1;
using common::Error;

namespace {

constexpr int kMaxBatch = 1000;

QList<BucketRequest> decodePositions(const v1::PullRequest &request) {
    QList<BucketRequest> positions;
    QSet<QString> seen;
    for (int i = 0; i < request.buckets_size(); ++i) {
        const v1::BucketCursor &cursor = request.buckets(i);
        const QString field = QStringLiteral("buckets[%1]").arg(i);
        const QString bucket = QString::fromStdString(cursor.bucket());
        if (!common::Bucket::parse(bucket)) {
            throw Error::invalidArgument(field + QStringLiteral(".bucket"),
                                         QStringLiteral("'%1' is not a bucket id").arg(bucket));
        }
        if (cursor.cursor() < 0) {
            throw Error::invalidArgument(field + QStringLiteral(".cursor"),
                                         QStringLiteral("must not be negative"));
        }
        if (seen.contains(bucket)) {
            throw Error::invalidArgument(field + QStringLiteral(".bucket"),
                                         QStringLiteral("'%1' is asked twice").arg(bucket));
        }
        seen.insert(bucket);
        positions.append({bucket, cursor.cursor(), cursor.force_snapshot()});
    }
    if (request.page_size() < 0) {
        throw Error::invalidArgument(QStringLiteral("page_size"),
                                     QStringLiteral("must not be negative"));
    }
    return positions;
}

void toWire(const FeedPage &page, v1::PullPage *out) {
    out->set_bucket(page.bucket.toStdString());
    for (const common::Record &record : page.records)
        wire::toWire(record, out->add_records());
    for (const QString &id : page.unchangedIds)
        out->add_unchanged_ids(id.toStdString());
    out->set_cursor(page.cursor);
    out->set_snapshot(page.snapshot);
    out->set_complete(page.complete);
    out->set_total_records(page.totalRecords);
}

} // namespace

SyncRpc::SyncRpc(ServerCore &core, ServerLog &log)
    : m_core(core)
    , m_log(log)
    , m_hub(std::make_unique<SubscriptionHub>(core, log)) {}

SyncRpc::~SyncRpc() = default;

grpc::Status SyncRpc::Pull(grpc::ServerContext *context, const v1::PullRequest *request,
                           grpc::ServerWriter<v1::PullResponse> *writer) {
    RpcCall call(context, "Sync.Pull", m_log);
    return call.authenticated(m_core.authentication(), [&](const Caller &caller) {
        const QList<BucketRequest> positions = decodePositions(*request);
        v1::PullResponse first;
        for (const QString &bucket : m_core.changeFeed().readableBuckets(caller))
            first.mutable_readable_buckets()->add_buckets(bucket.toStdString());
        if (!writer->Write(first))
            return;
        v1::PullResponse response;
        m_core.changeFeed().pull(caller, positions, request->page_size(),
                                 [&](const FeedPage &page) {
                                     response.Clear();
                                     toWire(page, response.mutable_page());
                                     return !context->IsCancelled() && writer->Write(response);
                                 });
    });
}

grpc::Status SyncRpc::Push(grpc::ServerContext *context, const v1::PushRequest *request,
                           v1::PushResponse *response) {
    RpcCall call(context, "Sync.Push", m_log);
    return call.authenticated(m_core.authentication(), [&](const Caller &caller) {
        if (request->mutations_size() > kMaxBatch) {
            throw Error::invalidArgument(QStringLiteral("mutations"),
                                         QStringLiteral("%1 mutations in one batch; at most %2")
                                             .arg(request->mutations_size())
                                             .arg(kMaxBatch));
        }
        // Call-level checks first (sync.proto): then nothing is applied.
        QSet<QString> ids;
        for (int i = 0; i < request->mutations_size(); ++i) {
            const QString field = QStringLiteral("mutations[%1].mutation_id").arg(i);
            const QString id = common::validation::uuid(field, request->mutations(i).mutation_id());
            if (ids.contains(id))
                throw Error::invalidArgument(field, QStringLiteral("occurs twice in the batch"));
            ids.insert(id);
        }
        // A mutation that does not decode is rejected on its own (naming the
        // field); the others are applied in order around it.
        QList<common::MutationResult> results(request->mutations_size());
        QList<common::Mutation> decoded;
        QList<int> decodedAt;
        for (int i = 0; i < request->mutations_size(); ++i) {
            try {
                decoded.append(wire::mutationFromWire(request->mutations(i)));
                decodedAt.append(i);
            } catch (const Error &error) {
                common::MutationResult &rejected = results[i];
                rejected.mutationId = QString::fromStdString(request->mutations(i).mutation_id());
                rejected.outcome = common::MutationOutcome::Rejected;
                rejected.rejection = common::Rejection{common::RejectionKind::Validation,
                                                       error.field(), error.message()};
            }
        }
        const QList<common::MutationResult> applied = m_core.pushProcessor().push(caller, decoded);
        for (qsizetype i = 0; i < applied.size(); ++i)
            results[decodedAt[i]] = applied[i];
        for (const common::MutationResult &result : results)
            wire::toWire(result, response->add_results());
    });
}

grpc::ServerWriteReactor<v1::SubscribeResponse> *
SyncRpc::Subscribe(grpc::CallbackServerContext *context, const v1::SubscribeRequest *) {
    SubscriptionReactor *reactor = nullptr;
    RpcCall call(context, "Sync.Subscribe", m_log);
    const grpc::Status status =
        call.authenticated(m_core.authentication(), [&](const Caller &caller) {
            const QStringList readable = m_core.changeFeed().readableBuckets(caller);
            reactor =
                new SubscriptionReactor(*m_hub, context, caller, RpcCall::bearerToken(*context),
                                        QSet<QString>(readable.begin(), readable.end()));
            m_hub->add(reactor);
            reactor->start();
        });
    if (reactor)
        return reactor;

    // Refused before streaming: a reactor that only finishes with the status.
    class Refusal final : public grpc::ServerWriteReactor<v1::SubscribeResponse> {
    public:
        explicit Refusal(const grpc::Status &status) { Finish(status); }
        void OnDone() override { delete this; }
    };
    return new Refusal(status);
}

} // namespace hn::server
