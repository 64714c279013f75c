// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Roles.h"

#include <QString>
#include <optional>

namespace hn::common {

// Everything a person can try to do. Space actions need a space; global
// actions (ManageUsers, ApproveAccessRequests, ReadAuditLog, CreateSpace)
// take none.
enum class Action {
    Read,
    Create,
    EditOwn,
    EditAny,
    DeleteOwn,
    DeleteAny,
    PinLock,
    ManageMembers,
    ManageSpace,
    ManageUsers,
    ApproveAccessRequests,
    ReadAuditLog,
    CreateSpace,
};

QString toString(Action action);
std::optional<Action> parseAction(const QString &name);
// Whether the action is about one space (true) or the whole platform.
bool isSpaceAction(Action action);

// Who is asking: the facts of their account the policy decides on.
struct Actor {
    QString userId;
    GlobalRole role = GlobalRole::Guest;
    AccountStatus status = AccountStatus::Pending;
    // Coordinators review the access requests of this municipality only.
    QString municipality;
};

// The space an action happens in, as seen by the actor.
struct SpaceContext {
    QString spaceId;
    bool guestVisible = false;
    bool archived = false;
    // The actor's level in this space; nullopt when not a member.
    std::optional<SpaceLevel> level;
};

// The record an action is applied to, for own-vs-any decisions.
struct RecordContext {
    QString createdBy; // user id of the record's author
};

// The answer: allowed or not, and why (shown to people as a tooltip, sent
// as the PERMISSION_DENIED message, written to logs). Reasons are
// translatable (context "hn::common::Policy").
struct Decision {
    bool allowed = false;
    QString reason;
    // Refused because of the platform's state (the last active admin),
    // not because of who asks: FAILED_PRECONDITION rather than
    // PERMISSION_DENIED on the wire.
    bool precondition = false;
    explicit operator bool() const { return allowed; }
};

// A change of someone's global role or account status.
struct AccountChange {
    QString userId;
    GlobalRole fromRole = GlobalRole::Guest;
    GlobalRole toRole = GlobalRole::Guest;
    AccountStatus fromStatus = AccountStatus::Active;
    AccountStatus toStatus = AccountStatus::Active;
    // The account is the only active admin right now.
    bool lastActiveAdmin = false;
};

// A change of someone's membership in a space: added (no `from`), level
// changed, or removed (no `to`).
struct MemberChange {
    QString userId;
    std::optional<SpaceLevel> from;
    std::optional<SpaceLevel> to;
};

// The one access policy of Helfernetz (DESIGN.md, Access). The server asks
// it on every RPC and for every record of the sync feed; the client asks it
// only to enable or disable controls. Pure: no I/O, no clock.
class Policy {
public:
    // Space actions need `space`; passing none for them is denied (with a
    // reason saying so), as is passing one for a global action. EditOwn and
    // DeleteOwn need `record` to tell whose record it is.
    static Decision may(const Actor &actor, Action action, const SpaceContext *space = nullptr,
                        const RecordContext *record = nullptr);

    // Governance (admin.proto). Admins may do all of it, except that nobody
    // changes their own role or status, nobody raises their own level, and
    // the last active admin can be neither demoted nor disabled
    // (precondition).
    //
    // Changing a user's role or status (ManageUsers, plus the rules above).
    static Decision mayChangeAccount(const Actor &actor, const AccountChange &change);
    // Approving or rejecting an access request of `municipality`:
    // coordinators only those of their own municipality (case-insensitive).
    static Decision mayReviewRequest(const Actor &actor, const QString &municipality);
    // Giving a new account `role` (approving a request): coordinators grant
    // only member or guest.
    static Decision mayGrantRole(const Actor &actor, GlobalRole role);
    // Adding, re-levelling or removing a member of `space` (as the actor
    // sees it): the space's moderators, never above their own level.
    static Decision mayChangeMember(const Actor &actor, const SpaceContext &space,
                                    const MemberChange &change);
    // Archiving a space or opening it to guests: admins only.
    static Decision mayChangeSpaceVisibility(const Actor &actor);
};

} // namespace hn::common
