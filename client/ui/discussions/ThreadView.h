// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "client/ui/discussions/AttachmentPicker.h"
#include "client/ui/discussions/PostEditor.h"
#include "client/ui/discussions/ReadProgress.h"
#include "client/ui/discussions/ThreadFollow.h"
#include "common/EntityType.h"
#include "common/Policy.h"
#include "common/Record.h"

#include <QHash>
#include <QMessageBox>
#include <QPointer>
#include <QWidget>
#include <optional>

class QAction;
class QLabel;
class QListView;
class QStackedWidget;
class QToolButton;

namespace hn::client {

class PostDelegate;
class PostListModel;
class ThreadHeader;
class Workspace;

// One thread: its posts as cards (a QListView over PostListModel with
// PostDelegate, so hundreds of posts scroll smoothly and only the shown
// ones are painted), the actions on the chosen post (reply, quote, edit,
// delete, open attachment), the thread's state (follow; pin and lock for
// moderators) and the editor for a new post. Opening the thread, and
// scrolling to its end, moves the person's read marker to the newest post.
class ThreadView : public QWidget {
    Q_OBJECT
public:
    explicit ThreadView(Workspace &workspace, QWidget *parent = nullptr);

    const QString &threadId() const { return m_threadId; }
    // "" shows nothing. What the person was writing in the thread shown so
    // far is kept (for this session) and comes back with that thread.
    void showThread(const QString &threadId);

    // For tests and screenshots.
    QListView *postList() const { return m_posts; }
    PostListModel *posts() const { return m_model; }
    PostDelegate *delegate() const { return m_delegate; }
    PostEditor *editor() const { return m_editor; }
    // Something written and not sent, in this thread's editor or kept for
    // another thread.
    bool hasUnsentWork() const;
    QAction *replyAction() const { return m_reply; }
    QAction *quoteAction() const { return m_quote; }
    QAction *editAction() const { return m_edit; }
    QAction *deleteAction() const { return m_delete; }
    QToolButton *followButton() const;
    QToolButton *pinButton() const;
    QToolButton *lockButton() const;
    QToolButton *attachmentsButton() const { return m_attachments; }
    QLabel *titleLabel() const;
    QLabel *noticeLabel() const;
    // The open delete confirmation or attachment picker, if any.
    QMessageBox *deleteQuestion() const { return m_deleteQuestion; }
    AttachmentPicker *attachmentPicker() const { return m_picker; }

public Q_SLOTS:
    // Re-reads the thread and its posts (after Workspace::recordsChanged).
    void refresh();

Q_SIGNALS:
    // An attachment link was activated: the main window opens the record.
    void openRecordRequested(const QString &recordId, hn::common::EntityType type);

protected:
    // A thread shown again (the person comes back to the section) counts as read.
    void showEvent(QShowEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QWidget *makeActions();
    std::optional<common::Record> currentPost() const;
    common::Decision writeDecision() const;
    void updateHeader();
    void updateActions();
    void updateLinkMenu();
    void markReadIfAtEnd();
    void markRead();
    void send(const PostEditor::Draft &draft);
    void reply(bool quote);
    void editCurrent();
    void deleteCurrent();
    void setThreadFlag(const QString &field, bool on);
    void setFollowing(bool on);
    void attach();
    void openLink(const QUrl &link);
    void showNotice(const QString &text);

    Workspace &m_workspace;
    ReadProgress m_progress;
    ThreadFollow m_following;
    QString m_threadId;
    std::optional<common::Record> m_thread;
    bool m_markingRead = false;
    // Unsent work in the editor of threads not shown, by thread id.
    QHash<QString, PostEditor::Work> m_drafts;
    QPointer<QMessageBox> m_deleteQuestion;
    QPointer<AttachmentPicker> m_picker;

    QStackedWidget *m_pages;
    ThreadHeader *m_header;
    QListView *m_posts;
    PostListModel *m_model;
    PostDelegate *m_delegate;
    QAction *m_reply;
    QAction *m_quote;
    QAction *m_edit;
    QAction *m_delete;
    QToolButton *m_attachments;
    PostEditor *m_editor;
};

} // namespace hn::client
