// SPDX-License-Identifier: GPL-3.0-or-later
// A thread with a thousand posts opens, lays out and scrolls quickly, and
// holds only a bounded part of the thread in memory. Runs on a profile
// opened offline (no server needed to read a replica).
#include "client/ui/discussions/PostDelegate.h"
#include "client/ui/discussions/PostListModel.h"
#include "client/ui/discussions/ThreadView.h"
#include "client/ui/shell/Workspace.h"
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
