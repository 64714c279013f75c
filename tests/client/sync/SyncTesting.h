// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "client/core/AuthClient.h"
#include "client/core/Replica.h"
#include "client/core/SyncClient.h"
#include "client/core/SyncRound.h"
#include "tests/support/TestServer.h"

#include <QMap>
#include <QTemporaryDir>
#include <catch2/catch.hpp>
#include <memory>

namespace hn::test {

// One device of one user: a real replica file and a real connection.
class Device {
public:
    Device(TestServer &server, const QString &email, const QString &password) {
        client::AuthClient auth(server.endpoint());
        const client::SessionInfo session = auth.login(email, password.toStdString(), {});
        m_userId = session.identity.user.id;
        m_token = session.token;
        m_replica = std::make_unique<client::Replica>(m_dir.filePath(QStringLiteral("replica.db")),
                                                      m_clock);
        m_transport = std::make_unique<client::SyncClient>(server.endpoint(), m_token);
    }

    client::RoundReport sync(int pageSize = 500) {
        return client::SyncRound(*m_replica, *m_transport, pageSize).run();
    }

    client::Replica &replica() { return *m_replica; }
    client::SyncClient &transport() { return *m_transport; }
    const QString &userId() const { return m_userId; }
    const QString &token() const { return m_token; }
    QString replicaPath() const { return m_dir.filePath(QStringLiteral("replica.db")); }

private:
    QTemporaryDir m_dir;
    common::SystemClock m_clock;
    QString m_userId;
    QString m_token;
    std::unique_ptr<client::Replica> m_replica;
    std::unique_ptr<client::SyncClient> m_transport;
};

// Every live record of a replica, by id.
inline QMap<QString, common::Record> liveRecords(client::Replica &replica) {
    using common::EntityType;
    QMap<QString, common::Record> all;
    for (const EntityType type :
         {EntityType::Space, EntityType::Membership, EntityType::Contact, EntityType::Document,
          EntityType::DocumentVersion, EntityType::Thread, EntityType::Post,
          EntityType::DirectoryEntry, EntityType::ReadMarker, EntityType::Favourite}) {
        for (const common::Record &record : replica.records(type))
            all.insert(record.meta.id, record);
    }
    return all;
}

} // namespace hn::test

#include <QJsonDocument>

namespace Catch {
template <> struct StringMaker<QJsonObject> {
    static std::string convert(const QJsonObject &object) {
        return QJsonDocument(object).toJson(QJsonDocument::Compact).toStdString();
    }
};
} // namespace Catch
