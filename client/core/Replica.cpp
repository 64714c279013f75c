// SPDX-License-Identifier: GPL-3.0-or-later
#include "client/core/Replica.h"

namespace hn::client {

Replica::Replica(const QString &path, const common::Clock &clock)
    : m_database(path)
    , m_edits(m_database, clock)
    , m_view(m_database)
    , m_outbox(m_database, clock)
    , m_pull(m_database, clock)
    , m_pushResults(m_database, clock)
    , m_conflicts(m_database, clock)
    , m_setAside(m_database, clock)
    , m_search(m_database) {}

Replica::~Replica() = default;

common::Record Replica::create(common::EntityType type, const QString &spaceId,
                               const QJsonObject &fields, const QString &userId) {
    return m_edits.create(type, spaceId, fields, userId);
}

void Replica::update(const QString &recordId, const QJsonObject &changedFields,
                     const QString &userId) {
    m_edits.update(recordId, changedFields, userId);
}

void Replica::remove(const QString &recordId, const QString &userId) {
    m_edits.remove(recordId, userId);
}

std::optional<common::Record> Replica::record(const QString &id) {
    return m_view.record(id);
}

QList<common::Record> Replica::records(common::EntityType type, const QString &bucket, int limit,
                                       int offset) {
    return m_view.records(type, bucket, limit, offset);
}

int Replica::count(common::EntityType type, const QString &bucket) {
    return m_view.count(type, bucket);
}

QHash<QString, qint64> Replica::cursors() {
    return m_pull.cursors();
}

QStringList Replica::snapshotsInProgress() {
    return m_pull.snapshotsInProgress();
}

QList<OutboxEntry> Replica::outboxToSend(int limit) {
    return m_outbox.toSend(limit);
}

void Replica::requeueInFlight() {
    m_outbox.requeueInFlight();
}

void Replica::applyPage(const PullPageData &page) {
    m_pull.applyPage(page);
}

void Replica::retainBuckets(const QStringList &readable) {
    m_pull.retainBuckets(readable);
}

void Replica::applyResults(const QList<std::pair<OutboxEntry, common::MutationResult>> &results) {
    m_pushResults.apply(results);
}

QList<Conflict> Replica::conflicts() {
    return m_conflicts.open();
}

void Replica::resolveConflict(qint64 conflictId, const Resolution &resolution,
                              const QString &userId) {
    m_conflicts.resolve(conflictId, resolution, userId);
}

QList<OutboxEntry> Replica::outboxEntries(int limit, int offset) {
    return m_outbox.entries(limit, offset);
}

QList<OutboxEntry> Replica::rejected() {
    return m_outbox.rejected();
}

void Replica::retryRejected(qint64 entryId) {
    m_outbox.retryRejected(entryId);
}

void Replica::discardRejected(qint64 entryId) {
    m_outbox.discardRejected(entryId);
}

QList<SetAsideItem> Replica::setAside() {
    return m_setAside.items();
}

QByteArray Replica::exportSetAside() {
    return m_setAside.exportItems();
}

void Replica::dismissSetAside(qint64 id) {
    m_setAside.dismiss(id);
}

SyncCounts Replica::counts() {
    return m_outbox.counts();
}

QList<SearchHit> Replica::search(const QString &query, int limit) {
    return m_search.search(query, limit);
}

} // namespace hn::client
