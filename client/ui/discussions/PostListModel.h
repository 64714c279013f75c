// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "client/ui/models/DirectoryNames.h"
#include "client/ui/models/RecordListModel.h"

#include <QHash>
#include <QVariantList>

namespace hn::client {

class Workspace;

// The posts of one thread in the order they were posted, as one column of
// a RecordListModel: ids in SQL order, records read in blocks when the
// view paints them, so a thread with thousands of posts opens as fast as
// one with ten. What a post card shows comes through the roles below.
class PostListModel : public RecordListModel {
    Q_OBJECT
public:
    enum Role {
        AuthorRole = Qt::UserRole + 10, // display name
        AuthorIdRole,
        BodyRole,        // Markdown as written
        PostedAtRole,    // QDateTime (UTC)
        EditedAtRole,    // QDateTime, invalid if never edited
        ReplyToRole,     // the answered post's id, or ""
        ReplyToTextRole, // "Author: first words" of the answered post
        AttachmentsRole, // QVariantList of QStringList{document id, title}, readable ones only
        SyncStateRole,   // SyncState
        RejectionRole,   // the server's reason when SyncState is Rejected
    };
    enum class SyncState { Synced, Pending, Rejected };
    Q_ENUM(SyncState)

    explicit PostListModel(Workspace &workspace, QObject *parent = nullptr);

    const QString &threadId() const { return m_threadId; }
    void showThread(const QString &threadId);

public Q_SLOTS:
    // Forgets names and outbox states, then reloads.
    void refresh();

private:
    static QList<RecordColumn> makeColumns(const PostListModel *self);
    QVariant postData(const common::Record &post, int role) const;
    QString replySummary(const QString &postId) const;
    QVariantList attachments(const QJsonObject &fields) const;
    void readOutboxStates();

    Workspace &m_workspace;
    DirectoryNames m_names;
    QString m_threadId;
    struct Unsent {
        SyncState state = SyncState::Pending;
        QString reason;
    };
    QHash<QString, Unsent> m_unsent;
    mutable QHash<QString, QString> m_replySummaries;
};

} // namespace hn::client
