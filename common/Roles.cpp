// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/Roles.h"

#include <array>
#include <utility>

namespace hn::common {

namespace {

template <typename Enum, std::size_t N>
using NameTable = std::array<std::pair<Enum, const char16_t *>, N>;

constexpr NameTable<GlobalRole, 4> kRoles{{{GlobalRole::Guest, u"guest"},
                                           {GlobalRole::Member, u"member"},
                                           {GlobalRole::Coordinator, u"coordinator"},
                                           {GlobalRole::Admin, u"admin"}}};
constexpr NameTable<AccountStatus, 3> kStatuses{{{AccountStatus::Pending, u"pending"},
                                                 {AccountStatus::Active, u"active"},
                                                 {AccountStatus::Disabled, u"disabled"}}};
constexpr NameTable<SpaceLevel, 4> kLevels{{{SpaceLevel::Reader, u"reader"},
                                            {SpaceLevel::Author, u"author"},
                                            {SpaceLevel::Editor, u"editor"},
                                            {SpaceLevel::Moderator, u"moderator"}}};
constexpr NameTable<Affiliation, 3> kAffiliations{{{Affiliation::Unspecified, u"unspecified"},
                                                   {Affiliation::Hauptamtlich, u"hauptamtlich"},
                                                   {Affiliation::Ehrenamtlich, u"ehrenamtlich"}}};
constexpr NameTable<SpaceKind, 4> kKinds{{{SpaceKind::Public, u"public"},
                                          {SpaceKind::Team, u"team"},
                                          {SpaceKind::Municipality, u"municipality"},
                                          {SpaceKind::Internal, u"internal"}}};

template <typename Enum, std::size_t N>
QString nameOf(const NameTable<Enum, N> &table, Enum value) {
    for (const auto &[v, name] : table) {
        if (v == value)
            return QString::fromUtf16(name);
    }
    return QStringLiteral("unknown");
}

template <typename Enum, std::size_t N>
std::optional<Enum> valueOf(const NameTable<Enum, N> &table, const QString &name) {
    for (const auto &[v, n] : table) {
        if (name == QString::fromUtf16(n))
            return v;
    }
    return std::nullopt;
}

} // namespace

QString toString(GlobalRole role) {
    return nameOf(kRoles, role);
}
QString toString(AccountStatus status) {
    return nameOf(kStatuses, status);
}
QString toString(SpaceLevel level) {
    return nameOf(kLevels, level);
}
QString toString(Affiliation affiliation) {
    return nameOf(kAffiliations, affiliation);
}
QString toString(SpaceKind kind) {
    return nameOf(kKinds, kind);
}

std::optional<GlobalRole> parseGlobalRole(const QString &name) {
    return valueOf(kRoles, name);
}
std::optional<AccountStatus> parseAccountStatus(const QString &name) {
    return valueOf(kStatuses, name);
}
std::optional<SpaceLevel> parseSpaceLevel(const QString &name) {
    return valueOf(kLevels, name);
}
std::optional<Affiliation> parseAffiliation(const QString &name) {
    return valueOf(kAffiliations, name);
}
std::optional<SpaceKind> parseSpaceKind(const QString &name) {
    return valueOf(kKinds, name);
}

} // namespace hn::common
