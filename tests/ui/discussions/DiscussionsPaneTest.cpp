// SPDX-License-Identifier: GPL-3.0-or-later
// The discussions section against a real server: a thread started through
// the dialog reaches a second person with an unread count, opening it
// clears the count on every device of that person, moderators pin and
// lock, guests only read, and the thread list passes the model tester.
#include "client/ui/discussions/DiscussionsPane.h"

#include "client/ui/discussions/NewThreadDialog.h"
#include "client/ui/discussions/PostEditor.h"
#include "client/ui/discussions/PostListModel.h"
#include "client/ui/discussions/ReadProgress.h"
#include "client/ui/discussions/ThreadListModel.h"
#include "client/ui/discussions/ThreadView.h"
#include "tests/ui/discussions/DiscussionSetup.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QToolButton>
#include <QTreeView>
#include <catch2/catch.hpp>

using namespace hn;
using client::ThreadListModel;

namespace {

int unreadOf(const client::DiscussionsPane &pane, const QString &threadId) {
    const int row = pane.threads()->rowOf(threadId);
    if (row < 0)
        return -1;
    return pane.threads()->index(row, 0).data(ThreadListModel::UnreadRole).toInt();
}

bool isBold(const client::DiscussionsPane &pane, const QString &threadId) {
    const int row = pane.threads()->rowOf(threadId);
    return row >= 0
           && pane.threads()
                  ->index(row, ThreadListModel::TitleColumn)
                  .data(Qt::FontRole)
                  .value<QFont>()
                  .bold();
}

} // namespace

TEST_CASE(
    "DiscussionsPane: a new thread arrives unread and opening it marks it read on every device",
    "[ui][discussions]") {
    test::DiscussionSetup setup;
    auto anna = setup.signIn(setup.anna);
    auto ben = setup.signIn(setup.ben);

    client::DiscussionsPane annaPane(anna->workspace());
    annaPane.resize(1000, 700);
    annaPane.show();
    annaPane.showSpace(setup.team.id);
    test::activate(&annaPane);
    client::DiscussionsPane benPane(ben->workspace());
    benPane.resize(1000, 700);
    benPane.show();
    QSignalSpy painted(&benPane, &client::DiscussionsPane::firstRowsPainted);
    QAbstractItemModelTester tester(benPane.threads(),
                                    QAbstractItemModelTester::FailureReportingMode::Fatal);
    benPane.showSpace(setup.team.id);

    // Anna starts it through the dialog, with Ctrl+Enter.
    REQUIRE(annaPane.newThreadAction()->isEnabled());
    annaPane.newThreadAction()->trigger();
    auto *dialog = annaPane.findChild<client::NewThreadDialog *>();
    REQUIRE(dialog);
    test::activate(dialog);
    bool closed = false;
    QObject::connect(dialog, &QDialog::finished, [&] { closed = true; });
    CHECK(dialog->spaceField()->currentData().toString() == setup.team.id);
    QTest::keyClicks(dialog->titleField(), QStringLiteral("Matratzen fuer die Turnhalle"));
    // Tab leads from the title to the text.
    QTest::keyClick(dialog->titleField(), Qt::Key_Tab);
    REQUIRE(dialog->postEditor()->textField()->hasFocus());
    QTest::keyClicks(dialog->postEditor()->textField(),
                     QStringLiteral("Wer hat noch **zwoelf** Matratzen?"));
    QTest::keyClick(dialog->postEditor()->textField(), Qt::Key_Return, Qt::ControlModifier);
    REQUIRE(test::waitUntil([&] { return closed; }));
    const QString threadId = annaPane.threadView()->threadId();
    REQUIRE_FALSE(threadId.isEmpty());
    CHECK(annaPane.threads()->rowOf(threadId) == 0);
    CHECK(annaPane.threadView()->posts()->rowCount() == 1);
    // Her own post is never unread for her.
    CHECK(unreadOf(annaPane, threadId) == 0);
    REQUIRE(anna->waitForSync());

    // Ben sees it with one unread post, in bold.
    REQUIRE(test::waitUntil([&] { return unreadOf(benPane, threadId) == 1; }));
    CHECK(isBold(benPane, threadId));
    REQUIRE(test::waitUntil([&] { return painted.count() == 1; }));
    const int row = benPane.threads()->rowOf(threadId);
    CHECK(benPane.threads()->index(row, ThreadListModel::AuthorColumn).data().toString()
          == setup.anna.displayName);
    CHECK(benPane.threads()->index(row, ThreadListModel::RepliesColumn).data().toInt() == 0);

    // His second device gets his read marker through the server.
    auto benElsewhere = setup.signIn(setup.ben);
    client::DiscussionsPane elsewhere(benElsewhere->workspace());
    elsewhere.show();
    REQUIRE(test::waitUntil([&] { return unreadOf(elsewhere, threadId) == 1; }));

    test::clickRow(benPane.threadList(), benPane.threads()->index(row, 0));
    REQUIRE(benPane.threadView()->threadId() == threadId);
    CHECK(benPane.threadView()->titleLabel()->text()
          == QStringLiteral("Matratzen fuer die Turnhalle"));
    REQUIRE(test::waitUntil([&] { return unreadOf(benPane, threadId) == 0; }));
    CHECK_FALSE(isBold(benPane, threadId));
    REQUIRE(ben->waitForSync());
    REQUIRE(test::waitUntil([&] { return unreadOf(elsewhere, threadId) == 0; }, 20000));
    CHECK(client::ReadProgress(benElsewhere->workspace()).readUpTo(threadId) > 0);

    // Ben leaves the thread; Anna answers: one unread post on both his devices.
    benPane.showSpace(setup.open.id);
    REQUIRE(benPane.threadView()->threadId().isEmpty());
    test::writePost(anna->workspace(), setup.team.id, threadId, QStringLiteral("Noch da?"));
    REQUIRE(anna->waitForSync());
    REQUIRE(test::waitUntil([&] { return unreadOf(elsewhere, threadId) == 1; }, 20000));
    CHECK(elsewhere.threads()
              ->index(elsewhere.threads()->rowOf(threadId), ThreadListModel::RepliesColumn)
              .data()
              .toInt()
          == 1);
    benPane.showSpace(setup.team.id);
    REQUIRE(test::waitUntil([&] { return unreadOf(benPane, threadId) == 1; }));

    // Reading it on one device clears it on the other.
    benPane.showRecord(threadId);
    CHECK(benPane.threadView()->posts()->rowCount() == 2);
    REQUIRE(test::waitUntil([&] { return unreadOf(benPane, threadId) == 0; }));
    REQUIRE(ben->waitForSync());
    REQUIRE(test::waitUntil([&] { return unreadOf(elsewhere, threadId) == 0; }, 20000));

    // While he reads at the end of the thread, a new post is read at once.
    test::writePost(anna->workspace(), setup.team.id, threadId, QStringLiteral("Danke!"));
    REQUIRE(anna->waitForSync());
    REQUIRE(test::waitUntil([&] { return benPane.threadView()->posts()->rowCount() == 3; }));
    REQUIRE(test::waitUntil([&] { return unreadOf(benPane, threadId) == 0; }));
}

TEST_CASE("DiscussionsPane: pinned threads come first and moderators pin and lock while "
          "members see why they cannot",
          "[ui][discussions][permissions]") {
    test::DiscussionSetup setup;
    auto anna = setup.signIn(setup.anna);
    auto mona = setup.signIn(setup.mona);
    const QString older =
        test::startThread(anna->workspace(), setup.team.id, QStringLiteral("Dolmetscher gesucht"),
                          QStringLiteral("Arabisch, Dienstag"));
    REQUIRE(anna->waitForSync());
    const QString newer = test::startThread(anna->workspace(), setup.team.id,
                                            QStringLiteral("Fahrräder"), QStringLiteral("Spende"));
    REQUIRE(anna->waitForSync());

    client::DiscussionsPane monaPane(mona->workspace());
    monaPane.resize(1000, 700);
    monaPane.show();
    REQUIRE(test::waitUntil([&] { return monaPane.threads()->rowCount() == 2; }));
    CHECK(monaPane.threads()->rowOf(newer) == 0);
    // Other orders by clicking a heading, in SQL; back to the last activity.
    QTreeView *list = monaPane.threadList();
    const auto clickHeading = [&](int column) {
        QHeaderView *header = list->header();
        QTest::mouseClick(
            header->viewport(), Qt::LeftButton, {},
            QPoint(header->sectionViewportPosition(column) + header->sectionSize(column) / 2,
                   header->height() / 2));
    };
    clickHeading(ThreadListModel::TitleColumn);
    CHECK(monaPane.threads()->rowOf(older) == 0); // "Dolmetscher" before "Fahrräder"
    clickHeading(ThreadListModel::UnreadColumn);
    CHECK(list->header()->sortIndicatorSection() == ThreadListModel::ActivityColumn);
    CHECK(monaPane.threads()->rowOf(newer) == 0);

    monaPane.showRecord(older);
    client::ThreadView *view = monaPane.threadView();
    REQUIRE(view->threadId() == older);
    REQUIRE(view->pinButton()->isEnabled());
    REQUIRE(view->lockButton()->isEnabled());
    QTest::mouseClick(view->pinButton(), Qt::LeftButton);
    QTest::mouseClick(view->lockButton(), Qt::LeftButton);
    CHECK(view->pinButton()->isChecked());
    CHECK(view->lockButton()->isChecked());
    // Pinned first, although older.
    CHECK(monaPane.threads()->rowOf(older) == 0);
    REQUIRE(mona->waitForSync());
    // A moderator still writes in a locked thread.
    CHECK(view->editor()->sendButton()->isEnabled());

    client::DiscussionsPane annaPane(anna->workspace());
    annaPane.resize(1000, 700);
    annaPane.show();
    REQUIRE(test::waitUntil([&] {
        const auto thread = anna->workspace().replica().record(older);
        return thread && thread->fields.value(QStringLiteral("locked")).toBool();
    }));
    CHECK(annaPane.threads()->rowOf(older) == 0);
    annaPane.showRecord(older);
    client::ThreadView *annaView = annaPane.threadView();
    CHECK_FALSE(annaView->pinButton()->isEnabled());
    CHECK(annaView->pinButton()->toolTip().contains(QStringLiteral("moderator")));
    CHECK_FALSE(annaView->editor()->sendButton()->isEnabled());
    CHECK(annaView->editor()->sendButton()->toolTip().contains(QStringLiteral("locked")));
    CHECK(annaView->editor()->contextLabel()->text().contains(QStringLiteral("locked")));
    test::clickRow(annaView->postList(), annaView->posts()->index(0, 0));
    CHECK_FALSE(annaView->replyAction()->isEnabled());
    CHECK(annaView->replyAction()->toolTip().contains(QStringLiteral("locked")));
    // Even her own post cannot be changed while the thread is locked.
    CHECK_FALSE(annaView->editAction()->isEnabled());
}

TEST_CASE("DiscussionsPane: guests read public threads and can change nothing",
          "[ui][discussions][permissions]") {
    test::DiscussionSetup setup;
    auto anna = setup.signIn(setup.anna);
    const QString threadId =
        test::startThread(anna->workspace(), setup.open.id, QStringLiteral("Sprachcafé"),
                          QStringLiteral("Jeden Donnerstag um 17 Uhr"));
    REQUIRE(anna->waitForSync());

    auto gerd = setup.signIn(setup.gerd);
    client::DiscussionsPane pane(gerd->workspace());
    pane.resize(1000, 700);
    pane.show();
    REQUIRE(test::waitUntil([&] { return pane.threads()->rowOf(threadId) >= 0; }));
    CHECK_FALSE(pane.newThreadAction()->isEnabled());
    CHECK_FALSE(pane.newThreadAction()->toolTip().isEmpty());

    test::clickRow(pane.threadList(), pane.threads()->index(pane.threads()->rowOf(threadId), 0));
    client::ThreadView *view = pane.threadView();
    REQUIRE(view->threadId() == threadId);
    REQUIRE(view->posts()->rowCount() == 1);
    test::clickRow(view->postList(), view->posts()->index(0, 0));
    for (QAction *action :
         {view->replyAction(), view->quoteAction(), view->editAction(), view->deleteAction()}) {
        CHECK_FALSE(action->isEnabled());
        CHECK(action->toolTip().contains(QStringLiteral("read-only")));
    }
    CHECK_FALSE(view->editor()->sendButton()->isEnabled());
    CHECK(view->editor()->textField()->isReadOnly());
    CHECK_FALSE(view->pinButton()->isEnabled());
    // Following and reading are the guest's own business.
    CHECK(view->followButton()->isEnabled());
    QTest::mouseClick(view->followButton(), Qt::LeftButton);
    CHECK(view->followButton()->isChecked());
    REQUIRE(gerd->waitForSync());
    CHECK(gerd->workspace().replica().counts().rejected == 0);
    CHECK(client::ReadProgress(gerd->workspace()).readUpTo(threadId) > 0);
}
