// SPDX-License-Identifier: GPL-3.0-or-later
// Shared set-up of the replica tests: a real replica file in a temporary
// directory, a manual clock, and builders for what the server would send.
#pragma once

#include "client/core/Replica.h"
#include "tests/support/ManualClock.h"

#include <QJsonObject>
#include <QTemporaryDir>
#include <QVariant>
#include <memory>

namespace hn::test {

inline const QString kUser = QStringLiteral("00000000-0000-4000-8000-00000000a001");
inline const QString kOtherUser = QStringLiteral("00000000-0000-4000-8000-00000000a002");
inline const QString kSpace = QStringLiteral("00000000-0000-4000-8000-00000000b001");
inline const QString kOtherSpace = QStringLiteral("00000000-0000-4000-8000-00000000b002");
QString spaceBucket(const QString &spaceId = kSpace);
// "00000000-0000-4000-8000-0000000c<n>", a record id made by "the server".
QString recordId(int n);

class ReplicaFixture {
public:
    ReplicaFixture();
    ~ReplicaFixture();

    client::Replica &replica() { return *m_replica; }
    // Closes and opens the file again (as after a restart of the program).
    void reopen();
    QString path() const { return m_dir.path() + QStringLiteral("/profile.db"); }
    QSqlDatabase db() { return m_replica->database().connection(); }
    QVariant raw(const QString &sql);
    void exec(const QString &sql);

    ManualClock clock;

private:
    QTemporaryDir m_dir;
    std::unique_ptr<client::Replica> m_replica;
};

// A record as the server sends it: defaults overlaid with `fields`.
common::Record serverRecord(common::EntityType type, const QString &id, qint64 version,
                            const QJsonObject &fields, const QString &spaceId = kSpace);
common::Record serverContact(const QString &id, qint64 version, const QJsonObject &fields,
                             const QString &spaceId = kSpace);
common::Record tombstone(common::EntityType type, const QString &id, qint64 version,
                         const QString &spaceId = kSpace);
client::PullPageData page(const QString &bucket, const QList<common::Record> &records,
                          qint64 cursor, bool complete = true);
client::PullPageData snapshotPage(const QString &bucket, const QList<common::Record> &records,
                                  const QStringList &unchangedIds, qint64 cursor, bool first,
                                  bool complete);
// Stores a contact as if pulled from the server.
common::Record pulledContact(client::Replica &replica, const QString &id, qint64 version,
                             const QJsonObject &fields);

common::MutationResult applied(const client::OutboxEntry &entry, qint64 version);
common::MutationResult merged(const client::OutboxEntry &entry, qint64 version,
                              const common::Record &server);
common::MutationResult conflicted(const client::OutboxEntry &entry, qint64 version,
                                  const common::Record &server, const QStringList &fields);
common::MutationResult rejected(const client::OutboxEntry &entry, const QString &field,
                                const QString &message);

} // namespace hn::test
