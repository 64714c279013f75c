// SPDX-License-Identifier: GPL-3.0-or-later
// Long threads: a thousand posts open, lay out and scroll quickly, holding
// only a bounded part of the thread in memory (on a profile opened offline);
// a thread opens where the person stopped reading.
#include "client/ui/discussions/PostDelegate.h"
#include "client/ui/discussions/PostListModel.h"
#include "client/ui/discussions/ReadProgress.h"
#include "client/ui/discussions/ThreadView.h"
#include "client/ui/shell/Workspace.h"
#include "tests/ui/discussions/DiscussionSetup.h"
#include "tests/ui/support/UiSession.h"

#include <QAbstractItemModelTester>
#include <QElapsedTimer>
#include <QListView>
#include <QScrollBar>
#include <QTemporaryDir>
#include <QUuid>
#include <catch2/catch.hpp>

using namespace hn;

TEST_CASE("ThreadView: a thread of 1000 posts opens and scrolls quickly", "[ui][discussions]") {
    QTemporaryDir dir;
    common::SystemClock clock;
    client::Workspace::Options options;
    options.profileDirectory = dir.filePath(QStringLiteral("profile"));
    options.user.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    options.user.role = common::GlobalRole::Member;
    options.user.status = common::AccountStatus::Active;
    client::Workspace workspace(options, clock);
    const QString space = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const common::Record thread = workspace.create(
        common::EntityType::Thread, space, {{QStringLiteral("title"), QStringLiteral("Lang")}});
    constexpr int kPosts = 1000;
    for (int i = 0; i < kPosts; ++i) {
        workspace.create(
            common::EntityType::Post, space,
            {{QStringLiteral("thread_id"), thread.meta.id},
             {QStringLiteral("body"),
              QStringLiteral("Beitrag %1 mit **fett**, einer Liste\n\n- eins\n- zwei\n\nund "
                             "[Link](https://example.org/%1).")
                  .arg(i)}});
    }

    client::ThreadView view(workspace);
    view.resize(900, 700);
    view.show();
    QAbstractItemModelTester tester(view.posts(),
                                    QAbstractItemModelTester::FailureReportingMode::Fatal);
    QElapsedTimer timer;
    timer.start();
    view.showThread(thread.meta.id);
    // Opened at its end: the newest post is in view.
    REQUIRE(test::waitUntil([&] {
        const QListView *list = view.postList();
        const QRect last = list->visualRect(view.posts()->index(kPosts - 1, 0));
        return view.posts()->rowCount() == kPosts && last.isValid()
               && list->viewport()->rect().intersects(last);
    }));
    view.postList()->viewport()->grab(); // paints the visible cards
    const qint64 openMs = timer.elapsed();

    timer.restart();
    QScrollBar *bar = view.postList()->verticalScrollBar();
    REQUIRE(bar->maximum() > 100000); // every card laid out, not one batch
    for (int step = 0; step <= 50; ++step) {
        bar->setValue(bar->maximum() * step / 50);
        view.postList()->viewport()->grab(); // paints the visible cards
    }
    const qint64 scrollMs = timer.elapsed();
    WARN("open " << openMs << " ms, 51 scroll steps " << scrollMs << " ms, height "
                 << bar->maximum() << " px, blocks held " << view.posts()->cachedBlockCount());
    // Generous bounds for a shared CI machine; the report has the figures.
    CHECK(openMs < 5000);
    CHECK(scrollMs < 5000);
    CHECK(view.posts()->cachedBlockCount() <= client::RecordListModel::kCachedBlocks);
    CHECK(view.posts()
              ->index(kPosts - 1, 0)
              .data(client::PostListModel::BodyRole)
              .toString()
              .startsWith(QStringLiteral("Beitrag 999 ")));
}

TEST_CASE("ThreadView: a long thread opens at the first unread post", "[ui][discussions]") {
    test::DiscussionSetup setup;
    auto anna = setup.signIn(setup.anna);
    auto ben = setup.signIn(setup.ben);
    const QString threadId =
        test::startThread(anna->workspace(), setup.team.id, QStringLiteral("Protokolle"),
                          QStringLiteral("Sitzung 0"));
    REQUIRE(anna->waitForSync());
    REQUIRE(
        test::waitUntil([&] { return ben->workspace().replica().record(threadId).has_value(); }));
    // Ben read the first post on another occasion.
    client::ReadProgress(ben->workspace()).markRead(threadId);
    QString firstUnread;
    for (int i = 1; i <= 60; ++i) {
        const QString id = test::writePost(anna->workspace(), setup.team.id, threadId,
                                           QStringLiteral("Sitzung %1\n\nNotizen").arg(i));
        if (i == 1)
            firstUnread = id;
    }
    REQUIRE(anna->waitForSync());
    REQUIRE(test::waitUntil(
        [&] { return client::ReadProgress(ben->workspace()).countsOf(threadId).posts == 61; }));
    CHECK(client::ReadProgress(ben->workspace()).firstUnreadPost(threadId) == firstUnread);

    client::ThreadView view(ben->workspace());
    view.resize(900, 600);
    view.show();
    view.showThread(threadId);
    const QRect first = view.postList()->visualRect(view.posts()->index(1, 0));
    CHECK(first.top() == 0);
    CHECK(view.postList()->verticalScrollBar()->value() > 0);
    CHECK(view.postList()->verticalScrollBar()->value()
          < view.postList()->verticalScrollBar()->maximum());
    // Opened is read.
    CHECK(client::ReadProgress(ben->workspace()).countsOf(threadId).unread == 0);
}
