// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSqlDatabase>
#include <QString>
#include <functional>
#include <mutex>
#include <vector>

namespace hn::common {

// One named Qt SQL connection per thread for one database object (Qt SQL
// connections must not cross threads; the server's gRPC pool and the
// client's sync thread each use their own). Connections are removed when
// their thread ends (a pool that grows and shrinks must not leak one per
// thread it ever ran) and when this object goes. Shared by the server's
// store and the client's replica.
class ThreadConnections {
public:
    // `kind` starts every connection name ("hn-db", "hn-replica").
    explicit ThreadConnections(const QString &kind);
    ~ThreadConnections();
    ThreadConnections(const ThreadConnections &) = delete;
    ThreadConnections &operator=(const ThreadConnections &) = delete;

    // The calling thread's connection, made by `open(name)` on first use.
    QSqlDatabase connection(const std::function<QSqlDatabase(const QString &name)> &open);
    // Removes every connection of this object (for a constructor that fails
    // after opening one: no destructor runs for a half-built object).
    void removeAll();

private:
    const QString m_prefix;
    std::mutex m_mutex;
    std::vector<QString> m_names;
};

} // namespace hn::common
