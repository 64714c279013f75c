// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/EntityType.h"

#include <QString>

namespace hn::client {

// One result of Replica::search, best first.
struct SearchHit {
    common::EntityType type = common::EntityType::Contact;
    QString id;
    QString bucket;
    QString spaceId;
    // What to show as the hit's heading: a contact's name, a document's or
    // thread's title; for a post the title of its thread (if held).
    QString title;
    // A piece of the matching text with the matches in [brackets].
    QString snippet;
    // FTS5 bm25 rank: smaller is better.
    double rank = 0;
};

} // namespace hn::client
