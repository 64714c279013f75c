// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace hn::client {

// An uploaded file's name as it may be written on this device and opened
// here. Names come from other people's devices, so they are not trusted:
// no directory part, nothing Windows refuses (\ / : * ? " < > |, control
// characters, trailing dots or spaces, the device names CON, PRN, AUX, NUL,
// COM1-9, LPT1-9 with any extension), and programs or scripts are never
// handed to the system to open (they would run, not show).
class DocumentFileName {
public:
    // A name safe on Windows and Linux; `fallback` when nothing is left.
    static QString safe(const QString &uploadedName, const QString &fallback);
    // Whether the name's extension is one Windows or Linux runs rather
    // than shows (exe, bat, js, sh, desktop, ...).
    static bool isRunnable(const QString &fileName);
};

} // namespace hn::client
