// SPDX-License-Identifier: GPL-3.0-or-later
// The thread view against a real server: reply, quote and edit through the
// widgets, others' posts not editable (with the reason), Markdown and
// attachment links, validation at the field, a post written offline shown
// as not sent until it reached the server, and the post model under the
// model tester.
#include "client/ui/discussions/ThreadView.h"

#include "client/ui/discussions/AttachmentPicker.h"
#include "client/ui/discussions/DiscussionsPane.h"
#include "client/ui/discussions/PostDelegate.h"
#include "client/ui/discussions/PostEditor.h"
#include "client/ui/discussions/PostListModel.h"
#include "client/ui/discussions/ThreadFollow.h"
#include "client/ui/discussions/ThreadListModel.h"
#include "tests/ui/discussions/DiscussionSetup.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QJsonArray>
#include <QLabel>
#include <QListView>
#include <QMenu>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextDocument>
#include <QToolButton>
#include <catch2/catch.hpp>

using namespace hn;
using client::PostListModel;

namespace {

QString bodyAt(const client::ThreadView &view, int row) {
    return view.posts()->index(row, 0).data(PostListModel::BodyRole).toString();
}

QModelIndex postIndex(const client::ThreadView &view, const QString &postId) {
    return view.posts()->index(view.posts()->rowOf(postId), 0);
}

// The tool button that shows an action.
QToolButton *buttonFor(QWidget *parent, QAction *action) {
    const QList<QToolButton *> buttons = parent->findChildren<QToolButton *>();
    for (QToolButton *button : buttons) {
        if (button->defaultAction() == action)
            return button;
    }
    FAIL("no button for " << action->text().toStdString());
    return nullptr;
}

// The formats of a document's text, fragment by fragment.
QList<QTextFragment> fragmentsOf(const QTextDocument &document) {
    QList<QTextFragment> fragments;
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it)
            fragments.append(it.fragment());
    }
    return fragments;
}

} // namespace

TEST_CASE("ThreadView: reply and quote and edit through the widgets while posts of others stay "
          "theirs",
          "[ui][discussions]") {
    test::DiscussionSetup setup;
    auto anna = setup.signIn(setup.anna);
    auto ben = setup.signIn(setup.ben);
    const QString threadId =
        test::startThread(anna->workspace(), setup.team.id, QStringLiteral("Kleiderkammer"),
                          QStringLiteral("Wer hat Samstag Zeit?\nAb 10 Uhr."));
    REQUIRE(anna->waitForSync());

    client::DiscussionsPane pane(ben->workspace());
    pane.resize(1100, 800);
    pane.show();
    REQUIRE(test::waitUntil([&] { return pane.threads()->rowOf(threadId) >= 0; }));
    test::activate(&pane);
    pane.showRecord(threadId);
    client::ThreadView *view = pane.threadView();
    QAbstractItemModelTester tester(view->posts(),
                                    QAbstractItemModelTester::FailureReportingMode::Fatal);
    REQUIRE(view->posts()->rowCount() == 1);
    const QString annasPost = view->posts()->recordId(0);

    // Nothing chosen: the actions say what is missing.
    CHECK_FALSE(view->replyAction()->isEnabled());
    CHECK_FALSE(view->replyAction()->toolTip().isEmpty());

    // Anna's post is not Ben's to change.
    test::clickRow(view->postList(), view->posts()->index(0, 0));
    CHECK(view->replyAction()->isEnabled());
    CHECK_FALSE(view->editAction()->isEnabled());
    const common::Decision notHis =
        ben->workspace().permissions().mayEdit(*view->posts()->record(0));
    CHECK_FALSE(notHis);
    CHECK(view->editAction()->toolTip() == notHis.reason);
    CHECK_FALSE(view->deleteAction()->isEnabled());

    // Reply with Ctrl+R, send with the button.
    QTest::keyClick(view->postList(), Qt::Key_R, Qt::ControlModifier);
    CHECK(view->editor()->contextLabel()->text().contains(setup.anna.displayName));
    CHECK(view->editor()->textField()->hasFocus());
    QTest::keyClicks(view->editor()->textField(), QStringLiteral("Ich komme um 10."));
    QTest::mouseClick(view->editor()->sendButton(), Qt::LeftButton);
    REQUIRE(view->posts()->rowCount() == 2);
    CHECK(view->editor()->textField()->toPlainText().isEmpty());
    const QString reply = view->posts()->recordId(1);
    CHECK(view->posts()->index(1, 0).data(PostListModel::ReplyToRole).toString() == annasPost);
    CHECK(view->posts()->index(1, 0).data(PostListModel::ReplyToTextRole).toString()
          == QStringLiteral("%1: Wer hat Samstag Zeit? Ab 10 Uhr.").arg(setup.anna.displayName));

    // Quote: the answered text comes in as a Markdown quote.
    test::clickRow(view->postList(), postIndex(*view, annasPost));
    QTest::mouseClick(buttonFor(view, view->quoteAction()), Qt::LeftButton);
    CHECK(view->editor()->textField()->toPlainText()
          == QStringLiteral("> Wer hat Samstag Zeit?\n> Ab 10 Uhr.\n\n"));
    QTest::keyClicks(view->editor()->textField(), QStringLiteral("Ich bringe Kaffee mit."));
    QTest::keyClick(view->editor()->textField(), Qt::Key_Return, Qt::ControlModifier);
    REQUIRE(view->posts()->rowCount() == 3);
    CHECK(bodyAt(*view, 2)
          == QStringLiteral("> Wer hat Samstag Zeit?\n> Ab 10 Uhr.\n\nIch bringe Kaffee mit."));
    CHECK(view->posts()->index(2, 0).data(PostListModel::ReplyToRole).toString() == annasPost);
    REQUIRE(ben->waitForSync());

    // Ben edits his own reply with F2; the server marks it edited.
    test::clickRow(view->postList(), postIndex(*view, reply));
    REQUIRE(view->editAction()->isEnabled());
    CHECK(view->deleteAction()->isEnabled());
    QTest::keyClick(view->postList(), Qt::Key_F2);
    CHECK(view->editor()->textField()->toPlainText() == QStringLiteral("Ich komme um 10."));
    view->editor()->textField()->selectAll();
    QTest::keyClicks(view->editor()->textField(), QStringLiteral("Ich komme erst um 11."));
    QTest::keyClick(view->editor()->textField(), Qt::Key_Return, Qt::ControlModifier);
    CHECK(bodyAt(*view, view->posts()->rowOf(reply)) == QStringLiteral("Ich komme erst um 11."));
    CHECK(view->posts()->rowCount() == 3);
    REQUIRE(ben->waitForSync());
    REQUIRE(test::waitUntil([&] {
        return postIndex(*view, reply).data(PostListModel::EditedAtRole).toDateTime().isValid();
    }));
    CHECK(postIndex(*view, reply)
              .data(Qt::AccessibleTextRole)
              .toString()
              .contains(QStringLiteral("(edited)")));
    CHECK_FALSE(
        postIndex(*view, annasPost).data(PostListModel::EditedAtRole).toDateTime().isValid());

    // Ben deletes his quote with the Delete key, after confirming.
    const QString quote = view->posts()->recordId(2);
    test::clickRow(view->postList(), postIndex(*view, quote));
    REQUIRE(view->deleteAction()->isEnabled());
    QTest::keyClick(view->postList(), Qt::Key_Delete);
    QMessageBox *box = view->deleteQuestion();
    REQUIRE(box);
    CHECK(box->isVisible());
    CHECK(view->posts()->rowOf(quote) >= 0);
    QTest::mouseClick(box->button(QMessageBox::Yes), Qt::LeftButton);
    CHECK(view->posts()->rowOf(quote) < 0);
    CHECK(view->posts()->rowCount() == 2);
    REQUIRE(ben->waitForSync());

    // Anna sees all of it.
    REQUIRE(test::waitUntil([&] {
        const auto there = anna->workspace().replica().record(reply);
        return there
               && there->fields.value(QStringLiteral("body")).toString()
                      == QStringLiteral("Ich komme erst um 11.")
               && there->fields.value(QStringLiteral("edited_at_ms")).toInteger() > 0;
    }));
    REQUIRE(test::waitUntil([&] {
        const auto gone = anna->workspace().replica().record(quote);
        return !gone || gone->meta.deleted;
    }));
}

TEST_CASE("ThreadView: Markdown through QTextDocument and attachment links that open the "
          "document",
          "[ui][discussions]") {
    test::DiscussionSetup setup;
    auto anna = setup.signIn(setup.anna);
    const common::Record flyer =
        anna->workspace().create(common::EntityType::Document, setup.team.id,
                                 {{QStringLiteral("title"), QStringLiteral("Flyer Sprachkurse")},
                                  {QStringLiteral("category"), QStringLiteral("flyer")}});
    const QString threadId =
        test::startThread(anna->workspace(), setup.team.id, QStringLiteral("Sprachkurse"),
                          QStringLiteral("Neue Termine"));
    REQUIRE(anna->waitForSync());

    client::DiscussionsPane pane(anna->workspace());
    pane.resize(1100, 800);
    pane.show();
    QSignalSpy opened(&pane, &client::DiscussionsPane::openRecordRequested);
    test::activate(&pane);
    pane.showRecord(threadId);
    client::ThreadView *view = pane.threadView();
    client::PostEditor *editor = view->editor();

    QTest::keyClicks(
        editor->textField(),
        QStringLiteral("Das ist **wichtig**, siehe [die Seite](https://example.org/kurse)."));
    // The preview shows the Markdown rendered.
    QTest::mouseClick(editor->previewButton(), Qt::LeftButton);
    CHECK(editor->previewView()->isVisible());
    CHECK(editor->previewView()->toPlainText().contains(QStringLiteral("Das ist wichtig")));
    QTest::mouseClick(editor->previewButton(), Qt::LeftButton);
    CHECK(editor->textField()->isVisible());

    // Attach the flyer through the picker.
    QTest::mouseClick(editor->attachButton(), Qt::LeftButton);
    client::AttachmentPicker *picker = view->attachmentPicker();
    REQUIRE(picker);
    REQUIRE(picker->list()->model()->rowCount() == 1);
    test::clickRow(picker->list(), picker->list()->model()->index(0, 0));
    picker->accept();
    CHECK(editor->draft().attachmentIds == QStringList{flyer.meta.id});
    QTest::mouseClick(editor->sendButton(), Qt::LeftButton);
    REQUIRE(view->posts()->rowCount() == 2);
    REQUIRE(anna->waitForSync());
    REQUIRE(test::waitUntil([&] {
        return view->posts()
                   ->index(1, 0)
                   .data(PostListModel::SyncStateRole)
                   .value<PostListModel::SyncState>()
               == PostListModel::SyncState::Synced;
    }));

    // Bold and the link are in the laid-out document, the attachment too.
    const QTextDocument &body = view->delegate()->bodyOf(view->posts()->index(1, 0));
    bool bold = false;
    bool link = false;
    bool attachment = false;
    for (const QTextFragment &fragment : fragmentsOf(body)) {
        const QTextCharFormat format = fragment.charFormat();
        if (fragment.text() == QStringLiteral("wichtig"))
            bold = format.fontWeight() == QFont::Bold;
        if (format.anchorHref() == QStringLiteral("https://example.org/kurse"))
            link = fragment.text() == QStringLiteral("die Seite");
        if (format.anchorHref() == QStringLiteral("hn-document:") + flyer.meta.id)
            attachment = fragment.text() == QStringLiteral("Flyer Sprachkurse");
    }
    CHECK(bold);
    CHECK(link);
    CHECK(attachment);

    // Clicking the attachment's link asks to open the document.
    QListView *list = view->postList();
    const QModelIndex index = view->posts()->index(1, 0);
    list->scrollTo(index);
    const QRect rect = list->visualRect(index);
    QPoint target(-1, -1);
    for (int y = rect.top(); y < rect.bottom() && target.x() < 0; y += 2) {
        for (int x = rect.left(); x < rect.right(); x += 4) {
            if (view->delegate()->anchorAt(index, QPoint(x, y)).startsWith(u"hn-document:")) {
                target = QPoint(x, y);
                break;
            }
        }
    }
    REQUIRE(target.x() >= 0);
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, target);
    REQUIRE(opened.size() == 1);
    CHECK(opened.at(0).at(0).toString() == flyer.meta.id);
    CHECK(opened.at(0).at(1).value<common::EntityType>() == common::EntityType::Document);

    // The keyboard way: the chosen post's attachments menu.
    list->setCurrentIndex(index);
    REQUIRE(view->attachmentsButton()->isEnabled());
    const QList<QAction *> entries = view->attachmentsButton()->menu()->actions();
    REQUIRE(entries.size() == 2);
    CHECK(entries.at(0)->text() == QStringLiteral("Flyer Sprachkurse"));
    CHECK(entries.at(1)->text() == QStringLiteral("die Seite (https://example.org/kurse)"));
    entries.at(0)->trigger();
    REQUIRE(opened.size() == 2);
    CHECK(opened.at(1).at(0).toString() == flyer.meta.id);
}

TEST_CASE("ThreadView: the text is checked at the field and a post written offline waits as "
          "not sent",
          "[ui][discussions][offline]") {
    test::DiscussionSetup setup;
    auto anna = setup.signIn(setup.anna);
    const QString threadId =
        test::startThread(anna->workspace(), setup.team.id, QStringLiteral("Winterjacken"),
                          QStringLiteral("Sammlung läuft"));
    REQUIRE(anna->waitForSync());
    client::ThreadView view(anna->workspace());
    view.resize(900, 700);
    view.show();
    test::activate(&view);
    view.showThread(threadId);
    client::PostEditor *editor = view.editor();

    // Empty text: the error is at the field, nothing is sent.
    QTest::keyClicks(editor->textField(), QStringLiteral("   "));
    QTest::mouseClick(editor->sendButton(), Qt::LeftButton);
    CHECK(editor->errorLabel()->isVisible());
    CHECK_FALSE(editor->errorLabel()->text().isEmpty());
    CHECK(editor->textField()->hasFocus());
    CHECK(view.posts()->rowCount() == 1);
    CHECK(editor->textField()->toPlainText() == QStringLiteral("   "));

    // Too long: the field rule's limit, and the text is kept.
    const QString tooLong(50001, u'x');
    editor->textField()->setPlainText(tooLong);
    CHECK_FALSE(editor->errorLabel()->isVisible());
    QTest::keyClick(editor->textField(), Qt::Key_Return, Qt::ControlModifier);
    CHECK(editor->errorLabel()->isVisible());
    CHECK(view.posts()->rowCount() == 1);
    CHECK(editor->textField()->toPlainText() == tooLong);

    // Offline: the post is kept and shown as not sent yet.
    setup.server.stop();
    editor->textField()->setPlainText(QStringLiteral("Heute 20 Jacken abgeholt."));
    QTest::keyClick(editor->textField(), Qt::Key_Return, Qt::ControlModifier);
    REQUIRE(view.posts()->rowCount() == 2);
    const QString offline = view.posts()->recordId(1);
    CHECK(view.posts()
              ->index(1, 0)
              .data(PostListModel::SyncStateRole)
              .value<PostListModel::SyncState>()
          == PostListModel::SyncState::Pending);
    setup.server.start();
    REQUIRE(anna->waitForSync(30000));
    REQUIRE(test::waitUntil([&] {
        const int row = view.posts()->rowOf(offline);
        return row >= 0
               && view.posts()
                          ->index(row, 0)
                          .data(PostListModel::SyncStateRole)
                          .value<PostListModel::SyncState>()
                      == PostListModel::SyncState::Synced;
    }));

    // Follow: a favourite of the thread that reaches the server.
    QTest::mouseClick(view.followButton(), Qt::LeftButton);
    CHECK(client::ThreadFollow(anna->workspace()).isFollowing(threadId));
    REQUIRE(anna->waitForSync());
    const auto favourite = anna->workspace().replica().record(
        client::ThreadFollow::favouriteId(setup.anna.id, threadId));
    REQUIRE(favourite);
    CHECK(favourite->meta.version > 0);
    QTest::mouseClick(view.followButton(), Qt::LeftButton);
    CHECK_FALSE(client::ThreadFollow(anna->workspace()).isFollowing(threadId));
}

TEST_CASE("ThreadView: a post the server refuses stays with the reason and the text",
          "[ui][discussions][offline]") {
    test::DiscussionSetup setup;
    auto anna = setup.signIn(setup.anna);
    auto mona = setup.signIn(setup.mona);
    const QString threadId =
        test::startThread(anna->workspace(), setup.team.id, QStringLiteral("Hausordnung"),
                          QStringLiteral("Entwurf anbei"));
    REQUIRE(anna->waitForSync());
    REQUIRE(
        test::waitUntil([&] { return mona->workspace().replica().record(threadId).has_value(); }));

    client::ThreadView view(anna->workspace());
    view.resize(900, 700);
    view.show();
    test::activate(&view);
    view.showThread(threadId);

    // Anna's device is away while Mona locks the thread.
    anna->workspace().stop();
    mona->workspace().update(threadId, {{QStringLiteral("locked"), true}});
    REQUIRE(mona->waitForSync());
    REQUIRE(view.editor()->sendButton()->isEnabled());
    QTest::mouseClick(view.editor()->textField()->viewport(), Qt::LeftButton);
    view.editor()->textField()->setPlainText(QStringLiteral("Ich bin dagegen."));
    QTest::keyClick(view.editor()->textField(), Qt::Key_Return, Qt::ControlModifier);
    REQUIRE(view.posts()->rowCount() == 2);
    const QString refused = view.posts()->recordId(1);
    CHECK(view.posts()
              ->index(1, 0)
              .data(Qt::AccessibleTextRole)
              .toString()
              .contains(QStringLiteral("(not sent yet)")));

    anna->workspace().start();
    REQUIRE(test::waitUntil(
        [&] {
            const int row = view.posts()->rowOf(refused);
            return row >= 0
                   && view.posts()
                              ->index(row, 0)
                              .data(PostListModel::SyncStateRole)
                              .value<PostListModel::SyncState>()
                          == PostListModel::SyncState::Rejected;
        },
        20000));
    const QModelIndex post = view.posts()->index(view.posts()->rowOf(refused), 0);
    CHECK(post.data(PostListModel::RejectionRole).toString().contains(QStringLiteral("locked")));
    CHECK(post.data(PostListModel::BodyRole).toString() == QStringLiteral("Ich bin dagegen."));
    CHECK(anna->workspace().replica().counts().rejected == 1);
    // The lock arrived with the answer: writing is blocked, with the reason.
    REQUIRE(test::waitUntil([&] { return !view.editor()->sendButton()->isEnabled(); }));
    CHECK(view.editor()->contextLabel()->text().contains(QStringLiteral("locked")));
}
