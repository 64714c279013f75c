// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "client/core/FileVersion.h"
#include "client/core/ServerEndpoint.h"
#include "common/Clock.h"
#include "common/Error.h"

#include <QObject>
#include <QStringList>
#include <QThread>
#include <atomic>
#include <chrono>
#include <functional>
#include <mutex>

namespace hn::client {

class FileTransferWorker;
class UploadQueue;

// Moves document files between the server and this profile's file cache,
// on a thread of its own so the UI never waits: runs the upload queue
// (Status, then resume from the bytes the server holds), downloads files
// asked for (requestFile) and fetches ahead the current versions of pinned
// documents and offline spaces. Transient failures are retried with growing
// waits; refusals stop the upload entry with the reason (UploadQueue).
//
// The app connects SyncEngine::stateChanged to setOnline() (and kick()
// after a finished round, since a pull may bring new versions to fetch).
// Everything it does is reported through the signals, from its thread.
class FileTransfers : public QObject {
    Q_OBJECT
public:
    enum class Kind { Upload, Download };
    Q_ENUM(Kind)

    struct Options {
        ServerEndpoint endpoint;
        QString token;
        QString replicaPath;
        QString cacheDirectory; // ProfileLocation::fileCacheDirectory()
        bool online = true;
        bool prefetch = true; // fetch kept versions ahead (FileCache::keptVersions)
        std::chrono::milliseconds firstRetry{std::chrono::seconds(1)};
        std::chrono::milliseconds maxRetry{std::chrono::minutes(5)};
    };

    FileTransfers(Options options, const common::Clock &clock, QObject *parent = nullptr);
    ~FileTransfers() override;

    void start();
    // Cancels a running transfer (it resumes next time) and stops; blocks
    // until done.
    void stop();

    // Thread-safe, also before start() and after stop(). Queues `sourcePath`
    // as a new version of the document and returns the new version's id.
    // While running, returns at once and the copy is made on the transfer
    // thread (transferFailed if the file cannot be read); while stopped, the
    // entry is written to the UploadQueue on the calling thread before this
    // returns (throwing common::Error like UploadQueue::enqueue) and is sent
    // after the next start().
    QString enqueueUpload(const QString &documentId, const QString &sourcePath,
                          const QString &fileName = {}, const QString &mimeType = {},
                          const QString &comment = {});
    // Thread-safe (stopped: as enqueueUpload). Makes `old` the document's
    // current version again.
    QString enqueueRestore(const FileVersion &old, const QString &comment = {});
    // Thread-safe (stopped: as enqueueUpload, throwing what UploadQueue
    // throws). A stopped upload, again (with override of another's
    // check-out), or dropped.
    void retryUpload(const QString &versionId, bool overrideCheckout);
    void discardUpload(const QString &versionId);

    // Payload bytes uploaded by this object so far (for the resume tests
    // and the benchmark).
    qint64 bytesUploaded() const { return m_bytesUploaded.load(); }
    bool isOnline() const { return m_online.load(); }

    // Whether the server's refusal of an upload stops its entry for the
    // person to decide (another's check-out, no permission, document gone,
    // too big, hash mismatch) rather than being retried: a refusal marked
    // with reason "resume" (the server's held bytes moved) is retried from
    // a fresh Status, like a transport failure.
    static bool stopsUpload(const common::Error &error);

public Q_SLOTS:
    void setOnline(bool online);
    // Look for work now (a sync round brought new versions, a pin changed).
    void kick();
    // Asks for a version's file: fileReady when it is in the cache (at once
    // if cached and intact), transferFailed when the server refuses it or
    // it arrives damaged twice. While offline or stopped the request waits.
    void requestFile(const QString &versionId);

Q_SIGNALS:
    // `id` is the version id; done and total in bytes of the whole file.
    void progress(const QString &id, hn::client::FileTransfers::Kind kind, qint64 done,
                  qint64 total);
    void fileReady(const QString &versionId, const QString &path);
    void transferFailed(const QString &versionId, hn::client::FileTransfers::Kind kind,
                        const QString &reason);
    void uploadFinished(const QString &versionId);
    // The server refused the upload for a reason a retry cannot fix; the
    // entry is kept (UploadQueue) for the person to retry or discard.
    void uploadStopped(const QString &versionId, const QString &reason);
    // Nothing more to do for now: no request open, no upload ready, nothing
    // to fetch ahead (or offline).
    void settled();

private:
    friend class FileTransferWorker;
    // Hands `work` to the running worker; false when there is none.
    bool post(std::function<void(FileTransferWorker &)> work);
    // Changes the upload queue directly (no worker running).
    void withQueue(const std::function<void(UploadQueue &)> &change);

    Options m_options;
    const common::Clock &m_clock;
    QThread m_thread;
    // Set by start(), cleared by stop(), read by every thread-safe call.
    std::mutex m_workerMutex;
    FileTransferWorker *m_worker = nullptr;
    QStringList m_waitingRequests; // requestFile() while stopped
    std::atomic<bool> m_online{true};
    std::atomic<bool> m_cancel{false};
    std::atomic<bool> m_stopping{false};
    std::atomic<qint64> m_bytesUploaded{0};
};

} // namespace hn::client
