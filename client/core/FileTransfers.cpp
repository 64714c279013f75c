// SPDX-License-Identifier: GPL-3.0-or-later
#include "client/core/FileTransfers.h"

#include "client/core/BlobClient.h"
#include "client/core/FileCache.h"
#include "client/core/ReplicaDatabase.h"
#include "client/core/UploadQueue.h"
#include "common/Error.h"
#include "common/Sha256.h"

#include <QFile>
#include <QRandomGenerator>
#include <QSet>
#include <QTimer>
#include <QUuid>
#include <utility>

namespace hn::client {

using common::ErrorCode;

bool FileTransfers::stopsUpload(const common::Error &error) {
    // The server asks to resume (its held bytes moved under the upload, e.g.
    // a parallel upload of the same file or a cut it noticed late): asking
    // Status again and resuming from there can succeed.
    if (error.reason() == common::kResumeReason)
        return false;
    switch (error.code()) {
    case ErrorCode::InvalidArgument:    // hash mismatch, bad fields, too big
    case ErrorCode::NotFound:           // document gone, restored bytes gone
    case ErrorCode::PermissionDenied:   // no right to add versions
    case ErrorCode::FailedPrecondition: // another's check-out
    case ErrorCode::ResourceExhausted:  // over the server's size limit
    case ErrorCode::AlreadyExists:
        return true;
    default:
        return false;
    }
}

// Lives on the transfer thread and owns everything that does I/O there.
class FileTransferWorker : public QObject {
public:
    explicit FileTransferWorker(FileTransfers &owner)
        : m_owner(owner) {}

    void begin() {
        const FileTransfers::Options &o = m_owner.m_options;
        try {
            m_database = std::make_unique<ReplicaDatabase>(o.replicaPath);
            m_cache = std::make_unique<FileCache>(*m_database, o.cacheDirectory, m_owner.m_clock);
            m_queue = std::make_unique<UploadQueue>(*m_database, o.cacheDirectory, m_owner.m_clock);
            m_client = std::make_unique<BlobClient>(o.endpoint, o.token);
        } catch (const common::Error &error) {
            m_broken = error.describe();
            return;
        }
        m_retry.setSingleShot(true);
        QObject::connect(&m_retry, &QTimer::timeout, this, [this] { schedule(); });
        schedule();
    }

    void end() {
        m_retry.stop();
        m_client.reset();
        m_queue.reset();
        m_cache.reset();
        m_database.reset();
    }

    void enqueue(const QString &versionId, const QString &documentId, const QString &source,
                 const QString &fileName, const QString &mimeType, const QString &comment) {
        if (!ready(versionId, FileTransfers::Kind::Upload))
            return;
        try {
            m_queue->enqueue(documentId, source, fileName, mimeType, comment, versionId);
        } catch (const common::Error &error) {
            Q_EMIT m_owner.transferFailed(versionId, FileTransfers::Kind::Upload, error.describe());
            return;
        }
        schedule();
    }

    void enqueueRestore(const QString &versionId, const FileVersion &old, const QString &comment) {
        if (!ready(versionId, FileTransfers::Kind::Upload))
            return;
        try {
            m_queue->enqueueRestore(old, comment, versionId);
        } catch (const common::Error &error) {
            Q_EMIT m_owner.transferFailed(versionId, FileTransfers::Kind::Upload, error.describe());
            return;
        }
        schedule();
    }

    void retryUpload(const QString &versionId, bool overrideCheckout) {
        if (!ready(versionId, FileTransfers::Kind::Upload))
            return;
        try {
            m_queue->retry(versionId, overrideCheckout);
        } catch (const common::Error &error) {
            Q_EMIT m_owner.transferFailed(versionId, FileTransfers::Kind::Upload, error.describe());
            return;
        }
        schedule();
    }

    void discardUpload(const QString &versionId) {
        if (!ready(versionId, FileTransfers::Kind::Upload))
            return;
        try {
            m_queue->discard(versionId);
        } catch (const common::Error &error) {
            Q_EMIT m_owner.transferFailed(versionId, FileTransfers::Kind::Upload, error.describe());
        }
    }

    void request(const QString &versionId) {
        if (!ready(versionId, FileTransfers::Kind::Download))
            return;
        // A cached, intact file needs no network.
        try {
            if (const std::optional<QString> path = m_cache->fileFor(versionId)) {
                Q_EMIT m_owner.fileReady(versionId, *path);
                return;
            }
        } catch (const common::Error &error) {
            Q_EMIT m_owner.transferFailed(versionId, FileTransfers::Kind::Download,
                                          error.describe());
            return;
        }
        if (!m_requests.contains(versionId))
            m_requests.append(versionId);
        schedule();
    }

    void kick() {
        m_skipPrefetch.clear();
        m_backoff = std::chrono::milliseconds(0);
        schedule();
    }

    // Every reason to look for work goes through here, so only one chain of
    // steps exists: several would interleave, report settled() more than
    // once and cancel each other's retry timer.
    void schedule() {
        if (m_scheduled)
            return;
        m_scheduled = true;
        QMetaObject::invokeMethod(
            this,
            [this] {
                m_scheduled = false;
                work();
            },
            Qt::QueuedConnection);
    }

    // One step per call, then back to the event loop, so requests made
    // meanwhile (a person opening a file) go before the rest of the queue.
    void work() {
        if (m_owner.m_stopping.load())
            return;
        // Cleared before the online check: a setOnline(false) from now on
        // cancels the transfer this step starts.
        m_owner.m_cancel = false;
        if (!m_cache || !m_owner.m_online.load())
            return;
        m_retry.stop();
        try {
            if (!m_requests.isEmpty()) {
                const QString id = m_requests.first();
                serveRequest(id);
                m_requests.removeAll(id);
            } else if (std::optional<UploadEntry> entry = m_queue->nextReady()) {
                upload(*entry);
            } else if (!m_owner.m_options.prefetch || !prefetchOne()) {
                Q_EMIT m_owner.settled();
                return;
            }
        } catch (const common::Error &error) {
            transient(error);
            return;
        }
        m_backoff = std::chrono::milliseconds(0);
        schedule();
    }

private:
    bool ready(const QString &id, FileTransfers::Kind kind) {
        if (m_cache)
            return true;
        Q_EMIT m_owner.transferFailed(id, kind, m_broken);
        return false;
    }

    // Transport failures and cancellations: the work stays and is retried
    // with growing waits (an explicit kick or going online retries at once).
    void transient(const common::Error &error) {
        if (!m_owner.m_online.load())
            return; // setOnline(true) resumes
        // The session ended: no retry helps until the person logs in again
        // (the app then starts transfers with the new token; the work is
        // still queued). The SyncEngine reports the ended session.
        if (error.code() == ErrorCode::Unauthenticated)
            return;
        const FileTransfers::Options &o = m_owner.m_options;
        m_backoff = m_backoff.count() == 0 ? o.firstRetry : std::min(m_backoff * 2, o.maxRetry);
        const auto wait = m_backoff
                          + std::chrono::milliseconds(QRandomGenerator::global()->bounded(
                              int(std::max<qint64>(1, m_backoff.count() / 4))));
        m_retry.start(wait);
    }

    void upload(const UploadEntry &entry) {
        const FileVersion &v = entry.version;
        try {
            const BlobStatus status = m_client->status(v.sha256);
            if (status.maxSizeBytes > 0 && v.size > status.maxSizeBytes)
                throw common::Error::invalidArgument(
                    QStringLiteral("size_bytes"),
                    QStringLiteral("%1 has %2 bytes; the server accepts files up to %3 bytes")
                        .arg(v.fileName)
                        .arg(v.size)
                        .arg(status.maxSizeBytes));
            // A restore sends nothing: the server completes it from the
            // bytes it holds, and says so if it no longer has them.
            const qint64 offset =
                entry.restore || status.complete ? v.size : std::min(status.heldBytes, v.size);
            QFile source(m_queue->stagedPath(v.versionId));
            if (offset < v.size && !source.open(QIODevice::ReadOnly))
                throw common::Error::failedPrecondition(
                    QStringLiteral("The copy of %1 made for its upload is gone (%2); choose "
                                   "the file again")
                        .arg(v.fileName, source.fileName()));
            m_client->upload(
                v, &source, offset, entry.overrideCheckout,
                [&](qint64 done, qint64) {
                    m_owner.m_bytesUploaded = m_client->bytesSent();
                    Q_EMIT m_owner.progress(v.versionId, FileTransfers::Kind::Upload, offset + done,
                                            v.size);
                },
                &m_owner.m_cancel);
            source.close();
        } catch (const common::Error &error) {
            if (!FileTransfers::stopsUpload(error)) {
                m_queue->noteFailure(v.versionId, error);
                throw;
            }
            m_queue->stop(v.versionId, error);
            Q_EMIT m_owner.uploadStopped(v.versionId, error.describe());
            return;
        }
        // The uploaded copy is the version's file: it becomes a cached
        // file, so opening it right after needs no download.
        const QString staged = m_queue->stagedPath(v.versionId);
        if (!entry.restore && QFile::exists(staged))
            m_cache->adopt(v, staged);
        m_queue->finish(v.versionId);
        Q_EMIT m_owner.uploadFinished(v.versionId);
    }

    void serveRequest(const QString &versionId) {
        if (const std::optional<QString> path = m_cache->fileFor(versionId)) {
            Q_EMIT m_owner.fileReady(versionId, *path);
            return;
        }
        try {
            Q_EMIT m_owner.fileReady(versionId, download(versionId));
        } catch (const common::Error &error) {
            if (error.code() == ErrorCode::Unavailable)
                throw; // stays requested; retried
            Q_EMIT m_owner.transferFailed(versionId, FileTransfers::Kind::Download,
                                          error.describe());
        }
    }

    // True when it fetched (or tried) one file.
    bool prefetchOne() {
        for (const FileVersion &v : m_cache->missingKeptVersions()) {
            if (m_skipPrefetch.contains(v.versionId))
                continue;
            try {
                const QString path = download(v.versionId);
                Q_EMIT m_owner.fileReady(v.versionId, path);
            } catch (const common::Error &error) {
                if (error.code() == ErrorCode::Unavailable)
                    throw;
                // Refused or broken: not again until the next kick.
                m_skipPrefetch.insert(v.versionId);
                Q_EMIT m_owner.transferFailed(v.versionId, FileTransfers::Kind::Download,
                                              error.describe());
            }
            return true;
        }
        return false;
    }

    // Downloads into the version's .part file (resuming it), verifies the
    // SHA-256 of the whole file and moves it into the cache.
    QString download(const QString &versionId) {
        const QString part = m_cache->partPathOf(versionId);
        for (int attempt = 0;; ++attempt) {
            QFile file(part);
            if (!file.open(QIODevice::ReadWrite))
                throw common::Error::internal(
                    QStringLiteral("%1 cannot be written: %2").arg(part, file.errorString()));
            const std::optional<FileVersion> known = m_cache->versionRecord(versionId);
            if (known && file.size() > known->size)
                file.resize(0);
            // The bytes already there count towards the hash.
            common::Sha256 hash;
            QByteArray buffer(1024 * 1024, Qt::Uninitialized);
            for (qint64 got; (got = file.read(buffer.data(), buffer.size())) > 0;)
                hash.addData(buffer.constData(), size_t(got));
            const qint64 offset = file.size();
            file.seek(offset);
            FileVersion version;
            try {
                version = m_client->download(
                    versionId, offset,
                    [&](const char *data, qint64 size) {
                        if (file.write(data, size) != size)
                            throw common::Error::internal(QStringLiteral("%1 cannot be written: %2")
                                                              .arg(part, file.errorString()));
                        hash.addData(data, size_t(size));
                    },
                    [&](qint64 done, qint64 total) {
                        Q_EMIT m_owner.progress(versionId, FileTransfers::Kind::Download,
                                                offset + done, offset + total);
                    },
                    &m_owner.m_cancel);
            } catch (const common::Error &error) {
                file.close();
                if (error.code() == ErrorCode::Unavailable)
                    throw; // the .part stays for resuming
                discardPart(part);
                // A stale .part (e.g. beyond the file's end): once from 0.
                if (offset > 0 && attempt == 0 && error.code() != ErrorCode::NotFound)
                    continue;
                throw;
            }
            file.close();
            if (hash.bytesAdded() == version.size && hash.resultHex() == version.sha256)
                return m_cache->adopt(version, part);
            discardPart(part);
            if (offset > 0 && attempt == 0)
                continue; // the kept part may have been the damaged bit
            throw common::Error::internal(
                QStringLiteral("The file of version %1 (%2) arrived damaged: its SHA-256 does "
                               "not match; it was not kept")
                    .arg(versionId, version.fileName));
        }
    }

    // A damaged or stale .part must go before the next attempt, which would
    // otherwise resume from its end.
    static void discardPart(const QString &part) {
        QFile file(part);
        if (file.exists() && !file.remove())
            throw common::Error::internal(
                QStringLiteral("%1 cannot be removed: %2").arg(part, file.errorString()));
    }

    FileTransfers &m_owner;
    QString m_broken;
    std::unique_ptr<ReplicaDatabase> m_database;
    std::unique_ptr<FileCache> m_cache;
    std::unique_ptr<UploadQueue> m_queue;
    std::unique_ptr<BlobClient> m_client;
    QStringList m_requests;
    QSet<QString> m_skipPrefetch;
    QTimer m_retry{this};
    std::chrono::milliseconds m_backoff{0};
    bool m_scheduled = false; // a work() step is queued
};

FileTransfers::FileTransfers(Options options, const common::Clock &clock, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_clock(clock)
    , m_online(m_options.online) {
    m_thread.setObjectName(QStringLiteral("hn-files"));
}

FileTransfers::~FileTransfers() {
    stop();
}

void FileTransfers::start() {
    std::lock_guard lock(m_workerMutex);
    if (m_worker)
        return;
    m_worker = new FileTransferWorker(*this);
    m_stopping = false;
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread.start();
    QMetaObject::invokeMethod(m_worker, [worker = m_worker] { worker->begin(); });
    // Asked for while stopped: served now.
    for (const QString &versionId : std::as_const(m_waitingRequests))
        QMetaObject::invokeMethod(m_worker,
                                  [worker = m_worker, versionId] { worker->request(versionId); });
    m_waitingRequests.clear();
}

void FileTransfers::stop() {
    FileTransferWorker *worker = nullptr;
    {
        // From here on callers take the path without a worker; whatever they
        // posted before is still run by the worker (queued before end()).
        std::lock_guard lock(m_workerMutex);
        worker = std::exchange(m_worker, nullptr);
    }
    if (!worker)
        return;
    m_stopping = true;
    m_cancel = true;
    QMetaObject::invokeMethod(
        worker, [worker] { worker->end(); }, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

bool FileTransfers::post(std::function<void(FileTransferWorker &)> work) {
    std::lock_guard lock(m_workerMutex);
    if (!m_worker)
        return false;
    QMetaObject::invokeMethod(m_worker,
                              [worker = m_worker, work = std::move(work)] { work(*worker); });
    return true;
}

void FileTransfers::withQueue(const std::function<void(UploadQueue &)> &change) {
    // Short-lived, on the calling thread: there is no transfer thread to
    // hand the work to, and the entry must be on disk before this returns.
    ReplicaDatabase database(m_options.replicaPath);
    UploadQueue queue(database, m_options.cacheDirectory, m_clock);
    change(queue);
}

QString FileTransfers::enqueueUpload(const QString &documentId, const QString &sourcePath,
                                     const QString &fileName, const QString &mimeType,
                                     const QString &comment) {
    const QString versionId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    if (!post([=](FileTransferWorker &w) {
            w.enqueue(versionId, documentId, sourcePath, fileName, mimeType, comment);
        }))
        withQueue([&](UploadQueue &queue) {
            queue.enqueue(documentId, sourcePath, fileName, mimeType, comment, versionId);
        });
    return versionId;
}

QString FileTransfers::enqueueRestore(const FileVersion &old, const QString &comment) {
    const QString versionId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    if (!post([=](FileTransferWorker &w) { w.enqueueRestore(versionId, old, comment); }))
        withQueue([&](UploadQueue &queue) { queue.enqueueRestore(old, comment, versionId); });
    return versionId;
}

void FileTransfers::retryUpload(const QString &versionId, bool overrideCheckout) {
    if (!post([=](FileTransferWorker &w) { w.retryUpload(versionId, overrideCheckout); }))
        withQueue([&](UploadQueue &queue) { queue.retry(versionId, overrideCheckout); });
}

void FileTransfers::discardUpload(const QString &versionId) {
    if (!post([=](FileTransferWorker &w) { w.discardUpload(versionId); }))
        withQueue([&](UploadQueue &queue) { queue.discard(versionId); });
}

void FileTransfers::setOnline(bool online) {
    const bool was = m_online.exchange(online);
    if (!online) {
        m_cancel = true; // a running transfer stops after its chunk
        return;
    }
    if (!was)
        kick();
}

void FileTransfers::kick() {
    post([](FileTransferWorker &w) { w.kick(); });
}

void FileTransfers::requestFile(const QString &versionId) {
    std::lock_guard lock(m_workerMutex);
    if (!m_worker) {
        if (!m_waitingRequests.contains(versionId))
            m_waitingRequests.append(versionId);
        return;
    }
    QMetaObject::invokeMethod(m_worker,
                              [worker = m_worker, versionId] { worker->request(versionId); });
}

} // namespace hn::client
