// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Mutation.h"
#include "common/Record.h"
#include "helfernetz/v1/entities.pb.h"
#include "helfernetz/v1/sync.pb.h"

#include <optional>

// Synced records and mutations between the wire and the generic
// common::Record form, written once for every entity with protobuf
// reflection (field names and types come from entities.proto).
namespace hn::wire {

namespace v1 = ::helfernetz::v1;

// Server to client. Records come from the server and are trusted for form;
// nullopt for an entity kind this build does not know (a newer server).
std::optional<common::Record> recordFromWire(const v1::Record &record);
void toWire(const common::Record &record, v1::Record *out);

// Client to server: everything is checked. Throws common::Error
// (InvalidArgument) naming the field path ("emails[1]", "address.city")
// for invalid UTF-8, control characters, over-long text, malformed e-mail
// addresses, phone numbers or ids, unknown changed_fields, a missing entity
// or an entity that does not match the op.
common::Mutation mutationFromWire(const v1::Mutation &mutation);
void toWire(const common::Mutation &mutation, v1::Mutation *out);

void toWire(const common::MutationResult &result, v1::MutationResult *out);
common::MutationResult resultFromWire(const v1::MutationResult &result);

// The complete field object of an empty record of `type` (all defaults).
QJsonObject defaultFields(common::EntityType type);

} // namespace hn::wire
