// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/bench/ServerProcess.h"

#include <QRegularExpression>
#include <stdexcept>

namespace hn::test {

ServerProcess::ServerProcess(const QString &dataDir) {
    m_process.setReadChannel(QProcess::StandardError);
    m_process.start(QStringLiteral(HN_SERVER_BINARY),
                    {QStringLiteral("serve"), QStringLiteral("--data"), dataDir,
                     QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"),
                     QStringLiteral("--log-level"), QStringLiteral("warning")});
    if (!m_process.waitForStarted(10000))
        throw std::runtime_error("cannot start helfernetz-server");
    // "listening" is a lifecycle line, printed whatever the log level.
    static const QRegularExpression listening(QStringLiteral("event=listening .*port=(\\d+)"));
    QString log;
    for (int i = 0; i < 300 && m_port == 0; ++i) {
        m_process.waitForReadyRead(100);
        log += QString::fromUtf8(m_process.readAllStandardError());
        if (const auto match = listening.match(log); match.hasMatch())
            m_port = match.captured(1).toInt();
        if (m_process.state() != QProcess::Running)
            break;
    }
    if (m_port == 0)
        throw std::runtime_error("helfernetz-server did not start: " + log.toStdString());
}

ServerProcess::~ServerProcess() {
    m_process.terminate();
    if (!m_process.waitForFinished(10000))
        m_process.kill();
}

} // namespace hn::test
