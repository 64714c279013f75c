// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Record.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace hn::client {

// One page of Sync.Pull (sync.proto PullPage) in domain types, as the sync
// engine hands it to Replica::applyPage.
struct PullPageData {
    QString bucket;
    // In version order; incremental pages include tombstones
    // (meta.deleted). Records of entity kinds this build does not know are
    // left out by the engine.
    QList<common::Record> records;
    // Snapshot pages: ids of live records the replica already holds in
    // their current state.
    QStringList unchangedIds;
    qint64 cursor = 0;
    bool snapshot = false;
    bool complete = false;
    qint64 totalRecords = 0;
    // The first page of this bucket in this Pull response. For snapshots
    // the replica restarts its bookkeeping of seen ids on it (sync.proto:
    // each snapshot answer is complete in itself).
    bool first = false;
};

} // namespace hn::client
