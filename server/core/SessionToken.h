// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

namespace hn::server {

// Session tokens: 256 random bits, sent base64url-encoded (43 characters),
// stored only as their SHA-256 so a copy of the database opens no session.
class SessionToken {
public:
    static constexpr int kRandomBytes = 32;
    static constexpr int kEncodedLength = 43;

    static QString generate();
    // SHA-256 of the token's text as sent.
    static QByteArray hash(const QString &token);
    // Whether `token` has the form generate() produces (checked before any lookup).
    static bool isWellFormed(const QString &token);
};

} // namespace hn::server
