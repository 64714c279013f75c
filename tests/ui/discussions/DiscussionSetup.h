// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Space.h"
#include "common/User.h"
#include "tests/ui/support/UiSession.h"

#include <QModelIndex>
#include <QString>

class QAbstractItemView;
class QWidget;

namespace hn::test {

// A real server with one team area (Anna and Ben authors, Mona moderator)
// and one area open to guests (Gerd, a guest), for the discussions tests.
struct DiscussionSetup {
    static constexpr const char *kPassword = "Passwort-1234";

    DiscussionSetup();

    // A signed-in session whose permissions already know the areas.
    std::unique_ptr<UiSession> signIn(const common::User &user);

    TestServer server;
    common::Space team;
    common::Space open;
    common::User anna;
    common::User ben;
    common::User mona;
    common::User gerd;
};

// A thread with a first post, made through the workspace (not the widgets).
QString startThread(client::Workspace &workspace, const QString &spaceId, const QString &title,
                    const QString &body);
QString writePost(client::Workspace &workspace, const QString &spaceId, const QString &threadId,
                  const QString &body);

// Makes the widget's window the active one, so keyboard focus and shortcuts
// work as for a person at the screen.
void activate(QWidget *widget);

// Clicks the middle of a row of a view, as a person would.
void clickRow(QAbstractItemView *view, const QModelIndex &index);

} // namespace hn::test
