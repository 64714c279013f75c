// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSqlDatabase>

namespace hn::client {

// The replica's versioned schema. Version N is reached by applying steps
// 1..N in order, each in its own transaction together with the version
// bump; applying again is a no-op. A file whose version is newer than
// kCurrentVersion (made by a newer client) is refused with a message naming
// both versions, and nothing in it is changed.
class ReplicaMigrations {
public:
    static constexpr int kCurrentVersion = 4;

    // Brings `db` to kCurrentVersion. Throws common::Error.
    static void apply(QSqlDatabase &db);
    // Brings `db` to `version` (<= kCurrentVersion); for tests of upgrades.
    static void applyUpTo(QSqlDatabase &db, int version);
    // The stored version; 0 for an empty file.
    static int storedVersion(QSqlDatabase &db);
};

} // namespace hn::client
