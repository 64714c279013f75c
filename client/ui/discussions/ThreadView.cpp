// SPDX-License-Identifier: GPL-3.0-or-later
#include "client/ui/discussions/ThreadView.h"

#include "client/ui/discussions/AttachmentPicker.h"
#include "client/ui/discussions/PostDelegate.h"
#include "client/ui/discussions/PostDocument.h"
#include "client/ui/discussions/PostListModel.h"
#include "client/ui/discussions/ThreadHeader.h"
#include "client/ui/shell/DecisionDisplay.h"
#include "client/ui/shell/Workspace.h"
#include "common/Error.h"

#include <QAction>
#include <QDesktopServices>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QLabel>
#include <QListView>
#include <QMenu>
#include <QMessageBox>
#include <QMouseEvent>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QSplitter>
#include <QStackedWidget>
#include <QTextBlock>
#include <QTextDocument>
#include <QToolButton>
#include <QVBoxLayout>
#include <algorithm>

namespace hn::client {

namespace {

const QString kPinned = QStringLiteral("pinned");
const QString kLocked = QStringLiteral("locked");

QToolButton *toolButton(QAction *action, QWidget *parent) {
    auto *button = new QToolButton(parent);
    button->setDefaultAction(action);
    button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    return button;
}

} // namespace

ThreadView::ThreadView(Workspace &workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_progress(workspace)
    , m_following(workspace)
    , m_pages(new QStackedWidget(this))
    , m_header(new ThreadHeader(this))
    , m_posts(new QListView(this))
    , m_model(new PostListModel(workspace, this))
    , m_delegate(new PostDelegate(m_posts))
    , m_reply(
          new QAction(QIcon::fromTheme(QStringLiteral("mail-reply-sender")), tr("&Reply"), this))
    , m_quote(
          new QAction(QIcon::fromTheme(QStringLiteral("format-indent-more")), tr("&Quote"), this))
    , m_edit(new QAction(QIcon::fromTheme(QStringLiteral("document-edit")), tr("&Edit"), this))
    , m_delete(new QAction(QIcon::fromTheme(QStringLiteral("edit-delete")), tr("&Delete"), this))
    , m_attachments(new QToolButton(this))
    , m_editor(new PostEditor(this)) {
    auto *empty = new QLabel(tr("Choose a discussion from the list."), this);
    empty->setAlignment(Qt::AlignCenter);

    m_posts->setModel(m_model);
    m_posts->setItemDelegate(m_delegate);
    m_posts->setAccessibleName(tr("Posts"));
    m_posts->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_posts->setResizeMode(QListView::Adjust);
    m_posts->setSelectionMode(QAbstractItemView::SingleSelection);
    m_posts->setContextMenuPolicy(Qt::ActionsContextMenu);
    connect(m_delegate, &PostDelegate::linkActivated, this, &ThreadView::openLink);
    // The hand over a link, as in a browser.
    m_posts->viewport()->setMouseTracking(true);
    m_posts->viewport()->installEventFilter(this);
    connect(m_posts->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &ThreadView::updateActions);
    connect(m_posts->verticalScrollBar(), &QScrollBar::valueChanged, this,
            &ThreadView::markReadIfAtEnd);

    m_reply->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));
    m_quote->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    m_edit->setShortcut(QKeySequence(Qt::Key_F2));
    m_delete->setShortcut(QKeySequence::Delete);
    for (QAction *action : {m_reply, m_quote, m_edit, m_delete}) {
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        m_posts->addAction(action);
    }
    addAction(m_reply);
    addAction(m_quote);
    connect(m_reply, &QAction::triggered, this, [this] { reply(false); });
    connect(m_quote, &QAction::triggered, this, [this] { reply(true); });
    connect(m_edit, &QAction::triggered, this, &ThreadView::editCurrent);
    m_delete->setShortcutContext(Qt::WidgetShortcut);
    connect(m_delete, &QAction::triggered, this, &ThreadView::deleteCurrent);
    connect(m_header, &ThreadHeader::followClicked, this, &ThreadView::setFollowing);
    connect(m_header, &ThreadHeader::pinClicked, this,
            [this](bool on) { setThreadFlag(kPinned, on); });
    connect(m_header, &ThreadHeader::lockClicked, this,
            [this](bool on) { setThreadFlag(kLocked, on); });
    // The view keeps itself current, wherever it is shown.
    connect(&workspace, &Workspace::recordsChanged, this, &ThreadView::refresh);
    connect(&workspace, &Workspace::permissionsChanged, this, &ThreadView::refresh);
    connect(m_editor, &PostEditor::sendRequested, this, &ThreadView::send);
    connect(m_editor, &PostEditor::attachRequested, this, &ThreadView::attach);

    auto *thread = new QWidget(this);
    auto *splitter = new QSplitter(Qt::Vertical, thread);
    auto *top = new QWidget(splitter);
    auto *topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->addWidget(m_posts, 1);
    topLayout->addWidget(makeActions());
    splitter->addWidget(top);
    splitter->addWidget(m_editor);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    auto *threadLayout = new QVBoxLayout(thread);
    threadLayout->setContentsMargins(0, 0, 0, 0);
    threadLayout->addWidget(m_header);
    threadLayout->addWidget(splitter, 1);

    m_pages->addWidget(empty);
    m_pages->addWidget(thread);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_pages);
    setTabOrder(m_header->lockButton(), m_posts);
    showThread({});
}

QWidget *ThreadView::makeActions() {
    auto *bar = new QWidget(this);
    m_attachments->setIcon(QIcon::fromTheme(QStringLiteral("mail-attachment")));
    m_attachments->setText(tr("Open a&ttachment or link"));
    m_attachments->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_attachments->setPopupMode(QToolButton::InstantPopup);
    m_attachments->setMenu(new QMenu(m_attachments));
    // Two lines, the post's own actions over its attachments: in one line
    // they would make the thread wider than the window leaves it next to
    // the list of discussions.
    auto *layout = new QVBoxLayout(bar);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *postRow = new QHBoxLayout;
    // Tab goes from the posts through their actions to the editor.
    QWidget *previous = m_posts;
    for (QAction *action : {m_reply, m_quote, m_edit, m_delete}) {
        QToolButton *button = toolButton(action, bar);
        postRow->addWidget(button);
        setTabOrder(previous, button);
        previous = button;
    }
    postRow->addStretch(1);
    layout->addLayout(postRow);
    layout->addWidget(m_attachments, 0, Qt::AlignLeft);
    setTabOrder(previous, m_attachments);
    setTabOrder(m_attachments, m_editor->textField());
    return bar;
}

QToolButton *ThreadView::followButton() const {
    return m_header->followButton();
}

QToolButton *ThreadView::pinButton() const {
    return m_header->pinButton();
}

QToolButton *ThreadView::lockButton() const {
    return m_header->lockButton();
}

QLabel *ThreadView::titleLabel() const {
    return m_header->titleLabel();
}

QLabel *ThreadView::noticeLabel() const {
    return m_header->noticeLabel();
}

bool ThreadView::hasUnsentWork() const {
    if (m_editor->hasUnsentWork())
        return true;
    // A kept reply with no text yet loses nothing.
    return std::any_of(m_drafts.cbegin(), m_drafts.cend(),
                       [](const PostEditor::Work &work) { return work.isUnsent(); });
}

void ThreadView::showThread(const QString &threadId) {
    if (threadId != m_threadId) {
        if (AttachmentPicker *open = m_picker.data())
            open->reject();
        if (!m_threadId.isEmpty()) {
            const PostEditor::Work work = m_editor->work();
            // A chosen reply is kept too, even before its first word.
            if (work.isUnsent() || !work.replyToPostId.isEmpty())
                m_drafts.insert(m_threadId, work);
            else
                m_drafts.remove(m_threadId);
        }
        m_editor->restore(m_drafts.take(threadId));
    }
    m_threadId = threadId;
    m_header->showNotice({});
    m_delegate->forget();
    m_model->showThread(threadId);
    refresh();
    if (m_thread) {
        m_posts->doItemsLayout();
        // Where the person stopped reading, else the newest posts.
        QString firstUnread;
        try {
            firstUnread = m_progress.firstUnreadPost(threadId);
        } catch (const common::Error &error) {
            showNotice(error.message());
        }
        const int row = firstUnread.isEmpty() ? -1 : m_model->rowOf(firstUnread);
        if (row > 0)
            m_posts->scrollTo(m_model->index(row, 0), QAbstractItemView::PositionAtTop);
        else if (row < 0)
            m_posts->scrollToBottom();
        markRead();
    }
}

void ThreadView::refresh() {
    m_thread.reset();
    if (!m_threadId.isEmpty()) {
        try {
            m_thread = m_workspace.replica().record(m_threadId);
        } catch (const common::Error &error) {
            showNotice(error.message());
        }
        if (m_thread && m_thread->meta.deleted)
            m_thread.reset();
    }
    m_pages->setCurrentIndex(m_thread ? 1 : 0);
    if (!m_thread)
        return;
    const QString current = m_posts->currentIndex().data(RecordListModel::RecordIdRole).toString();
    const QScrollBar *bar = m_posts->verticalScrollBar();
    const bool atEnd = bar->value() >= bar->maximum();
    m_model->refresh();
    // Bodies may have grown or shrunk: the cards' heights change.
    m_posts->doItemsLayout();
    if (!current.isEmpty()) {
        const int row = m_model->rowOf(current);
        if (row >= 0)
            m_posts->setCurrentIndex(m_model->index(row, 0));
    }
    // Someone reading at the end keeps seeing the newest posts.
    if (atEnd)
        m_posts->scrollToBottom();
    updateHeader();
    updateActions();
    markReadIfAtEnd();
}

void ThreadView::updateHeader() {
    bool following = false;
    try {
        following = m_following.isFollowing(m_threadId);
    } catch (const common::Error &error) {
        showNotice(error.message());
    }
    m_header->showThread(
        *m_thread, m_workspace.permissions().may(common::Action::PinLock, m_thread->meta.spaceId),
        following);
}

common::Decision ThreadView::writeDecision() const {
    const Permissions &permissions = m_workspace.permissions();
    const common::Decision create = permissions.mayCreate(m_thread->meta.spaceId);
    if (!create)
        return create;
    if (m_thread->fields.value(kLocked).toBool()
        && !permissions.may(common::Action::PinLock, m_thread->meta.spaceId)) {
        return {false,
                tr("This discussion is locked; only moderators can post in it or edit its "
                   "posts."),
                false};
    }
    return create;
}

std::optional<common::Record> ThreadView::currentPost() const {
    const QModelIndex current = m_posts->currentIndex();
    return current.isValid() ? m_model->record(current.row()) : std::nullopt;
}

void ThreadView::updateActions() {
    if (!m_thread)
        return;
    const common::Decision write = writeDecision();
    m_editor->setWritable(write);
    const std::optional<common::Record> post = currentPost();
    const common::Decision noPost{false, tr("Choose a post first."), false};
    showDecision(m_reply, post ? write : noPost, tr("Answer the chosen post (Ctrl+R)"));
    showDecision(m_quote, post ? write : noPost,
                 tr("Answer the chosen post and quote it (Ctrl+Shift+R)"));
    if (!post) {
        showDecision(m_edit, noPost);
        showDecision(m_delete, noPost);
    } else {
        common::Decision edit = m_workspace.permissions().mayEdit(*post);
        // A locked thread takes edits of its posts from moderators only.
        if (edit && !write && m_thread->fields.value(kLocked).toBool())
            edit = write;
        showDecision(m_edit, edit, tr("Change the chosen post (F2)"));
        showDecision(m_delete, m_workspace.permissions().mayDelete(*post),
                     tr("Delete the chosen post (Del)"));
    }
    updateLinkMenu();
}

void ThreadView::updateLinkMenu() {
    // The keyboard's way to what the mouse clicks in a card: the chosen
    // post's attachments, then the links in its text.
    QMenu *menu = m_attachments->menu();
    menu->clear();
    const QModelIndex current = m_posts->currentIndex();
    if (current.isValid()) {
        const QVariantList attachments = current.data(PostListModel::AttachmentsRole).toList();
        for (const QVariant &attachment : attachments) {
            const QStringList idAndTitle = attachment.toStringList();
            menu->addAction(QIcon::fromTheme(QStringLiteral("document-open")), idAndTitle.value(1),
                            this, [this, id = idAndTitle.value(0)] {
                                Q_EMIT openRecordRequested(id, common::EntityType::Document);
                            });
        }
        const QTextDocument &body = m_delegate->bodyOf(current);
        for (QTextBlock block = body.begin(); block.isValid(); block = block.next()) {
            for (auto it = block.begin(); !it.atEnd(); ++it) {
                const QTextFragment fragment = it.fragment();
                const QUrl link(fragment.charFormat().anchorHref());
                if (link.isEmpty() || PostDocument::documentIdOf(link))
                    continue;
                menu->addAction(QIcon::fromTheme(QStringLiteral("applications-internet")),
                                tr("%1 (%2)").arg(fragment.text(), link.toDisplayString()), this,
                                [this, link] { openLink(link); });
            }
        }
    }
    showDecision(
        m_attachments,
        menu->isEmpty()
            ? common::Decision{false, tr("The chosen post has no attachments or links."), false}
            : common::Decision{true, {}, false},
        tr("Open a document attached to the chosen post, or a link in it"));
}

bool ThreadView::eventFilter(QObject *watched, QEvent *event) {
    if (watched == m_posts->viewport() && event->type() == QEvent::MouseMove) {
        const QPoint point = static_cast<QMouseEvent *>(event)->position().toPoint();
        const QModelIndex index = m_posts->indexAt(point);
        const bool overLink = index.isValid() && !m_delegate->anchorAt(index, point).isEmpty();
        if (overLink)
            m_posts->viewport()->setCursor(Qt::PointingHandCursor);
        else
            m_posts->viewport()->unsetCursor();
    }
    return QWidget::eventFilter(watched, event);
}

void ThreadView::showEvent(QShowEvent *event) {
    QWidget::showEvent(event);
    markReadIfAtEnd();
}

void ThreadView::markReadIfAtEnd() {
    const QScrollBar *bar = m_posts->verticalScrollBar();
    if (bar->value() >= bar->maximum())
        markRead();
}

void ThreadView::markRead() {
    if (!m_thread || m_markingRead || !isVisibleTo(window()))
        return;
    m_markingRead = true;
    try {
        m_progress.markRead(m_threadId);
    } catch (const common::Error &error) {
        showNotice(error.message());
    }
    m_markingRead = false;
}

void ThreadView::send(const PostEditor::Draft &draft) {
    if (!m_thread)
        return;
    try {
        const QJsonArray attachments = QJsonArray::fromStringList(draft.attachmentIds);
        if (!draft.editedPostId.isEmpty()) {
            m_workspace.update(draft.editedPostId,
                               {{QStringLiteral("body"), draft.body},
                                {QStringLiteral("attachment_document_ids"), attachments}});
        } else {
            m_workspace.create(common::EntityType::Post, m_thread->meta.spaceId,
                               {{QStringLiteral("thread_id"), m_threadId},
                                {QStringLiteral("body"), draft.body},
                                {QStringLiteral("reply_to_post_id"), draft.replyToPostId},
                                {QStringLiteral("attachment_document_ids"), attachments}});
        }
    } catch (const common::Error &error) {
        m_editor->showError(error.field(), error.message());
        return;
    }
    m_editor->clearAfterSend();
    if (draft.editedPostId.isEmpty())
        m_posts->scrollToBottom();
}

void ThreadView::reply(bool quote) {
    const QModelIndex current = m_posts->currentIndex();
    const std::optional<common::Record> post = currentPost();
    if (!post || !m_reply->isEnabled())
        return;
    const QString summary = tr("%1: %2").arg(
        current.data(PostListModel::AuthorRole).toString(),
        QLocale().toString(post->meta.createdAt.toLocalTime(), QLocale::ShortFormat));
    m_editor->startReply(post->meta.id, summary,
                         quote ? post->fields.value(QStringLiteral("body")).toString() : QString());
}

void ThreadView::editCurrent() {
    const std::optional<common::Record> post = currentPost();
    if (!post || !m_edit->isEnabled())
        return;
    m_editor->startEdit(post->meta.id, post->fields.value(QStringLiteral("body")).toString(),
                        m_posts->currentIndex().data(PostListModel::AttachmentsRole).toList());
}

void ThreadView::deleteCurrent() {
    const std::optional<common::Record> post = currentPost();
    if (!post || !m_delete->isEnabled() || m_deleteQuestion)
        return;
    // Not exec(): a nested event loop could outlive this view (the session
    // may end meanwhile and close the window).
    auto *question = new QMessageBox(
        QMessageBox::Question, tr("Delete post"),
        tr("Delete this post by %1? Everyone in the area will no longer see it.")
            .arg(m_posts->currentIndex().data(PostListModel::AuthorRole).toString()),
        QMessageBox::Yes | QMessageBox::No, this);
    question->setAttribute(Qt::WA_DeleteOnClose);
    question->setWindowModality(Qt::WindowModal);
    connect(question, &QMessageBox::finished, this, [this, question, postId = post->meta.id] {
        if (question->clickedButton() != question->button(QMessageBox::Yes))
            return;
        try {
            m_workspace.remove(postId);
        } catch (const common::Error &error) {
            showNotice(error.message());
        }
    });
    connect(question, &QDialog::finished, this, [this] { m_deleteQuestion = nullptr; });
    m_deleteQuestion = question;
    question->open();
}

void ThreadView::setThreadFlag(const QString &field, bool on) {
    try {
        m_workspace.update(m_threadId, {{field, on}});
    } catch (const common::Error &error) {
        showNotice(error.message());
        refresh();
    }
}

void ThreadView::setFollowing(bool on) {
    try {
        m_following.setFollowing(m_threadId, on);
    } catch (const common::Error &error) {
        showNotice(error.message());
        refresh();
    }
}

void ThreadView::attach() {
    if (!m_thread || m_picker)
        return;
    // Not exec(), for the same reason as the delete question.
    auto *picker = new AttachmentPicker(m_workspace, m_thread->meta.spaceId, this);
    picker->setAttribute(Qt::WA_DeleteOnClose);
    picker->setWindowModality(Qt::WindowModal);
    connect(picker, &QDialog::accepted, this,
            [this, picker] { m_editor->addAttachments(picker->chosen()); });
    connect(picker, &QDialog::finished, this, [this] { m_picker = nullptr; });
    m_picker = picker;
    picker->open();
}

void ThreadView::openLink(const QUrl &link) {
    if (const std::optional<QString> document = PostDocument::documentIdOf(link)) {
        Q_EMIT openRecordRequested(*document, common::EntityType::Document);
        return;
    }
    // Only links meant for a browser or mail program leave the application;
    // a post must not make anyone open a local file or run a program.
    const QString scheme = link.scheme().toLower();
    if (scheme == u"https" || scheme == u"http" || scheme == u"mailto")
        QDesktopServices::openUrl(link);
    else
        showNotice(tr("This link is not opened: %1").arg(link.toString()));
}

void ThreadView::showNotice(const QString &text) {
    m_header->showNotice(text);
}

} // namespace hn::client
