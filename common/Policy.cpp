// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/Policy.h"

#include <QCoreApplication>
#include <array>
#include <utility>

namespace hn::common {

namespace {

constexpr std::array<std::pair<Action, const char16_t *>, 13> kActions{{
    {Action::Read, u"read"},
    {Action::Create, u"create"},
    {Action::EditOwn, u"edit-own"},
    {Action::EditAny, u"edit-any"},
    {Action::DeleteOwn, u"delete-own"},
    {Action::DeleteAny, u"delete-any"},
    {Action::PinLock, u"pin-lock"},
    {Action::ManageMembers, u"manage-members"},
    {Action::ManageSpace, u"manage-space"},
    {Action::ManageUsers, u"manage-users"},
    {Action::ApproveAccessRequests, u"approve-access-requests"},
    {Action::ReadAuditLog, u"read-audit-log"},
    {Action::CreateSpace, u"create-space"},
}};

bool isKnown(Action action) {
    for (const auto &entry : kActions) {
        if (entry.first == action)
            return true;
    }
    return false;
}

Decision allow() {
    return {true, {}};
}

// Reasons are marked with QT_TRANSLATE_NOOP so lupdate finds them for the
// desktop client's and the console's translations; they are translated here.
Decision deny(const char *sourceText) {
    return {false, QCoreApplication::translate("hn::common::Policy", sourceText)};
}

// A decision that lets the next rule group decide.
using Verdict = std::optional<Decision>;

bool isOwnAction(Action action) {
    return action == Action::EditOwn || action == Action::DeleteOwn;
}

// Actions that change a space's content; denied for everyone in an archived space.
bool isContentWrite(Action action) {
    switch (action) {
    case Action::Create:
    case Action::EditOwn:
    case Action::EditAny:
    case Action::DeleteOwn:
    case Action::DeleteAny:
    case Action::PinLock:
        return true;
    default:
        return false;
    }
}

// The lowest level a member needs for a space action other than Read.
SpaceLevel levelNeeded(Action action) {
    switch (action) {
    case Action::Create:
    case Action::EditOwn:
    case Action::DeleteOwn:
        return SpaceLevel::Author;
    case Action::EditAny:
    case Action::DeleteAny:
        return SpaceLevel::Editor;
    default:
        return SpaceLevel::Moderator;
    }
}

// One literal per level so translators see whole sentences.
Decision denyLevel(SpaceLevel needed) {
    switch (needed) {
    case SpaceLevel::Reader:
        return deny(
            QT_TRANSLATE_NOOP("hn::common::Policy", "Needs level reader or higher in this space."));
    case SpaceLevel::Author:
        return deny(
            QT_TRANSLATE_NOOP("hn::common::Policy", "Needs level author or higher in this space."));
    case SpaceLevel::Editor:
        return deny(
            QT_TRANSLATE_NOOP("hn::common::Policy", "Needs level editor or higher in this space."));
    case SpaceLevel::Moderator:
        return deny(
            QT_TRANSLATE_NOOP("hn::common::Policy", "Needs level moderator in this space."));
    }
    return deny(QT_TRANSLATE_NOOP("hn::common::Policy", "Needs a higher level in this space."));
}

// Rule 1: only active accounts may do anything.
Verdict checkStatus(const Actor &actor) {
    switch (actor.status) {
    case AccountStatus::Active:
        return std::nullopt;
    case AccountStatus::Pending:
        return deny(
            QT_TRANSLATE_NOOP("hn::common::Policy", "Your account has not been activated yet."));
    case AccountStatus::Disabled:
        return deny(QT_TRANSLATE_NOOP("hn::common::Policy", "Your account is disabled."));
    }
    return deny(QT_TRANSLATE_NOOP("hn::common::Policy", "Your account is disabled."));
}

// Rule 2: the call must fit the action.
Verdict checkShape(Action action, const SpaceContext *space, const RecordContext *record) {
    if (!isKnown(action))
        return deny(QT_TRANSLATE_NOOP("hn::common::Policy", "Unknown action."));
    if (isSpaceAction(action) && space == nullptr)
        return deny(QT_TRANSLATE_NOOP("hn::common::Policy", "This action needs a space."));
    if (!isSpaceAction(action) && space != nullptr)
        return deny(
            QT_TRANSLATE_NOOP("hn::common::Policy", "This action does not apply to a space."));
    if (isOwnAction(action) && record == nullptr)
        return deny(QT_TRANSLATE_NOOP("hn::common::Policy",
                                      "This action needs a record to tell whose it is."));
    return std::nullopt;
}

// Rule 3: an archived space is frozen for everyone, admins included; its
// settings and members can still be managed (so it can be unarchived).
Verdict checkArchived(Action action, const SpaceContext *space) {
    if (space != nullptr && space->archived && isContentWrite(action))
        return deny(QT_TRANSLATE_NOOP("hn::common::Policy", "This space is archived."));
    return std::nullopt;
}

// Reviewing access requests: an active admin may review any; an active
// coordinator is decided on by the caller's further rules; the answer for
// everyone else is final. Returns the final answer, if any.
Verdict checkReviewer(const Actor &actor) {
    if (Verdict v = checkStatus(actor))
        return v;
    if (actor.role == GlobalRole::Admin)
        return allow();
    if (actor.role != GlobalRole::Coordinator)
        return deny(QT_TRANSLATE_NOOP("hn::common::Policy",
                                      "Only coordinators and admins approve access requests."));
    return std::nullopt;
}

// Rule 5: platform-wide actions depend on the global role alone.
Decision decideGlobal(GlobalRole role, Action action) {
    const bool coordinator = role == GlobalRole::Coordinator;
    switch (action) {
    case Action::ManageUsers:
        return deny(QT_TRANSLATE_NOOP("hn::common::Policy", "Only admins manage users."));
    case Action::ReadAuditLog:
        return deny(QT_TRANSLATE_NOOP("hn::common::Policy", "Only admins read the audit log."));
    case Action::ApproveAccessRequests:
        return coordinator ? allow()
                           : deny(QT_TRANSLATE_NOOP(
                               "hn::common::Policy",
                               "Only coordinators and admins approve access requests."));
    case Action::CreateSpace:
        return coordinator ? allow()
                           : deny(QT_TRANSLATE_NOOP("hn::common::Policy",
                                                    "Only coordinators and admins create spaces."));
    default:
        return deny(QT_TRANSLATE_NOOP("hn::common::Policy", "Unknown action."));
    }
}

// Rule 6: guests read spaces open to guests, nothing else.
Decision decideGuest(Action action, const SpaceContext &space) {
    if (action != Action::Read)
        return deny(QT_TRANSLATE_NOOP("hn::common::Policy", "Guests have read-only access."));
    if (!space.guestVisible)
        return deny(QT_TRANSLATE_NOOP("hn::common::Policy", "This space is not open to guests."));
    return allow();
}

// Rule 7: members and coordinators act by their level in the space.
Decision decideMember(const Actor &actor, Action action, const SpaceContext &space,
                      const RecordContext *record) {
    if (action == Action::Read) {
        if (space.level || space.guestVisible)
            return allow();
        return deny(QT_TRANSLATE_NOOP("hn::common::Policy", "You are not a member of this space."));
    }
    if (!space.level)
        return deny(QT_TRANSLATE_NOOP("hn::common::Policy", "You are not a member of this space."));
    if (action == Action::ManageSpace && actor.role != GlobalRole::Coordinator)
        return deny(QT_TRANSLATE_NOOP("hn::common::Policy",
                                      "Only coordinators and admins change a space's settings."));
    const SpaceLevel needed = levelNeeded(action);
    if (*space.level < needed)
        return denyLevel(needed);
    if (isOwnAction(action) && record->createdBy != actor.userId) {
        return action == Action::EditOwn
                   ? deny(QT_TRANSLATE_NOOP("hn::common::Policy",
                                            "You can only edit your own records."))
                   : deny(QT_TRANSLATE_NOOP("hn::common::Policy",
                                            "You can only delete your own records."));
    }
    return allow();
}

} // namespace

QString toString(Action action) {
    for (const auto &[value, name] : kActions) {
        if (value == action)
            return QString::fromUtf16(name);
    }
    return QStringLiteral("unknown");
}

std::optional<Action> parseAction(const QString &name) {
    for (const auto &[value, text] : kActions) {
        if (name == QString::fromUtf16(text))
            return value;
    }
    return std::nullopt;
}

bool isSpaceAction(Action action) {
    switch (action) {
    case Action::ManageUsers:
    case Action::ApproveAccessRequests:
    case Action::ReadAuditLog:
    case Action::CreateSpace:
        return false;
    default:
        return true;
    }
}

Decision Policy::mayChangeAccount(const Actor &actor, const AccountChange &change) {
    if (Verdict v = checkStatus(actor))
        return *v;
    if (actor.role != GlobalRole::Admin)
        return deny(QT_TRANSLATE_NOOP("hn::common::Policy", "Only admins manage users."));
    // Before the rule on one's own account: it is the one way the last
    // admin can be asked to step down, and the more useful answer.
    const bool staysActiveAdmin =
        change.toRole == GlobalRole::Admin && change.toStatus == AccountStatus::Active;
    if (change.lastActiveAdmin && !staysActiveAdmin) {
        Decision refused = deny(QT_TRANSLATE_NOOP(
            "hn::common::Policy", "This is the last active admin; make someone else admin first."));
        refused.precondition = true;
        return refused;
    }
    if (change.userId == actor.userId)
        return deny(
            QT_TRANSLATE_NOOP("hn::common::Policy",
                              "Nobody can change their own role or status; ask another admin."));
    return allow();
}

Decision Policy::mayReviewRequest(const Actor &actor, const QString &municipality) {
    if (Verdict v = checkReviewer(actor))
        return *v;
    if (actor.municipality.isEmpty())
        return deny(QT_TRANSLATE_NOOP(
            "hn::common::Policy",
            "Your account has no municipality, so you review no access requests."));
    if (municipality.compare(actor.municipality, Qt::CaseInsensitive) != 0)
        return deny(QT_TRANSLATE_NOOP(
            "hn::common::Policy",
            "Coordinators review only the access requests of their own municipality."));
    return allow();
}

Decision Policy::mayGrantRole(const Actor &actor, GlobalRole role) {
    if (Verdict v = checkReviewer(actor))
        return *v;
    if (role != GlobalRole::Member && role != GlobalRole::Guest)
        return deny(QT_TRANSLATE_NOOP("hn::common::Policy",
                                      "Coordinators grant only the roles member and guest."));
    return allow();
}

Decision Policy::mayChangeMember(const Actor &actor, const SpaceContext &space,
                                 const MemberChange &change) {
    if (Verdict v = checkStatus(actor))
        return *v;
    const bool own = change.userId == actor.userId;
    const bool raises = change.to && (!change.from || *change.to > *change.from);
    if (own && raises)
        return deny(
            QT_TRANSLATE_NOOP("hn::common::Policy",
                              "Nobody can raise their own level; ask a moderator or an admin."));
    if (actor.role == GlobalRole::Admin)
        return allow();
    // Leaving a space or stepping down needs no rights.
    if (own && !raises)
        return allow();
    const Decision manage = may(actor, Action::ManageMembers, &space);
    if (!manage)
        return manage;
    // A moderator is the highest level, so this only bites if levels grow.
    if ((change.to && space.level && *change.to > *space.level)
        || (change.from && space.level && *change.from > *space.level))
        return deny(QT_TRANSLATE_NOOP("hn::common::Policy",
                                      "You cannot grant or change a level above your own."));
    return allow();
}

Decision Policy::mayChangeSpaceVisibility(const Actor &actor) {
    if (Verdict v = checkStatus(actor))
        return *v;
    if (actor.role != GlobalRole::Admin)
        return deny(QT_TRANSLATE_NOOP("hn::common::Policy",
                                      "Only admins archive spaces or open them to guests."));
    return allow();
}

Decision Policy::may(const Actor &actor, Action action, const SpaceContext *space,
                     const RecordContext *record) {
    if (Verdict v = checkStatus(actor))
        return *v;
    if (Verdict v = checkShape(action, space, record))
        return *v;
    if (Verdict v = checkArchived(action, space))
        return *v;
    if (actor.role == GlobalRole::Admin)
        return allow();
    if (!isSpaceAction(action))
        return decideGlobal(actor.role, action);
    // checkShape guarantees a space from here on.
    if (actor.role == GlobalRole::Guest)
        return decideGuest(action, *space);
    return decideMember(actor, action, *space, record);
}

} // namespace hn::common
