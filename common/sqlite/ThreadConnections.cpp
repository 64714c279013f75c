// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/sqlite/ThreadConnections.h"

#include <QStringList>
#include <algorithm>
#include <atomic>

namespace hn::common {

namespace {

std::atomic<quint64> g_nextObject{1};
std::atomic<quint64> g_nextThread{1};

// A number per thread that is never reused, unlike OS thread ids: a pool
// thread that exits and a new one that happens to get its id must not share
// a connection name.
quint64 threadSerial() {
    thread_local const quint64 serial = g_nextThread++;
    return serial;
}

// The connections this thread opened, removed when the thread ends. Names
// are unique per object and thread and never reused: if the object is
// already gone (its destructor removed the connection), the name is simply
// no longer registered and nothing happens.
struct ThisThread {
    QStringList names;

    ~ThisThread() {
        for (const QString &name : std::as_const(names)) {
            if (QSqlDatabase::contains(name))
                QSqlDatabase::removeDatabase(name);
        }
    }

    void add(const QString &name) {
        names.removeIf([](const QString &n) { return !QSqlDatabase::contains(n); });
        names.append(name);
    }
};

ThisThread &thisThread() {
    thread_local ThisThread connections;
    return connections;
}

} // namespace

ThreadConnections::ThreadConnections(const QString &kind)
    : m_prefix(QStringLiteral("%1-%2-thread-").arg(kind).arg(g_nextObject++)) {}

ThreadConnections::~ThreadConnections() {
    removeAll();
}

QSqlDatabase
ThreadConnections::connection(const std::function<QSqlDatabase(const QString &)> &open) {
    const QString name = m_prefix + QString::number(threadSerial());
    if (QSqlDatabase::contains(name))
        return QSqlDatabase::database(name, false);

    QSqlDatabase db = open(name);
    // Touched only after Qt set up its own per-thread data for the driver,
    // so this thread's list is destroyed first when the thread exits.
    thisThread().add(name);
    std::lock_guard lock(m_mutex);
    std::erase_if(m_names, [](const QString &n) { return !QSqlDatabase::contains(n); });
    m_names.push_back(name);
    return db;
}

void ThreadConnections::removeAll() {
    std::lock_guard lock(m_mutex);
    for (const QString &name : m_names)
        QSqlDatabase::removeDatabase(name);
    m_names.clear();
}

} // namespace hn::common
