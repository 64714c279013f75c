// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/sqlite/ThreadConnections.h"

#include <QSqlDatabase>
#include <QString>
#include <functional>

namespace hn::client {

// The SQLite file of one (server, user) profile: one named Qt SQL
// connection per thread (Qt SQL connections must not cross threads), WAL,
// busy timeout and foreign keys on every connection, the schema migrated on
// open, and every write in a transaction. The same shape as the server's
// store (server/store/Database), which the client must not link.
class ReplicaDatabase {
public:
    // Opens (creating if missing, with its directory) and migrates the file.
    // Throws common::Error: Unavailable if the QSQLITE driver is missing or
    // the file cannot be opened, FailedPrecondition if its schema is newer
    // than this program.
    explicit ReplicaDatabase(QString path, int busyTimeoutMs = 5000);
    ~ReplicaDatabase();
    ReplicaDatabase(const ReplicaDatabase &) = delete;
    ReplicaDatabase &operator=(const ReplicaDatabase &) = delete;

    // Throws common::Error(Unavailable) naming the Debian package when the
    // Qt SQLite driver is not installed.
    static void requireDriver();

    // The calling thread's connection, opened on first use.
    QSqlDatabase connection();

    enum class Durability {
        Normal, // survives a crash of the program (pulled data, results)
        Full,   // survives a power loss too (a person's edits and decisions)
    };

    // Runs `work` in a write transaction (BEGIN IMMEDIATE) on the calling
    // thread's connection; commits when it returns, rolls back and rethrows
    // when it throws. A nested call joins the outer transaction.
    void write(const std::function<void(QSqlDatabase &)> &work,
               Durability durability = Durability::Normal);
    // The same on a given connection (used by the migrations).
    static void writeTransaction(QSqlDatabase &db, const std::function<void(QSqlDatabase &)> &work);

    int schemaVersion();
    const QString &path() const { return m_path; }

private:
    QSqlDatabase openConnection(const QString &name);

    QString m_path;
    int m_busyTimeoutMs;
    common::ThreadConnections m_connections;
};

} // namespace hn::client
