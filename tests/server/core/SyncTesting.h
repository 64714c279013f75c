// SPDX-License-Identifier: GPL-3.0-or-later
// Shared by the sync core tests: a real SQLite file in a temporary
// directory with the feed, the push processor and the notifier on top, and
// helpers to make users, spaces and mutations.
#pragma once

#include "common/Bucket.h"
#include "common/Mutation.h"
#include "server/core/Caller.h"
#include "server/core/ChangeFeed.h"
#include "server/core/ChangeNotifier.h"
#include "server/core/PushProcessor.h"
#include "server/store/Database.h"
#include "server/store/SpaceStore.h"
#include "server/store/UserStore.h"
#include "tests/support/ManualClock.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <QUuid>
#include <catch2/catch.hpp>
#include <memory>

namespace Catch {
template <> struct StringMaker<QString> {
    static std::string convert(const QString &value) { return '"' + value.toStdString() + '"'; }
};
template <> struct StringMaker<QStringList> {
    static std::string convert(const QStringList &value) {
        return '[' + value.join(QStringLiteral(", ")).toStdString() + ']';
    }
};
} // namespace Catch

namespace hn::test {

inline QString newId() {
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

struct SyncFixture {
    QTemporaryDir dir;
    ManualClock clock;
    server::SyncSettings settings;
    std::unique_ptr<server::Database> database;
    server::ChangeNotifier notifier;
    std::unique_ptr<server::ChangeFeed> feed;
    std::unique_ptr<server::PushProcessor> pusher;
    server::Caller admin;

    explicit SyncFixture(server::SyncSettings syncSettings = {})
        : settings(syncSettings) {
        REQUIRE(dir.isValid());
        server::DatabaseConfig config;
        config.path = dir.filePath(QStringLiteral("sync.sqlite"));
        config.busyTimeoutMs = 30000; // the concurrency test queues many writers
        database = std::make_unique<server::Database>(config);
        feed = std::make_unique<server::ChangeFeed>(*database, clock, settings);
        pusher = std::make_unique<server::PushProcessor>(*database, clock, notifier, settings);
        admin = addUser(QStringLiteral("admin"), common::GlobalRole::Admin);
    }

    server::Caller addUser(const QString &name, common::GlobalRole role,
                           common::AccountStatus status = common::AccountStatus::Active) {
        common::User user;
        user.id = newId();
        user.email = name + QStringLiteral("@landkreis.example");
        user.displayName = name;
        user.organization = QStringLiteral("Kreisverwaltung");
        user.role = role;
        user.status = status;
        user.createdAt = clock.now();
        user.updatedAt = clock.now();
        database->write([&](QSqlDatabase &db) {
            server::UserStore(db).insert(user, QByteArrayLiteral("hash"));
        });
        return server::Caller{user, server::Session{}, QStringLiteral("ipv4:127.0.0.1:1")};
    }

    QString addSpace(const QString &name, bool guestVisible = false, bool archived = false) {
        common::Space space;
        space.id = newId();
        space.name = name;
        space.kind = guestVisible ? common::SpaceKind::Public : common::SpaceKind::Team;
        space.guestVisible = guestVisible;
        space.archived = archived;
        space.createdAt = clock.now();
        space.createdBy = admin.user.id;
        database->write([&](QSqlDatabase &db) { server::SpaceStore(db).insert(space); });
        return space.id;
    }

    void grant(const QString &spaceId, const server::Caller &who, common::SpaceLevel level) {
        database->write([&](QSqlDatabase &db) {
            server::SpaceStore(db).setMembership(
                {spaceId, who.user.id, level, clock.now(), admin.user.id});
        });
    }

    void revoke(const QString &spaceId, const server::Caller &who) {
        database->write([&](QSqlDatabase &db) {
            server::SpaceStore(db).removeMembership(spaceId, who.user.id,
                                                    {admin.user.id, clock.now()});
        });
    }

    QList<common::MutationResult> push(const server::Caller &caller,
                                       const QList<common::Mutation> &mutations) {
        return pusher->push(caller, mutations);
    }

    common::MutationResult pushOne(const server::Caller &caller, const common::Mutation &m) {
        const auto results = push(caller, {m});
        REQUIRE(results.size() == 1);
        return results.first();
    }

    // Every page of one bucket from `cursor`.
    QList<server::FeedPage> pull(const server::Caller &caller, const QString &bucket,
                                 qint64 cursor = 0, int pageSize = 0, bool force = false) {
        QList<server::FeedPage> pages;
        feed->pull(caller, {{bucket, cursor, force}}, pageSize, [&](const server::FeedPage &page) {
            pages.append(page);
            return true;
        });
        return pages;
    }

    // The records of all pages, in order.
    static QList<common::Record> records(const QList<server::FeedPage> &pages) {
        QList<common::Record> all;
        for (const server::FeedPage &page : pages)
            all.append(page.records);
        return all;
    }
};

inline QJsonObject contactFields(const QString &familyName) {
    return {{QStringLiteral("kind"), QStringLiteral("person")},
            {QStringLiteral("name"), QString()},
            {QStringLiteral("title"), QString()},
            {QStringLiteral("given_name"), QStringLiteral("Anna")},
            {QStringLiteral("family_name"), familyName},
            {QStringLiteral("function"), QString()},
            {QStringLiteral("organization_id"), QString()},
            {QStringLiteral("department"), QString()},
            {QStringLiteral("phones"), QJsonArray{}},
            {QStringLiteral("emails"), QJsonArray{}},
            {QStringLiteral("address"), QJsonObject{{QStringLiteral("street"), QString()},
                                                    {QStringLiteral("supplement"), QString()},
                                                    {QStringLiteral("postal_code"), QString()},
                                                    {QStringLiteral("city"), QString()}}},
            {QStringLiteral("municipality"), QString()},
            {QStringLiteral("languages"), QJsonArray{}},
            {QStringLiteral("tags"), QJsonArray{}},
            {QStringLiteral("office_hours"), QString()},
            {QStringLiteral("notes"), QString()}};
}

inline QJsonObject threadFields(const QString &title) {
    return {{QStringLiteral("title"), title},
            {QStringLiteral("pinned"), false},
            {QStringLiteral("locked"), false},
            {QStringLiteral("last_activity_at_ms"), 0.0}};
}

inline QJsonObject postFields(const QString &threadId, const QString &body) {
    return {{QStringLiteral("thread_id"), threadId},
            {QStringLiteral("body"), body},
            {QStringLiteral("reply_to_post_id"), QString()},
            {QStringLiteral("attachment_document_ids"), QJsonArray{}},
            {QStringLiteral("edited_at_ms"), 0.0}};
}

inline common::Mutation create(common::EntityType type, const QString &spaceId,
                               const QJsonObject &fields, const QString &recordId = newId()) {
    common::Mutation m;
    m.mutationId = newId();
    m.op = common::MutationOp::Create;
    m.type = type;
    m.recordId = recordId;
    m.spaceId = spaceId;
    m.fields = fields;
    return m;
}

inline common::Mutation createContact(const QString &spaceId, const QString &familyName,
                                      const QString &recordId = newId()) {
    return create(common::EntityType::Contact, spaceId, contactFields(familyName), recordId);
}

inline common::Mutation update(common::EntityType type, const QString &spaceId,
                               const QString &recordId, qint64 baseVersion,
                               const QJsonObject &changed) {
    common::Mutation m;
    m.mutationId = newId();
    m.op = common::MutationOp::Update;
    m.type = type;
    m.recordId = recordId;
    m.spaceId = spaceId;
    m.baseVersion = baseVersion;
    m.fields = changed;
    m.changedFields = changed.keys();
    return m;
}

inline common::Mutation remove(common::EntityType type, const QString &spaceId,
                               const QString &recordId, qint64 baseVersion) {
    common::Mutation m;
    m.mutationId = newId();
    m.op = common::MutationOp::Delete;
    m.type = type;
    m.recordId = recordId;
    m.spaceId = spaceId;
    m.baseVersion = baseVersion;
    return m;
}

} // namespace hn::test
