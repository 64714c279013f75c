// SPDX-License-Identifier: GPL-3.0-or-later
#include "client/ui/discussions/ThreadFollow.h"

#include "client/ui/shell/Workspace.h"

#include <QUuid>

namespace hn::client {

ThreadFollow::ThreadFollow(Workspace &workspace)
    : m_workspace(workspace) {}

QString ThreadFollow::favouriteId(const QString &userId, const QString &threadId) {
    return QUuid::createUuidV5(QUuid::fromString(userId), QStringLiteral("favourite:") + threadId)
        .toString(QUuid::WithoutBraces);
}

bool ThreadFollow::isFollowing(const QString &threadId) const {
    const std::optional<common::Record> favourite =
        m_workspace.replica().record(favouriteId(m_workspace.user().id, threadId));
    return favourite && !favourite->meta.deleted;
}

void ThreadFollow::setFollowing(const QString &threadId, bool follow) {
    if (follow == isFollowing(threadId))
        return;
    if (follow) {
        m_workspace.create(common::EntityType::Favourite, QString(),
                           {{QStringLiteral("target_type"), QStringLiteral("thread")},
                            {QStringLiteral("target_id"), threadId}});
    } else {
        m_workspace.remove(favouriteId(m_workspace.user().id, threadId));
    }
}

} // namespace hn::client
