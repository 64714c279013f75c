// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <optional>
#include <string>

namespace hn::common {

// Reading secrets at a console (helfernetz-server init, helfernetz-admin
// login). The only file with platform-specific console calls.
class TerminalInput {
public:
    // Whether standard input is an interactive terminal.
    static bool isInteractive();
    // Prints `prompt` to standard error and reads one line from standard
    // input without echoing it when it is a terminal. nullopt on end of input.
    static std::optional<std::string> readSecret(const QString &prompt);
    // Reads one line from standard input with echo. nullopt on end of input.
    static std::optional<std::string> readLine(const QString &prompt);
};

} // namespace hn::common
