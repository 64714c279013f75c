// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/rpc/ServerLog.h"

#include <QDateTime>
#include <cstdio>

namespace hn::server {

namespace {

const char *levelName(LogLevel level) {
    switch (level) {
    case LogLevel::Error:
        return "error";
    case LogLevel::Warning:
        return "warning";
    case LogLevel::Info:
        return "info";
    case LogLevel::Debug:
        return "debug";
    }
    return "info";
}

// logfmt: quote values with spaces, quotes or '='; escape quotes, backslashes
// and line breaks so one event is always one line.
QString formatValue(const QString &value) {
    const bool needsQuotes = value.isEmpty() || value.contains(u' ') || value.contains(u'"')
                             || value.contains(u'=') || value.contains(u'\n')
                             || value.contains(u'\\');
    if (!needsQuotes)
        return value;
    QString escaped = value;
    escaped.replace(u'\\', QStringLiteral("\\\\"))
        .replace(u'"', QStringLiteral("\\\""))
        .replace(u'\n', QStringLiteral("\\n"))
        .replace(u'\r', QStringLiteral("\\r"));
    return u'"' + escaped + u'"';
}

} // namespace

ServerLog::ServerLog(LogLevel level)
    : m_level(level) {}

LogLevel ServerLog::parseLevel(const QString &name) {
    if (name == u"error")
        return LogLevel::Error;
    if (name == u"warning")
        return LogLevel::Warning;
    if (name == u"debug")
        return LogLevel::Debug;
    return LogLevel::Info;
}

void ServerLog::setSink(Sink sink) {
    std::lock_guard lock(m_mutex);
    m_sink = std::move(sink);
}

void ServerLog::write(LogLevel level, const QString &event, std::initializer_list<Field> fields) {
    if (enabled(level))
        emitLine(levelName(level), event, fields);
}

void ServerLog::lifecycle(const QString &event, std::initializer_list<Field> fields) {
    emitLine("notice", event, fields);
}

void ServerLog::emitLine(const char *level, const QString &event,
                         std::initializer_list<Field> fields) {
    QString line = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)
                   + QStringLiteral(" level=") + QLatin1String(level) + QStringLiteral(" event=")
                   + formatValue(event);
    for (const auto &[key, value] : fields)
        line += u' ' + key + u'=' + formatValue(value);

    std::lock_guard lock(m_mutex);
    if (m_sink) {
        m_sink(line);
    } else {
        std::fprintf(stderr, "%s\n", line.toUtf8().constData());
        std::fflush(stderr);
    }
}

} // namespace hn::server
