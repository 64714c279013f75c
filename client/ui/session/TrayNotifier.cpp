// SPDX-License-Identifier: GPL-3.0-or-later
#include "client/ui/session/TrayNotifier.h"

#include "client/core/ReplicaDatabase.h"
#include "client/core/ReplicaQuery.h"
#include "client/ui/icons/IconTheme.h"
#include "client/ui/session/Preferences.h"
#include "client/ui/shell/Workspace.h"

#include <QApplication>
#include <QMenu>
#include <QSystemTrayIcon>
#include <QWidget>

namespace hn::client {

TrayNotifier::TrayNotifier(Workspace &workspace, Preferences &preferences, QWidget *window,
                           QObject *parent)
    : QObject(parent)
    , m_workspace(workspace)
    , m_preferences(preferences)
    , m_window(window) {
    if (QSystemTrayIcon::isSystemTrayAvailable()) {
        m_tray = new QSystemTrayIcon(IconTheme::applicationIcon(), this);
        m_tray->setToolTip(tr("Helfernetz"));
        m_menu = new QMenu;
        m_menu->addAction(tr("&Show Helfernetz"), this, &TrayNotifier::showWindow);
        m_menu->addSeparator();
        m_menu->addAction(QIcon::fromTheme(QStringLiteral("application-exit")), tr("&Quit"), this,
                          &TrayNotifier::quit);
        m_tray->setContextMenu(m_menu);
        connect(m_tray, &QSystemTrayIcon::activated, this,
                [this](QSystemTrayIcon::ActivationReason reason) {
                    if (reason == QSystemTrayIcon::Trigger)
                        toggleWindow();
                });
        connect(m_tray, &QSystemTrayIcon::messageClicked, this, &TrayNotifier::showWindow);
        m_tray->show();
    }
    // Everything present at the start counts as seen.
    try {
        m_seenUpTo = newestRow();
    } catch (const common::Error &) {
        // Unreadable now: the first look announces nothing older than the
        // rows it finds then (see check()).
        m_seenUpTo = -1;
    }
    if (SyncEngine *engine = workspace.engine())
        connect(engine, &SyncEngine::roundFinished, this, [this](int, int pulled) {
            if (pulled > 0)
                check();
        });
}

TrayNotifier::~TrayNotifier() {
    delete m_menu;
}

void TrayNotifier::showWindow() {
    QWidget *window = m_window.data();
    if (!window)
        return;
    window->showNormal();
    window->raise();
    window->activateWindow();
}

void TrayNotifier::quit() {
    // Through the window, which asks before unsaved work is dropped and
    // ends the program when it closed.
    if (QWidget *window = m_window.data()) {
        showWindow();
        window->close();
    } else {
        QApplication::quit();
    }
}

void TrayNotifier::toggleWindow() {
    QWidget *window = m_window.data();
    if (window && window->isVisible() && !window->isMinimized())
        window->hide();
    else
        showWindow();
}

qint64 TrayNotifier::newestRow() {
    ReplicaQuery query(m_workspace.replica().database().connection(),
                       QStringLiteral("SELECT COALESCE(MAX(rid), 0) FROM records"),
                       QStringLiteral("find the newest record for the tray"));
    query.exec();
    return query.next() ? query.value(0).toLongLong() : 0;
}

QStringList TrayNotifier::followedPostsBetween(qint64 after, qint64 upTo) {
    // One query, whatever the number of followed threads: the new rows are
    // few (a round's), found by the rid range, then matched to favourites.
    ReplicaQuery query(
        m_workspace.replica().database().connection(),
        QStringLiteral(
            "SELECT DISTINCT post.rid, post.id FROM records post"
            " JOIN records favourite ON favourite.type = 'favourite' AND favourite.deleted = 0"
            " AND json_extract(favourite.fields, '$.target_type') = 'thread'"
            " AND json_extract(favourite.fields, '$.target_id') = post.parent_id"
            " WHERE post.rid > ? AND post.rid <= ? AND post.type = 'post' AND post.deleted = 0"
            " AND post.created_by <> ? ORDER BY post.rid"),
        QStringLiteral("find new posts in followed threads"));
    query.exec({after, upTo, m_workspace.user().id});
    QStringList ids;
    while (query.next())
        ids.append(query.value(1).toString());
    return ids;
}

void TrayNotifier::check() {
    QList<common::Record> fresh;
    qint64 newest = 0;
    try {
        // The newest row first: rows the engine adds meanwhile wait for the
        // next look instead of being skipped.
        newest = newestRow();
        if (m_seenUpTo >= 0) {
            for (const QString &id : followedPostsBetween(m_seenUpTo, newest)) {
                if (std::optional<common::Record> post = m_workspace.replica().record(id))
                    fresh.append(*post);
            }
        }
    } catch (const common::Error &) {
        return; // the replica is busy or closing; the next round looks again
    }
    m_seenUpTo = newest;
    if (!fresh.isEmpty())
        notify(fresh);
}

void TrayNotifier::notify(const QList<common::Record> &posts) {
    const QString threadId = posts.first().fields.value(QStringLiteral("thread_id")).toString();
    const std::optional<common::Record> thread = m_workspace.replica().record(threadId);
    const QString threadTitle =
        thread ? thread->fields.value(QStringLiteral("title")).toString() : QString();
    const QString title =
        posts.size() == 1 && !threadTitle.isEmpty()
            ? tr("New post in \"%1\"").arg(threadTitle)
            : tr("%n new post(s) in threads you follow", nullptr, int(posts.size()));
    QString message = posts.first().fields.value(QStringLiteral("body")).toString().simplified();
    if (message.size() > 120)
        message = message.left(119) + QChar(0x2026);
    Q_EMIT newPosts(posts, title, message);
    if (m_tray && m_preferences.notifyFollowedThreads())
        m_tray->showMessage(title, message, IconTheme::applicationIcon(), 10000);
}

} // namespace hn::client
