// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/TerminalInput.h"

#include <cstdio>
#include <iostream>

#ifdef _WIN32
#include <io.h>
#include <iterator>
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

#ifdef _WIN32
bool isConsole(HANDLE handle) {
    DWORD mode = 0;
    return GetConsoleMode(handle, &mode) != 0;
}

// What is typed at a Windows console arrives as UTF-16 through ReadConsoleW.
// std::cin reads through ReadFile, which converts to the console's input code
// page: the OEM page (850) by default, and with SetConsoleCP(CP_UTF8) the
// console host of Windows 10 hands back a NUL byte for every non-ASCII
// character (microsoft/terminal#4551). Either way a password with an umlaut
// would not be the one typed. nullopt at end of input (Ctrl+Z and Enter at
// the start of a line, as std::cin sees it) or when the console cannot be read.
std::optional<std::string> readConsoleLine(HANDLE input) {
    std::wstring line;
    wchar_t buffer[256];
    while (line.empty() || line.back() != L'\n') {
        DWORD read = 0;
        if (!ReadConsoleW(input, buffer, DWORD(std::size(buffer)), &read, nullptr))
            return std::nullopt;
        if (read == 0) {
            if (line.empty())
                return std::nullopt;
            break;
        }
        line.append(buffer, read);
    }
    if (!line.empty() && line.front() == L'\x1a')
        return std::nullopt;
    while (!line.empty() && (line.back() == L'\n' || line.back() == L'\r'))
        line.pop_back();
    return QString::fromStdWString(line).toStdString();
}
#endif

std::optional<std::string> readOneLine() {
#ifdef _WIN32
    const HANDLE input = GetStdHandle(STD_INPUT_HANDLE);
    if (isConsole(input))
        return readConsoleLine(input);
#endif
    // A pipe or a file (--password-stdin, scripts) is read byte for byte:
    // UTF-8 as it was written.
    std::string line;
    if (!std::getline(std::cin, line))
        return std::nullopt;
    if (!line.empty() && line.back() == '\r')
        line.pop_back();
    return line;
}

// Prompts go to standard error, so that standard output stays the command's
// result. At a Windows console they are written as UTF-16 (WriteConsoleW):
// a translated prompt then shows its umlauts whatever the console's output
// code page, which only helfernetz-admin sets to UTF-8.
void writePrompt(const QString &prompt) {
    if (prompt.isEmpty())
        return;
#ifdef _WIN32
    const HANDLE error = GetStdHandle(STD_ERROR_HANDLE);
    if (isConsole(error)) {
        std::cerr << std::flush;
        const std::wstring text = prompt.toStdWString();
        DWORD written = 0;
        if (WriteConsoleW(error, text.data(), DWORD(text.size()), &written, nullptr))
            return;
    }
#endif
    std::cerr << prompt.toStdString() << std::flush;
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
    writePrompt(prompt);
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
    writePrompt(prompt);
    return readOneLine();
}

} // namespace hn::common
