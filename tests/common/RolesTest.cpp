// SPDX-License-Identifier: GPL-3.0-or-later
// The stable names of the enums in common/Roles.h: they are stored in the
// database and config files, so they must never change.
#include "common/Roles.h"

#include "common/AccessRequest.h"

#include <catch2/catch.hpp>
#include <optional>
#include <set>
#include <string>
#include <utility>
#include <vector>

using namespace hn::common;

namespace {

const std::vector<const char *> kUnknownNames{"", "unknown", " x", "ADMIN", "Reader", "member "};

// Checks that every value has the expected name, that the name parses back
// to the value, that names are unique, and that unknown names do not parse.
template <typename Enum, typename Parse>
void checkNames(const std::vector<std::pair<Enum, const char *>> &expected, Parse parse) {
    std::set<std::string> seen;
    for (const auto &[value, name] : expected) {
        INFO("name " << name);
        CHECK(toString(value).toStdString() == name);
        CHECK(parse(QString::fromUtf8(name)) == std::optional<Enum>(value));
        CHECK(parse(toString(value)) == std::optional<Enum>(value));
        CHECK(seen.insert(name).second);
    }
    for (const char *unknown : kUnknownNames) {
        INFO("unknown name '" << unknown << "'");
        CHECK_FALSE(parse(QString::fromUtf8(unknown)).has_value());
    }
}

} // namespace

TEST_CASE("global role names round-trip") {
    checkNames<GlobalRole>({{GlobalRole::Guest, "guest"},
                            {GlobalRole::Member, "member"},
                            {GlobalRole::Coordinator, "coordinator"},
                            {GlobalRole::Admin, "admin"}},
                           parseGlobalRole);
}

TEST_CASE("access request status names round-trip") {
    checkNames<AccessRequestStatus>({{AccessRequestStatus::Pending, "pending"},
                                     {AccessRequestStatus::Approved, "approved"},
                                     {AccessRequestStatus::Rejected, "rejected"}},
                                    parseAccessRequestStatus);
}

TEST_CASE("account status names round-trip") {
    checkNames<AccountStatus>({{AccountStatus::Pending, "pending"},
                               {AccountStatus::Active, "active"},
                               {AccountStatus::Disabled, "disabled"}},
                              parseAccountStatus);
}

TEST_CASE("space level names round-trip and levels are ordered") {
    checkNames<SpaceLevel>({{SpaceLevel::Reader, "reader"},
                            {SpaceLevel::Author, "author"},
                            {SpaceLevel::Editor, "editor"},
                            {SpaceLevel::Moderator, "moderator"}},
                           parseSpaceLevel);
    CHECK(SpaceLevel::Reader < SpaceLevel::Author);
    CHECK(SpaceLevel::Author < SpaceLevel::Editor);
    CHECK(SpaceLevel::Editor < SpaceLevel::Moderator);
}

TEST_CASE("affiliation names round-trip") {
    checkNames<Affiliation>({{Affiliation::Unspecified, "unspecified"},
                             {Affiliation::Hauptamtlich, "hauptamtlich"},
                             {Affiliation::Ehrenamtlich, "ehrenamtlich"}},
                            parseAffiliation);
}

TEST_CASE("space kind names round-trip") {
    checkNames<SpaceKind>({{SpaceKind::Public, "public"},
                           {SpaceKind::Team, "team"},
                           {SpaceKind::Municipality, "municipality"},
                           {SpaceKind::Internal, "internal"}},
                          parseSpaceKind);
}
