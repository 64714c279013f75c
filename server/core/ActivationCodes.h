// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QSqlDatabase>
#include <QString>

namespace hn::server {

// A code as handed to the admin: the only time it exists in clear.
struct IssuedActivationCode {
    QString code; // "7KQM-3XTD-9PHW-C4RA"
    QDateTime expiresAt;
};

// One-time activation codes: 16 characters from an alphabet without
// look-alikes (no 0/O, 1/I/L, 5/S, 8/B), about 76 bits, in groups of four
// so they can be read out on the phone. Only a SHA-256 of the normalised
// code is stored: the code is random enough that no slow hash is needed,
// and guessing is throttled like a login.
class ActivationCodes {
public:
    static constexpr int kLength = 16;

    static QString generate();
    // Upper-case without dashes and spaces; empty if the input cannot be a
    // code (wrong length or a character outside the alphabet).
    static QString normalize(const QString &typed);
    static QByteArray hash(const QString &normalized);

    // Replaces the account's code with a fresh one, in the caller's write
    // transaction. `purpose`: "activate" or "reset".
    static IssuedActivationCode issue(QSqlDatabase db, const QString &userId,
                                      const QString &purpose, const QString &issuedBy,
                                      const QDateTime &now, int validDays);
    // Whether `typed` is the account's unexpired code (constant-time compare).
    static bool matches(QSqlDatabase db, const QString &userId, const QString &typed,
                        const QDateTime &now);
};

} // namespace hn::server
