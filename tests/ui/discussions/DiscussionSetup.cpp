// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/ui/discussions/DiscussionSetup.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QTest>
#include <catch2/catch.hpp>

namespace hn::test {

using common::GlobalRole;
using common::SpaceLevel;

DiscussionSetup::DiscussionSetup() {
    const QString password = QString::fromLatin1(kPassword);
    team = server.addSpace(QStringLiteral("Unterkunft"));
    open = server.addSpace(QStringLiteral("Öffentliche Infos"), true, common::SpaceKind::Public);
    anna = server.addUser(QStringLiteral("anna@kreis-beispiel.de"), password, GlobalRole::Member);
    ben = server.addUser(QStringLiteral("ben@kreis-beispiel.de"), password, GlobalRole::Member);
    mona = server.addUser(QStringLiteral("mona@kreis-beispiel.de"), password, GlobalRole::Member);
    gerd = server.addUser(QStringLiteral("gerd@example.org"), password, GlobalRole::Guest);
    for (const common::Space &space : {team, open}) {
        server.setMembership(space.id, anna.id, SpaceLevel::Author);
        server.setMembership(space.id, ben.id, SpaceLevel::Author);
        server.setMembership(space.id, mona.id, SpaceLevel::Moderator);
    }
}

std::unique_ptr<UiSession> DiscussionSetup::signIn(const common::User &user) {
    auto session = std::make_unique<UiSession>(server, user.email, QString::fromLatin1(kPassword));
    REQUIRE(session->waitForSync());
    session->workspace().refresh();
    return session;
}

QString startThread(client::Workspace &workspace, const QString &spaceId, const QString &title,
                    const QString &body) {
    const common::Record thread =
        workspace.create(common::EntityType::Thread, spaceId, {{QStringLiteral("title"), title}});
    writePost(workspace, spaceId, thread.meta.id, body);
    return thread.meta.id;
}

QString writePost(client::Workspace &workspace, const QString &spaceId, const QString &threadId,
                  const QString &body) {
    return workspace
        .create(common::EntityType::Post, spaceId,
                {{QStringLiteral("thread_id"), threadId}, {QStringLiteral("body"), body}})
        .meta.id;
}

void activate(QWidget *widget) {
    QWidget *window = widget->window();
    window->activateWindow();
    QApplication::setActiveWindow(window);
    REQUIRE(QTest::qWaitForWindowActive(window));
}

void clickRow(QAbstractItemView *view, const QModelIndex &index) {
    REQUIRE(index.isValid());
    view->scrollTo(index);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(index).center());
}

} // namespace hn::test
