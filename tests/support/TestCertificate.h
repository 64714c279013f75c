// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace hn::test {

// A self-signed certificate for "localhost" / 127.0.0.1, made by the
// openssl command line tool into `directory` (a test's temporary dir).
// The certificate doubles as the CA file the client trusts.
struct TestCertificate {
    QString certFile;
    QString keyFile;

    // Throws std::runtime_error when openssl is missing or fails.
    static TestCertificate create(const QString &directory);
};

} // namespace hn::test
