// SPDX-License-Identifier: GPL-3.0-or-later
#include "client/app/ProcessStats.h"

#ifdef _WIN32
#include <windows.h>
// windows.h first: psapi.h needs its types.
#include <psapi.h>
#elif defined(__linux__)
#include <QByteArray>
#include <QFile>
#include <QList>
#include <time.h>
#include <unistd.h>
#endif

namespace hn::client {

#ifdef _WIN32

namespace {
qint64 ticks(const FILETIME &time) {
    return (qint64(time.dwHighDateTime) << 32) | qint64(time.dwLowDateTime);
}
} // namespace

qint64 ProcessStats::millisecondsSinceStart() {
    FILETIME created, exited, kernel, user, now;
    if (!GetProcessTimes(GetCurrentProcess(), &created, &exited, &kernel, &user))
        return -1;
    GetSystemTimeAsFileTime(&now);
    return (ticks(now) - ticks(created)) / 10000; // 100 ns units
}

qint64 ProcessStats::residentKilobytes() {
    PROCESS_MEMORY_COUNTERS counters{};
    if (!GetProcessMemoryInfo(GetCurrentProcess(), &counters, sizeof counters))
        return -1;
    return qint64(counters.WorkingSetSize / 1024);
}

#elif defined(__linux__)

qint64 ProcessStats::millisecondsSinceStart() {
    // /proc/self/stat field 22: start time in clock ticks after boot. The
    // command name (field 2) may contain spaces, so count after its ')'.
    QFile file(QStringLiteral("/proc/self/stat"));
    if (!file.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray stat = file.readAll();
    const qsizetype end = stat.lastIndexOf(')');
    if (end < 0)
        return -1;
    const QList<QByteArray> fields = stat.mid(end + 2).split(' ');
    // fields[0] is field 3 (state); field 22 is fields[19].
    if (fields.size() < 20)
        return -1;
    bool ok = false;
    const qint64 startTicks = fields.at(19).toLongLong(&ok);
    const long ticksPerSecond = sysconf(_SC_CLK_TCK);
    timespec now{};
    if (!ok || ticksPerSecond <= 0 || clock_gettime(CLOCK_BOOTTIME, &now) != 0)
        return -1;
    const qint64 nowMs = qint64(now.tv_sec) * 1000 + now.tv_nsec / 1000000;
    return nowMs - startTicks * 1000 / ticksPerSecond;
}

qint64 ProcessStats::residentKilobytes() {
    // /proc files report size 0: read to the end, not by atEnd().
    QFile file(QStringLiteral("/proc/self/status"));
    if (!file.open(QIODevice::ReadOnly))
        return -1;
    const QList<QByteArray> lines = file.readAll().split('\n');
    for (const QByteArray &line : lines) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).simplified().split(' ').value(0).toLongLong();
    }
    return -1;
}

#else

// Other systems (macOS, BSD): not measured; the benchmark runs on Linux
// and Windows.
qint64 ProcessStats::millisecondsSinceStart() {
    return -1;
}

qint64 ProcessStats::residentKilobytes() {
    return -1;
}

#endif

} // namespace hn::client
