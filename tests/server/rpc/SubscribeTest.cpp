// SPDX-License-Identifier: GPL-3.0-or-later
// Sync.Subscribe at scale: thousands of idle streams on the callback API
// cost the server no thread each, and one change reaches all of them.
#include "client/core/AuthClient.h"
#include "client/core/Replica.h"
#include "client/core/SyncClient.h"
#include "client/core/SyncRound.h"
#include "helfernetz/v1/sync.grpc.pb.h"
#include "tests/support/TestServer.h"

#include <QDir>
#include <QTemporaryDir>
#include <atomic>
#include <catch2/catch.hpp>
#include <grpcpp/create_channel.h>
#include <thread>

using namespace hn;
namespace v1 = helfernetz::v1;

namespace {

// One idle subscriber, driven by gRPC's client callback API (no thread).
class IdleSubscriber final : public grpc::ClientReadReactor<v1::SubscribeResponse> {
public:
    IdleSubscriber(v1::Sync::Stub &stub, const std::string &token, std::atomic<int> &confirmed,
                   std::atomic<int> &moved, std::atomic<int> &done)
        : m_confirmed(confirmed)
        , m_moved(moved)
        , m_done(done) {
        m_context.AddMetadata("authorization", "Bearer " + token);
        stub.async()->Subscribe(&m_context, &m_request, this);
        StartRead(&m_response);
        StartCall();
    }
    void OnReadDone(bool ok) override {
        if (!ok)
            return;
        if (!m_seenFirst) {
            m_seenFirst = true;
            ++m_confirmed;
        } else if (m_response.has_moved()) {
            ++m_moved;
        }
        StartRead(&m_response);
    }
    void OnDone(const grpc::Status &status) override {
        m_status = status;
        ++m_done;
    }
    void cancel() { m_context.TryCancel(); }
    grpc::StatusCode code() const { return m_status.error_code(); }

private:
    grpc::ClientContext m_context;
    v1::SubscribeRequest m_request;
    v1::SubscribeResponse m_response;
    std::atomic<int> &m_confirmed;
    std::atomic<int> &m_moved;
    std::atomic<int> &m_done;
    bool m_seenFirst = false;
    grpc::Status m_status;
};

int threadCount() {
#ifdef Q_OS_LINUX
    return int(QDir(QStringLiteral("/proc/self/task"))
                   .entryList(QDir::Dirs | QDir::NoDotAndDotDot)
                   .size());
#else
    return -1;
#endif
}

bool waitUntil(const std::function<bool()> &condition, int seconds) {
    for (int i = 0; i < seconds * 100 && !condition(); ++i)
        std::this_thread::sleep_for(std::chrono::milliseconds(10));
    return condition();
}

} // namespace

TEST_CASE("2,000 idle subscribers need no thread each, and one change reaches them all") {
    constexpr int kSubscribers = 2000;
    test::TestServer server;
    const common::Space space = server.addSpace(QStringLiteral("Unterkunft"));
    client::AuthClient auth(server.endpoint());
    const QString token = auth.login(QString::fromLatin1(test::TestServer::kAdminEmail),
                                     test::TestServer::kAdminPassword, {})
                              .token;

    const int threadsBefore = threadCount();
    std::atomic<int> confirmed{0}, moved{0}, done{0};
    // Twenty connections of a hundred streams each, as many clients would.
    std::vector<std::shared_ptr<grpc::Channel>> channels;
    std::vector<std::unique_ptr<v1::Sync::Stub>> stubs;
    for (int c = 0; c < 20; ++c) {
        grpc::ChannelArguments args;
        args.SetInt("grpc.channel_id", c); // distinct connections, not one shared
        channels.push_back(grpc::CreateCustomChannel(server.endpoint().target().toStdString(),
                                                     grpc::InsecureChannelCredentials(), args));
        stubs.push_back(v1::Sync::NewStub(channels.back()));
    }
    std::vector<std::unique_ptr<IdleSubscriber>> subscribers;
    for (int i = 0; i < kSubscribers; ++i) {
        subscribers.push_back(std::make_unique<IdleSubscriber>(
            *stubs[i % stubs.size()], token.toStdString(), confirmed, moved, done));
    }
    REQUIRE(waitUntil([&] { return confirmed.load() == kSubscribers; }, 60));
    REQUIRE(server.subscriberCount() == kSubscribers);
    const int threadsWith = threadCount();
    INFO("threads before " << threadsBefore << ", with " << kSubscribers << " streams "
                           << threadsWith);
    if (threadsBefore > 0)
        CHECK(threadsWith - threadsBefore < 100);

    // One change in a space the subscribers may read reaches every stream.
    QTemporaryDir dir;
    common::SystemClock clock;
    client::Replica replica(dir.filePath(QStringLiteral("r.db")), clock);
    client::SyncClient sync(server.endpoint(), token);
    client::SyncRound(replica, sync).run();
    replica.create(common::EntityType::Thread, space.id,
                   {{QStringLiteral("title"), QStringLiteral("Belegung Sporthalle")}}, {});
    client::SyncRound(replica, sync).run();
    CHECK(waitUntil([&] { return moved.load() >= kSubscribers; }, 60));

    for (auto &subscriber : subscribers)
        subscriber->cancel();
    REQUIRE(waitUntil([&] { return done.load() == kSubscribers; }, 60));
    CHECK(waitUntil([&] { return server.subscriberCount() == 0; }, 30));
}

TEST_CASE("subscribers are told UNAVAILABLE when the server shuts down, UNAUTHENTICATED without a "
          "session") {
    std::atomic<int> confirmed{0}, moved{0}, done{0};
    auto server = std::make_unique<test::TestServer>();
    auto channel = grpc::CreateChannel(server->endpoint().target().toStdString(),
                                       grpc::InsecureChannelCredentials());
    auto stub = v1::Sync::NewStub(channel);

    IdleSubscriber anonymous(*stub, std::string(43, 'A'), confirmed, moved, done);
    REQUIRE(waitUntil([&] { return done.load() == 1; }, 30));
    CHECK(anonymous.code() == grpc::StatusCode::UNAUTHENTICATED);

    client::AuthClient auth(server->endpoint());
    const std::string token = auth.login(QString::fromLatin1(test::TestServer::kAdminEmail),
                                         test::TestServer::kAdminPassword, {})
                                  .token.toStdString();
    IdleSubscriber live(*stub, token, confirmed, moved, done);
    REQUIRE(waitUntil([&] { return confirmed.load() == 1; }, 30));
    server.reset();
    REQUIRE(waitUntil([&] { return done.load() == 2; }, 30));
    CHECK(live.code() == grpc::StatusCode::UNAVAILABLE);
}
