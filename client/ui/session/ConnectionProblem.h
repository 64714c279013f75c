// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Error.h"

#include <QCoreApplication>
#include <QString>

namespace hn::client {

// What went wrong talking to the server, in words a person can act on:
// wrong password, server not reachable, a certificate that is not
// trusted, too many attempts. The technical detail stays in the text's
// last sentence for the help desk.
class ConnectionProblem {
    Q_DECLARE_TR_FUNCTIONS(hn::client::ConnectionProblem)
public:
    static QString describe(const common::Error &error, const QString &server);
    // The TLS handshake or certificate check failed.
    static bool isTlsProblem(const common::Error &error);
};

} // namespace hn::client
