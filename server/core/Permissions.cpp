// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/core/Permissions.h"

#include "server/store/SpaceStore.h"

namespace hn::server {

using common::Action;

namespace {

constexpr Action kGlobalActions[] = {Action::ManageUsers, Action::ApproveAccessRequests,
                                     Action::ReadAuditLog, Action::CreateSpace};
constexpr Action kSpaceActions[] = {Action::Read,    Action::Create,        Action::EditOwn,
                                    Action::EditAny, Action::DeleteOwn,     Action::DeleteAny,
                                    Action::PinLock, Action::ManageMembers, Action::ManageSpace};

} // namespace

const QList<Action> &Permissions::globalActions() {
    static const QList<Action> kList(std::begin(kGlobalActions), std::end(kGlobalActions));
    return kList;
}

const QList<Action> &Permissions::spaceActions() {
    static const QList<Action> kList(std::begin(kSpaceActions), std::end(kSpaceActions));
    return kList;
}

common::SpaceContext Permissions::contextFor(QSqlDatabase db, const common::Space &space,
                                             const QString &userId) {
    const auto own = SpaceStore(db).membership(space.id, userId);
    return {space.id, space.guestVisible, space.archived,
            own ? std::optional(own->level) : std::nullopt};
}

QList<Action> Permissions::actionsIn(const common::Actor &actor,
                                     const common::SpaceContext &space) {
    const common::RecordContext ownRecord{actor.userId};
    QList<Action> actions;
    for (const Action action : kSpaceActions) {
        if (common::Policy::may(actor, action, &space, &ownRecord))
            actions.append(action);
    }
    return actions;
}

common::Identity Permissions::identityOf(QSqlDatabase db, const common::User &user) {
    const common::Actor actor{user.id, user.role, user.status, user.municipality};
    common::Identity identity;
    identity.user = user;
    for (const Action action : kGlobalActions) {
        if (common::Policy::may(actor, action))
            identity.globalActions.append(action);
    }

    SpaceStore spaces(db);
    QHash<QString, common::SpaceLevel> levels;
    for (const common::Membership &m : spaces.membershipsOfUser(user.id))
        levels.insert(m.spaceId, m.level);

    // "Own" actions are reported for a record the user created.
    const common::RecordContext ownRecord{user.id};
    for (const common::Space &space : spaces.list()) {
        common::SpaceContext context{space.id, space.guestVisible, space.archived, std::nullopt};
        if (const auto it = levels.constFind(space.id); it != levels.cend())
            context.level = it.value();
        if (!common::Policy::may(actor, Action::Read, &context))
            continue;
        common::SpacePermissions permissions{space, context.level, {}};
        for (const Action action : kSpaceActions) {
            if (common::Policy::may(actor, action, &context, &ownRecord))
                permissions.actions.append(action);
        }
        identity.spaces.append(std::move(permissions));
    }
    return identity;
}

} // namespace hn::server
