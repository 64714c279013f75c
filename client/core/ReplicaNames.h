// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "client/core/Conflict.h"
#include "client/core/OutboxEntry.h"
#include "common/EntityType.h"
#include "common/Mutation.h"

#include <QString>

// How the replica names its enumerations in SQLite columns and in exported
// JSON. A name that is not known reads as the harmless default, except an
// entity type, which nothing could be done with.
namespace hn::client::names {

QString stateName(OutboxEntry::State state);
OutboxEntry::State parseState(const QString &name);

QString kindName(Conflict::Kind kind);
Conflict::Kind parseKind(const QString &name);

QString rejectionKindName(common::RejectionKind kind);
common::RejectionKind parseRejectionKind(const QString &name);

// Throws common::Error(Internal) for an unknown type; `where` names what
// held it.
common::EntityType parseType(const QString &name, const QString &where);

} // namespace hn::client::names
