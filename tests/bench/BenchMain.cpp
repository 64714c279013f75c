// SPDX-License-Identifier: GPL-3.0-or-later
// helfernetz-bench: the sync figures of issue 3 on this machine, one JSON
// line per figure. Client and server share the machine, as in the targets;
// the server runs as its own process so the client's memory is its own.
//
//   helfernetz-bench            full size (100,000 contacts, 10,000 threads,
//                               200,000 posts, 100 subscribers)
//   helfernetz-bench --quick    a small run to check the program itself
//   helfernetz-bench --files    only the file transfer figures (issue 4)
//
// The full run also starts the desktop client (`helfernetz`) several times
// on the 310,000-record replica of the initial sync and reports the time
// from process start to the first painted rows and its memory (issue 5).
#include "client/core/AuthClient.h"
#include "client/core/BlobClient.h"
#include "client/core/FileTransfers.h"
#include "client/core/OfflineLease.h"
#include "client/core/Replica.h"
#include "client/core/SyncClient.h"
#include "client/core/SyncEngine.h"
#include "client/core/SyncRound.h"
#include "common/Error.h"
#include "common/Sha256.h"
#include "server/core/DataDirectory.h"
#include "server/core/ServerCore.h"
#include "server/store/SpaceStore.h"
#include "server/store/UserStore.h"
#include "tests/bench/ServerProcess.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSemaphore>
#include <QTemporaryDir>
#include <QUuid>
#include <algorithm>
#include <atomic>
#include <cstdio>
#include <random>
#include <thread>

using namespace hn;
using common::EntityType;

namespace {

const QString kAdminEmail = QStringLiteral("admin@bench.invalid");
const std::string kPassword = "Bench-Passwort-2026";

struct Sizes {
    int contacts = 100000;
    int threads = 10000;
    int posts = 200000;
    int subscribers = 100;
    int edits = 200;
    int pushes = 20000;
};

void figure(const QString &name, QJsonObject values) {
    values.insert(QStringLiteral("figure"), name);
    std::printf("%s\n", QJsonDocument(values).toJson(QJsonDocument::Compact).constData());
    std::fflush(stdout);
}

qint64 residentKiB() {
#ifdef Q_OS_LINUX
    QFile status(QStringLiteral("/proc/self/status"));
    if (status.open(QIODevice::ReadOnly)) {
        for (const QByteArray &line : status.readAll().split('\n')) {
            if (line.startsWith("VmRSS:"))
                return line.mid(6).trimmed().split(' ').first().toLongLong();
        }
    }
#endif
    return -1;
}

QString uuid() {
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

// Deterministic content written straight through the server core.
void seedServer(server::ServerCore &core, const common::Space &space, const Sizes &sizes) {
    server::LoginResult login = core.authentication().login(
        {kAdminEmail, kPassword, QStringLiteral("bench"), QStringLiteral("local")});
    const server::Caller admin = core.authentication().authenticate(login.token, {});
    std::mt19937 random(42);
    QList<common::Mutation> batch;
    auto flush = [&] {
        core.pushProcessor().push(admin, batch);
        batch.clear();
    };
    auto add = [&](EntityType type, QJsonObject fields) {
        common::Mutation m;
        m.mutationId = uuid();
        m.op = common::MutationOp::Create;
        m.type = type;
        m.recordId = uuid();
        m.spaceId = space.id;
        m.fields = std::move(fields);
        batch.append(m);
        if (batch.size() == 1000)
            flush();
        return m.recordId;
    };
    for (int i = 0; i < sizes.contacts; ++i) {
        add(EntityType::Contact,
            {{QStringLiteral("kind"), QStringLiteral("person")},
             {QStringLiteral("given_name"), QStringLiteral("Vorname%1").arg(random() % 5000)},
             {QStringLiteral("family_name"), QStringLiteral("Müller-%1").arg(i)},
             {QStringLiteral("function"),
              QStringLiteral("Sozialarbeiterin im Fachdienst %1").arg(random() % 40)},
             {QStringLiteral("municipality"), QStringLiteral("Gemeinde %1").arg(random() % 30)},
             {QStringLiteral("notes"), QStringLiteral("Erreichbar dienstags und donnerstags.")}});
    }
    QStringList threads;
    for (int i = 0; i < sizes.threads; ++i) {
        threads.append(add(EntityType::Thread,
                           {{QStringLiteral("title"), QStringLiteral("Austausch Nr. %1").arg(i)}}));
    }
    flush();
    for (int i = 0; i < sizes.posts; ++i) {
        add(EntityType::Post,
            {{QStringLiteral("thread_id"), threads[int(random() % threads.size())]},
             {QStringLiteral("body"),
              QStringLiteral("Beitrag %1: Die nächste Sprechstunde ist verschoben.").arg(i)}});
    }
    flush();
}

template <typename Work> double seconds(Work &&work) {
    QElapsedTimer timer;
    timer.start();
    work();
    return double(timer.nsecsElapsed()) / 1e9;
}

double percentile(std::vector<double> values, double p) {
    if (values.empty())
        return -1;
    std::sort(values.begin(), values.end());
    return values[std::min(values.size() - 1, size_t(p * double(values.size() - 1) + 0.5))];
}

// A deterministic file of `size` bytes (not compressible, so no layer can
// cheat by compressing), on disk before the measurements start.
void writeBenchFile(const QString &path, qint64 size) {
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        throw std::runtime_error("cannot write " + path.toStdString());
    std::mt19937 random(4711);
    std::vector<quint32> block(256 * 1024);
    for (qint64 left = size; left > 0;) {
        for (quint32 &word : block)
            word = random();
        const qint64 n = std::min<qint64>(left, qint64(block.size() * sizeof(quint32)));
        file.write(reinterpret_cast<const char *>(block.data()), n);
        left -= n;
    }
    if (!file.commit())
        throw std::runtime_error("cannot write " + path.toStdString());
}

// The plain copy the transfers are compared with: read and write in 1 MiB
// blocks. `toDisk`: through QSaveFile, whose commit waits until the copy
// is on the disk (fsync / FlushFileBuffers); otherwise it ends when the
// bytes are in the page cache.
void copyFile(const QString &from, const QString &to, bool toDisk) {
    QFile in(from);
    if (!in.open(QIODevice::ReadOnly))
        throw std::runtime_error("cannot read " + from.toStdString());
    QByteArray buffer(1024 * 1024, Qt::Uninitialized);
    if (toDisk) {
        QSaveFile out(to);
        out.open(QIODevice::WriteOnly);
        for (qint64 got; (got = in.read(buffer.data(), buffer.size())) > 0;)
            out.write(buffer.constData(), got);
        if (!out.commit())
            throw std::runtime_error("cannot write " + to.toStdString());
        return;
    }
    QFile out(to);
    if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate))
        throw std::runtime_error("cannot write " + to.toStdString());
    for (qint64 got; (got = in.read(buffer.data(), buffer.size())) > 0;)
        out.write(buffer.constData(), got);
    out.flush();
}

// Upload and download of one large file over loopback beside a plain copy
// of the same file on the same disk.
void fileFigures(const client::ServerEndpoint &endpoint, const QString &token,
                 const QString &spaceId, const QString &dir, const common::Clock &clock,
                 qint64 size) {
    const QString source = QDir(dir).filePath(QStringLiteral("bench-file.bin"));
    writeBenchFile(source, size);
    const double mb = double(size) / 1e6;

    const QString copy = source + QStringLiteral(".copy");
    QFile::remove(copy);
    const double cacheSeconds = seconds([&] { copyFile(source, copy, false); });
    QFile::remove(copy);
    const double copySeconds = seconds([&] { copyFile(source, copy, true); });
    QFile::remove(copy);
    // The ratios compare with the copy that reached the disk; the page
    // cache figure is the upper bound of what any local write can do.
    const double copyRate = mb / copySeconds;
    const double cacheRate = mb / cacheSeconds;
    figure(QStringLiteral("file_copy"), {{QStringLiteral("mb"), mb},
                                         {QStringLiteral("seconds"), copySeconds},
                                         {QStringLiteral("mb_per_s"), copyRate},
                                         {QStringLiteral("page_cache_mb_per_s"), cacheRate}});

    // A document to upload to, pushed by the uploader.
    const QString replicaPath = QDir(dir).filePath(QStringLiteral("files.db"));
    QString documentId;
    {
        client::Replica replica(replicaPath, clock);
        client::SyncClient transport(endpoint, token);
        client::SyncRound(replica, transport).run();
        documentId = replica
                         .create(EntityType::Document, spaceId,
                                 {{QStringLiteral("title"), QStringLiteral("Großes Dokument")},
                                  {QStringLiteral("category"), QStringLiteral("sonstiges")}},
                                 {})
                         .meta.id;
        client::SyncRound(replica, transport).run();
    }

    // Upload: from the file on disk (as the upload queue sends its copy),
    // Status first, until the server answered with the new version (it has
    // verified the SHA-256 and stored the file by then). The SHA-256 the
    // version is declared with is computed before, as at enqueue.
    client::FileVersion version;
    version.versionId = uuid();
    version.documentId = documentId;
    version.fileName = QStringLiteral("bench-file.bin");
    version.mimeType = QStringLiteral("application/octet-stream");
    version.size = size;
    {
        QFile in(source);
        in.open(QIODevice::ReadOnly);
        common::Sha256 hash;
        QByteArray buffer(1024 * 1024, Qt::Uninitialized);
        for (qint64 got; (got = in.read(buffer.data(), buffer.size())) > 0;)
            hash.addData(buffer.constData(), size_t(got));
        version.sha256 = hash.resultHex();
    }
    client::BlobClient blobs(endpoint, token);
    const double uploadSeconds = seconds([&] {
        QFile in(source);
        in.open(QIODevice::ReadOnly);
        const client::BlobStatus status = blobs.status(version.sha256);
        blobs.upload(version, &in, status.complete ? size : status.heldBytes, false);
    });
    const double uploadRate = mb / uploadSeconds;
    figure(QStringLiteral("file_upload"),
           {{QStringLiteral("mb"), mb},
            {QStringLiteral("seconds"), uploadSeconds},
            {QStringLiteral("mb_per_s"), uploadRate},
            {QStringLiteral("copy_ratio"), uploadRate / copyRate},
            {QStringLiteral("page_cache_copy_ratio"), uploadRate / cacheRate},
            {QStringLiteral("target_mb_per_s"), 200},
            {QStringLiteral("target_copy_ratio"), 0.3}});

    // Download: through FileTransfers into the file cache of a profile, as
    // the app opens a file: a .part file, SHA-256 over the whole file,
    // rename into the cache, cache index; until fileReady.
    {
        client::Replica replica(replicaPath, clock);
        client::SyncClient transport(endpoint, token);
        client::SyncRound(replica, transport).run(); // the version record
    }
    client::FileTransfers::Options options;
    options.endpoint = endpoint;
    options.token = token;
    options.replicaPath = replicaPath;
    options.cacheDirectory = QDir(dir).filePath(QStringLiteral("files"));
    options.prefetch = false;
    client::FileTransfers transfers(options, clock);
    QSemaphore done;
    QString failure;
    QObject::connect(
        &transfers, &client::FileTransfers::fileReady, &transfers,
        [&](const QString &, const QString &) { done.release(); }, Qt::DirectConnection);
    QObject::connect(
        &transfers, &client::FileTransfers::transferFailed, &transfers,
        [&](const QString &, client::FileTransfers::Kind, const QString &reason) {
            failure = reason;
            done.release();
        },
        Qt::DirectConnection);
    transfers.start();
    const double downloadSeconds = seconds([&] {
        transfers.requestFile(version.versionId);
        done.acquire();
    });
    transfers.stop();
    if (!failure.isEmpty())
        throw std::runtime_error("download failed: " + failure.toStdString());
    const double downloadRate = mb / downloadSeconds;
    figure(QStringLiteral("file_download"),
           {{QStringLiteral("mb"), mb},
            {QStringLiteral("seconds"), downloadSeconds},
            {QStringLiteral("mb_per_s"), downloadRate},
            {QStringLiteral("copy_ratio"), downloadRate / copyRate},
            {QStringLiteral("page_cache_copy_ratio"), downloadRate / cacheRate},
            {QStringLiteral("target_mb_per_s"), 200},
            {QStringLiteral("target_copy_ratio"), 0.3}});
    QFile::remove(source);
}

// Starts `helfernetz --offline --report-first-paint` on a copy of the
// initial sync's replica, `runs` times (the first run starts with a cold
// page cache only if the machine dropped it; the median is the figure).
void clientStartFigures(const QString &replicaPath, qint64 records, const QString &userId,
                        const QString &tmp, int runs) {
    // The client opens a profile directory named like ProfileLocation's.
    const QString profile =
        QDir(tmp).filePath(QStringLiteral("0000000000000000000000000000000000000000-") + userId);
    QDir().mkpath(profile);
    QFile::remove(profile + QStringLiteral("/replica.db"));
    if (!QFile::copy(replicaPath, profile + QStringLiteral("/replica.db")))
        throw std::runtime_error("cannot copy the replica into the client profile");
    // As after a login: a profile with data but no recorded contact is locked.
    common::SystemClock clock;
    client::OfflineLease(profile, clock).recordLogin(client::OfflineLease::kDefaultLease);

    std::vector<double> firstPaint;
    std::vector<double> rssMib;
    for (int run = 0; run < runs; ++run) {
        QProcess client;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        if (!env.contains(QStringLiteral("QT_QPA_PLATFORM")))
            env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        // Settings and keychain lookups of this run stay in the bench's directory.
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), QDir(tmp).filePath(QStringLiteral("config")));
        env.insert(QStringLiteral("XDG_DATA_HOME"), QDir(tmp).filePath(QStringLiteral("data")));
        client.setProcessEnvironment(env);
        client.start(QStringLiteral(HN_CLIENT_BINARY),
                     {QStringLiteral("--profile-dir"), profile, QStringLiteral("--offline"),
                      QStringLiteral("--report-first-paint")});
        if (!client.waitForFinished(60000) || client.exitCode() != 0) {
            throw std::runtime_error(
                QStringLiteral("helfernetz --report-first-paint failed (exit %1): %2 %3")
                    .arg(client.exitCode())
                    .arg(QString::fromUtf8(client.readAllStandardOutput()),
                         QString::fromUtf8(client.readAllStandardError()))
                    .toStdString());
        }
        const QString out = QString::fromUtf8(client.readAllStandardOutput());
        static const QRegularExpression line(
            QStringLiteral("first-paint-ms=(\\d+(?:\\.\\d+)?) rss-kb=(\\d+)"));
        const QRegularExpressionMatch match = line.match(out);
        if (!match.hasMatch())
            throw std::runtime_error("no first-paint line in: " + out.toStdString());
        firstPaint.push_back(match.captured(1).toDouble());
        rssMib.push_back(match.captured(2).toDouble() / 1024);
    }
    figure(QStringLiteral("client_start_first_paint"),
           {{QStringLiteral("replica_records"), records},
            {QStringLiteral("runs"), runs},
            {QStringLiteral("median_ms"), percentile(firstPaint, 0.5)},
            {QStringLiteral("max_ms"), *std::max_element(firstPaint.begin(), firstPaint.end())},
            {QStringLiteral("target_ms"), 1000}});
    figure(QStringLiteral("client_start_rss"),
           {{QStringLiteral("median_mib"), percentile(rssMib, 0.5)},
            {QStringLiteral("max_mib"), *std::max_element(rssMib.begin(), rssMib.end())},
            {QStringLiteral("target_mib"), 300}});
}

} // namespace

int main(int argc, char **argv) {
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Helfernetz sync benchmark"));
    parser.addHelpOption();
    parser.addOption({QStringLiteral("quick"), QStringLiteral("Small sizes (a smoke test).")});
    parser.addOption({QStringLiteral("files"), QStringLiteral("Only the file transfer figures.")});
    parser.addOption({QStringLiteral("client-start"),
                      QStringLiteral("Only the initial sync and the desktop client's start-up "
                                     "figures.")});
    parser.process(app);
    const bool filesOnly = parser.isSet(QStringLiteral("files"));
    const qint64 fileSize =
        parser.isSet(QStringLiteral("quick")) ? 20LL * 1000 * 1000 : 200LL * 1000 * 1000;
    Sizes sizes;
    if (parser.isSet(QStringLiteral("quick")))
        sizes = Sizes{2000, 200, 4000, 10, 20, 2000};
    if (filesOnly)
        sizes = Sizes{0, 0, 0, 0, 0, 0};

    QTemporaryDir tmp;
    common::SystemClock clock;
    server::ServerConfig config;
    config.dataDir = tmp.filePath(QStringLiteral("server"));
    server::DataDirectory::init(config, {kAdminEmail, QStringLiteral("Bench"), kPassword}, clock);

    common::Space big;
    big.id = uuid();
    big.name = QStringLiteral("Großer Bereich");
    common::Space live;
    live.id = uuid();
    live.name = QStringLiteral("Live");
    QStringList observers;
    {
        server::ServerCore core(server::ServerConfig::load(config.dataDir), clock);
        const server::PasswordHasher hasher(config.passwordCost);
        const QByteArray hash = hasher.hash(kPassword);
        core.database().write([&](QSqlDatabase &db) {
            server::SpaceStore spaces(db);
            big.createdAt = live.createdAt = clock.now();
            spaces.insert(big);
            spaces.insert(live);
            server::UserStore users(db);
            for (int i = 0; i < sizes.subscribers + 1; ++i) {
                common::User user;
                user.id = uuid();
                user.email = QStringLiteral("live%1@bench.invalid").arg(i);
                user.role = common::GlobalRole::Member;
                user.status = common::AccountStatus::Active;
                user.createdAt = user.updatedAt = clock.now();
                users.insert(user, hash);
                spaces.setMembership(
                    {live.id, user.id, common::SpaceLevel::Editor, clock.now(), {}});
                observers.append(user.email);
            }
        });
        const double seedSeconds = seconds([&] { seedServer(core, big, sizes); });
        std::fprintf(stderr, "seeded %d records in %.1f s\n",
                     sizes.contacts + sizes.threads + sizes.posts, seedSeconds);
    }

    test::ServerProcess serverProcess(config.dataDir);
    client::ServerEndpoint endpoint;
    endpoint.address = QStringLiteral("127.0.0.1:%1").arg(serverProcess.port());

    client::AuthClient auth(endpoint);
    const client::SessionInfo adminSession = auth.login(kAdminEmail, kPassword, {});
    const QString adminToken = adminSession.token;
    if (filesOnly) {
        fileFigures(endpoint, adminToken, live.id, tmp.path(), clock, fileSize);
        return 0;
    }

    // 1. Initial sync of everything into a fresh replica over loopback.
    const int total = sizes.contacts + sizes.threads + sizes.posts;
    const qint64 rssBefore = residentKiB();
    double syncSeconds = 0;
    {
        client::Replica replica(tmp.filePath(QStringLiteral("initial.db")), clock);
        client::SyncClient transport(endpoint, adminToken);
        syncSeconds = seconds([&] { client::SyncRound(replica, transport, 2000).run(); });
        const qint64 rssAfter = residentKiB();
        figure(QStringLiteral("initial_sync"),
               {{QStringLiteral("records"), total},
                {QStringLiteral("seconds"), syncSeconds},
                {QStringLiteral("records_per_s"), total / syncSeconds},
                {QStringLiteral("target_records_per_s"), 50000}});
        figure(QStringLiteral("client_rss_after_initial_sync"),
               {{QStringLiteral("rss_mib"), double(rssAfter) / 1024},
                {QStringLiteral("rss_before_mib"), double(rssBefore) / 1024},
                {QStringLiteral("target_mib"), 300}});

        // 2. The local limit: the same rows written straight into a fresh
        // replica through the same code, pages of 2000, no network.
        QList<client::PullPageData> pages;
        for (const EntityType type :
             {EntityType::Space, EntityType::Membership, EntityType::DirectoryEntry,
              EntityType::Contact, EntityType::Thread, EntityType::Post}) {
            for (int offset = 0;; offset += 2000) {
                client::PullPageData page;
                page.records = replica.records(type, {}, 2000, offset);
                if (page.records.isEmpty())
                    break;
                page.bucket = page.records.first().bucket();
                page.cursor = page.records.last().meta.version;
                pages.append(page);
            }
        }
        client::Replica local(tmp.filePath(QStringLiteral("local.db")), clock);
        qint64 written = 0;
        const double localSeconds = seconds([&] {
            for (const client::PullPageData &page : std::as_const(pages)) {
                local.applyPage(page);
                written += page.records.size();
            }
        });
        figure(QStringLiteral("local_limit"),
               {{QStringLiteral("records"), written},
                {QStringLiteral("seconds"), localSeconds},
                {QStringLiteral("records_per_s"), double(written) / localSeconds},
                {QStringLiteral("initial_sync_ratio"),
                 (total / syncSeconds) / (double(written) / localSeconds)},
                {QStringLiteral("target_ratio"), 0.5}});
    }

    // 2b. The desktop client started on that replica (issue 5).
    clientStartFigures(tmp.filePath(QStringLiteral("initial.db")), total,
                       adminSession.identity.user.id, tmp.path(), 5);
    if (parser.isSet(QStringLiteral("client-start")))
        return 0;

    // 3. Push throughput: one client sends creates in batches of 1000.
    {
        client::Replica replica(tmp.filePath(QStringLiteral("push.db")), clock);
        client::SyncClient transport(endpoint, adminToken);
        client::SyncRound(replica, transport).run(); // bucket list only
        for (int i = 0; i < sizes.pushes; ++i) {
            replica.create(EntityType::Contact, big.id,
                           {{QStringLiteral("kind"), QStringLiteral("organization")},
                            {QStringLiteral("name"), QStringLiteral("Initiative %1").arg(i)}},
                           {});
        }
        int pushed = 0;
        double wireSeconds = 0; // only the Push calls: the server's rate
        const double pushSeconds = seconds([&] {
            for (;;) {
                const auto batch = replica.outboxToSend(1000);
                if (batch.isEmpty())
                    break;
                QList<common::Mutation> mutations;
                for (const auto &entry : batch)
                    mutations.append(entry.mutation);
                QList<common::MutationResult> results;
                wireSeconds += seconds([&] { results = transport.push(mutations); });
                QList<std::pair<client::OutboxEntry, common::MutationResult>> pairs;
                for (qsizetype i = 0; i < batch.size(); ++i)
                    pairs.append({batch[i], results[i]});
                replica.applyResults(pairs);
                pushed += int(batch.size());
            }
        });
        figure(QStringLiteral("push_throughput"),
               {{QStringLiteral("mutations"), pushed},
                {QStringLiteral("seconds"), wireSeconds},
                {QStringLiteral("mutations_per_s"), pushed / wireSeconds},
                {QStringLiteral("end_to_end_mutations_per_s"), pushed / pushSeconds},
                {QStringLiteral("target_mutations_per_s"), 10000}});
    }

    // 4. Propagation: an edit on client A until it is in the replicas of
    // `subscribers` live clients (each its own engine and Subscribe stream).
    {
        struct Observer {
            QTemporaryDir dir;
            std::unique_ptr<client::SyncEngine> engine;
        };
        std::vector<std::unique_ptr<Observer>> engines;
        std::atomic<qint64> editStartedNs{0};
        std::atomic<int> arrived{0};
        std::mutex samplesMutex;
        std::vector<double> samples;
        QElapsedTimer clockNs;
        clockNs.start();
        for (int i = 1; i <= sizes.subscribers; ++i) {
            auto observer = std::make_unique<Observer>();
            client::SyncEngine::Options options;
            options.endpoint = endpoint;
            options.token = auth.login(observers[i], kPassword, {}).token;
            options.replicaPath = observer->dir.filePath(QStringLiteral("r.db"));
            options.pollInterval = std::chrono::hours(1);
            observer->engine = std::make_unique<client::SyncEngine>(options, clock);
            QObject::connect(
                observer->engine.get(), &client::SyncEngine::roundFinished, observer->engine.get(),
                [&](int, int pulled, const QDateTime &) {
                    const qint64 started = editStartedNs.load();
                    if (pulled == 0 || started == 0)
                        return;
                    std::lock_guard lock(samplesMutex);
                    samples.push_back(double(clockNs.nsecsElapsed() - started) / 1e6);
                    ++arrived;
                },
                Qt::DirectConnection);
            observer->engine->start();
            engines.push_back(std::move(observer));
        }
        // Let every engine finish its first sync and subscribe.
        for (auto &o : engines) {
            while (o->engine->state() != client::SyncEngine::State::Idle)
                std::this_thread::sleep_for(std::chrono::milliseconds(20));
        }
        std::this_thread::sleep_for(std::chrono::seconds(1));

        client::Replica writer(tmp.filePath(QStringLiteral("writer.db")), clock);
        client::SyncClient writerTransport(endpoint, auth.login(observers[0], kPassword, {}).token);
        client::SyncRound(writer, writerTransport).run();
        const auto contact =
            writer.create(EntityType::Contact, live.id,
                          {{QStringLiteral("kind"), QStringLiteral("person")},
                           {QStringLiteral("family_name"), QStringLiteral("Live")}},
                          {});
        client::SyncRound(writer, writerTransport).run();
        std::this_thread::sleep_for(std::chrono::seconds(1));
        for (int edit = 0; edit < sizes.edits; ++edit) {
            arrived = 0;
            writer.update(contact.meta.id,
                          {{QStringLiteral("function"), QStringLiteral("Stand %1").arg(edit)}}, {});
            editStartedNs = clockNs.nsecsElapsed();
            client::SyncRound(writer, writerTransport).run();
            QElapsedTimer wait;
            wait.start();
            while (arrived.load() < sizes.subscribers && wait.elapsed() < 5000)
                std::this_thread::sleep_for(std::chrono::microseconds(200));
            editStartedNs = 0;
        }
        for (auto &o : engines)
            o->engine->stop();
        figure(QStringLiteral("propagation_latency"),
               {{QStringLiteral("subscribers"), sizes.subscribers},
                {QStringLiteral("edits"), sizes.edits},
                {QStringLiteral("samples"), qint64(samples.size())},
                {QStringLiteral("p50_ms"), percentile(samples, 0.50)},
                {QStringLiteral("p99_ms"), percentile(samples, 0.99)},
                {QStringLiteral("target_p50_ms"), 20},
                {QStringLiteral("target_p99_ms"), 100}});
    }

    // 5. Document files (issue 4).
    fileFigures(endpoint, adminToken, live.id, tmp.path(), clock, fileSize);
    return 0;
}
