// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "client/core/ServerEndpoint.h"

#include <QStringList>
#include <exception>

namespace hn::server {

// helfernetz-admin's exit codes (documented in the README and --help).
enum AdminExit : int {
    AdminOk = 0,
    AdminUsage = 1,
    AdminDenied = 2, // not logged in, session ended, or not allowed
    AdminNotFound = 3,
    AdminUnreachable = 4,
    AdminServerError = 5, // the server refused the input or failed
};

// What every command gets: where the server is, the output format, and
// the session token (HELFERNETZ_TOKEN, else the saved login).
struct ConsoleContext {
    client::ServerEndpoint endpoint;
    bool json = false;
    QString token;
    // The token came from the saved login (not HELFERNETZ_TOKEN), so an
    // ended session removes the file.
    bool tokenFromFile = false;

    // Throws common::Error(Unauthenticated) when there is no token.
    void requireToken() const;
};

// A mistake on the command line (exit code 1): thrown by commands,
// printed by AdminConsole with the command's name.
class UsageError : public std::exception {
public:
    explicit UsageError(QString message)
        : m_message(std::move(message)) {}
    const QString &message() const { return m_message; }
    const char *what() const noexcept override { return "usage error"; }

private:
    QString m_message;
};

// Parses the global options, picks the command and maps errors to exit codes.
class AdminConsole {
public:
    static int run(const QStringList &arguments);
};

} // namespace hn::server
