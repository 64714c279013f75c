// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/app/ServeCommand.h"

#include "common/Error.h"
#include "common/Version.h"
#include "server/app/ConfigLocation.h"
#include "server/app/ExitCode.h"
#include "server/core/DataDirectory.h"
#include "server/core/ServerCore.h"
#include "server/rpc/RpcServer.h"
#include "server/rpc/ServerLog.h"

#include <QCommandLineParser>
#include <atomic>
#include <chrono>
#include <csignal>
#include <cstdio>
#include <thread>

namespace hn::server {

namespace {

std::atomic<int> g_stopSignal{0};

extern "C" void onStopSignal(int signal) {
    g_stopSignal.store(signal);
}

void applyOverrides(const QCommandLineParser &parser, ServerConfig &config) {
    if (parser.isSet(QStringLiteral("listen")))
        config.listenAddress = parser.value(QStringLiteral("listen"));
    if (parser.isSet(QStringLiteral("tls-cert")))
        config.tlsCertFile =
            ConfigLocation::commandLinePath(parser.value(QStringLiteral("tls-cert")));
    if (parser.isSet(QStringLiteral("tls-key")))
        config.tlsKeyFile =
            ConfigLocation::commandLinePath(parser.value(QStringLiteral("tls-key")));
    if (parser.isSet(QStringLiteral("insecure")))
        config.insecure = true;
    if (parser.isSet(QStringLiteral("log-level")))
        config.logLevel = parser.value(QStringLiteral("log-level"));
    config.validate();
}

} // namespace

int ServeCommand::run(const QStringList &arguments) {
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Run the Helfernetz server. Settings come from --config FILE (e.g. "
                       "/etc/helfernetz/helfernetz-server.conf) or from the data directory's "
                       "helfernetz-server.conf (--data DIR alone); the options below override "
                       "them. The server never writes its config file."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("serve"), QStringLiteral("The command."));
    ConfigLocation::addOptions(parser);
    parser.addOptions({
        {QStringLiteral("listen"), QStringLiteral("Address to listen on, e.g. 127.0.0.1:50051."),
         QStringLiteral("host:port")},
        {QStringLiteral("tls-cert"),
         QStringLiteral("TLS certificate chain (PEM), instead of tls/cert (a relative path "
                        "counts from the working directory, in the file from the file's "
                        "folder)."),
         QStringLiteral("file")},
        {QStringLiteral("tls-key"), QStringLiteral("TLS private key (PEM), instead of tls/key."),
         QStringLiteral("file")},
        {QStringLiteral("insecure"),
         QStringLiteral("Allow plaintext on a non-loopback address (only behind a TLS proxy).")},
        {QStringLiteral("log-level"), QStringLiteral("error, warning, info or debug."),
         QStringLiteral("level")},
    });
    if (!parser.parse(arguments)) {
        std::fprintf(stderr, "helfernetz-server serve: %s\n", qPrintable(parser.errorText()));
        return ExitUsage;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        std::fputs(qPrintable(parser.helpText()), stdout);
        return ExitOk;
    }
    ConfigLocation location;
    try {
        location = ConfigLocation::fromParser(parser);
    } catch (const common::Error &error) {
        std::fprintf(stderr, "helfernetz-server serve: %s\n", qPrintable(error.describe()));
        return ExitUsage;
    }

    std::unique_ptr<ServerCore> core;
    std::unique_ptr<QLockFile> lock;
    common::SystemClock clock;
    try {
        ServerConfig config = location.load();
        applyOverrides(parser, config);
        // Held while serving: `restore` refuses to replace the database under us.
        lock = DataDirectory::lock(config.dataDir);
        core = std::make_unique<ServerCore>(config, clock);
    } catch (const common::Error &error) {
        std::fprintf(stderr, "helfernetz-server serve: %s\n", qPrintable(error.describe()));
        return ExitConfig;
    }

    ServerLog log(ServerLog::parseLevel(core->config().logLevel));
    RpcServer server(*core, log);
    // Which files a running server uses is the first thing an admin asks.
    log.lifecycle(QStringLiteral("starting"),
                  {{QStringLiteral("version"), QString::fromLatin1(common::kVersion)},
                   {QStringLiteral("config"), core->config().configFile()},
                   {QStringLiteral("data_dir"), core->config().dataDir},
                   {QStringLiteral("database"), core->config().databaseDriver == u"QSQLITE"
                                                    ? core->config().resolvedDatabasePath()
                                                    : core->config().databaseDriver}});
    // Before the port opens: a stop request (systemctl stop) right after the
    // "listening" line must end the server cleanly, not kill it.
    std::signal(SIGINT, onStopSignal);
    std::signal(SIGTERM, onStopSignal);
    try {
        server.start();
    } catch (const common::Error &error) {
        std::fprintf(stderr, "helfernetz-server serve: %s\n", qPrintable(error.describe()));
        return error.code() == common::ErrorCode::Unavailable ? ExitRuntime : ExitConfig;
    }

    // Polled rather than waited on: a signal handler may only touch a
    // lock-free atomic, and this stays portable to Windows' console signals.
    // Tombstones and stored push answers older than the horizon go at start
    // and then once a day (clients behind the horizon get a snapshot);
    // unused document files too.
    auto nextPurge = std::chrono::steady_clock::now();
    while (g_stopSignal.load() == 0) {
        if (std::chrono::steady_clock::now() >= nextPurge) {
            nextPurge += std::chrono::hours(24);
            try {
                const qint64 floor = core->changeFeed().purgeTombstones();
                log.write(LogLevel::Info, QStringLiteral("tombstones-purged"),
                          {{QStringLiteral("floor_seq"), QString::number(floor)}});
            } catch (const common::Error &error) {
                log.write(LogLevel::Error, QStringLiteral("tombstone-purge-failed"),
                          {{QStringLiteral("error"), error.describe()}});
            }
            // Files of deleted documents and abandoned uploads, the same way.
            try {
                const BlobCollection collected = core->blobCollector().collect();
                log.write(LogLevel::Info, QStringLiteral("blobs-collected"),
                          {{QStringLiteral("files"), QString::number(collected.blobs)},
                           {QStringLiteral("partial_uploads"), QString::number(collected.partials)},
                           {QStringLiteral("bytes"), QString::number(collected.bytes)}});
            } catch (const common::Error &error) {
                log.write(LogLevel::Error, QStringLiteral("blob-collection-failed"),
                          {{QStringLiteral("error"), error.describe()}});
            }
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(100));
    }

    log.lifecycle(QStringLiteral("stopping"),
                  {{QStringLiteral("signal"), QString::number(g_stopSignal.load())}});
    server.shutdown(std::chrono::seconds(5));
    return ExitOk;
}

} // namespace hn::server
