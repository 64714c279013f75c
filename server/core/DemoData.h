// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Record.h"
#include "common/Space.h"
#include "common/User.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <cstdint>

namespace hn::common {
class Clock;
}

namespace hn::server {

class Database;
class PasswordHasher;

// A demo account and its plain password. The passwords are documented in
// the README and printed by `helfernetz-server seed-demo`: demo use only.
struct DemoUser {
    common::User user; // active, with id, e-mail, profile and times set
    QString password;
    // What the account shows in the demo, for the login table; empty for
    // the further members.
    QString purpose;
};

// Everything `seed-demo` writes: a fictional district network
// ("Landkreis Beispielland") with accounts, spaces, memberships and the
// content of the spaces.
struct DemoDataset {
    std::uint32_t seed = 0;
    // The four role accounts first (admin, coordinator, member, guest),
    // then the further members.
    QList<DemoUser> users;
    QList<common::Space> spaces;
    QList<common::Membership> memberships;
    // Contacts, documents (metadata only), threads and posts, ordered by
    // creation time (threads before their posts, organizations before the
    // persons linked to them). Complete field objects; meta.version is 0.
    QList<common::Record> records;

    qsizetype count(common::EntityType type) const;
    const DemoUser *userByEmail(const QString &email) const;
    // Replaces a user id wherever it occurs (an account that already
    // exists under the same e-mail keeps its id).
    void replaceUserId(const QString &from, const QString &to);
};

// What DemoData::seed() wrote.
struct DemoSeedReport {
    QList<DemoUser> created;  // accounts made with their demo passwords
    QList<DemoUser> existing; // demo accounts that existed already, left as they were
    qsizetype spaces = 0;
    qsizetype memberships = 0;
    qsizetype records = 0;
};

class DemoData {
public:
    static constexpr std::uint32_t kDefaultSeed = 2026;

    // Generates the demo dataset. Deterministic: the same seed and `now`
    // give the same data on every platform (ids included). Creation times
    // are spread over the six months before `now`.
    static DemoDataset generate(std::uint32_t seed, const QDateTime &now);

    // Writes `data` into a database that has no spaces and no content yet
    // (a freshly initialised one), in one write transaction: accounts
    // (each distinct password hashed once), spaces, memberships (the stores
    // mirror them as synced records), then the records, each with its own
    // seq, and one audit line. A demo account whose e-mail exists already
    // (the admin made by `init` with the demo e-mail) is kept with its id
    // and password. Throws common::Error(FailedPrecondition) when the
    // database has spaces or content, or another demo account exists, so
    // seeding twice never duplicates anything; then nothing is written.
    static DemoSeedReport seed(Database &database, DemoDataset data, const PasswordHasher &hasher,
                               const common::Clock &clock);
};

} // namespace hn::server
