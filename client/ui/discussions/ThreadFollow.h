// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace hn::client {

class Workspace;

// "Follow" on a thread: a Favourite record {target_type "thread",
// target_id} of the signed-in person (private, synced to their devices).
// The tray notifier announces new posts in followed threads.
class ThreadFollow {
public:
    explicit ThreadFollow(Workspace &workspace);

    // The derived id every device of the user makes for the favourite.
    static QString favouriteId(const QString &userId, const QString &threadId);

    bool isFollowing(const QString &threadId) const;
    // Creates or deletes the favourite; throws common::Error like Workspace.
    void setFollowing(const QString &threadId, bool follow);

private:
    Workspace &m_workspace;
};

} // namespace hn::client
