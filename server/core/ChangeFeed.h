// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Clock.h"
#include "common/Record.h"
#include "server/core/Caller.h"
#include "server/core/SyncSettings.h"

#include <QList>
#include <QStringList>
#include <functional>

namespace hn::server {

class Database;

// Where a client stands in one bucket (sync.proto, BucketCursor).
struct BucketRequest {
    QString bucket;
    qint64 cursor = 0;
    bool forceSnapshot = false;
};

// One page of a bucket's changes (sync.proto, PullPage).
struct FeedPage {
    QString bucket;
    // In seq order; tombstones (meta.deleted) only in incremental pages.
    QList<common::Record> records;
    // Snapshot pages only: ids of live records with version <= the asked
    // cursor, which the client already holds as they are. They come on the
    // first pages of a snapshot, before its records.
    QStringList unchangedIds;
    // The client's cursor for the bucket once it stored this page: the last
    // record's seq, or on the complete page the head seq the pull read the
    // bucket at.
    qint64 cursor = 0;
    bool snapshot = false;
    bool complete = false;
    // Records this pull sends for the bucket in all (unchanged ids not counted).
    qint64 totalRecords = 0;
};

// The read side of sync (Sync.Pull): which buckets a caller may read, and
// their changes since a cursor, checked against the access policy record
// by record (DESIGN.md, Access, must).
class ChangeFeed {
public:
    ChangeFeed(Database &database, const common::Clock &clock, SyncSettings settings = {});

    // The buckets the caller may read now, decided afresh from the database
    // on every call: each space the policy lets them Read (membership,
    // guest visibility, admin), their own private bucket, and the directory
    // for every role but guest (ARCHITECTURE.md, Sync).
    QStringList readableBuckets(const Caller &caller);

    // Sends, for each requested bucket the caller may read (in the order
    // asked; others are skipped), the records changed since its cursor, in
    // pages of `pageSize` (clamped by SyncSettings::pageSize). Each bucket
    // is read in one read transaction, so its complete page's cursor is the
    // head seq of that same snapshot. A cursor of 0, one below the tombstone
    // floor, or forceSnapshot gives a snapshot (sync.proto, Pull). Stops as
    // soon as `sink` returns false. Throws common::Error.
    void pull(const Caller &caller, const QList<BucketRequest> &requests, int pageSize,
              const std::function<bool(const FeedPage &)> &sink);

    // Drops tombstones and stored push results older than the tombstone
    // horizon; returns the new tombstone floor. Run it daily.
    qint64 purgeTombstones();

    const SyncSettings &settings() const { return m_settings; }

private:
    Database &m_database;
    const common::Clock &m_clock;
    SyncSettings m_settings;
};

} // namespace hn::server
