// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/ui/support/UiSession.h"

#include "client/core/AuthClient.h"

#include <QCoreApplication>
#include <QElapsedTimer>

namespace hn::test {

bool waitUntil(const std::function<bool()> &condition, int timeoutMs) {
    QElapsedTimer timer;
    timer.start();
    while (!condition()) {
        if (timer.elapsed() > timeoutMs)
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    }
    return true;
}

UiSession::UiSession(TestServer &server, const QString &email, const QString &password) {
    client::AuthClient auth(server.endpoint());
    const client::SessionInfo session =
        auth.login(email, password.toStdString(), QStringLiteral("GUI-Test"));
    m_profileDirectory = m_dir.filePath(QStringLiteral("profile"));

    client::Workspace::Options options;
    options.endpoint = server.endpoint();
    options.token = session.token;
    options.profileDirectory = m_profileDirectory;
    options.user = session.identity.user;
    options.engine.firstRetry = std::chrono::milliseconds(100);
    options.engine.maxRetry = std::chrono::milliseconds(500);
    options.transfers.firstRetry = std::chrono::milliseconds(100);
    options.transfers.maxRetry = std::chrono::milliseconds(500);
    m_workspace = std::make_unique<client::Workspace>(options, m_clock);
    m_workspace->start();
}

UiSession::~UiSession() {
    m_workspace->stop();
}

bool UiSession::waitForSync(int timeoutMs) {
    client::SyncEngine *engine = m_workspace->engine();
    return waitUntil(
        [&] {
            const client::SyncCounts counts = m_workspace->replica().counts();
            return engine->state() == client::SyncEngine::State::Idle
                   && engine->lastSync().isValid() && counts.pending == 0 && counts.inFlight == 0;
        },
        timeoutMs);
}

} // namespace hn::test
