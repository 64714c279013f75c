// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/EntityType.h"

#include <QWidget>

class QAction;
class QLineEdit;
class QTreeView;

namespace hn::client {

class ThreadListModel;
class ThreadView;
class Workspace;

// The "Discussions" section of the main window: the threads of the chosen
// area (pinned first, then by last activity, with unread counts) beside
// the open thread.
class DiscussionsPane : public QWidget {
    Q_OBJECT
public:
    explicit DiscussionsPane(Workspace &workspace, QWidget *parent = nullptr);

    // For tests, screenshots and the main window's "New …" button.
    QTreeView *threadList() const { return m_list; }
    ThreadListModel *threads() const { return m_model; }
    ThreadView *threadView() const { return m_view; }
    QAction *newThreadAction() const { return m_newThread; }
    QLineEdit *searchField() const { return m_search; }
    // A post being written (in any thread) or the new thread's dialog open.
    bool hasUnsavedWork() const;

public Q_SLOTS:
    // "" = all areas ("All areas").
    void showSpace(const QString &spaceId);
    // Opens a thread, or the thread of a post with that post chosen.
    void showRecord(const QString &recordId);
    // Opens the dialog for a new discussion (in the shown area if writable).
    void startThread();

Q_SIGNALS:
    // Emitted once, when the list first painted rows (start-up bench).
    void firstRowsPainted();
    // An attachment asks to be opened in its section.
    void openRecordRequested(const QString &recordId, hn::common::EntityType type);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void refresh();
    void updateActions();
    void openCurrent();
    void selectShownThread();

    Workspace &m_workspace;
    QString m_spaceId;
    ThreadListModel *m_model;
    QLineEdit *m_search;
    QTreeView *m_list;
    ThreadView *m_view;
    QAction *m_newThread;
    bool m_painted = false;
};

} // namespace hn::client
