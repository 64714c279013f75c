// SPDX-License-Identifier: GPL-3.0-or-later
// The demo dataset: sizes, determinism, references between records, and
// every value as the server's validation would check it.
#include "server/core/DemoData.h"

#include "common/Bucket.h"
#include "common/Error.h"
#include "common/FieldRules.h"
#include "common/RecordValidation.h"
#include "common/Validation.h"
#include "proto/codec/RecordCodec.h"
#include "server/core/PasswordHasher.h"
#include "server/store/Database.h"
#include "server/store/RecordStore.h"
#include "server/store/SpaceStore.h"
#include "server/store/UserStore.h"
#include "tests/support/ManualClock.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QUuid>
#include <catch2/catch.hpp>

using hn::common::EntityType;
using hn::common::GlobalRole;
using hn::common::Record;
using hn::common::SpaceKind;
using hn::common::SpaceLevel;
using hn::server::DemoData;
using hn::server::DemoDataset;
namespace validation = hn::common::validation;

namespace {

const QDateTime kNow(QDate(2026, 3, 2), QTime(8, 0), Qt::UTC);

const DemoDataset &dataset() {
    static const DemoDataset data = DemoData::generate(DemoData::kDefaultSeed, kNow);
    return data;
}

QString field(const Record &record, const char *name) {
    return record.fields.value(QLatin1String(name)).toString();
}

// Runs every text value of `value` (at `path` in Record::fields) through
// the check the server applies to it; appends what fails to `problems`.
void checkValue(EntityType type, const QString &recordId, const QString &path,
                const QJsonValue &value, QStringList &problems) {
    const QString where = recordId + u' ' + path;
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it)
            checkValue(type, recordId, path + u'.' + it.key(), it.value(), problems);
        return;
    }
    if (value.isArray()) {
        for (const QJsonValue &element : value.toArray())
            checkValue(type, recordId, path, element, problems);
        return;
    }
    if (!value.isString())
        return;
    const QString text = value.toString();
    const std::string utf8 = text.toStdString();
    try {
        if (path.endsWith(QLatin1String("_id")) || path.endsWith(QLatin1String("_ids"))) {
            if (!text.isEmpty() && validation::uuid(where, utf8) != text)
                problems.append(where + QStringLiteral(": not a canonical UUID"));
            return;
        }
        const hn::common::FieldRule rule = hn::common::FieldRules::ruleFor(type, path);
        if (validation::text(where, utf8, rule.text) != text)
            problems.append(where + QStringLiteral(": has surrounding white space"));
        if (text.isEmpty())
            return;
        if (rule.format == hn::common::FieldRule::Format::Email
            && validation::email(where, utf8) != text) {
            problems.append(where + QStringLiteral(": e-mail not in lower case"));
        }
        if (rule.format == hn::common::FieldRule::Format::Phone)
            validation::phone(where, utf8);
    } catch (const hn::common::Error &error) {
        problems.append(error.describe());
    }
}

} // namespace

TEST_CASE("the demo dataset has the agreed size") {
    const DemoDataset &data = dataset();
    CHECK(data.spaces.size() == 13);
    CHECK(data.users.size() >= 19);
    CHECK(data.memberships.size() >= 40);

    const qsizetype contacts = data.count(EntityType::Contact);
    const qsizetype organizations =
        std::count_if(data.records.cbegin(), data.records.cend(), [](const Record &r) {
            return r.type == EntityType::Contact && field(r, "kind") == u"organization";
        });
    CHECK(contacts >= 300); // the same for every `now`: the count depends on the seed only
    CHECK(contacts <= 350);
    CHECK(organizations >= 60);
    CHECK(data.count(EntityType::Document) >= 35);
    CHECK(data.count(EntityType::Document) <= 50);
    CHECK(data.count(EntityType::Thread) >= 55);
    CHECK(data.count(EntityType::Thread) <= 65);
    CHECK(data.count(EntityType::Post) >= 520);
    CHECK(data.count(EntityType::Post) <= 720);
    CHECK(data.count(EntityType::Contact) + data.count(EntityType::Document)
              + data.count(EntityType::Thread) + data.count(EntityType::Post)
          == data.records.size());

    // Other seeds stay in the same ranges.
    for (const std::uint32_t seed : {1u, 7u, 123456u}) {
        const DemoDataset other = DemoData::generate(seed, kNow);
        INFO("seed " << seed);
        CHECK(other.count(EntityType::Contact) >= 290);
        CHECK(other.count(EntityType::Contact) <= 350);
        CHECK(other.count(EntityType::Post) >= 520);
        CHECK(other.count(EntityType::Post) <= 720);
    }
}

TEST_CASE("the demo dataset is the same for the same seed") {
    const DemoDataset again = DemoData::generate(DemoData::kDefaultSeed, kNow);
    const DemoDataset &data = dataset();
    REQUIRE(again.records.size() == data.records.size());
    for (qsizetype i = 0; i < data.records.size(); ++i) {
        const Record &a = data.records.at(i);
        const Record &b = again.records.at(i);
        INFO("record " << i);
        REQUIRE(a.meta.id == b.meta.id);
        REQUIRE(a.meta.spaceId == b.meta.spaceId);
        REQUIRE(a.meta.createdBy == b.meta.createdBy);
        REQUIRE(a.meta.createdAt == b.meta.createdAt);
        REQUIRE(a.meta.updatedBy == b.meta.updatedBy);
        REQUIRE(a.meta.updatedAt == b.meta.updatedAt);
        REQUIRE(a.fields == b.fields);
    }
    REQUIRE(again.users.size() == data.users.size());
    for (qsizetype i = 0; i < data.users.size(); ++i) {
        CHECK(again.users.at(i).user.id == data.users.at(i).user.id);
        CHECK(again.users.at(i).user.email == data.users.at(i).user.email);
    }
    REQUIRE(again.spaces.size() == data.spaces.size());
    for (qsizetype i = 0; i < data.spaces.size(); ++i)
        CHECK(again.spaces.at(i).id == data.spaces.at(i).id);
    CHECK(again.memberships.size() == data.memberships.size());

    const DemoDataset other = DemoData::generate(DemoData::kDefaultSeed + 1, kNow);
    CHECK(other.records.first().meta.id != data.records.first().meta.id);

    // Another day and hour moves the times, not the records.
    const DemoDataset later =
        DemoData::generate(DemoData::kDefaultSeed, kNow.addDays(45).addSecs(7 * 3600 + 17));
    REQUIRE(later.records.size() == data.records.size());
    QSet<QString> ids;
    QSet<QString> laterIds;
    for (qsizetype i = 0; i < data.records.size(); ++i) {
        ids.insert(data.records.at(i).meta.id);
        laterIds.insert(later.records.at(i).meta.id);
    }
    CHECK(ids == laterIds);
}

TEST_CASE("the demo accounts cover every role with the documented access") {
    const DemoDataset &data = dataset();
    REQUIRE(data.users.size() >= 4);
    CHECK(data.users.at(0).user.role == GlobalRole::Admin);
    CHECK(data.users.at(1).user.role == GlobalRole::Coordinator);
    CHECK(data.users.at(2).user.role == GlobalRole::Member);
    CHECK(data.users.at(3).user.role == GlobalRole::Guest);
    CHECK(data.users.at(0).user.email == u"admin@helfernetz.demo");
    CHECK(data.users.at(0).password == u"Demo-Admin-2026");
    CHECK(data.users.at(1).password == u"Demo-Koordination-2026");

    QHash<QString, const hn::common::Space *> spaces;
    for (const hn::common::Space &space : data.spaces)
        spaces.insert(space.id, &space);
    QHash<QString, QList<hn::common::Membership>> byUser;
    for (const hn::common::Membership &m : data.memberships) {
        REQUIRE(spaces.contains(m.spaceId));
        byUser[m.userId].append(m);
    }
    const auto moderates = [&](const QString &userId, SpaceKind kind) {
        const QList<hn::common::Membership> memberships = byUser.value(userId);
        return std::any_of(memberships.cbegin(), memberships.cend(),
                           [&](const hn::common::Membership &m) {
                               const auto space = spaces.constFind(m.spaceId);
                               return m.level == SpaceLevel::Moderator && space != spaces.cend()
                                      && (*space)->kind == kind;
                           });
    };
    CHECK(moderates(data.users.at(1).user.id, SpaceKind::Municipality));
    CHECK(moderates(data.users.at(1).user.id, SpaceKind::Team));
    const QList<hn::common::Membership> member = byUser.value(data.users.at(2).user.id);
    CHECK(std::any_of(member.cbegin(), member.cend(), [](const hn::common::Membership &m) {
        return m.level == SpaceLevel::Author;
    }));
    CHECK(std::any_of(member.cbegin(), member.cend(), [](const hn::common::Membership &m) {
        return m.level == SpaceLevel::Editor;
    }));
    CHECK(byUser.value(data.users.at(3).user.id).isEmpty()); // the guest

    // Exactly one space is open to guests, and every space has a moderator.
    CHECK(std::count_if(data.spaces.cbegin(), data.spaces.cend(),
                        [](const hn::common::Space &s) { return s.guestVisible; })
          == 1);
    for (const hn::common::Space &space : data.spaces) {
        INFO(space.name.toStdString());
        CHECK(std::any_of(data.memberships.cbegin(), data.memberships.cend(),
                          [&](const hn::common::Membership &m) {
                              return m.spaceId == space.id && m.level == SpaceLevel::Moderator;
                          }));
    }

    QSet<QString> emails;
    QSet<QString> ids;
    for (const hn::server::DemoUser &demo : data.users) {
        INFO(demo.user.email.toStdString());
        CHECK(validation::email(QStringLiteral("email"), demo.user.email.toStdString())
              == demo.user.email);
        CHECK_NOTHROW(
            validation::newPassword(QStringLiteral("password"), demo.password.toStdString()));
        CHECK(demo.user.status == hn::common::AccountStatus::Active);
        CHECK_FALSE(demo.user.displayName.isEmpty());
        CHECK_FALSE(emails.contains(demo.user.email));
        CHECK_FALSE(ids.contains(demo.user.id));
        emails.insert(demo.user.email);
        ids.insert(demo.user.id);
    }
}

TEST_CASE("demo records reference what exists, and authors may write where they wrote") {
    const DemoDataset &data = dataset();
    QSet<QString> spaceIds;
    for (const hn::common::Space &space : data.spaces)
        spaceIds.insert(space.id);
    QHash<QPair<QString, QString>, SpaceLevel> levels;
    for (const hn::common::Membership &m : data.memberships)
        levels.insert({m.spaceId, m.userId}, m.level);
    const QString adminId = data.users.first().user.id;

    QHash<QString, const Record *> byId;
    for (const Record &record : data.records) {
        INFO(record.meta.id.toStdString());
        CHECK_FALSE(byId.contains(record.meta.id));
        byId.insert(record.meta.id, &record);
        CHECK(spaceIds.contains(record.meta.spaceId));
        CHECK(record.meta.version == 0);
        CHECK_FALSE(record.meta.deleted);
        // Authors are members who may create records in the space.
        for (const QString &author : {record.meta.createdBy, record.meta.updatedBy}) {
            if (author == adminId)
                continue;
            const auto level = levels.find({record.meta.spaceId, author});
            REQUIRE(level != levels.end());
            CHECK(*level >= SpaceLevel::Author);
        }
        // Times: within the last months, in creation order, updates later.
        CHECK(record.meta.createdAt <= kNow);
        CHECK(record.meta.createdAt >= kNow.addDays(-200));
        CHECK(record.meta.updatedAt >= record.meta.createdAt);
        CHECK(record.meta.updatedAt <= kNow);
    }
    CHECK(std::is_sorted(
        data.records.cbegin(), data.records.cend(),
        [](const Record &a, const Record &b) { return a.meta.createdAt < b.meta.createdAt; }));

    int persons = 0;
    int linked = 0;
    int replies = 0;
    int pinned = 0;
    int locked = 0;
    QHash<QString, int> postsPerThread;
    for (const Record &record : data.records) {
        INFO(record.meta.id.toStdString());
        if (record.type == EntityType::Contact && field(record, "kind") == u"person") {
            ++persons;
            const QString organization = field(record, "organization_id");
            if (!organization.isEmpty()) {
                ++linked;
                const Record *org = byId.value(organization);
                REQUIRE(org);
                CHECK(org->type == EntityType::Contact);
                CHECK(field(*org, "kind") == u"organization");
                CHECK(spaceIds.contains(org->meta.spaceId));
                CHECK(org->meta.createdAt <= record.meta.createdAt);
            }
        }
        if (record.type == EntityType::Thread) {
            pinned += record.fields.value(QStringLiteral("pinned")).toBool() ? 1 : 0;
            locked += record.fields.value(QStringLiteral("locked")).toBool() ? 1 : 0;
        }
        if (record.type == EntityType::Post) {
            const Record *thread = byId.value(field(record, "thread_id"));
            REQUIRE(thread);
            CHECK(thread->type == EntityType::Thread);
            CHECK(thread->meta.spaceId == record.meta.spaceId);
            CHECK(thread->meta.createdAt <= record.meta.createdAt);
            CHECK(qint64(thread->fields.value(QStringLiteral("last_activity_at_ms")).toDouble())
                  >= record.meta.createdAt.toMSecsSinceEpoch());
            ++postsPerThread[thread->meta.id];
            const QString replyTo = field(record, "reply_to_post_id");
            if (!replyTo.isEmpty()) {
                ++replies;
                const Record *answered = byId.value(replyTo);
                REQUIRE(answered);
                CHECK(answered->type == EntityType::Post);
                CHECK(field(*answered, "thread_id") == field(record, "thread_id"));
                CHECK(answered->meta.createdAt <= record.meta.createdAt);
            }
            for (const QJsonValue &doc :
                 record.fields.value(QStringLiteral("attachment_document_ids")).toArray()) {
                const Record *document = byId.value(doc.toString());
                REQUIRE(document);
                CHECK(document->type == EntityType::Document);
            }
        }
    }
    CHECK(persons >= 200);
    CHECK(linked >= persons * 8 / 10);
    CHECK(replies >= 100);
    CHECK(pinned >= 3);
    CHECK(locked >= 2);
    CHECK(postsPerThread.size() == data.count(EntityType::Thread));
}

TEST_CASE("every demo value passes the server's validation") {
    const DemoDataset &data = dataset();
    QStringList problems;
    QSet<QString> emails;
    QStringList duplicates;
    for (const Record &record : data.records) {
        // Complete field objects, as common::Record requires.
        const QJsonObject defaults = hn::wire::defaultFields(record.type);
        if (record.fields.keys() != defaults.keys())
            problems.append(record.meta.id + QStringLiteral(": fields incomplete"));
        for (auto it = record.fields.begin(); it != record.fields.end(); ++it) {
            if (it.value().type() != defaults.value(it.key()).type())
                problems.append(record.meta.id + u' ' + it.key() + QStringLiteral(": wrong type"));
            checkValue(record.type, record.meta.id, it.key(), it.value(), problems);
        }
        try {
            hn::common::RecordValidation::check(record.type, record.meta.id, record.fields);
        } catch (const hn::common::Error &error) {
            problems.append(record.meta.id + u' ' + error.describe());
        }
        if (record.type == EntityType::Contact) {
            for (const QJsonValue &email :
                 record.fields.value(QStringLiteral("emails")).toArray()) {
                if (emails.contains(email.toString()))
                    duplicates.append(email.toString());
                emails.insert(email.toString());
            }
            if (field(record, "kind") == u"organization")
                CHECK(!record.fields.value(QStringLiteral("phones")).toArray().isEmpty());
            CHECK(!record.fields.value(QStringLiteral("emails")).toArray().isEmpty());
        }
    }
    for (const hn::common::Space &space : data.spaces) {
        checkValue(EntityType::Space, space.id, QStringLiteral("name"), space.name, problems);
        checkValue(EntityType::Space, space.id, QStringLiteral("description"), space.description,
                   problems);
    }
    for (const hn::server::DemoUser &demo : data.users) {
        checkValue(EntityType::DirectoryEntry, demo.user.id, QStringLiteral("display_name"),
                   demo.user.displayName, problems);
        checkValue(EntityType::DirectoryEntry, demo.user.id, QStringLiteral("email"),
                   demo.user.email, problems);
        checkValue(EntityType::DirectoryEntry, demo.user.id, QStringLiteral("organization"),
                   demo.user.organization, problems);
    }
    INFO(problems.mid(0, 20).join(u'\n').toStdString());
    CHECK(problems.isEmpty());
    INFO(duplicates.join(u' ').toStdString());
    CHECK(duplicates.isEmpty());
}

TEST_CASE("the demo data has names with umlauts and ß, and speaks many languages") {
    const DemoDataset &data = dataset();
    QSet<QString> families;
    QSet<QString> languages;
    QSet<QString> categories;
    for (const Record &record : data.records) {
        if (record.type == EntityType::Contact) {
            families.insert(field(record, "family_name"));
            for (const QJsonValue &code :
                 record.fields.value(QStringLiteral("languages")).toArray())
                languages.insert(code.toString());
        }
        if (record.type == EntityType::Document)
            categories.insert(field(record, "category"));
    }
    CHECK(families.contains(QStringLiteral("Müller")));
    CHECK(families.contains(QStringLiteral("Größe")));
    CHECK(std::any_of(families.cbegin(), families.cend(),
                      [](const QString &name) { return name.contains(u'ß'); }));
    for (const char *code : {"de", "en", "ar", "uk", "tr", "fa", "ru"})
        CHECK(languages.contains(QLatin1String(code)));
    CHECK(categories.size() == 6);
}

TEST_CASE("replacing a demo user's id changes every reference to it") {
    DemoDataset data = DemoData::generate(DemoData::kDefaultSeed, kNow);
    const QString admin = data.users.first().user.id;
    const QString existing = QStringLiteral("00000000-0000-4000-8000-000000000001");
    data.replaceUserId(admin, existing);
    CHECK(data.users.first().user.id == existing);
    const auto mentions = [&](const QString &id) {
        return std::any_of(data.spaces.cbegin(), data.spaces.cend(),
                           [&](const hn::common::Space &s) { return s.createdBy == id; })
               || std::any_of(data.memberships.cbegin(), data.memberships.cend(),
                              [&](const hn::common::Membership &m) {
                                  return m.userId == id || m.grantedBy == id;
                              })
               || std::any_of(data.records.cbegin(), data.records.cend(), [&](const Record &r) {
                      return r.meta.createdBy == id || r.meta.updatedBy == id;
                  });
    };
    CHECK_FALSE(mentions(admin));
    CHECK(mentions(existing));
    CHECK(data.userByEmail(QStringLiteral("gast@helfernetz.demo")) != nullptr);
    CHECK(data.userByEmail(QStringLiteral("nobody@helfernetz.demo")) == nullptr);
}

TEST_CASE("seeding fills a fresh database once, keeping an existing demo admin") {
    using namespace hn::server;
    QTemporaryDir dir;
    DatabaseConfig config;
    config.path = dir.filePath(QStringLiteral("seed.db"));
    Database database(config);
    hn::test::ManualClock clock(kNow);
    const PasswordHasher hasher;

    // As `init --admin-email admin@helfernetz.demo` leaves it.
    hn::common::User admin;
    admin.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    admin.email = QStringLiteral("admin@helfernetz.demo");
    admin.displayName = QStringLiteral("Demo-Admin");
    admin.role = GlobalRole::Admin;
    admin.status = hn::common::AccountStatus::Active;
    admin.createdAt = kNow;
    admin.updatedAt = kNow;
    database.write([&](QSqlDatabase &db) {
        UserStore(db).insert(admin, hasher.hash("Init-Passwort-1"), admin.id);
    });

    const DemoDataset &data = dataset();
    const DemoSeedReport report = DemoData::seed(database, data, hasher, clock);
    REQUIRE(report.existing.size() == 1);
    CHECK(report.existing.first().user.id == admin.id);
    CHECK(report.created.size() == data.users.size() - 1);
    CHECK(report.records == data.records.size());

    QSqlDatabase db = database.connection();
    const UserStore users(db);
    CHECK(hasher.verify(*users.passwordHash(admin.id), "Init-Passwort-1"));
    const auto coordinator = users.findByEmail(QStringLiteral("koordination@helfernetz.demo"));
    REQUIRE(coordinator);
    CHECK(coordinator->role == GlobalRole::Coordinator);
    CHECK(hasher.verify(*users.passwordHash(coordinator->id), "Demo-Koordination-2026"));

    const QList<hn::common::Space> spaces = SpaceStore(db).list();
    CHECK(spaces.size() == data.spaces.size());
    for (const hn::common::Space &space : spaces)
        CHECK(space.createdBy == admin.id);

    // Every space bucket holds its Space record, its memberships and its content.
    const QHash<QString, qint64> counts = RecordStore(db).liveCounts();
    qint64 inSpaces = 0;
    for (auto it = counts.constBegin(); it != counts.constEnd(); ++it) {
        if (it.key() != hn::common::Bucket::directory())
            inSpaces += it.value();
    }
    CHECK(inSpaces == data.records.size() + data.spaces.size() + data.memberships.size());
    CHECK(counts.value(hn::common::Bucket::directory()) == data.users.size());
    const qint64 head = RecordStore(db).headSeq();
    CHECK(head >= data.records.size());
    const auto stored = RecordStore(db).find(data.records.last().meta.id);
    REQUIRE(stored);
    CHECK(stored->record.fields == data.records.last().fields);
    CHECK(stored->record.meta.version > 0);

    try {
        DemoData::seed(database, data, hasher, clock);
        FAIL("seeding twice was accepted");
    } catch (const hn::common::Error &error) {
        CHECK(error.code() == hn::common::ErrorCode::FailedPrecondition);
        CHECK(error.message().contains(QStringLiteral("already")));
    }
    CHECK(RecordStore(db).headSeq() == head);
}
