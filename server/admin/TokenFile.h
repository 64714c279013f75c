// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QString>
#include <optional>

namespace hn::server {

// The console's saved login: server, e-mail and session token in a JSON
// file under the user's config directory, readable only by its owner.
struct SavedLogin {
    QString server;
    QString email;
    QString token;
    QDateTime expiresAt;
};

class TokenFile {
public:
    // <config dir>/helfernetz-admin/login.json (XDG_CONFIG_HOME on Linux,
    // %APPDATA% on Windows).
    static QString path();
    static std::optional<SavedLogin> load();
    // Creates the file owner-only before anything secret is written to it.
    // Throws common::Error(Unavailable) if it cannot be written.
    static void save(const SavedLogin &login);
    static bool remove();
};

} // namespace hn::server
