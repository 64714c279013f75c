// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

namespace hn::client {

// What the operating system knows about this process, for the start-up
// benchmark (--report-first-paint): time since the process was created
// (so the loading of libraries counts too) and resident memory.
// Platform code lives in ProcessStats.cpp only.
class ProcessStats {
public:
    // Milliseconds since the process started; -1 if unknown.
    static qint64 millisecondsSinceStart();
    // Resident set size in kB; -1 if unknown.
    static qint64 residentKilobytes();
};

} // namespace hn::client
