// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <optional>

namespace hn::common {

// A user's role across the whole platform (DESIGN.md, Access).
enum class GlobalRole { Guest, Member, Coordinator, Admin };

// Where an account stands. Only active accounts can log in.
enum class AccountStatus { Pending, Active, Disabled };

// A user's level inside one space; ordered, each level includes the ones below.
enum class SpaceLevel { Reader, Author, Editor, Moderator };

// Paid staff or volunteer; shown in the directory, not used by the policy.
enum class Affiliation { Unspecified, Hauptamtlich, Ehrenamtlich };

// The kinds of space (DESIGN.md, Domain). The policy decides by the space's
// guest visibility, not its kind; the kind groups spaces in the UI.
enum class SpaceKind { Public, Team, Municipality, Internal };

// Stable lower-case names used in the database, the config file, the
// console and logs. parse*() returns nullopt for an unknown name.
QString toString(GlobalRole role);
QString toString(AccountStatus status);
QString toString(SpaceLevel level);
QString toString(Affiliation affiliation);
QString toString(SpaceKind kind);

std::optional<GlobalRole> parseGlobalRole(const QString &name);
std::optional<AccountStatus> parseAccountStatus(const QString &name);
std::optional<SpaceLevel> parseSpaceLevel(const QString &name);
std::optional<Affiliation> parseAffiliation(const QString &name);
std::optional<SpaceKind> parseSpaceKind(const QString &name);

} // namespace hn::common
