// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Record.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QString>

class QMenu;
class QSystemTrayIcon;
class QWidget;

namespace hn::client {

class Preferences;
class Workspace;

// The system tray icon of an open profile (where the desktop has a tray):
// shows and hides the window, and after each sync round tells of new posts
// by others in the threads the person follows (Favourite records with
// target_type "thread", see discussions/ThreadFollow).
class TrayNotifier : public QObject {
    Q_OBJECT
public:
    TrayNotifier(Workspace &workspace, Preferences &preferences, QWidget *window,
                 QObject *parent = nullptr);
    ~TrayNotifier() override;

    bool hasTray() const { return m_tray != nullptr; }

public Q_SLOTS:
    // Looks for posts that arrived since the last look (called after each
    // sync round that pulled records).
    void check();

Q_SIGNALS:
    // New posts by others in followed threads (also shown by the tray when
    // notifications are on).
    void newPosts(const QList<hn::common::Record> &posts, const QString &title,
                  const QString &message);

private:
    void showWindow();
    // A click on the tray icon hides a shown window and shows a hidden one.
    void toggleWindow();
    // The ids of the posts of every followed thread, as now in the replica.
    QHash<QString, QSet<QString>> followedPosts();
    void notify(const QList<common::Record> &posts);

    Workspace &m_workspace;
    Preferences &m_preferences;
    QPointer<QWidget> m_window;
    QSystemTrayIcon *m_tray = nullptr;
    QMenu *m_menu = nullptr;
    // Post ids already seen, per followed thread.
    QHash<QString, QSet<QString>> m_seen;
};

} // namespace hn::client
