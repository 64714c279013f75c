// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "client/ui/discussions/ReadProgress.h"
#include "client/ui/models/DirectoryNames.h"
#include "client/ui/models/RecordListModel.h"

#include <QHash>

namespace hn::client {

class Workspace;

// The threads of the shown spaces, pinned first, then by last activity,
// with author, replies and the signed-in person's unread count (bold while
// there is something unread). Ids are sorted in SQL like every record
// list; the counts are asked per shown thread and kept until refresh().
class ThreadListModel : public RecordListModel {
    Q_OBJECT
public:
    enum Column { TitleColumn, AuthorColumn, RepliesColumn, UnreadColumn, ActivityColumn };
    // The unread count as a number, for any column.
    static constexpr int UnreadRole = Qt::UserRole + 2;

    explicit ThreadListModel(Workspace &workspace, QObject *parent = nullptr);

    // "" = every space ("All areas").
    void showSpace(const QString &spaceId);

public Q_SLOTS:
    // Forgets counts and names, then reloads (after Workspace::recordsChanged).
    void refresh();

private:
    static QList<RecordColumn> makeColumns(const ThreadListModel *self);
    ReadProgress::Counts countsOf(const QString &threadId) const;

    DirectoryNames m_names;
    ReadProgress m_progress;
    mutable QHash<QString, ReadProgress::Counts> m_counts;
};

} // namespace hn::client
