// SPDX-License-Identifier: GPL-3.0-or-later
#include "client/ui/session/ConnectionProblem.h"

namespace hn::client {

bool ConnectionProblem::isTlsProblem(const common::Error &error) {
    if (error.code() != common::ErrorCode::Unavailable
        && error.code() != common::ErrorCode::Internal)
        return false;
    const QString text = error.message().toLower();
    for (const char *word : {"ssl", "tls", "certificate", "handshake"})
        if (text.contains(QLatin1String(word)))
            return true;
    return false;
}

QString ConnectionProblem::describe(const common::Error &error, const QString &server) {
    if (isTlsProblem(error))
        return tr("The secure connection to %1 failed: the server's certificate is not trusted "
                  "or does not match its address. If your organisation uses a certificate of "
                  "its own, choose its CA file. (%2)")
            .arg(server, error.message());
    switch (error.code()) {
    case common::ErrorCode::Unauthenticated:
        return tr("The e-mail address or the password is not correct.");
    case common::ErrorCode::Unavailable:
        return tr("Helfernetz cannot reach the server at %1. Check the server address and the "
                  "network connection. (%2)")
            .arg(server, error.message());
    case common::ErrorCode::ResourceExhausted:
        return tr("Too many attempts. Please wait a moment and try again. (%1)")
            .arg(error.message());
    case common::ErrorCode::PermissionDenied:
        return tr("The server refused: %1").arg(error.message());
    default:
        return error.describe();
    }
}

} // namespace hn::client
