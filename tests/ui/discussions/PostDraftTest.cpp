// SPDX-License-Identifier: GPL-3.0-or-later
// Nothing a person writes in the discussions is lost: a half-written post
// stays with its thread while other threads or areas are shown, starting an
// edit or a reply asks before replacing written text, a new thread is not
// stored when its first post breaks the rules, the dialogs on top of a
// thread do not block (the window may close under them), and the post
// cards keep the bodies used last.
#include "client/ui/discussions/AttachmentPicker.h"
#include "client/ui/discussions/DiscussionsPane.h"
#include "client/ui/discussions/NewThreadDialog.h"
#include "client/ui/discussions/PostDelegate.h"
#include "client/ui/discussions/PostEditor.h"
#include "client/ui/discussions/PostListModel.h"
#include "client/ui/discussions/ThreadListModel.h"
#include "client/ui/discussions/ThreadView.h"
#include "tests/ui/discussions/DiscussionSetup.h"

#include <QAction>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QTest>
#include <QToolButton>
#include <catch2/catch.hpp>

using namespace hn;
using client::PostListModel;

namespace {

QString textOf(const client::ThreadView &view) {
    return view.editor()->textField()->toPlainText();
}

QModelIndex postIndex(const client::ThreadView &view, const QString &postId) {
    return view.posts()->index(view.posts()->rowOf(postId), 0);
}

// Clicks the button of the open "discard your text?" question.
void answer(client::PostEditor *editor, QMessageBox::StandardButton button) {
    QMessageBox *question = editor->pendingQuestion();
    REQUIRE(question);
    REQUIRE(question->isVisible());
    QTest::mouseClick(question->button(button), Qt::LeftButton);
    REQUIRE(test::waitUntil([&] { return !editor->pendingQuestion(); }));
}

} // namespace

TEST_CASE("ThreadView: a half-written post stays with its thread while other threads and areas "
          "are shown",
          "[ui][discussions]") {
    test::DiscussionSetup setup;
    auto anna = setup.signIn(setup.anna);
    const QString kitchen =
        test::startThread(anna->workspace(), setup.team.id, QStringLiteral("Küchendienst"),
                          QStringLiteral("Wer spült am Montag?"));
    const QString beds = test::startThread(anna->workspace(), setup.team.id,
                                           QStringLiteral("Betten"), QStringLiteral("Zwei fehlen"));
    REQUIRE(anna->waitForSync());

    client::DiscussionsPane pane(anna->workspace());
    pane.resize(1100, 800);
    pane.show();
    test::activate(&pane);
    pane.showRecord(kitchen);
    client::ThreadView *view = pane.threadView();
    const QString question = view->posts()->recordId(0);

    // An answer to the first post, half written.
    test::clickRow(view->postList(), postIndex(*view, question));
    QTest::keyClick(view->postList(), Qt::Key_R, Qt::ControlModifier);
    QTest::keyClicks(view->editor()->textField(), QStringLiteral("Ich kann ab 18"));
    const QString context = view->editor()->contextLabel()->text();
    REQUIRE(context.contains(setup.anna.displayName));

    // Another thread: an empty editor, and its own text.
    pane.showRecord(beds);
    REQUIRE(view->threadId() == beds);
    CHECK(textOf(*view).isEmpty());
    CHECK(view->editor()->draft().replyToPostId.isEmpty());
    QTest::keyClicks(view->editor()->textField(), QStringLiteral("Ich frage im Lager"));

    // Back: the answer is there as it was left.
    pane.showRecord(kitchen);
    CHECK(textOf(*view) == QStringLiteral("Ich kann ab 18"));
    CHECK(view->editor()->draft().replyToPostId == question);
    CHECK(view->editor()->contextLabel()->text() == context);

    // Another area closes the thread; coming back brings the text again.
    pane.showSpace(setup.open.id);
    REQUIRE(view->threadId().isEmpty());
    CHECK(view->hasUnsentWork());
    pane.showSpace(setup.team.id);
    pane.showRecord(kitchen);
    CHECK(textOf(*view) == QStringLiteral("Ich kann ab 18"));

    // Sent, it is gone from the kept drafts; the other thread's text stays.
    QTest::keyClicks(view->editor()->textField(), QStringLiteral(" Uhr."));
    QTest::keyClick(view->editor()->textField(), Qt::Key_Return, Qt::ControlModifier);
    REQUIRE(view->posts()->rowCount() == 2);
    CHECK(view->posts()->index(1, 0).data(PostListModel::BodyRole).toString()
          == QStringLiteral("Ich kann ab 18 Uhr."));
    CHECK(view->posts()->index(1, 0).data(PostListModel::ReplyToRole).toString() == question);
    CHECK(textOf(*view).isEmpty());
    pane.showRecord(beds);
    CHECK(textOf(*view) == QStringLiteral("Ich frage im Lager"));
    pane.showRecord(kitchen);
    CHECK(textOf(*view).isEmpty());
    CHECK(view->editor()->draft().replyToPostId.isEmpty());
}

TEST_CASE("ThreadView: editing or answering asks before written text is replaced",
          "[ui][discussions]") {
    test::DiscussionSetup setup;
    auto anna = setup.signIn(setup.anna);
    const QString threadId =
        test::startThread(anna->workspace(), setup.team.id, QStringLiteral("Fahrdienst"),
                          QStringLiteral("Wer fährt Dienstag?"));
    REQUIRE(anna->waitForSync());

    client::DiscussionsPane pane(anna->workspace());
    pane.resize(1100, 800);
    pane.show();
    test::activate(&pane);
    pane.showRecord(threadId);
    client::ThreadView *view = pane.threadView();
    client::PostEditor *editor = view->editor();
    const QString own = view->posts()->recordId(0);

    QTest::keyClicks(editor->textField(), QStringLiteral("Ich fahre, wenn"));
    test::clickRow(view->postList(), postIndex(*view, own));
    REQUIRE(view->editAction()->isEnabled());

    // F2 on her post: a question, not a replaced text; "Cancel" keeps it.
    QTest::keyClick(view->postList(), Qt::Key_F2);
    CHECK(textOf(*view) == QStringLiteral("Ich fahre, wenn"));
    answer(editor, QMessageBox::Cancel);
    CHECK(textOf(*view) == QStringLiteral("Ich fahre, wenn"));
    CHECK(editor->draft().editedPostId.isEmpty());

    // "Discard" starts the edit.
    QTest::keyClick(view->postList(), Qt::Key_F2);
    answer(editor, QMessageBox::Discard);
    CHECK(textOf(*view) == QStringLiteral("Wer fährt Dienstag?"));
    CHECK(editor->draft().editedPostId == own);

    // F2 on the post being edited keeps the changes made so far.
    QTest::keyClicks(editor->textField(), QStringLiteral(" Und Mittwoch?"));
    test::clickRow(view->postList(), postIndex(*view, own));
    QTest::keyClick(view->postList(), Qt::Key_F2);
    CHECK_FALSE(editor->pendingQuestion());
    CHECK(textOf(*view) == QStringLiteral("Wer fährt Dienstag? Und Mittwoch?"));

    // Cancelling the edit asks as well.
    REQUIRE(editor->cancelButton()->isVisible());
    QTest::mouseClick(editor->cancelButton(), Qt::LeftButton);
    answer(editor, QMessageBox::Cancel);
    CHECK(editor->draft().editedPostId == own);
    CHECK(textOf(*view) == QStringLiteral("Wer fährt Dienstag? Und Mittwoch?"));

    // Answering would drop the changed edit: asked as well.
    QTest::keyClick(view->postList(), Qt::Key_R, Qt::ControlModifier);
    answer(editor, QMessageBox::Cancel);
    CHECK(editor->draft().editedPostId == own);
    CHECK(textOf(*view) == QStringLiteral("Wer fährt Dienstag? Und Mittwoch?"));
    QTest::keyClick(view->postList(), Qt::Key_R, Qt::ControlModifier);
    answer(editor, QMessageBox::Discard);
    CHECK(editor->draft().editedPostId.isEmpty());
    CHECK(editor->draft().replyToPostId == own);
    CHECK(textOf(*view).isEmpty());

    // An edit not changed yet is replaced without a question.
    test::clickRow(view->postList(), postIndex(*view, own));
    QTest::keyClick(view->postList(), Qt::Key_F2);
    REQUIRE(editor->draft().editedPostId == own);
    QTest::keyClick(view->postList(), Qt::Key_R, Qt::ControlModifier);
    CHECK_FALSE(editor->pendingQuestion());
    CHECK(editor->draft().replyToPostId == own);
}

TEST_CASE("NewThreadDialog: a first post the rules refuse stores no thread", "[ui][discussions]") {
    test::DiscussionSetup setup;
    auto anna = setup.signIn(setup.anna);
    client::DiscussionsPane pane(anna->workspace());
    pane.resize(1000, 700);
    pane.show();
    pane.showSpace(setup.team.id);
    test::activate(&pane);

    pane.newThreadAction()->trigger();
    auto *dialog = pane.findChild<client::NewThreadDialog *>();
    REQUIRE(dialog);
    test::activate(dialog);
    QTest::keyClicks(dialog->titleField(), QStringLiteral("Sprechstunde"));
    // The editor checks as well; the dialog must not rely on it.
    client::PostEditor::Draft empty;
    empty.body = QStringLiteral("   ");
    Q_EMIT dialog->postEditor()->sendRequested(empty);
    CHECK(dialog->isVisible());
    CHECK(dialog->threadId().isEmpty());
    CHECK(dialog->postEditor()->errorLabel()->isVisible());
    CHECK(dialog->postEditor()->textField()->hasFocus());
    CHECK(anna->workspace().replica().count(common::EntityType::Thread) == 0);
    CHECK(anna->workspace().replica().count(common::EntityType::Post) == 0);
    CHECK(pane.threads()->rowCount() == 0);

    // Written properly, both are stored.
    QTest::keyClicks(dialog->postEditor()->textField(), QStringLiteral("Donnerstags ab 15 Uhr"));
    QTest::keyClick(dialog->postEditor()->textField(), Qt::Key_Return, Qt::ControlModifier);
    REQUIRE(test::waitUntil([&] { return pane.threads()->rowCount() == 1; }));
    CHECK(pane.threadView()->posts()->rowCount() == 1);
}

TEST_CASE("ThreadView: the delete question and the attachment pickers do not block and close "
          "with the window",
          "[ui][discussions]") {
    test::DiscussionSetup setup;
    auto anna = setup.signIn(setup.anna);
    const common::Record plan =
        anna->workspace().create(common::EntityType::Document, setup.team.id,
                                 {{QStringLiteral("title"), QStringLiteral("Dienstplan")},
                                  {QStringLiteral("category"), QStringLiteral("other")}});
    const QString threadId =
        test::startThread(anna->workspace(), setup.team.id, QStringLiteral("Dienstplan"),
                          QStringLiteral("Bitte eintragen"));
    REQUIRE(anna->waitForSync());

    auto pane = std::make_unique<client::DiscussionsPane>(anna->workspace());
    pane->resize(1100, 800);
    pane->show();
    test::activate(pane.get());
    pane->showRecord(threadId);
    client::ThreadView *view = pane->threadView();

    // The picker opens on top and returns at once; the chosen document is attached.
    QTest::mouseClick(view->editor()->attachButton(), Qt::LeftButton);
    client::AttachmentPicker *picker = view->attachmentPicker();
    REQUIRE(picker);
    CHECK(picker->isVisible());
    REQUIRE(test::waitUntil([&] { return picker->list()->model()->rowCount() == 1; }));
    test::clickRow(picker->list(), picker->list()->model()->index(0, 0));
    picker->accept();
    CHECK(view->editor()->draft().attachmentIds == QStringList{plan.meta.id});

    // The delete question stays open while the window goes away (a session
    // that ended closes it): nothing is left behind and nothing is deleted.
    test::clickRow(view->postList(), view->posts()->index(0, 0));
    REQUIRE(view->deleteAction()->isEnabled());
    QTest::keyClick(view->postList(), Qt::Key_Delete);
    QMessageBox *box = view->deleteQuestion();
    REQUIRE(box);
    CHECK(box->isVisible());
    const QPointer<QMessageBox> question = box;
    pane.reset();
    CHECK_FALSE(question);
    CHECK(anna->workspace().replica().count(common::EntityType::Post) == 1);

    // The same for the picker of the new thread's dialog.
    pane = std::make_unique<client::DiscussionsPane>(anna->workspace());
    pane->show();
    pane->showSpace(setup.team.id);
    pane->newThreadAction()->trigger();
    auto *newThread = pane->findChild<client::NewThreadDialog *>();
    REQUIRE(newThread);
    QTest::mouseClick(newThread->postEditor()->attachButton(), Qt::LeftButton);
    client::AttachmentPicker *openPicker = newThread->attachmentPicker();
    REQUIRE(openPicker);
    CHECK(openPicker->isVisible());
    const QPointer<client::NewThreadDialog> dialog = newThread;
    const QPointer<client::AttachmentPicker> dialogPicker = openPicker;
    pane.reset();
    CHECK_FALSE(dialogPicker);
    CHECK_FALSE(dialog);
}

TEST_CASE("PostDelegate: the bodies used longest ago are dropped first", "[ui][discussions]") {
    test::DiscussionSetup setup;
    auto anna = setup.signIn(setup.anna);
    const QString threadId = test::startThread(anna->workspace(), setup.team.id,
                                               QStringLiteral("Viele"), QStringLiteral("Post 0"));
    for (int i = 1; i < 5; ++i)
        test::writePost(anna->workspace(), setup.team.id, threadId,
                        QStringLiteral("Post %1").arg(i));

    client::ThreadView view(anna->workspace());
    view.resize(800, 600);
    view.show();
    view.showThread(threadId);
    REQUIRE(view.posts()->rowCount() == 5);
    client::PostDelegate delegate(view.postList(), 3);
    const auto body = [&](int row) {
        return delegate.bodyOf(view.posts()->index(row, 0)).toPlainText();
    };
    const auto kept = [&](int row) { return delegate.keeps(view.posts()->recordId(row)); };

    CHECK(body(0) == QStringLiteral("Post 0"));
    CHECK(body(1) == QStringLiteral("Post 1"));
    CHECK(body(2) == QStringLiteral("Post 2"));
    CHECK(body(0) == QStringLiteral("Post 0")); // used again: now the newest
    CHECK(body(3) == QStringLiteral("Post 3"));
    CHECK(kept(0));
    CHECK_FALSE(kept(1));
    CHECK(kept(2));
    CHECK(kept(3));
    CHECK(body(4) == QStringLiteral("Post 4"));
    CHECK(kept(0));
    CHECK_FALSE(kept(2));
    CHECK(body(1) == QStringLiteral("Post 1"));
    CHECK(kept(1));
}
