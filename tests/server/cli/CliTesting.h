// SPDX-License-Identifier: GPL-3.0-or-later
// Running helfernetz-server and helfernetz-admin as real processes, for the
// command-line tests.
#pragma once

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QThread>
#include <catch2/catch.hpp>
#include <optional>

namespace hn::test::cli {

inline const QString kServer = QStringLiteral(HN_SERVER_BINARY);
inline const QString kAdmin = QStringLiteral(HN_ADMIN_BINARY);
inline const QByteArray kPassword = "Erstes-Admin-Passwort";

struct Result {
    int exitCode = -1;
    QString out;
    QString err;
};

inline Result run(const QString &program, const QStringList &args, const QByteArray &input = {},
                  const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment(),
                  const QString &workingDirectory = {}) {
    QProcess process;
    process.setProcessEnvironment(env);
    process.setWorkingDirectory(workingDirectory);
    process.start(program, args);
    REQUIRE(process.waitForStarted(10000));
    process.write(input);
    process.closeWriteChannel();
    REQUIRE(process.waitForFinished(60000));
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

inline Result init(const QString &dataDir, const QByteArray &password = kPassword + '\n') {
    return run(kServer,
               {QStringLiteral("init"), QStringLiteral("--data"), dataDir,
                QStringLiteral("--admin-email"), QStringLiteral("Admin@Kreis-Beispiel.de"),
                QStringLiteral("--password-stdin")},
               password);
}

// The test's environment without the variables that name a server
// configuration, so only a test's own flags and variables count.
inline QProcessEnvironment withoutServerVariables() {
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("HELFERNETZ_CONFIG"));
    env.remove(QStringLiteral("HELFERNETZ_DATA"));
    return env;
}

inline void writeFile(const QString &path, const QByteArray &bytes) {
    REQUIRE(QDir().mkpath(QFileInfo(path).absolutePath()));
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    REQUIRE(file.write(bytes) == bytes.size());
}

inline QByteArray readFile(const QString &path) {
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

// What to put before a command so that file permissions apply to it: nothing
// for an ordinary account; for root, which reads every file, setpriv as
// "nobody" (uid and gid 65534). nullopt when neither works (root without
// setpriv, or Windows, where Qt sees no file permissions). `probeDir` is a
// folder the test may write to.
inline std::optional<QStringList> permissionsApplyingPrefix(const QString &probeDir) {
    const QString probe = QDir(probeDir).filePath(QStringLiteral("permission-probe"));
    writeFile(probe, "x");
    REQUIRE(QFile::setPermissions(probe, QFileDevice::WriteOwner));
    const bool readsEverything = QFileInfo(probe).isReadable();
    QFile::setPermissions(probe, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    QFile::remove(probe);
    if (!readsEverything)
        return QStringList();
    const QString setpriv = QStandardPaths::findExecutable(QStringLiteral("setpriv"));
    if (setpriv.isEmpty())
        return std::nullopt;
    return QStringList{setpriv, QStringLiteral("--reuid=65534"), QStringLiteral("--regid=65534"),
                       QStringLiteral("--clear-groups"), QStringLiteral("--")};
}

// A `serve` process; stopped with SIGTERM by stop() or the destructor.
class ServeProcess {
public:
    explicit ServeProcess(const QStringList &args,
                          const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment(),
                          const QString &workingDirectory = {}) {
        m_process.setProcessEnvironment(env);
        m_process.setWorkingDirectory(workingDirectory);
        m_process.setProcessChannelMode(QProcess::SeparateChannels);
        m_process.setReadChannel(QProcess::StandardError);
        m_process.start(kServer, QStringList{QStringLiteral("serve")} + args);
        REQUIRE(m_process.waitForStarted(10000));
    }
    ~ServeProcess() {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.kill();
            m_process.waitForFinished(5000);
        }
    }
    // Waits for the "listening" log line and returns the bound port (0 if the process ended).
    int waitForPort() {
        static const QRegularExpression listening(QStringLiteral("event=listening .*port=(\\d+)"));
        for (int i = 0; i < 200 && m_process.state() == QProcess::Running; ++i) {
            m_process.waitForReadyRead(100);
            m_stderr += QString::fromUtf8(m_process.readAllStandardError());
            if (const auto match = listening.match(m_stderr); match.hasMatch())
                return match.captured(1).toInt();
        }
        m_process.waitForFinished(5000);
        m_stderr += QString::fromUtf8(m_process.readAllStandardError());
        return 0;
    }
    int stop() {
        m_process.terminate(); // SIGTERM
        REQUIRE(m_process.waitForFinished(15000));
        m_stderr += QString::fromUtf8(m_process.readAllStandardError());
        return m_process.exitStatus() == QProcess::NormalExit ? m_process.exitCode() : -1;
    }
    int exitCode() {
        m_process.waitForFinished(15000);
        m_stderr += QString::fromUtf8(m_process.readAllStandardError());
        return m_process.exitCode();
    }
    const QString &log() const { return m_stderr; }

private:
    QProcess m_process;
    QString m_stderr;
};

} // namespace hn::test::cli
