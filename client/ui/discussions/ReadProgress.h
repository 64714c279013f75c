// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace hn::client {

class Workspace;

// How far the signed-in person has read each thread: their ReadMarker
// records (private, synced to their other devices; entities.proto). A
// post is unread when the server accepted it after the marker's position
// and someone else wrote it.
class ReadProgress {
public:
    struct Counts {
        int posts = 0;
        int unread = 0;
    };

    explicit ReadProgress(Workspace &workspace);

    // The derived id every device of the user makes for a thread's marker.
    static QString markerId(const QString &userId, const QString &threadId);

    // Milliseconds since the epoch up to which the thread is read; 0 if never.
    qint64 readUpTo(const QString &threadId) const;
    Counts countsOf(const QString &threadId) const;
    // The server time of the thread's newest post that reached the server
    // (a post still waiting in the outbox has only this computer's time).
    qint64 newestPostAt(const QString &threadId) const;
    // The first post the person has not read (oldest first); "" if none.
    QString firstUnreadPost(const QString &threadId) const;
    // Moves the marker to the newest post; returns whether it moved. Never
    // moves it back (the server would keep the later position anyway).
    bool markRead(const QString &threadId);

private:
    Workspace &m_workspace;
};

} // namespace hn::client
