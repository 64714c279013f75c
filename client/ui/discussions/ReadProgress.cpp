// SPDX-License-Identifier: GPL-3.0-or-later
#include "client/ui/discussions/ReadProgress.h"

#include "client/core/ReplicaQuery.h"
#include "client/ui/shell/Workspace.h"

#include <QUuid>

namespace hn::client {

ReadProgress::ReadProgress(Workspace &workspace)
    : m_workspace(workspace) {}

QString ReadProgress::markerId(const QString &userId, const QString &threadId) {
    return QUuid::createUuidV5(QUuid::fromString(userId), QStringLiteral("read_marker:") + threadId)
        .toString(QUuid::WithoutBraces);
}

qint64 ReadProgress::readUpTo(const QString &threadId) const {
    const std::optional<common::Record> marker =
        m_workspace.replica().record(markerId(m_workspace.user().id, threadId));
    if (!marker || marker->meta.deleted)
        return 0;
    return marker->fields.value(QStringLiteral("read_up_to_at_ms")).toInteger();
}

ReadProgress::Counts ReadProgress::countsOf(const QString &threadId) const {
    // "parent_id <> ''" lets SQLite use the partial index records_parent.
    ReplicaQuery query(m_workspace.replica().database().connection(),
                       QStringLiteral("SELECT COUNT(*), COALESCE(SUM(CASE WHEN created_at > ?"
                                      " AND created_by <> ? AND version > 0 THEN 1 ELSE 0 END), 0)"
                                      " FROM records WHERE parent_id = ? AND parent_id <> ''"
                                      " AND type = 'post' AND deleted = 0"),
                       QStringLiteral("count the posts of thread %1").arg(threadId));
    query.exec({readUpTo(threadId), m_workspace.user().id, threadId});
    Counts counts;
    if (query.next()) {
        counts.posts = query.value(0).toInt();
        counts.unread = query.value(1).toInt();
    }
    return counts;
}

qint64 ReadProgress::newestPostAt(const QString &threadId) const {
    ReplicaQuery query(m_workspace.replica().database().connection(),
                       QStringLiteral("SELECT COALESCE(MAX(created_at), 0) FROM records"
                                      " WHERE parent_id = ? AND parent_id <> ''"
                                      " AND type = 'post' AND deleted = 0 AND version > 0"),
                       QStringLiteral("find the newest post of thread %1").arg(threadId));
    query.exec({threadId});
    return query.next() ? query.value(0).toLongLong() : 0;
}

QString ReadProgress::firstUnreadPost(const QString &threadId) const {
    ReplicaQuery query(m_workspace.replica().database().connection(),
                       QStringLiteral("SELECT id FROM records WHERE parent_id = ?"
                                      " AND parent_id <> '' AND type = 'post' AND deleted = 0"
                                      " AND version > 0 AND created_at > ? AND created_by <> ?"
                                      " ORDER BY created_at, rid LIMIT 1"),
                       QStringLiteral("find the first unread post of thread %1").arg(threadId));
    query.exec({threadId, readUpTo(threadId), m_workspace.user().id});
    return query.next() ? query.value(0).toString() : QString();
}

bool ReadProgress::markRead(const QString &threadId) {
    const qint64 newest = newestPostAt(threadId);
    if (newest <= readUpTo(threadId))
        return false;
    // Creating the derived id again is how a marker moves (entities.proto).
    m_workspace.create(common::EntityType::ReadMarker, QString(),
                       {{QStringLiteral("thread_id"), threadId},
                        {QStringLiteral("read_up_to_at_ms"), double(newest)}});
    return true;
}

} // namespace hn::client
