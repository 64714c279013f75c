// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Space.h"
#include "common/User.h"
#include "tests/support/TestServer.h"

#include <QApplication>
#include <QJsonObject>
#include <QPointer>
#include <QTimer>
#include <functional>

namespace hn::test {

inline const QString kSyncPassword = QStringLiteral("Test-Passwort-123");

// A server with a team space and two editors in it, Anna and Bernd.
struct SyncNetwork {
    TestServer server;
    common::Space space;
    common::User anna;
    common::User bernd;

    SyncNetwork() {
        space = server.addSpace(QStringLiteral("Soziale Betreuung"));
        anna =
            server.addUser(QStringLiteral("anna@x.de"), kSyncPassword, common::GlobalRole::Member);
        bernd =
            server.addUser(QStringLiteral("bernd@x.de"), kSyncPassword, common::GlobalRole::Member);
        server.setMembership(space.id, anna.id, common::SpaceLevel::Editor);
        server.setMembership(space.id, bernd.id, common::SpaceLevel::Editor);
    }
};

inline QJsonObject personFields(const QString &given, const QString &family) {
    return {{QStringLiteral("kind"), QStringLiteral("person")},
            {QStringLiteral("given_name"), given},
            {QStringLiteral("family_name"), family}};
}

// Runs `act` on the next modal widget of type T once it is shown (a
// confirmation, a file dialog): modal dialogs run their own event loop,
// so the test acts from a timer inside it. Gives up after `timeoutMs`.
template <class T> void whenModal(std::function<void(T *)> act, int timeoutMs = 10000) {
    auto *timer = new QTimer(qApp);
    auto waited = std::make_shared<int>(0);
    QObject::connect(timer, &QTimer::timeout, qApp, [timer, act, waited, timeoutMs] {
        *waited += timer->interval();
        if (auto *w = qobject_cast<T *>(QApplication::activeModalWidget())) {
            timer->stop();
            timer->deleteLater();
            act(w);
        } else if (*waited > timeoutMs) {
            timer->stop();
            timer->deleteLater();
        }
    });
    timer->start(20);
}

} // namespace hn::test
