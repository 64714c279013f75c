// SPDX-License-Identifier: GPL-3.0-or-later
#include "client/ui/shell/Permissions.h"

#include "client/core/Replica.h"
#include "common/Bucket.h"
#include "common/Roles.h"

#include <QCoreApplication>

namespace hn::client {

using common::Action;
using common::Decision;

Permissions::Permissions(common::Actor actor, QHash<QString, common::SpaceContext> spaces)
    : m_actor(std::move(actor))
    , m_spaces(std::move(spaces)) {}

Permissions Permissions::fromReplica(Replica &replica, const common::User &user) {
    common::Actor actor{user.id, user.role, user.status, user.municipality};
    QHash<QString, common::SpaceContext> spaces;
    for (const common::Record &space : replica.records(common::EntityType::Space)) {
        common::SpaceContext context;
        context.spaceId = space.meta.id;
        context.guestVisible = space.fields.value(QStringLiteral("guest_visible")).toBool();
        context.archived = space.fields.value(QStringLiteral("archived")).toBool();
        spaces.insert(space.meta.id, context);
    }
    for (const common::Record &membership : replica.records(common::EntityType::Membership)) {
        if (membership.fields.value(QStringLiteral("user_id")).toString() != user.id)
            continue;
        const auto it = spaces.find(membership.meta.spaceId);
        if (it == spaces.end())
            continue;
        it->level =
            common::parseSpaceLevel(membership.fields.value(QStringLiteral("level")).toString());
    }
    return Permissions(std::move(actor), std::move(spaces));
}

const common::SpaceContext *Permissions::space(const QString &spaceId) const {
    const auto it = m_spaces.constFind(spaceId);
    return it == m_spaces.cend() ? nullptr : &it.value();
}

Decision Permissions::may(Action action, const QString &spaceId) const {
    const common::SpaceContext *context = space(spaceId);
    if (!context) {
        return Decision{false,
                        QCoreApplication::translate("hn::client::Permissions",
                                                    "This area is not available on this device."),
                        false};
    }
    return common::Policy::may(m_actor, action, context);
}

Decision Permissions::mayCreate(const QString &spaceId) const {
    return may(Action::Create, spaceId);
}

Decision Permissions::ownOrAny(Action own, Action any, const common::Record &record) const {
    const common::SpaceContext *context = space(record.meta.spaceId);
    if (!context)
        return may(any, record.meta.spaceId);
    const Decision anyDecision = common::Policy::may(m_actor, any, context);
    if (anyDecision)
        return anyDecision;
    const common::RecordContext mine{record.meta.createdBy};
    // A record created on this device and not yet synced has no author yet.
    if (mine.createdBy.isEmpty() || mine.createdBy == m_actor.userId) {
        const common::RecordContext self{m_actor.userId};
        return common::Policy::may(m_actor, own, context, &self);
    }
    return anyDecision;
}

Decision Permissions::mayEdit(const common::Record &record) const {
    return ownOrAny(Action::EditOwn, Action::EditAny, record);
}

Decision Permissions::mayDelete(const common::Record &record) const {
    return ownOrAny(Action::DeleteOwn, Action::DeleteAny, record);
}

QStringList Permissions::writableSpaceIds() const {
    QStringList ids;
    for (auto it = m_spaces.cbegin(); it != m_spaces.cend(); ++it) {
        if (common::Policy::may(m_actor, Action::Create, &it.value()))
            ids.append(it.key());
    }
    return ids;
}

bool Permissions::isReadOnly() const {
    return m_actor.role == common::GlobalRole::Guest || writableSpaceIds().isEmpty();
}

} // namespace hn::client
