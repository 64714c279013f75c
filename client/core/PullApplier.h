// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "client/core/PullPageData.h"
#include "client/core/ReplicaDatabase.h"
#include "common/Clock.h"

#include <QHash>
#include <QString>
#include <QStringList>

namespace hn::client {

// The pull side of the replica: the cursors of the held buckets, pulled
// pages taken into the server view (and into the local view where it has
// no local change), snapshots, and keeping exactly the readable buckets
// (Replica::cursors, snapshotsInProgress, applyPage, retainBuckets).
class PullApplier {
public:
    PullApplier(ReplicaDatabase &database, const common::Clock &clock);

    QHash<QString, qint64> cursors();
    QStringList snapshotsInProgress();
    void applyPage(const PullPageData &page);
    void retainBuckets(const QStringList &readable);

private:
    ReplicaDatabase &m_database;
    const common::Clock &m_clock;
};

} // namespace hn::client
