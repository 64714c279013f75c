// SPDX-License-Identifier: GPL-3.0-or-later
// A device of one user for the file tests: a replica and a file cache in
// a profile directory, a real connection, and FileTransfers whose signals
// are recorded so a test can wait for them.
#pragma once

#include "client/core/FileTransfers.h"
#include "client/core/FileVersion.h"
#include "tests/client/sync/SyncTesting.h"

#include <QDir>
#include <QElapsedTimer>
#include <QStringList>
#include <catch2/catch.hpp>
#include <memory>
#include <mutex>
#include <thread>

namespace hn::test {

// What a FileTransfers reported, thread-safe (signals come from its thread).
struct TransferLog {
    mutable std::mutex mutex;
    QMap<QString, QString> ready;     // version -> path
    QMap<QString, QString> failed;    // version -> reason
    QMap<QString, QString> stopped;   // version -> reason
    QStringList finished;             // uploads done
    QMap<QString, qint64> downloaded; // version -> last progress bytes
    int settled = 0;

    template <typename Pred> bool has(Pred pred) const {
        std::lock_guard lock(mutex);
        return pred(*this);
    }
};

class FileDevice : public Device {
public:
    FileDevice(TestServer &server, const QString &email, const QString &password)
        : Device(server, email, password)
        , m_server(server) {}

    ~FileDevice() { m_transfers.reset(); }

    QString cacheDirectory() const {
        return QDir(m_files.path()).filePath(QStringLiteral("files"));
    }

    client::FileTransfers &transfers() {
        if (!m_transfers)
            startTransfers();
        return *m_transfers;
    }

    // A new FileTransfers on the same profile (as after a restart).
    void startTransfers(bool online = true) {
        m_transfers.reset();
        m_log = std::make_unique<TransferLog>();
        client::FileTransfers::Options options;
        options.endpoint = m_server.endpoint();
        options.token = token();
        options.replicaPath = replicaPath();
        options.cacheDirectory = cacheDirectory();
        options.online = online;
        options.firstRetry = std::chrono::milliseconds(100);
        options.maxRetry = std::chrono::milliseconds(500);
        m_transfers = std::make_unique<client::FileTransfers>(options, m_clock);
        TransferLog *log = m_log.get();
        using client::FileTransfers;
        auto *t = m_transfers.get();
        QObject::connect(
            t, &FileTransfers::fileReady, t,
            [log](const QString &id, const QString &path) {
                std::lock_guard lock(log->mutex);
                log->ready.insert(id, path);
            },
            Qt::DirectConnection);
        QObject::connect(
            t, &FileTransfers::transferFailed, t,
            [log](const QString &id, FileTransfers::Kind, const QString &reason) {
                std::lock_guard lock(log->mutex);
                log->failed.insert(id, reason);
            },
            Qt::DirectConnection);
        QObject::connect(
            t, &FileTransfers::uploadStopped, t,
            [log](const QString &id, const QString &reason) {
                std::lock_guard lock(log->mutex);
                log->stopped.insert(id, reason);
            },
            Qt::DirectConnection);
        QObject::connect(
            t, &FileTransfers::uploadFinished, t,
            [log](const QString &id) {
                std::lock_guard lock(log->mutex);
                log->finished << id;
            },
            Qt::DirectConnection);
        QObject::connect(
            t, &FileTransfers::progress, t,
            [log](const QString &id, FileTransfers::Kind kind, qint64 done, qint64) {
                if (kind != FileTransfers::Kind::Download)
                    return;
                std::lock_guard lock(log->mutex);
                log->downloaded.insert(id, done);
            },
            Qt::DirectConnection);
        QObject::connect(
            t, &FileTransfers::settled, t,
            [log] {
                std::lock_guard lock(log->mutex);
                ++log->settled;
            },
            Qt::DirectConnection);
        m_transfers->start();
    }

    void stopTransfers() { m_transfers.reset(); }

    TransferLog &log() { return *m_log; }

    // Waits (up to `seconds`) until `pred(log)` holds.
    template <typename Pred> bool waitFor(Pred pred, int seconds = 30) {
        QElapsedTimer timer;
        timer.start();
        while (!m_log->has(pred)) {
            if (timer.elapsed() > seconds * 1000)
                return false;
            std::this_thread::sleep_for(std::chrono::milliseconds(5));
        }
        return true;
    }

    // Waits until the transfers have nothing left to do after `before`
    // settle notices.
    bool waitSettled(int before, int seconds = 30) {
        return waitFor([before](const TransferLog &l) { return l.settled > before; }, seconds);
    }

    // Settle notices so far; starts the transfers if needed and lets them
    // settle once first, so a later settle is one after the caller's work.
    int settledCount() {
        transfers();
        REQUIRE(waitSettled(0));
        std::lock_guard lock(m_log->mutex);
        return m_log->settled;
    }

    QString uploadAndWait(const QString &documentId, const QString &path,
                          const QString &fileName = {}) {
        const QString id = transfers().enqueueUpload(documentId, path, fileName);
        REQUIRE(waitFor([&](const TransferLog &l) {
            return l.finished.contains(id) || l.stopped.contains(id) || l.failed.contains(id);
        }));
        {
            std::lock_guard lock(m_log->mutex);
            INFO(m_log->stopped.value(id).toStdString() + m_log->failed.value(id).toStdString());
            REQUIRE(m_log->finished.contains(id));
        }
        return id;
    }

    // Asks for the file and waits; the path, or empty with the reason in
    // log().failed.
    QString fetch(const QString &versionId) {
        transfers();
        {
            std::lock_guard lock(m_log->mutex);
            m_log->ready.remove(versionId);
            m_log->failed.remove(versionId);
        }
        m_transfers->requestFile(versionId);
        REQUIRE(waitFor([&](const TransferLog &l) {
            return l.ready.contains(versionId) || l.failed.contains(versionId);
        }));
        std::lock_guard lock(m_log->mutex);
        return m_log->ready.value(versionId);
    }

    QString sourcePath(const QString &name) const { return m_files.filePath(name); }

private:
    TestServer &m_server;
    QTemporaryDir m_files;
    common::SystemClock m_clock;
    std::unique_ptr<TransferLog> m_log;
    std::unique_ptr<client::FileTransfers> m_transfers;
};

} // namespace hn::test
