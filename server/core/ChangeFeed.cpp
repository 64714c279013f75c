// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/core/ChangeFeed.h"

#include "common/Bucket.h"
#include "common/Policy.h"
#include "server/store/Database.h"
#include "server/store/RecordStore.h"
#include "server/store/SpaceStore.h"

#include <QHash>
#include <optional>

namespace hn::server {

using common::Bucket;
using common::Record;

namespace {

// Why the caller may read one bucket, decided once per call from the
// database; asked again for every record before it is sent.
struct BucketAccess {
    Bucket::Kind kind = Bucket::Kind::Directory;
    common::SpaceContext space; // Kind::Space only
};

class Access {
public:
    Access(QSqlDatabase db, const Caller &caller)
        : m_actor(caller.actor()) {
        if (m_actor.status != common::AccountStatus::Active)
            return; // the policy denies everything to inactive accounts
        SpaceStore spaces(std::move(db));
        QHash<QString, common::SpaceLevel> levels;
        for (const common::Membership &m : spaces.membershipsOfUser(m_actor.userId))
            levels.insert(m.spaceId, m.level);
        for (const common::Space &space : spaces.list()) {
            BucketAccess access{Bucket::Kind::Space,
                                {space.id, space.guestVisible, space.archived, std::nullopt}};
            if (const auto it = levels.constFind(space.id); it != levels.cend())
                access.space.level = it.value();
            if (!common::Policy::may(m_actor, common::Action::Read, &access.space))
                continue;
            add(Bucket::forSpace(space.id), access);
        }
        add(Bucket::privateFor(m_actor.userId), {Bucket::Kind::Private, {}});
        // Guests read only what is open to guests; the directory lists the
        // staff's e-mail addresses (ARCHITECTURE.md, Sync).
        if (m_actor.role != common::GlobalRole::Guest)
            add(Bucket::directory(), {Bucket::Kind::Directory, {}});
    }

    const QStringList &buckets() const { return m_order; }
    const BucketAccess *find(const QString &bucket) const {
        const auto it = m_access.constFind(bucket);
        return it == m_access.cend() ? nullptr : &it.value();
    }

    // The per-record check of DESIGN.md's must: the policy decides on every
    // record that leaves the server, not only on the bucket.
    bool mayRead(const BucketAccess &access, const Record &record) const {
        switch (access.kind) {
        case Bucket::Kind::Space:
            return record.meta.spaceId == access.space.spaceId
                   && common::Policy::may(m_actor, common::Action::Read, &access.space).allowed;
        case Bucket::Kind::Private:
            return record.meta.createdBy == m_actor.userId
                   && m_actor.status == common::AccountStatus::Active;
        case Bucket::Kind::Directory:
            return record.type == common::EntityType::DirectoryEntry
                   && m_actor.role != common::GlobalRole::Guest
                   && m_actor.status == common::AccountStatus::Active;
        }
        return false;
    }

private:
    void add(const QString &bucket, const BucketAccess &access) {
        m_order.append(bucket);
        m_access.insert(bucket, access);
    }

    common::Actor m_actor;
    QStringList m_order;
    QHash<QString, BucketAccess> m_access;
};

// Builds one bucket's pages. A full page is sent only when the next record
// arrives, so the last page can always be the one marked complete.
class PageWriter {
public:
    PageWriter(const QString &bucket, bool snapshot, qint64 total, int pageSize, qsizetype maxBytes,
               const std::function<bool(const FeedPage &)> &sink)
        : m_pageSize(pageSize)
        , m_maxBytes(maxBytes)
        , m_sink(sink) {
        m_page.bucket = bucket;
        m_page.snapshot = snapshot;
        m_page.totalRecords = total;
    }

    bool stopped() const { return m_stopped; }

    // Snapshot: the ids the client already holds, before any record.
    bool addUnchanged(const QStringList &ids, int perPage, qint64 cursor) {
        m_page.cursor = cursor;
        for (qsizetype from = 0; from < ids.size(); from += perPage) {
            if (!m_page.unchangedIds.isEmpty() && !flush())
                return false;
            m_page.unchangedIds = ids.mid(from, perPage);
            m_page.cursor = cursor;
            m_bytes = m_page.unchangedIds.size() * 40;
        }
        return true;
    }

    // Moves the cursor past `seq` whether or not the record is sent.
    bool add(const Record *record, qint64 seq, qsizetype bytes) {
        if ((m_page.records.size() >= m_pageSize || m_bytes >= m_maxBytes) && !flush())
            return false;
        if (record) {
            m_page.records.append(*record);
            m_bytes += bytes + 200; // meta and framing
        }
        m_page.cursor = seq;
        return true;
    }

    bool finish(qint64 head) {
        m_page.complete = true;
        m_page.cursor = head;
        return send();
    }

private:
    bool flush() {
        if (!send())
            return false;
        m_page.records.clear();
        m_page.unchangedIds.clear();
        m_bytes = 0;
        return true;
    }

    bool send() {
        if (!m_sink(m_page))
            m_stopped = true;
        return !m_stopped;
    }

    int m_pageSize;
    qsizetype m_maxBytes;
    const std::function<bool(const FeedPage &)> &m_sink;
    FeedPage m_page;
    qsizetype m_bytes = 0;
    bool m_stopped = false;
};

} // namespace

ChangeFeed::ChangeFeed(Database &database, const common::Clock &clock, SyncSettings settings)
    : m_database(database)
    , m_clock(clock)
    , m_settings(settings) {}

QStringList ChangeFeed::readableBuckets(const Caller &caller) {
    return Access(m_database.connection(), caller).buckets();
}

void ChangeFeed::pull(const Caller &caller, const QList<BucketRequest> &requests, int pageSize,
                      const std::function<bool(const FeedPage &)> &sink) {
    const int limit = m_settings.pageSize(pageSize);
    const Access access(m_database.connection(), caller);
    for (const BucketRequest &request : requests) {
        const BucketAccess *bucketAccess = access.find(request.bucket);
        if (!bucketAccess)
            continue; // not readable: absent from readableBuckets, so the client purges it
        bool stopped = false;
        // One snapshot per bucket: the complete page's cursor is the head
        // seq of the same snapshot the records came from, so nothing that
        // commits meanwhile can fall between the records and the cursor.
        m_database.read([&](QSqlDatabase &db) {
            RecordStore store(db);
            const qint64 head = store.headSeq();
            const qint64 floor = store.tombstoneFloor();
            qint64 cursor = request.cursor;
            // A cursor ahead of the server (a database restored from a
            // backup) cannot be trusted for anything: start over.
            if (cursor > head || cursor < 0)
                cursor = 0;
            const bool snapshot = request.forceSnapshot || cursor == 0 || cursor < floor;
            const qint64 total = store.count(request.bucket, cursor, head, snapshot);
            PageWriter writer(request.bucket, snapshot, total, limit, m_settings.maxPageBytes,
                              sink);
            if (snapshot && cursor > 0) {
                QStringList unchanged = store.liveIds(request.bucket, cursor);
                if (!writer.addUnchanged(unchanged, m_settings.maxUnchangedIdsPerPage, cursor)) {
                    stopped = true;
                    return;
                }
            } else {
                writer.addUnchanged({}, 1, cursor);
            }
            store.scan(
                request.bucket, cursor, head, snapshot, [&](const Record &record, qsizetype bytes) {
                    const bool readable = access.mayRead(*bucketAccess, record);
                    return writer.add(readable ? &record : nullptr, record.meta.version, bytes);
                });
            stopped = writer.stopped() || !writer.finish(head);
        });
        if (stopped)
            return;
    }
}

qint64 ChangeFeed::purgeTombstones() {
    const QDateTime olderThan = m_clock.now().addSecs(
        -std::chrono::duration_cast<std::chrono::seconds>(m_settings.tombstoneHorizon).count());
    qint64 floor = 0;
    m_database.write([&](QSqlDatabase &db) {
        RecordStore store(db);
        floor = store.purgeTombstones(olderThan);
        store.purgeResults(olderThan);
    });
    return floor;
}

} // namespace hn::server
