// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Record.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>

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
    void quit();
    // A click on the tray icon hides a shown window and shows a hidden one.
    void toggleWindow();
    // The replica's newest row (rows get growing rids as they arrive;
    // updates keep theirs).
    qint64 newestRow();
    // Posts by others in followed threads that arrived after row `after`,
    // up to row `upTo`, oldest first.
    QStringList followedPostsBetween(qint64 after, qint64 upTo);
    void notify(const QList<common::Record> &posts);

    Workspace &m_workspace;
    Preferences &m_preferences;
    QPointer<QWidget> m_window;
    QSystemTrayIcon *m_tray = nullptr;
    QMenu *m_menu = nullptr;
    // Rows up to this one were looked at (the first look: the start).
    qint64 m_seenUpTo = 0;
};

} // namespace hn::client
