// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/EntityType.h"

#include <QString>

// Ids the replica makes for records and mutations.
namespace hn::client::ids {

// A new random UUID without braces.
QString newId();

// Read markers and favourites belong to their user alone (bucket
// "private:<user id>") and have ids derived from what they mark, so every
// device of the user makes the same id (entities.proto).
bool isPrivateType(common::EntityType type);

} // namespace hn::client::ids
