// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "client/ui/shell/Workspace.h"
#include "common/Clock.h"
#include "tests/support/TestServer.h"

#include <QTemporaryDir>
#include <functional>
#include <memory>

namespace hn::test {

// Processes events until `condition` holds or `timeoutMs` passed; returns
// whether it holds. GUI tests wait on what the person would see, never on
// fixed sleeps.
bool waitUntil(const std::function<bool()> &condition, int timeoutMs = 15000);

// One person signed in on one device for a GUI test: a real login at the
// test server, a profile directory of its own and a started Workspace
// (engine and transfers on their threads, short retries).
class UiSession {
public:
    UiSession(TestServer &server, const QString &email, const QString &password);
    ~UiSession();

    client::Workspace &workspace() { return *m_workspace; }
    const QString &profileDirectory() const { return m_profileDirectory; }
    const common::User &user() const { return m_workspace->user(); }

    // Waits until the engine finished a round with nothing left to push.
    bool waitForSync(int timeoutMs = 15000);

private:
    common::SystemClock m_clock;
    QTemporaryDir m_dir;
    QString m_profileDirectory;
    std::unique_ptr<client::Workspace> m_workspace;
};

} // namespace hn::test
