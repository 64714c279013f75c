// SPDX-License-Identifier: GPL-3.0-or-later
#include "client/core/RecordWork.h"

#include <algorithm>

namespace hn::client {

using common::MutationOp;

bool RecordWork::inFlight() const {
    return std::any_of(entries.begin(), entries.end(), [](const StoredEntry &s) {
        return s.entry.state == OutboxEntry::State::InFlight;
    });
}

bool RecordWork::wholeRecord() const {
    const bool entryWide = std::any_of(entries.begin(), entries.end(), [](const auto &s) {
        return s.entry.mutation.op != MutationOp::Update;
    });
    const bool conflictWide = std::any_of(conflicts.begin(), conflicts.end(), [](const auto &c) {
        return c.kind != Conflict::Kind::Field;
    });
    return entryWide || conflictWide;
}

QSet<QString> RecordWork::fields() const {
    QSet<QString> out;
    for (const StoredEntry &s : entries) {
        for (const QString &f : s.entry.mutation.changedFields)
            out.insert(f);
    }
    for (const Conflict &c : conflicts)
        out.insert(c.field);
    return out;
}

std::optional<Conflict> RecordWork::conflictOfKind(Conflict::Kind kind) const {
    for (const Conflict &c : conflicts) {
        if (c.kind == kind)
            return c;
    }
    return std::nullopt;
}

} // namespace hn::client
