// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/rpc/AdminInput.h"

#include "common/Error.h"
#include "common/Validation.h"
#include "proto/codec/Wire.h"

namespace hn::server {

namespace v1 = helfernetz::v1;
namespace validation = common::validation;
using common::Error;

QString AdminInput::field(const QString &prefix, const char *name) {
    return prefix.isEmpty() ? QLatin1String(name) : prefix + u'.' + QLatin1String(name);
}

UserKey AdminInput::userKey(const v1::UserRef &ref, const QString &name) {
    switch (ref.key_case()) {
    case v1::UserRef::kUserId:
        return {validation::uuid(field(name, "user_id"), ref.user_id()), {}};
    case v1::UserRef::kEmail:
        return {{}, validation::email(field(name, "email"), ref.email())};
    case v1::UserRef::KEY_NOT_SET:
        break;
    }
    throw Error::invalidArgument(name, QStringLiteral("names no user: give user_id or email"));
}

QString AdminInput::spaceId(const std::string &id, const QString &name) {
    return validation::uuid(name, id);
}

common::GlobalRole AdminInput::role(v1::GlobalRole wire, const QString &name) {
    if (const auto parsed = wire::fromWire(wire))
        return *parsed;
    throw Error::invalidArgument(name,
                                 QStringLiteral("must be guest, member, coordinator or admin"));
}

common::SpaceLevel AdminInput::level(v1::SpaceLevel wire, const QString &name) {
    if (const auto parsed = wire::fromWire(wire))
        return *parsed;
    throw Error::invalidArgument(name,
                                 QStringLiteral("must be reader, author, editor or moderator"));
}

QList<common::Membership>
AdminInput::grants(const google::protobuf::RepeatedPtrField<v1::SpaceGrant> &in) {
    QList<common::Membership> out;
    for (int i = 0; i < in.size(); ++i) {
        const QString prefix = QStringLiteral("spaces[%1]").arg(i);
        common::Membership grant;
        grant.spaceId = spaceId(in[i].space_id(), field(prefix, "space_id"));
        grant.level = in[i].level() == v1::SPACE_LEVEL_UNSPECIFIED
                          ? common::SpaceLevel::Reader
                          : level(in[i].level(), field(prefix, "level"));
        for (const common::Membership &earlier : std::as_const(out)) {
            if (earlier.spaceId == grant.spaceId) {
                throw Error::invalidArgument(field(prefix, "space_id"),
                                             QStringLiteral("names a space twice"));
            }
        }
        out.append(grant);
    }
    return out;
}

common::User AdminInput::profile(const v1::DirectoryEntry &in) {
    common::User user;
    user.email = validation::email(QStringLiteral("profile.email"), in.email());
    user.displayName = validation::text(QStringLiteral("profile.display_name"), in.display_name(),
                                        {.maxChars = 100});
    user.organization = validation::text(QStringLiteral("profile.organization"), in.organization(),
                                         {.maxChars = 200, .required = false});
    user.municipality = validation::text(QStringLiteral("profile.municipality"), in.municipality(),
                                         {.maxChars = 100, .required = false});
    const auto affiliation = wire::fromWire(in.affiliation());
    if (!affiliation && in.affiliation() != v1::AFFILIATION_UNSPECIFIED) {
        throw Error::invalidArgument(QStringLiteral("profile.affiliation"),
                                     QStringLiteral("is not a known affiliation"));
    }
    user.affiliation = affiliation.value_or(common::Affiliation::Unspecified);
    user.role = role(in.role(), QStringLiteral("profile.role"));
    return user;
}

QString AdminInput::spaceName(const std::string &bytes, const QString &name) {
    return validation::text(name, bytes, {.maxChars = 100});
}

AuditFilter AdminInput::auditFilter(const v1::AuditFilter &in) {
    AuditFilter filter;
    if (in.since_at_ms() < 0 || in.until_at_ms() < 0) {
        throw Error::invalidArgument(in.since_at_ms() < 0 ? QStringLiteral("filter.since_at_ms")
                                                          : QStringLiteral("filter.until_at_ms"),
                                     QStringLiteral("must not be negative"));
    }
    if (in.since_at_ms() > 0)
        filter.since = wire::fromWireTime(in.since_at_ms());
    if (in.until_at_ms() > 0)
        filter.until = wire::fromWireTime(in.until_at_ms());
    if (filter.since && filter.until && *filter.until <= *filter.since) {
        throw Error::invalidArgument(QStringLiteral("filter.until_at_ms"),
                                     QStringLiteral("must be after since_at_ms"));
    }
    if (in.has_actor()) {
        const UserKey actor = userKey(in.actor(), QStringLiteral("filter.actor"));
        filter.actorId = actor.id;
        filter.actorEmail = actor.email;
    }
    filter.action = QString::fromStdString(in.action());
    if (filter.action.size() > 100) {
        throw Error::invalidArgument(QStringLiteral("filter.action"),
                                     QStringLiteral("is longer than 100 characters"));
    }
    return filter;
}

} // namespace hn::server
