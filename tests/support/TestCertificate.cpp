// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/support/TestCertificate.h"

#include <QDir>
#include <QProcess>
#include <stdexcept>

namespace hn::test {

TestCertificate TestCertificate::create(const QString &directory) {
    TestCertificate cert{QDir(directory).filePath(QStringLiteral("server-cert.pem")),
                         QDir(directory).filePath(QStringLiteral("server-key.pem"))};
    QProcess openssl;
    openssl.start(QStringLiteral("openssl"),
                  {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                   QStringLiteral("ec"), QStringLiteral("-pkeyopt"),
                   QStringLiteral("ec_paramgen_curve:prime256v1"), QStringLiteral("-nodes"),
                   QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-subj"),
                   QStringLiteral("/CN=localhost"), QStringLiteral("-addext"),
                   QStringLiteral("subjectAltName=DNS:localhost,IP:127.0.0.1"),
                   QStringLiteral("-keyout"), cert.keyFile, QStringLiteral("-out"), cert.certFile});
    if (!openssl.waitForFinished(30000) || openssl.exitStatus() != QProcess::NormalExit
        || openssl.exitCode() != 0) {
        throw std::runtime_error("openssl could not create a test certificate: "
                                 + openssl.readAllStandardError().toStdString()
                                 + openssl.errorString().toStdString());
    }
    return cert;
}

} // namespace hn::test
