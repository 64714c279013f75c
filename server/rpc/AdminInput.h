// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Space.h"
#include "common/User.h"
#include "helfernetz/v1/admin.pb.h"
#include "server/core/AuditTrail.h"
#include "server/core/UserKey.h"

namespace hn::server {

// What the Admin service's requests carry, decoded into domain values and
// checked for form in one place: each function throws
// Error(InvalidArgument) naming the field path ("spaces[1].level",
// "filter.actor.email") so the console can point at the input to fix.
struct AdminInput {
    static QString field(const QString &prefix, const char *name);
    // An id or an e-mail; neither is refused.
    static UserKey userKey(const helfernetz::v1::UserRef &ref, const QString &name);
    static QString spaceId(const std::string &id, const QString &name = QStringLiteral("space_id"));
    // UNSPECIFIED and unknown values are refused.
    static common::GlobalRole role(helfernetz::v1::GlobalRole wire, const QString &name);
    static common::SpaceLevel level(helfernetz::v1::SpaceLevel wire, const QString &name);
    // Space ids and levels (UNSPECIFIED: reader); a space named twice is refused.
    static QList<common::Membership>
    grants(const google::protobuf::RepeatedPtrField<helfernetz::v1::SpaceGrant> &in);
    // A new account's profile (status is ignored: new accounts are pending).
    static common::User profile(const helfernetz::v1::DirectoryEntry &in);
    static QString spaceName(const std::string &bytes, const QString &name);
    static AuditFilter auditFilter(const helfernetz::v1::AuditFilter &in);
};

} // namespace hn::server
