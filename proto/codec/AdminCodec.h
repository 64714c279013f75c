// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/AccessLoss.h"
#include "common/AccessRequest.h"
#include "common/Account.h"
#include "common/AuditEntry.h"
#include "common/Device.h"
#include "common/ServerStats.h"
#include "common/SpaceSummary.h"
#include "helfernetz/v1/admin.pb.h"

#include <optional>

// Conversions for the Admin service (admin.proto), shared by the server's
// AdminRpc and the client's AdminClient. Server-made values (everything
// going to the client) are trusted for form; text a person typed that goes
// to the server is validated by the server's handler, which knows the
// field's rules, so the *FromWire functions here do not validate.
namespace hn::wire {

namespace v1 = ::helfernetz::v1;

v1::SessionEndReason toWire(common::SessionEndReason reason);
common::SessionEndReason fromWire(v1::SessionEndReason reason); // None for unknown
v1::AccessRequestStatus toWire(common::AccessRequestStatus status);
std::optional<common::AccessRequestStatus> fromWire(v1::AccessRequestStatus status);
// The name sent in the "hn-session-end" trailer ("SESSION_END_REASON_DEVICE_REVOKED").
std::string sessionEndTrailer(common::SessionEndReason reason);
// The reason named by a trailer value; None for an unknown name.
common::SessionEndReason sessionEndFromTrailer(const std::string &value);

void toWire(const common::RecordMeta &meta, v1::RecordMeta *out);
common::RecordMeta fromWire(const v1::RecordMeta &meta);

void toWire(const common::User &user, v1::DirectoryEntry *out);
common::User fromWire(const v1::DirectoryEntry &entry); // id, times unset

void toWire(const common::Account &account, v1::User *out);
common::Account fromWire(const v1::User &user);

void toWire(const common::Device &device, v1::Device *out);
common::Device fromWire(const v1::Device &device);

void toWire(const common::ActivationCode &code, v1::ActivationCode *out);
common::ActivationCode fromWire(const v1::ActivationCode &code);

void toWire(const common::AccessRequest &request, v1::AccessRequest *out);
common::AccessRequest fromWire(const v1::AccessRequest &request);

void toWire(const common::SpacePermissions &permissions, v1::SpacePermissions *out);
common::SpacePermissions fromWire(const v1::SpacePermissions &permissions);

void toWire(const common::Space &space, v1::Space *out);
void toWire(const common::SpaceSummary &summary, v1::SpaceSummary *out);
common::SpaceSummary fromWire(const v1::SpaceSummary &summary);

void toWire(const common::Member &member, v1::Member *out);
common::Member fromWire(const v1::Member &member);

void toWire(const common::AccessLoss &loss, v1::AccessLoss *out);
common::AccessLoss fromWire(const v1::AccessLoss &loss);

void toWire(const common::AuditEntry &entry, v1::AuditEntry *out);
common::AuditEntry fromWire(const v1::AuditEntry &entry);

void toWire(const common::ServerStats &stats, v1::GetStatsResponse *out);
common::ServerStats fromWire(const v1::GetStatsResponse &stats);

} // namespace hn::wire
