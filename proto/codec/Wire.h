// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Identity.h"
#include "common/Roles.h"
#include "helfernetz/v1/auth.pb.h"
#include "helfernetz/v1/types.pb.h"

#include <QDateTime>
#include <optional>

// Conversions between the wire contract (helfernetz.v1) and the domain
// types of common/, in one place for client and server, so the two can
// never disagree on a mapping. Incoming text is validated by the caller
// (common/Validation), which knows the field's rules.
namespace hn::wire {

namespace v1 = ::helfernetz::v1;

v1::GlobalRole toWire(common::GlobalRole role);
v1::AccountStatus toWire(common::AccountStatus status);
v1::SpaceLevel toWire(common::SpaceLevel level);
v1::Affiliation toWire(common::Affiliation affiliation);
v1::SpaceKind toWire(common::SpaceKind kind);
v1::Action toWire(common::Action action);

// nullopt for UNSPECIFIED and for values this build does not know.
std::optional<common::GlobalRole> fromWire(v1::GlobalRole role);
std::optional<common::AccountStatus> fromWire(v1::AccountStatus status);
std::optional<common::SpaceLevel> fromWire(v1::SpaceLevel level);
std::optional<common::Affiliation> fromWire(v1::Affiliation affiliation);
std::optional<common::SpaceKind> fromWire(v1::SpaceKind kind);
std::optional<common::Action> fromWire(v1::Action action);

qint64 toWireTime(const QDateTime &time);    // 0 for a null time
QDateTime fromWireTime(qint64 msSinceEpoch); // null for 0

void toWire(const common::Identity &identity, v1::Identity *out);
// Unknown enum values from a newer server are skipped (actions) or left at
// their defaults, so an old client keeps working with less.
common::Identity fromWire(const v1::Identity &identity);

} // namespace hn::wire
