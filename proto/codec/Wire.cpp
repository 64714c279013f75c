// SPDX-License-Identifier: GPL-3.0-or-later
#include "proto/codec/Wire.h"

#include <array>
#include <utility>

namespace hn::wire {

namespace {

template <typename Domain, typename Proto, std::size_t N>
using Pairs = std::array<std::pair<Domain, Proto>, N>;

constexpr Pairs<common::GlobalRole, v1::GlobalRole, 4> kRoles{{
    {common::GlobalRole::Guest, v1::GLOBAL_ROLE_GUEST},
    {common::GlobalRole::Member, v1::GLOBAL_ROLE_MEMBER},
    {common::GlobalRole::Coordinator, v1::GLOBAL_ROLE_COORDINATOR},
    {common::GlobalRole::Admin, v1::GLOBAL_ROLE_ADMIN},
}};
constexpr Pairs<common::AccountStatus, v1::AccountStatus, 3> kStatuses{{
    {common::AccountStatus::Pending, v1::ACCOUNT_STATUS_PENDING},
    {common::AccountStatus::Active, v1::ACCOUNT_STATUS_ACTIVE},
    {common::AccountStatus::Disabled, v1::ACCOUNT_STATUS_DISABLED},
}};
constexpr Pairs<common::SpaceLevel, v1::SpaceLevel, 4> kLevels{{
    {common::SpaceLevel::Reader, v1::SPACE_LEVEL_READER},
    {common::SpaceLevel::Author, v1::SPACE_LEVEL_AUTHOR},
    {common::SpaceLevel::Editor, v1::SPACE_LEVEL_EDITOR},
    {common::SpaceLevel::Moderator, v1::SPACE_LEVEL_MODERATOR},
}};
constexpr Pairs<common::Affiliation, v1::Affiliation, 3> kAffiliations{{
    {common::Affiliation::Unspecified, v1::AFFILIATION_UNSPECIFIED},
    {common::Affiliation::Hauptamtlich, v1::AFFILIATION_HAUPTAMTLICH},
    {common::Affiliation::Ehrenamtlich, v1::AFFILIATION_EHRENAMTLICH},
}};
constexpr Pairs<common::SpaceKind, v1::SpaceKind, 4> kKinds{{
    {common::SpaceKind::Public, v1::SPACE_KIND_PUBLIC},
    {common::SpaceKind::Team, v1::SPACE_KIND_TEAM},
    {common::SpaceKind::Municipality, v1::SPACE_KIND_MUNICIPALITY},
    {common::SpaceKind::Internal, v1::SPACE_KIND_INTERNAL},
}};
constexpr Pairs<common::Action, v1::Action, 13> kActions{{
    {common::Action::Read, v1::ACTION_READ},
    {common::Action::Create, v1::ACTION_CREATE},
    {common::Action::EditOwn, v1::ACTION_EDIT_OWN},
    {common::Action::EditAny, v1::ACTION_EDIT_ANY},
    {common::Action::DeleteOwn, v1::ACTION_DELETE_OWN},
    {common::Action::DeleteAny, v1::ACTION_DELETE_ANY},
    {common::Action::PinLock, v1::ACTION_PIN_LOCK},
    {common::Action::ManageMembers, v1::ACTION_MANAGE_MEMBERS},
    {common::Action::ManageSpace, v1::ACTION_MANAGE_SPACE},
    {common::Action::ManageUsers, v1::ACTION_MANAGE_USERS},
    {common::Action::ApproveAccessRequests, v1::ACTION_APPROVE_ACCESS_REQUESTS},
    {common::Action::ReadAuditLog, v1::ACTION_READ_AUDIT_LOG},
    {common::Action::CreateSpace, v1::ACTION_CREATE_SPACE},
}};

template <typename Domain, typename Proto, std::size_t N>
Proto protoOf(const Pairs<Domain, Proto, N> &pairs, Domain value, Proto fallback) {
    for (const auto &[d, p] : pairs) {
        if (d == value)
            return p;
    }
    return fallback;
}

template <typename Domain, typename Proto, std::size_t N>
std::optional<Domain> domainOf(const Pairs<Domain, Proto, N> &pairs, Proto value) {
    for (const auto &[d, p] : pairs) {
        if (p == value)
            return d;
    }
    return std::nullopt;
}

std::string utf8(const QString &text) {
    return text.toStdString();
}
QString text(const std::string &utf8Bytes) {
    return QString::fromStdString(utf8Bytes);
}

} // namespace

v1::GlobalRole toWire(common::GlobalRole v) {
    return protoOf(kRoles, v, v1::GLOBAL_ROLE_UNSPECIFIED);
}
v1::AccountStatus toWire(common::AccountStatus v) {
    return protoOf(kStatuses, v, v1::ACCOUNT_STATUS_UNSPECIFIED);
}
v1::SpaceLevel toWire(common::SpaceLevel v) {
    return protoOf(kLevels, v, v1::SPACE_LEVEL_UNSPECIFIED);
}
v1::Affiliation toWire(common::Affiliation v) {
    return protoOf(kAffiliations, v, v1::AFFILIATION_UNSPECIFIED);
}
v1::SpaceKind toWire(common::SpaceKind v) {
    return protoOf(kKinds, v, v1::SPACE_KIND_UNSPECIFIED);
}
v1::Action toWire(common::Action v) {
    return protoOf(kActions, v, v1::ACTION_UNSPECIFIED);
}

std::optional<common::GlobalRole> fromWire(v1::GlobalRole v) {
    return domainOf(kRoles, v);
}
std::optional<common::AccountStatus> fromWire(v1::AccountStatus v) {
    return domainOf(kStatuses, v);
}
std::optional<common::SpaceLevel> fromWire(v1::SpaceLevel v) {
    return domainOf(kLevels, v);
}
std::optional<common::Affiliation> fromWire(v1::Affiliation v) {
    return domainOf(kAffiliations, v);
}
std::optional<common::SpaceKind> fromWire(v1::SpaceKind v) {
    return domainOf(kKinds, v);
}
std::optional<common::Action> fromWire(v1::Action v) {
    return domainOf(kActions, v);
}

qint64 toWireTime(const QDateTime &time) {
    return time.isValid() ? time.toMSecsSinceEpoch() : 0;
}

QDateTime fromWireTime(qint64 msSinceEpoch) {
    return msSinceEpoch == 0 ? QDateTime() : QDateTime::fromMSecsSinceEpoch(msSinceEpoch, Qt::UTC);
}

void toWire(const common::Identity &identity, v1::Identity *out) {
    const common::User &user = identity.user;
    out->set_user_id(utf8(user.id));
    out->set_email(utf8(user.email));
    out->set_display_name(utf8(user.displayName));
    out->set_organization(utf8(user.organization));
    out->set_municipality(utf8(user.municipality));
    out->set_affiliation(toWire(user.affiliation));
    out->set_role(toWire(user.role));
    out->set_status(toWire(user.status));
    for (const common::Action action : identity.globalActions)
        out->add_global_actions(toWire(action));
    for (const common::SpacePermissions &sp : identity.spaces) {
        v1::SpacePermissions *space = out->add_spaces();
        space->set_space_id(utf8(sp.space.id));
        space->set_space_name(utf8(sp.space.name));
        space->set_kind(toWire(sp.space.kind));
        space->set_guest_visible(sp.space.guestVisible);
        space->set_level(sp.level ? toWire(*sp.level) : v1::SPACE_LEVEL_UNSPECIFIED);
        for (const common::Action action : sp.actions)
            space->add_actions(toWire(action));
    }
}

common::Identity fromWire(const v1::Identity &in) {
    common::Identity identity;
    common::User &user = identity.user;
    user.id = text(in.user_id());
    user.email = text(in.email());
    user.displayName = text(in.display_name());
    user.organization = text(in.organization());
    user.municipality = text(in.municipality());
    user.affiliation = fromWire(in.affiliation()).value_or(common::Affiliation::Unspecified);
    user.role = fromWire(in.role()).value_or(common::GlobalRole::Guest);
    user.status = fromWire(in.status()).value_or(common::AccountStatus::Pending);
    for (const int action : in.global_actions()) {
        if (const auto a = fromWire(v1::Action(action)))
            identity.globalActions.append(*a);
    }
    for (const v1::SpacePermissions &sp : in.spaces()) {
        common::SpacePermissions permissions;
        permissions.space.id = text(sp.space_id());
        permissions.space.name = text(sp.space_name());
        permissions.space.kind = fromWire(sp.kind()).value_or(common::SpaceKind::Team);
        permissions.space.guestVisible = sp.guest_visible();
        permissions.level = fromWire(sp.level());
        for (const int action : sp.actions()) {
            if (const auto a = fromWire(v1::Action(action)))
                permissions.actions.append(*a);
        }
        identity.spaces.append(std::move(permissions));
    }
    return identity;
}

} // namespace hn::wire
