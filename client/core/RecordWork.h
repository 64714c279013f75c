// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "client/core/Conflict.h"
#include "client/core/StoredEntry.h"

#include <QList>
#include <QSet>
#include <QString>
#include <optional>

namespace hn::client {

// Everything local that is not yet settled with the server for one record:
// its outbox entries (in order) and its open conflicts.
struct RecordWork {
    QList<StoredEntry> entries;
    QList<Conflict> conflicts;

    bool empty() const { return entries.isEmpty() && conflicts.isEmpty(); }
    bool inFlight() const;
    // A create, a delete or a conflict about the whole record protects every
    // field from pulls.
    bool wholeRecord() const;
    // The fields local work changed or disagrees about.
    QSet<QString> fields() const;
    std::optional<Conflict> conflictOfKind(Conflict::Kind kind) const;
};

} // namespace hn::client
