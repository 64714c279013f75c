// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace hn::client {

class Replica;

// The tags used on documents, for the list's tag filter: distinct values
// read in SQL from the replica (never by loading the documents).
class DocumentTags {
public:
    static constexpr int kMaxTags = 500;
    // Sorted case-insensitively; only documents of `spaceIds` when given.
    static QStringList inUse(Replica &replica, const QStringList &spaceIds = {});
};

} // namespace hn::client
