// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSqlDatabase>

namespace hn::server {

// The versioned schema. Version N is reached by applying steps 1..N in
// order, each in its own transaction together with the version bump;
// applying again is a no-op. A database whose version is newer than
// kCurrentVersion is refused with a message naming both versions.
class Migrations {
public:
    static constexpr int kCurrentVersion = 3;

    // Brings `db` to kCurrentVersion. Throws common::Error.
    static void apply(QSqlDatabase &db);
    // The stored version; 0 for an empty database.
    static int storedVersion(QSqlDatabase &db);
};

} // namespace hn::server
