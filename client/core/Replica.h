// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "client/core/Conflict.h"
#include "client/core/ConflictDesk.h"
#include "client/core/LocalEdits.h"
#include "client/core/LocalView.h"
#include "client/core/Outbox.h"
#include "client/core/OutboxEntry.h"
#include "client/core/PullApplier.h"
#include "client/core/PullPageData.h"
#include "client/core/PushResults.h"
#include "client/core/ReplicaDatabase.h"
#include "client/core/ReplicaSearch.h"
#include "client/core/Resolution.h"
#include "client/core/SearchHit.h"
#include "client/core/SetAside.h"
#include "client/core/SetAsideItem.h"
#include "client/core/SyncCounts.h"
#include "common/Clock.h"
#include "common/Mutation.h"
#include "common/Record.h"

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>
#include <utility>

namespace hn::client {

// The offline replica of one (server, user) profile: records, per-bucket
// cursors, the outbox of local changes, open conflicts, set-aside work and
// the search index (DESIGN.md, Sync and Storage). No networking: the sync
// engine feeds it pages and results and takes mutations from it; the UI
// reads and edits through it.
//
// Every method throws common::Error on failure and runs in one
// transaction. One object may be used from one thread at a time; each
// thread gets its own connection to the file.
//
// Local view and server view: each record keeps the fields a person sees
// (with local changes) and the last state the server sent. A pull updates
// the server view and every field of the local view that has no local
// change (pending, in flight, rejected or in an open conflict); those keep
// the person's value until the change is answered or resolved.
class Replica {
public:
    // Opens (creating and migrating) the file. Several Replica objects may
    // work on one file (the engine's thread and the UI's); entries that were
    // in flight when the program stopped stay so until the engine calls
    // requeueInFlight().
    Replica(const QString &path, const common::Clock &clock);
    ~Replica();
    Replica(const Replica &) = delete;
    Replica &operator=(const Replica &) = delete;

    ReplicaDatabase &database() { return m_database; }

    // --- local edits (each with its outbox entry in one transaction) -------

    // A new record (new UUID, version 0) with the type's default fields
    // overlaid with `fields`. Private types (read markers, favourites) go to
    // the bucket "private:<userId>" and ignore spaceId. Throws
    // InvalidArgument for a type clients may not write or an unknown field.
    common::Record create(common::EntityType type, const QString &spaceId,
                          const QJsonObject &fields, const QString &userId);
    // Changes fields of a live record. Fields whose value does not change
    // are ignored. Coalesces into the record's last outbox entry when that
    // one was never sent. Throws NotFound, InvalidArgument (unknown field),
    // FailedPrecondition (a changed field or the record has an open
    // conflict: resolve it first).
    void update(const QString &recordId, const QJsonObject &changedFields, const QString &userId);
    // Deletes locally (tombstone) and queues a Delete; a record that never
    // reached the server (its Create still unsent) is dropped with its
    // outbox entries instead.
    void remove(const QString &recordId, const QString &userId);

    // --- reads -------------------------------------------------------------

    // The local view; also a local tombstone (meta.deleted) while its
    // Delete is unsent or in conflict. nullopt if not held.
    std::optional<common::Record> record(const QString &id);
    // Live records of `type` (optionally of one bucket), ordered by id.
    QList<common::Record> records(common::EntityType type, const QString &bucket = {},
                                  int limit = -1, int offset = 0);
    int count(common::EntityType type, const QString &bucket = {});

    // --- sync side ---------------------------------------------------------

    // The stored cursor of every bucket held (0 for buckets not filled yet).
    QHash<QString, qint64> cursors();
    // Buckets whose snapshot was interrupted: pull them again from their
    // cursor with force_snapshot set (sync.proto, Pull).
    QStringList snapshotsInProgress();
    // Up to `limit` pending entries in order, at most one per record and
    // none for a record whose earlier entry is in flight or rejected (the
    // server wants the previous result first); marks them in flight.
    QList<OutboxEntry> outboxToSend(int limit);
    // Returns every in-flight entry to pending with its mutation_id and
    // content unchanged (the push failed or its answer was lost; the server
    // answers a replay with the first result).
    void requeueInFlight();
    // Stores one page and its cursor in one transaction (see the class
    // comment for pending fields). A tombstone for a record with local edits
    // becomes an EditVsDelete conflict; on the `complete` page of a
    // snapshot, records of the bucket neither sent nor listed as unchanged
    // are deleted, except unsynced creates and in-flight work (kept) and
    // records with local edits (EditVsDelete conflicts).
    void applyPage(const PullPageData &page);
    // Makes the held buckets exactly `readable`: buckets not listed are
    // purged (records, cursors, outbox, conflicts), with their unsynced local
    // work set aside first; listed buckets not held start at cursor 0.
    void retainBuckets(const QStringList &readable);
    // The answers to entries from outboxToSend (see sync.proto,
    // MutationResult). Entries of the list that are not in flight (answered
    // twice) are ignored.
    void applyResults(const QList<std::pair<OutboxEntry, common::MutationResult>> &results);

    // --- people's decisions --------------------------------------------------

    QList<Conflict> conflicts();
    void resolveConflict(qint64 conflictId, const Resolution &resolution, const QString &userId);
    // The whole outbox as a person reviews it: pending, in-flight and
    // rejected entries in sending order, a page at a time (`limit` < 0: all).
    QList<OutboxEntry> outboxEntries(int limit = -1, int offset = 0);
    QList<OutboxEntry> rejected();
    // Sends the rejected entry again (as a new mutation_id, since its content
    // may have changed), typically after the person edited the record.
    void retryRejected(qint64 entryId);
    // Drops the rejected entry and the record's other unsent entries and
    // reverts the record to the last server state (a never-synced record
    // is removed).
    void discardRejected(qint64 entryId);
    QList<SetAsideItem> setAside();
    // Every set-aside item as a JSON document (UTF-8, indented).
    QByteArray exportSetAside();
    void dismissSetAside(qint64 id);

    SyncCounts counts();

    // --- search --------------------------------------------------------------

    // Full-text search over contacts, documents, threads and posts; any text
    // a person types is safe (never an FTS syntax error). Each word is a
    // prefix; "Müller" is found by "muller", "Mueller" and "müll".
    QList<SearchHit> search(const QString &query, int limit = 50);

private:
    // The file first: the parts below work on it. Each part runs the
    // transactions of its methods itself.
    ReplicaDatabase m_database;
    LocalEdits m_edits;
    LocalView m_view;
    Outbox m_outbox;
    PullApplier m_pull;
    PushResults m_pushResults;
    ConflictDesk m_conflicts;
    SetAside m_setAside;
    ReplicaSearch m_search;
};

} // namespace hn::client
