// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/TerminalInput.h"

#include <cstdio>
#include <iostream>

#ifdef _WIN32
#include <io.h>
#include <windows.h>
#else
#include <termios.h>
#include <unistd.h>
#endif

namespace hn::common {

namespace {

// Turns terminal echo off for its lifetime, restoring it even when reading throws.
class EchoOff {
public:
    EchoOff() {
#ifdef _WIN32
        m_handle = GetStdHandle(STD_INPUT_HANDLE);
        if (GetConsoleMode(m_handle, &m_saved))
            m_active = SetConsoleMode(m_handle, m_saved & ~DWORD(ENABLE_ECHO_INPUT)) != 0;
#else
        if (tcgetattr(STDIN_FILENO, &m_saved) == 0) {
            termios quiet = m_saved;
            quiet.c_lflag &= ~tcflag_t(ECHO);
            m_active = tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet) == 0;
        }
#endif
    }
    ~EchoOff() {
        if (!m_active)
            return;
#ifdef _WIN32
        SetConsoleMode(m_handle, m_saved);
#else
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &m_saved);
#endif
    }
    EchoOff(const EchoOff &) = delete;
    EchoOff &operator=(const EchoOff &) = delete;

private:
    bool m_active = false;
#ifdef _WIN32
    HANDLE m_handle = nullptr;
    DWORD m_saved = 0;
#else
    termios m_saved{};
#endif
};

std::optional<std::string> readOneLine() {
    std::string line;
    if (!std::getline(std::cin, line))
        return std::nullopt;
    if (!line.empty() && line.back() == '\r')
        line.pop_back();
    return line;
}

} // namespace

bool TerminalInput::isInteractive() {
#ifdef _WIN32
    return _isatty(_fileno(stdin)) != 0;
#else
    return isatty(STDIN_FILENO) != 0;
#endif
}

std::optional<std::string> TerminalInput::readSecret(const QString &prompt) {
    std::cerr << prompt.toStdString() << std::flush;
    std::optional<std::string> line;
    if (isInteractive()) {
        EchoOff echoOff;
        line = readOneLine();
        std::cerr << '\n';
    } else {
        line = readOneLine();
    }
    return line;
}

std::optional<std::string> TerminalInput::readLine(const QString &prompt) {
    std::cerr << prompt.toStdString() << std::flush;
    return readOneLine();
}

} // namespace hn::common
