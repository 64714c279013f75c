// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/sqlite/ThreadConnections.h"

#include <QSqlDatabase>
#include <QString>
#include <functional>
#include <memory>
#include <mutex>

namespace hn::server {

class WalCheckpointer;

struct DatabaseConfig {
    // Qt SQL driver: "QSQLITE" (embedded default) or "QPSQL" (later issue).
    QString driver = QStringLiteral("QSQLITE");
    // SQLite: path of the database file (created if missing).
    QString path;
    // How long a connection waits for a lock held by another one.
    int busyTimeoutMs = 5000;
};

// The server's database: one named Qt SQL connection per thread (Qt SQL
// connections must not cross threads, and gRPC calls arrive on a pool of
// threads), schema migrated on open, and every write in a transaction.
class Database {
public:
    // Opens the database and migrates it to Migrations::kCurrentVersion.
    // Throws common::Error: Unavailable if the Qt SQL driver is missing or
    // the file cannot be opened, FailedPrecondition if the schema is newer
    // than this program.
    explicit Database(DatabaseConfig config);
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    // Throws common::Error(Unavailable) naming the driver and the Debian
    // package that provides it when the Qt SQL driver is not installed.
    static void requireDriver(const QString &driver);

    // The calling thread's connection, opened (WAL, busy timeout, foreign
    // keys) on first use.
    QSqlDatabase connection();

    // Runs `work` in a write transaction on the calling thread's connection
    // (BEGIN IMMEDIATE on SQLite, so concurrent writers queue on the busy
    // timeout instead of failing at commit). Commits when `work` returns,
    // rolls back and rethrows when it throws.
    void write(const std::function<void(QSqlDatabase &)> &work);

    // Like write(), for transactions that move many megabytes (document
    // file chunks): their commit never runs SQLite's automatic checkpoint,
    // whose fsyncs made uploads wait for the disk most of the time; the
    // WalCheckpointer thread checkpoints beside them instead. Ordinary
    // writes keep the automatic checkpoint, which is faster for small
    // transactions (a push of 1,000 mutations ran 30% slower with every
    // checkpoint moved to the thread).
    void writeBulk(const std::function<void(QSqlDatabase &)> &work);

    // Runs `work` in a read transaction on the calling thread's connection:
    // all its statements see one snapshot of the database, whatever commits
    // meanwhile (the sync feed reads a bucket's head seq and its records
    // this way). Joins a write transaction the thread has open.
    void read(const std::function<void(QSqlDatabase &)> &work);

    int schemaVersion();

    // Called on the writing thread after a write that appended audit lines
    // has committed (Admin.FollowAudit wakes its followers with it). Set
    // once before serving; must be cheap and must not block.
    void setAuditListener(std::function<void()> listener);
    const DatabaseConfig &config() const { return m_config; }

private:
    QSqlDatabase openConnection(const QString &name);

    void openCheckpointConnection();
    void checkpoint();

    DatabaseConfig m_config;
    common::ThreadConnections m_connections;
    std::mutex m_auditListenerMutex;
    std::function<void()> m_auditListener;
    // SQLite only; declared last so that it stops before the connections go.
    std::unique_ptr<WalCheckpointer> m_checkpointer;
};

} // namespace hn::server
