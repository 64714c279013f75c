// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "client/core/Governance.h"
#include "helfernetz/v1/admin.pb.h"

// The Admin service's messages to and from the domain types of
// Governance.h; the client's side only (proto/codec/Wire does the shared
// enums, times and identities).
namespace hn::client::governance_wire {

namespace v1 = ::helfernetz::v1;

// An id when the text looks like a UUID, else a login e-mail.
void toWire(const QString &idOrEmail, v1::UserRef *out);

ManagedUser fromWire(const v1::User &user);
ActivationCode fromWire(const v1::ActivationCode &code);
AccessLoss fromWire(const v1::AccessLoss &loss);
Device fromWire(const v1::Device &device);
SpaceSummary fromWire(const v1::SpaceSummary &summary);
SpaceMember fromWire(const v1::Member &member);
common::AccessRequest fromWire(const v1::AccessRequest &request);
common::AuditEntry fromWire(const v1::AuditEntry &entry);
common::User fromWire(const v1::DirectoryEntry &entry);
void toWire(const common::User &profile, v1::DirectoryEntry *out);
void toWire(const AuditQuery &query, v1::AuditFilter *out);

} // namespace hn::client::governance_wire
