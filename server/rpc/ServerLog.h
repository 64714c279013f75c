// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <functional>
#include <initializer_list>
#include <mutex>
#include <utility>

namespace hn::server {

enum class LogLevel { Error, Warning, Info, Debug };

// The server's log: one line per event in logfmt (`key=value ...`), easy
// to read and to grep, parsed by journald tooling. Never given passwords
// or tokens. Thread-safe; writes to standard error unless a test sets a sink.
class ServerLog {
public:
    using Field = std::pair<QString, QString>;
    using Sink = std::function<void(const QString &line)>;

    explicit ServerLog(LogLevel level = LogLevel::Info);
    // "error", "warning", "info", "debug"; unknown names mean info.
    static LogLevel parseLevel(const QString &name);

    void setSink(Sink sink);
    bool enabled(LogLevel level) const { return level <= m_level; }
    void write(LogLevel level, const QString &event, std::initializer_list<Field> fields);
    // Start and stop of the server: rare, and needed whatever the level
    // (scripts wait for "listening" to learn the port), so never filtered.
    void lifecycle(const QString &event, std::initializer_list<Field> fields);

private:
    void emitLine(const char *level, const QString &event, std::initializer_list<Field> fields);

    LogLevel m_level;
    std::mutex m_mutex;
    Sink m_sink;
};

} // namespace hn::server
