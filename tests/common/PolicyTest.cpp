// SPDX-License-Identifier: GPL-3.0-or-later
// The access policy (DESIGN.md, Access), checked against a table written by
// hand from the rules, not computed: one row per global role x space level
// (or none) x guest visibility, one column per action.
#include "common/Policy.h"

#include <array>
#include <catch2/catch.hpp>
#include <optional>
#include <set>
#include <string>
#include <tuple>

using namespace hn::common;

namespace {

// The column order of the table's expectation strings. The '|' in each
// string separates the space actions from the global ones.
constexpr std::array kColumns{
    Action::Read,
    Action::Create,
    Action::EditOwn,
    Action::EditAny,
    Action::DeleteOwn,
    Action::DeleteAny,
    Action::PinLock,
    Action::ManageMembers,
    Action::ManageSpace,
    Action::ManageUsers,
    Action::ApproveAccessRequests,
    Action::ReadAuditLog,
    Action::CreateSpace,
};

constexpr std::array kAllActions = kColumns;
constexpr std::array kRoles{GlobalRole::Guest, GlobalRole::Member, GlobalRole::Coordinator,
                            GlobalRole::Admin};
constexpr std::array<std::optional<SpaceLevel>, 5> kLevels{std::nullopt, SpaceLevel::Reader,
                                                           SpaceLevel::Author, SpaceLevel::Editor,
                                                           SpaceLevel::Moderator};

constexpr std::optional<SpaceLevel> kNone = std::nullopt;
constexpr auto kReader = SpaceLevel::Reader;
constexpr auto kAuthor = SpaceLevel::Author;
constexpr auto kEditor = SpaceLevel::Editor;
constexpr auto kModerator = SpaceLevel::Moderator;
constexpr auto kGuest = GlobalRole::Guest;
constexpr auto kMember = GlobalRole::Member;
constexpr auto kCoordinator = GlobalRole::Coordinator;
constexpr auto kAdmin = GlobalRole::Admin;

struct Row {
    GlobalRole role;
    std::optional<SpaceLevel> level;
    bool guestVisible;
    // R C Eo Ea Do Da Pin Mem Spc | Usr Apr Aud NewSpc
    const char *expected;
};

// clang-format off
constexpr std::array<Row, 40> kTable{{
    //                                 RCEEDDPMM|MAAC
    {kGuest,       kNone,      false, "NNNNNNNNN|NNNN"},
    {kGuest,       kNone,      true,  "YNNNNNNNN|NNNN"},
    {kGuest,       kReader,    false, "NNNNNNNNN|NNNN"},
    {kGuest,       kReader,    true,  "YNNNNNNNN|NNNN"},
    {kGuest,       kAuthor,    false, "NNNNNNNNN|NNNN"},
    {kGuest,       kAuthor,    true,  "YNNNNNNNN|NNNN"},
    {kGuest,       kEditor,    false, "NNNNNNNNN|NNNN"},
    {kGuest,       kEditor,    true,  "YNNNNNNNN|NNNN"},
    {kGuest,       kModerator, false, "NNNNNNNNN|NNNN"},
    {kGuest,       kModerator, true,  "YNNNNNNNN|NNNN"},

    {kMember,      kNone,      false, "NNNNNNNNN|NNNN"},
    {kMember,      kNone,      true,  "YNNNNNNNN|NNNN"},
    {kMember,      kReader,    false, "YNNNNNNNN|NNNN"},
    {kMember,      kReader,    true,  "YNNNNNNNN|NNNN"},
    {kMember,      kAuthor,    false, "YYYNYNNNN|NNNN"},
    {kMember,      kAuthor,    true,  "YYYNYNNNN|NNNN"},
    {kMember,      kEditor,    false, "YYYYYYNNN|NNNN"},
    {kMember,      kEditor,    true,  "YYYYYYNNN|NNNN"},
    {kMember,      kModerator, false, "YYYYYYYYN|NNNN"},
    {kMember,      kModerator, true,  "YYYYYYYYN|NNNN"},

    {kCoordinator, kNone,      false, "NNNNNNNNN|NYNY"},
    {kCoordinator, kNone,      true,  "YNNNNNNNN|NYNY"},
    {kCoordinator, kReader,    false, "YNNNNNNNN|NYNY"},
    {kCoordinator, kReader,    true,  "YNNNNNNNN|NYNY"},
    {kCoordinator, kAuthor,    false, "YYYNYNNNN|NYNY"},
    {kCoordinator, kAuthor,    true,  "YYYNYNNNN|NYNY"},
    {kCoordinator, kEditor,    false, "YYYYYYNNN|NYNY"},
    {kCoordinator, kEditor,    true,  "YYYYYYNNN|NYNY"},
    {kCoordinator, kModerator, false, "YYYYYYYYY|NYNY"},
    {kCoordinator, kModerator, true,  "YYYYYYYYY|NYNY"},

    {kAdmin,       kNone,      false, "YYYYYYYYY|YYYY"},
    {kAdmin,       kNone,      true,  "YYYYYYYYY|YYYY"},
    {kAdmin,       kReader,    false, "YYYYYYYYY|YYYY"},
    {kAdmin,       kReader,    true,  "YYYYYYYYY|YYYY"},
    {kAdmin,       kAuthor,    false, "YYYYYYYYY|YYYY"},
    {kAdmin,       kAuthor,    true,  "YYYYYYYYY|YYYY"},
    {kAdmin,       kEditor,    false, "YYYYYYYYY|YYYY"},
    {kAdmin,       kEditor,    true,  "YYYYYYYYY|YYYY"},
    {kAdmin,       kModerator, false, "YYYYYYYYY|YYYY"},
    {kAdmin,       kModerator, true,  "YYYYYYYYY|YYYY"},
}};
// clang-format on

const QString kActorId = QStringLiteral("user-anna");
const QString kOtherId = QStringLiteral("user-bernd");

std::string str(const QString &s) {
    return s.toStdString();
}

std::string levelName(const std::optional<SpaceLevel> &level) {
    return level ? str(toString(*level)) : std::string("none");
}

Actor actorWith(GlobalRole role, AccountStatus status = AccountStatus::Active) {
    return Actor{kActorId, role, status, {}};
}

SpaceContext spaceWith(std::optional<SpaceLevel> level, bool guestVisible, bool archived = false) {
    return SpaceContext{QStringLiteral("space-1"), guestVisible, archived, level};
}

bool isOwn(Action action) {
    return action == Action::EditOwn || action == Action::DeleteOwn;
}

// Asks the policy with the shape the action needs: a space for space actions
// (none for global ones) and, for own-record actions, a record by the actor.
Decision ask(const Actor &actor, Action action, const SpaceContext &space) {
    const RecordContext own{actor.userId};
    if (!isSpaceAction(action))
        return Policy::may(actor, action);
    return Policy::may(actor, action, &space, isOwn(action) ? &own : nullptr);
}

// Allowed decisions carry no reason, denials always one.
void checkReasonConvention(const Decision &d) {
    INFO("reason: " << str(d.reason));
    CHECK(d.allowed == static_cast<bool>(d));
    CHECK(d.reason.isEmpty() == d.allowed);
}

} // namespace

TEST_CASE("policy table: active users in a space that is not archived") {
    std::set<std::tuple<GlobalRole, std::optional<SpaceLevel>, bool>> seen;
    for (const Row &row : kTable) {
        const std::string expected = row.expected;
        INFO("role " << str(toString(row.role)) << ", level " << levelName(row.level)
                     << ", guestVisible " << row.guestVisible);
        REQUIRE(expected.size() == kColumns.size() + 1);
        REQUIRE(expected[9] == '|');
        CHECK(seen.insert({row.role, row.level, row.guestVisible}).second);

        const Actor actor = actorWith(row.role);
        const SpaceContext space = spaceWith(row.level, row.guestVisible);
        for (std::size_t i = 0; i < kColumns.size(); ++i) {
            const Action action = kColumns[i];
            const char flag = expected[i < 9 ? i : i + 1];
            REQUIRE((flag == 'Y' || flag == 'N'));
            const Decision d = ask(actor, action, space);
            INFO("action " << str(toString(action)) << ", expected " << flag << ", reason '"
                           << str(d.reason) << "'");
            CHECK(d.allowed == (flag == 'Y'));
            checkReasonConvention(d);
        }
    }
    CHECK(seen.size() == kRoles.size() * kLevels.size() * 2);
}

TEST_CASE("pending and disabled accounts are denied everything") {
    const auto status = GENERATE(AccountStatus::Pending, AccountStatus::Disabled);
    const std::string reason = status == AccountStatus::Pending
                                   ? "Your account has not been activated yet."
                                   : "Your account is disabled.";
    for (GlobalRole role : kRoles) {
        const Actor actor = actorWith(role, status);
        for (const auto &level : kLevels) {
            for (bool guestVisible : {false, true}) {
                const SpaceContext space = spaceWith(level, guestVisible);
                for (Action action : kAllActions) {
                    INFO("status " << str(toString(status)) << ", role " << str(toString(role))
                                   << ", level " << levelName(level) << ", guestVisible "
                                   << guestVisible << ", action " << str(toString(action)));
                    const Decision d = ask(actor, action, space);
                    CHECK_FALSE(d.allowed);
                    CHECK(str(d.reason) == reason);
                }
            }
        }
        // The account's status is checked before the shape of the call.
        INFO("role " << str(toString(role)));
        CHECK(str(Policy::may(actor, Action::Read).reason) == reason);
    }
}

TEST_CASE("archived spaces: content is frozen for everyone, settings stay manageable") {
    constexpr std::array kWrites{Action::Create,    Action::EditOwn,   Action::EditAny,
                                 Action::DeleteOwn, Action::DeleteAny, Action::PinLock};
    for (GlobalRole role : kRoles) {
        const Actor actor = actorWith(role);
        for (const auto &level : kLevels) {
            for (bool guestVisible : {false, true}) {
                const SpaceContext space = spaceWith(level, guestVisible, true);
                for (Action action : kWrites) {
                    INFO("role " << str(toString(role)) << ", level " << levelName(level)
                                 << ", guestVisible " << guestVisible << ", action "
                                 << str(toString(action)));
                    const Decision d = ask(actor, action, space);
                    CHECK_FALSE(d.allowed);
                    CHECK(str(d.reason) == "This space is archived.");
                }
            }
        }
    }

    SECTION("admins can still read, manage members and unarchive") {
        const Actor admin = actorWith(GlobalRole::Admin);
        for (const auto &level : kLevels) {
            INFO("level " << levelName(level));
            const SpaceContext space = spaceWith(level, false, true);
            CHECK(Policy::may(admin, Action::Read, &space).allowed);
            CHECK(Policy::may(admin, Action::ManageMembers, &space).allowed);
            CHECK(Policy::may(admin, Action::ManageSpace, &space).allowed);
        }
    }
    SECTION("reading, members and settings follow the usual rules") {
        const SpaceContext moderated = spaceWith(SpaceLevel::Moderator, false, true);
        const SpaceContext read = spaceWith(SpaceLevel::Reader, false, true);
        const SpaceContext open = spaceWith(std::nullopt, true, true);
        const SpaceContext closed = spaceWith(std::nullopt, false, true);
        const Actor coordinator = actorWith(GlobalRole::Coordinator);
        const Actor member = actorWith(GlobalRole::Member);
        const Actor guest = actorWith(GlobalRole::Guest);

        CHECK(Policy::may(coordinator, Action::ManageSpace, &moderated).allowed);
        CHECK(Policy::may(coordinator, Action::ManageMembers, &moderated).allowed);
        CHECK(Policy::may(member, Action::ManageMembers, &moderated).allowed);
        CHECK_FALSE(Policy::may(member, Action::ManageSpace, &moderated).allowed);
        CHECK(Policy::may(member, Action::Read, &read).allowed);
        CHECK_FALSE(Policy::may(member, Action::ManageMembers, &read).allowed);
        CHECK(Policy::may(guest, Action::Read, &open).allowed);
        CHECK_FALSE(Policy::may(guest, Action::Read, &closed).allowed);
        CHECK_FALSE(Policy::may(member, Action::Read, &closed).allowed);
    }
}

TEST_CASE("own records: authors change only their own, editors any") {
    const RecordContext mine{kActorId};
    const RecordContext theirs{kOtherId};
    const auto role = GENERATE(GlobalRole::Member, GlobalRole::Coordinator);
    INFO("role " << str(toString(role)));
    const Actor actor = actorWith(role);

    SECTION("author") {
        const SpaceContext space = spaceWith(SpaceLevel::Author, false);
        CHECK(Policy::may(actor, Action::EditOwn, &space, &mine).allowed);
        CHECK(Policy::may(actor, Action::DeleteOwn, &space, &mine).allowed);

        const Decision edit = Policy::may(actor, Action::EditOwn, &space, &theirs);
        CHECK_FALSE(edit.allowed);
        CHECK(str(edit.reason) == "You can only edit your own records.");
        const Decision del = Policy::may(actor, Action::DeleteOwn, &space, &theirs);
        CHECK_FALSE(del.allowed);
        CHECK(str(del.reason) == "You can only delete your own records.");

        const Decision editAny = Policy::may(actor, Action::EditAny, &space, &theirs);
        CHECK_FALSE(editAny.allowed);
        CHECK(str(editAny.reason) == "Needs level editor or higher in this space.");
    }
    SECTION("editor") {
        const SpaceContext space = spaceWith(SpaceLevel::Editor, false);
        CHECK(Policy::may(actor, Action::EditAny, &space, &theirs).allowed);
        CHECK(Policy::may(actor, Action::DeleteAny, &space, &theirs).allowed);
        CHECK(Policy::may(actor, Action::EditAny, &space).allowed);
        // "Own" stays about own records; an editor uses EditAny for others'.
        CHECK_FALSE(Policy::may(actor, Action::EditOwn, &space, &theirs).allowed);
    }
    SECTION("reader: the level is missing before the record is looked at") {
        const SpaceContext space = spaceWith(SpaceLevel::Reader, false);
        const Decision d = Policy::may(actor, Action::EditOwn, &space, &mine);
        CHECK_FALSE(d.allowed);
        CHECK(str(d.reason) == "Needs level author or higher in this space.");
    }
}

TEST_CASE("admins may change anyone's records") {
    const Actor admin = actorWith(GlobalRole::Admin);
    const RecordContext theirs{kOtherId};
    const SpaceContext space = spaceWith(std::nullopt, false);
    CHECK(Policy::may(admin, Action::EditOwn, &space, &theirs).allowed);
    CHECK(Policy::may(admin, Action::DeleteOwn, &space, &theirs).allowed);
}

TEST_CASE("calls of the wrong shape are denied, for admins too") {
    const RecordContext mine{kActorId};
    const SpaceContext space = spaceWith(SpaceLevel::Moderator, true);
    for (GlobalRole role : kRoles) {
        const Actor actor = actorWith(role);
        for (Action action : kAllActions) {
            INFO("role " << str(toString(role)) << ", action " << str(toString(action)));
            if (isSpaceAction(action)) {
                const Decision d = Policy::may(actor, action, nullptr, &mine);
                CHECK_FALSE(d.allowed);
                CHECK(str(d.reason) == "This action needs a space.");
            } else {
                const Decision d = Policy::may(actor, action, &space);
                CHECK_FALSE(d.allowed);
                CHECK(str(d.reason) == "This action does not apply to a space.");
            }
        }
        for (Action action : {Action::EditOwn, Action::DeleteOwn}) {
            INFO("role " << str(toString(role)) << ", action " << str(toString(action)));
            const Decision d = Policy::may(actor, action, &space);
            CHECK_FALSE(d.allowed);
            CHECK(d.reason.contains(QStringLiteral("record")));
        }
        INFO("role " << str(toString(role)));
        const Decision unknown = Policy::may(actor, static_cast<Action>(99), &space);
        CHECK_FALSE(unknown.allowed);
        CHECK_FALSE(unknown.reason.isEmpty());
    }
}

TEST_CASE("denials say why") {
    const Actor guest = actorWith(GlobalRole::Guest);
    const Actor member = actorWith(GlobalRole::Member);
    const Actor coordinator = actorWith(GlobalRole::Coordinator);
    const SpaceContext closed = spaceWith(std::nullopt, false);
    const SpaceContext open = spaceWith(std::nullopt, true);
    const SpaceContext reader = spaceWith(SpaceLevel::Reader, false);
    const SpaceContext author = spaceWith(SpaceLevel::Author, false);
    const SpaceContext editor = spaceWith(SpaceLevel::Editor, false);
    const SpaceContext moderator = spaceWith(SpaceLevel::Moderator, false);
    const auto reason = [](const Decision &d) { return str(d.reason); };

    CHECK(reason(Policy::may(guest, Action::Read, &closed)) == "This space is not open to guests.");
    CHECK(reason(Policy::may(guest, Action::Create, &open)) == "Guests have read-only access.");
    CHECK(reason(Policy::may(member, Action::Read, &closed))
          == "You are not a member of this space.");
    CHECK(reason(Policy::may(member, Action::Create, &open))
          == "You are not a member of this space.");
    CHECK(reason(Policy::may(coordinator, Action::ManageSpace, &closed))
          == "You are not a member of this space.");
    CHECK(reason(Policy::may(member, Action::Create, &reader))
          == "Needs level author or higher in this space.");
    CHECK(reason(Policy::may(member, Action::DeleteAny, &author))
          == "Needs level editor or higher in this space.");
    CHECK(reason(Policy::may(member, Action::PinLock, &editor))
          == "Needs level moderator in this space.");
    CHECK(reason(Policy::may(coordinator, Action::ManageMembers, &editor))
          == "Needs level moderator in this space.");
    CHECK(reason(Policy::may(coordinator, Action::ManageSpace, &editor))
          == "Needs level moderator in this space.");
    CHECK(reason(Policy::may(member, Action::ManageSpace, &moderator))
          == "Only coordinators and admins change a space's settings.");
    CHECK(reason(Policy::may(member, Action::ManageSpace, &reader))
          == "Only coordinators and admins change a space's settings.");

    // Global actions name who may.
    for (const Actor &actor : {guest, member, coordinator}) {
        INFO("role " << str(toString(actor.role)));
        CHECK(reason(Policy::may(actor, Action::ManageUsers)) == "Only admins manage users.");
        CHECK(reason(Policy::may(actor, Action::ReadAuditLog))
              == "Only admins read the audit log.");
    }
    for (const Actor &actor : {guest, member}) {
        INFO("role " << str(toString(actor.role)));
        CHECK(reason(Policy::may(actor, Action::ApproveAccessRequests))
              == "Only coordinators and admins approve access requests.");
        CHECK(reason(Policy::may(actor, Action::CreateSpace))
              == "Only coordinators and admins create spaces.");
    }
}

TEST_CASE("action names are stable and round-trip") {
    const std::array<std::pair<Action, const char *>, 13> names{{
        {Action::Read, "read"},
        {Action::Create, "create"},
        {Action::EditOwn, "edit-own"},
        {Action::EditAny, "edit-any"},
        {Action::DeleteOwn, "delete-own"},
        {Action::DeleteAny, "delete-any"},
        {Action::PinLock, "pin-lock"},
        {Action::ManageMembers, "manage-members"},
        {Action::ManageSpace, "manage-space"},
        {Action::ManageUsers, "manage-users"},
        {Action::ApproveAccessRequests, "approve-access-requests"},
        {Action::ReadAuditLog, "read-audit-log"},
        {Action::CreateSpace, "create-space"},
    }};
    for (const auto &[action, name] : names) {
        INFO("action " << name);
        CHECK(str(toString(action)) == name);
        CHECK(parseAction(QString::fromUtf8(name)) == action);
        CHECK(parseAction(toString(action)) == action);
    }
    for (const char *unknown :
         {"", "Read", "READ", " read", "read ", "edit_own", "editOwn", "unknown", "admin"}) {
        INFO("name '" << unknown << "'");
        CHECK_FALSE(parseAction(QString::fromUtf8(unknown)).has_value());
    }
}

TEST_CASE("space actions and global actions") {
    for (Action action : kAllActions) {
        INFO("action " << str(toString(action)));
        const bool global = action == Action::ManageUsers || action == Action::ApproveAccessRequests
                            || action == Action::ReadAuditLog || action == Action::CreateSpace;
        CHECK(isSpaceAction(action) == !global);
    }
}

// Governance rules (admin.proto): who may change accounts, review access
// requests, grant roles and manage members.

TEST_CASE("account changes: admins only, last active admin stays, nobody changes their own") {
    const Actor admin = actorWith(GlobalRole::Admin);
    const AccountChange demoteOther{kOtherId,
                                    GlobalRole::Coordinator,
                                    GlobalRole::Member,
                                    AccountStatus::Active,
                                    AccountStatus::Active,
                                    false};
    CHECK(Policy::mayChangeAccount(admin, demoteOther).allowed);
    for (const GlobalRole role : {GlobalRole::Guest, GlobalRole::Member, GlobalRole::Coordinator}) {
        INFO("role " << str(toString(role)));
        const Decision d = Policy::mayChangeAccount(actorWith(role), demoteOther);
        CHECK_FALSE(d.allowed);
        CHECK_FALSE(d.precondition);
        checkReasonConvention(d);
        // Raising oneself is refused as well.
        AccountChange raiseSelf{
            kActorId, role, GlobalRole::Admin, AccountStatus::Active, AccountStatus::Active, false};
        CHECK_FALSE(Policy::mayChangeAccount(actorWith(role), raiseSelf).allowed);
    }

    // The last active admin: demoting or disabling is a precondition failure.
    AccountChange lastAdmin{kOtherId,
                            GlobalRole::Admin,
                            GlobalRole::Member,
                            AccountStatus::Active,
                            AccountStatus::Active,
                            true};
    Decision d = Policy::mayChangeAccount(admin, lastAdmin);
    CHECK_FALSE(d.allowed);
    CHECK(d.precondition);
    checkReasonConvention(d);
    lastAdmin.toRole = GlobalRole::Admin;
    lastAdmin.toStatus = AccountStatus::Disabled;
    CHECK(Policy::mayChangeAccount(admin, lastAdmin).precondition);
    lastAdmin.userId = kActorId; // the last admin asking to step down
    CHECK(Policy::mayChangeAccount(admin, lastAdmin).precondition);

    // One's own account, when other admins exist: refused, not a precondition.
    AccountChange self{kActorId,
                       GlobalRole::Admin,
                       GlobalRole::Member,
                       AccountStatus::Active,
                       AccountStatus::Active,
                       false};
    d = Policy::mayChangeAccount(admin, self);
    CHECK_FALSE(d.allowed);
    CHECK_FALSE(d.precondition);
    CHECK_FALSE(
        Policy::mayChangeAccount(actorWith(GlobalRole::Admin, AccountStatus::Disabled), demoteOther)
            .allowed);
}

TEST_CASE("access requests: coordinators review their own municipality's, grant member or guest") {
    Actor coordinator = actorWith(GlobalRole::Coordinator);
    coordinator.municipality = QStringLiteral("Adorf");
    CHECK(Policy::mayReviewRequest(coordinator, QStringLiteral("Adorf")).allowed);
    CHECK(Policy::mayReviewRequest(coordinator, QStringLiteral("ADORF")).allowed);
    for (const QString &other : {QStringLiteral("Bdorf"), QString(), QStringLiteral("Adorf-Süd")}) {
        INFO(str(other));
        const Decision d = Policy::mayReviewRequest(coordinator, other);
        CHECK_FALSE(d.allowed);
        checkReasonConvention(d);
    }
    // A coordinator without a municipality reviews nothing, an admin everything.
    CHECK_FALSE(Policy::mayReviewRequest(actorWith(GlobalRole::Coordinator), QString()).allowed);
    CHECK(Policy::mayReviewRequest(actorWith(GlobalRole::Admin), QStringLiteral("Bdorf")).allowed);
    CHECK(Policy::mayReviewRequest(actorWith(GlobalRole::Admin), QString()).allowed);
    for (const GlobalRole role : {GlobalRole::Guest, GlobalRole::Member}) {
        Actor actor = actorWith(role);
        actor.municipality = QStringLiteral("Adorf");
        CHECK_FALSE(Policy::mayReviewRequest(actor, QStringLiteral("Adorf")).allowed);
    }

    for (const GlobalRole granted : kRoles) {
        INFO("grant " << str(toString(granted)));
        const bool low = granted == GlobalRole::Member || granted == GlobalRole::Guest;
        CHECK(Policy::mayGrantRole(coordinator, granted).allowed == low);
        CHECK(Policy::mayGrantRole(actorWith(GlobalRole::Admin), granted).allowed);
        CHECK_FALSE(Policy::mayGrantRole(actorWith(GlobalRole::Member), granted).allowed);
    }
    // Only active reviewers: a pending or disabled admin or coordinator neither.
    for (const AccountStatus status : {AccountStatus::Pending, AccountStatus::Disabled}) {
        for (const GlobalRole role : {GlobalRole::Admin, GlobalRole::Coordinator}) {
            Actor actor = actorWith(role, status);
            actor.municipality = QStringLiteral("Adorf");
            const Decision review = Policy::mayReviewRequest(actor, QStringLiteral("Adorf"));
            CHECK_FALSE(review.allowed);
            checkReasonConvention(review);
            CHECK_FALSE(Policy::mayGrantRole(actor, GlobalRole::Guest).allowed);
        }
    }
}

TEST_CASE("members: moderators manage their spaces, nobody raises their own level") {
    const SpaceContext moderated = spaceWith(SpaceLevel::Moderator, false);
    const SpaceContext editing = spaceWith(SpaceLevel::Editor, false);
    const SpaceContext foreign = spaceWith(std::nullopt, false);
    const MemberChange add{kOtherId, std::nullopt, SpaceLevel::Editor};
    const MemberChange remove{kOtherId, SpaceLevel::Author, std::nullopt};
    for (const GlobalRole role : {GlobalRole::Member, GlobalRole::Coordinator}) {
        INFO("role " << str(toString(role)));
        const Actor actor = actorWith(role);
        CHECK(Policy::mayChangeMember(actor, moderated, add).allowed);
        CHECK(Policy::mayChangeMember(actor, moderated, remove).allowed);
        CHECK(Policy::mayChangeMember(actor, moderated,
                                      {kOtherId, std::nullopt, SpaceLevel::Moderator})
                  .allowed);
        CHECK_FALSE(Policy::mayChangeMember(actor, editing, add).allowed);
        CHECK_FALSE(Policy::mayChangeMember(actor, foreign, add).allowed);
        checkReasonConvention(Policy::mayChangeMember(actor, foreign, add));
        // Raising oneself: never, not even a moderator adding themselves elsewhere.
        CHECK_FALSE(Policy::mayChangeMember(actor, editing,
                                            {kActorId, SpaceLevel::Editor, SpaceLevel::Moderator})
                        .allowed);
        CHECK_FALSE(
            Policy::mayChangeMember(actor, foreign, {kActorId, std::nullopt, SpaceLevel::Reader})
                .allowed);
        // Stepping down or leaving needs no rights.
        CHECK(Policy::mayChangeMember(actor, editing,
                                      {kActorId, SpaceLevel::Editor, SpaceLevel::Reader})
                  .allowed);
        CHECK(Policy::mayChangeMember(actor, editing, {kActorId, SpaceLevel::Editor, std::nullopt})
                  .allowed);
    }
    // Guests manage nothing; admins everything but their own rise.
    CHECK_FALSE(Policy::mayChangeMember(actorWith(GlobalRole::Guest), moderated, add).allowed);
    const Actor admin = actorWith(GlobalRole::Admin);
    CHECK(Policy::mayChangeMember(admin, foreign, add).allowed);
    CHECK_FALSE(
        Policy::mayChangeMember(admin, foreign, {kActorId, std::nullopt, SpaceLevel::Reader})
            .allowed);
    CHECK_FALSE(Policy::mayChangeMember(actorWith(GlobalRole::Member, AccountStatus::Disabled),
                                        moderated, add)
                    .allowed);

    CHECK(Policy::mayChangeSpaceVisibility(admin).allowed);
    CHECK_FALSE(Policy::mayChangeSpaceVisibility(actorWith(GlobalRole::Coordinator)).allowed);
}
