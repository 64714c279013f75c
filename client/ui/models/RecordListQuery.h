// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/EntityType.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace hn::client {

// One condition on a record's fields. `field` is a path into
// Record::fields ("category", "address.city"), never a person's input.
struct RecordFilter {
    enum class Match {
        Equals,     // the field's value equals `value`
        HasElement, // the field is an array holding `value` (tags, languages)
    };
    QString field;
    QString value;
    Match match = Match::Equals;
};

// Which records a RecordListModel lists: live records of one type in the
// local view (unsynced edits included, local deletions left out).
struct RecordListQuery {
    common::EntityType type = common::EntityType::Contact;
    // Empty: every space the replica holds ("Alle Bereiche").
    QStringList spaceIds;
    // Only children of this record: a thread's posts, a document's
    // versions, an organization's people (records.parent_id).
    QString parentId;
    QList<RecordFilter> filters;
    // Words a person typed to narrow the list; matched like the global
    // search (prefixes, umlauts folded) against the search index.
    QString text;
};

} // namespace hn::client
