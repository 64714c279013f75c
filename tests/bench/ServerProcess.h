// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QProcess>
#include <QString>

namespace hn::test {

// helfernetz-server serving a data dir on 127.0.0.1 with a free port, as a
// child process (stopped with SIGTERM when this object goes).
class ServerProcess {
public:
    explicit ServerProcess(const QString &dataDir);
    ~ServerProcess();
    int port() const { return m_port; }

private:
    QProcess m_process;
    int m_port = 0;
};

} // namespace hn::test
