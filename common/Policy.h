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
    explicit operator bool() const { return allowed; }
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
};

} // namespace hn::common
