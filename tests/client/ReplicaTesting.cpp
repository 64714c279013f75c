// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/client/ReplicaTesting.h"

#include "common/Bucket.h"
#include "proto/codec/RecordCodec.h"

#include <QSqlError>
#include <QSqlQuery>
#include <catch2/catch.hpp>

namespace hn::test {

QString spaceBucket(const QString &spaceId) {
    return common::Bucket::forSpace(spaceId);
}

QString recordId(int n) {
    return QStringLiteral("00000000-0000-4000-8000-0000000c%1").arg(n, 4, 10, QLatin1Char('0'));
}

ReplicaFixture::ReplicaFixture() {
    REQUIRE(m_dir.isValid());
    m_replica = std::make_unique<client::Replica>(path(), clock);
}

ReplicaFixture::~ReplicaFixture() = default;

void ReplicaFixture::reopen() {
    m_replica.reset();
    m_replica = std::make_unique<client::Replica>(path(), clock);
}

QVariant ReplicaFixture::raw(const QString &sql) {
    QSqlQuery query(db());
    if (!query.exec(sql))
        FAIL(query.lastError().text().toStdString());
    return query.next() ? query.value(0) : QVariant();
}

void ReplicaFixture::exec(const QString &sql) {
    QSqlQuery query(db());
    if (!query.exec(sql))
        FAIL(query.lastError().text().toStdString());
}

common::Record serverRecord(common::EntityType type, const QString &id, qint64 version,
                            const QJsonObject &fields, const QString &spaceId) {
    common::Record r;
    r.type = type;
    r.meta.id = id;
    r.meta.spaceId = spaceId;
    r.meta.version = version;
    r.meta.createdBy = kOtherUser;
    r.meta.createdAt = QDateTime::fromMSecsSinceEpoch(1700000000000, Qt::UTC);
    r.meta.updatedBy = kOtherUser;
    r.meta.updatedAt = r.meta.createdAt.addSecs(version);
    r.fields = wire::defaultFields(type);
    for (auto it = fields.begin(); it != fields.end(); ++it)
        r.fields.insert(it.key(), it.value());
    return r;
}

common::Record serverContact(const QString &id, qint64 version, const QJsonObject &fields,
                             const QString &spaceId) {
    QJsonObject all{{QStringLiteral("kind"), QStringLiteral("person")}};
    for (auto it = fields.begin(); it != fields.end(); ++it)
        all.insert(it.key(), it.value());
    return serverRecord(common::EntityType::Contact, id, version, all, spaceId);
}

common::Record tombstone(common::EntityType type, const QString &id, qint64 version,
                         const QString &spaceId) {
    common::Record r = serverRecord(type, id, version, {}, spaceId);
    r.meta.deleted = true;
    return r;
}

client::PullPageData page(const QString &bucket, const QList<common::Record> &records,
                          qint64 cursor, bool complete) {
    client::PullPageData p;
    p.bucket = bucket;
    p.records = records;
    p.cursor = cursor;
    p.complete = complete;
    p.first = true;
    p.totalRecords = records.size();
    return p;
}

client::PullPageData snapshotPage(const QString &bucket, const QList<common::Record> &records,
                                  const QStringList &unchangedIds, qint64 cursor, bool first,
                                  bool complete) {
    client::PullPageData p = page(bucket, records, cursor, complete);
    p.snapshot = true;
    p.first = first;
    p.unchangedIds = unchangedIds;
    return p;
}

common::Record pulledContact(client::Replica &replica, const QString &id, qint64 version,
                             const QJsonObject &fields) {
    const common::Record r = serverContact(id, version, fields);
    replica.applyPage(page(spaceBucket(), {r}, version));
    return r;
}

common::MutationResult applied(const client::OutboxEntry &entry, qint64 version) {
    common::MutationResult result;
    result.mutationId = entry.mutation.mutationId;
    result.outcome = common::MutationOutcome::Applied;
    result.version = version;
    return result;
}

common::MutationResult merged(const client::OutboxEntry &entry, qint64 version,
                              const common::Record &server) {
    common::MutationResult result = applied(entry, version);
    result.outcome = common::MutationOutcome::Merged;
    result.record = server;
    return result;
}

common::MutationResult conflicted(const client::OutboxEntry &entry, qint64 version,
                                  const common::Record &server, const QStringList &fields) {
    common::MutationResult result = merged(entry, version, server);
    result.outcome = common::MutationOutcome::Conflict;
    for (const QString &field : fields)
        result.conflicts.append(common::FieldConflict{field, version});
    return result;
}

common::MutationResult rejected(const client::OutboxEntry &entry, const QString &field,
                                const QString &message) {
    common::MutationResult result;
    result.mutationId = entry.mutation.mutationId;
    result.outcome = common::MutationOutcome::Rejected;
    result.rejection = common::Rejection{common::RejectionKind::Validation, field, message};
    return result;
}

} // namespace hn::test
