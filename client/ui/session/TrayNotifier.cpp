// SPDX-License-Identifier: GPL-3.0-or-later
#include "client/ui/session/TrayNotifier.h"

#include "client/ui/icons/IconTheme.h"
#include "client/ui/models/RecordListModel.h"
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
        m_menu->addAction(QIcon::fromTheme(QStringLiteral("application-exit")), tr("&Quit"), qApp,
                          &QApplication::quit);
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
    m_seen = followedPosts();
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

void TrayNotifier::toggleWindow() {
    QWidget *window = m_window.data();
    if (window && window->isVisible() && !window->isMinimized())
        window->hide();
    else
        showWindow();
}

QHash<QString, QSet<QString>> TrayNotifier::followedPosts() {
    QHash<QString, QSet<QString>> posts;
    Replica &replica = m_workspace.replica();
    // A person follows a few dozen threads at most; the favourites are few.
    for (const common::Record &favourite : replica.records(common::EntityType::Favourite)) {
        if (favourite.fields.value(QStringLiteral("target_type")).toString()
            != QStringLiteral("thread"))
            continue;
        const QString threadId = favourite.fields.value(QStringLiteral("target_id")).toString();
        RecordListModel model(replica, {});
        RecordListQuery query;
        query.type = common::EntityType::Post;
        query.parentId = threadId;
        model.setQuery(query);
        QSet<QString> &ids = posts[threadId];
        for (int row = 0; row < model.rowCount(); ++row)
            ids.insert(model.recordId(row));
    }
    return posts;
}

void TrayNotifier::check() {
    QList<common::Record> fresh;
    QHash<QString, QSet<QString>> now;
    try {
        now = followedPosts();
    } catch (const common::Error &) {
        return; // the replica is busy or closing; the next round looks again
    }
    for (auto thread = now.cbegin(); thread != now.cend(); ++thread) {
        const auto seen = m_seen.constFind(thread.key());
        // A thread followed since the last look starts as read.
        if (seen == m_seen.constEnd())
            continue;
        for (const QString &id : thread.value()) {
            if (seen->contains(id))
                continue;
            const std::optional<common::Record> post = m_workspace.replica().record(id);
            if (post && !post->meta.deleted && post->meta.createdBy != m_workspace.user().id)
                fresh.append(*post);
        }
    }
    m_seen = std::move(now);
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
