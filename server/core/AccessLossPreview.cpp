// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/core/AccessLossPreview.h"

#include "common/Bucket.h"
#include "server/core/Permissions.h"
#include "server/store/RecordStore.h"
#include "server/store/SpaceStore.h"

namespace hn::server {

using common::Action;

common::AccessLoss
AccessLossPreview::compute(QSqlDatabase db, const common::User &user, common::GlobalRole role,
                           const QHash<QString, std::optional<common::SpaceLevel>> &levels) {
    const common::Actor before{user.id, user.role, common::AccountStatus::Active,
                               user.municipality};
    common::Actor after = before;
    after.role = role;

    common::AccessLoss loss;
    for (const Action action : Permissions::globalActions()) {
        if (common::Policy::may(before, action) && !common::Policy::may(after, action))
            loss.globalActions.append(action);
    }

    SpaceStore spaces(db);
    QHash<QString, common::SpaceLevel> current;
    for (const common::Membership &m : spaces.membershipsOfUser(user.id))
        current.insert(m.spaceId, m.level);

    std::optional<QHash<QString, qint64>> counts;
    std::optional<QHash<QString, qint64>> ownCounts;
    RecordStore records(db);
    for (const common::Space &space : spaces.list()) {
        common::SpaceContext was{space.id, space.guestVisible, space.archived, std::nullopt};
        if (const auto it = current.constFind(space.id); it != current.cend())
            was.level = it.value();
        common::SpaceContext will = was;
        if (const auto it = levels.constFind(space.id); it != levels.cend())
            will.level = it.value();

        const QList<Action> had = Permissions::actionsIn(before, was);
        const QList<Action> keeps = Permissions::actionsIn(after, will);
        common::SpaceAccessLoss lost{space.id, space.name, {}, false, 0, 0};
        for (const Action action : had) {
            if (!keeps.contains(action))
                lost.actions.append(action);
        }
        if (lost.actions.isEmpty())
            continue;
        if (!counts) {
            counts = records.liveCounts();
            ownCounts = records.liveCountsCreatedBy(user.id);
        }
        const QString bucket = common::Bucket::forSpace(space.id);
        lost.losesRead = lost.actions.contains(Action::Read);
        lost.recordCount = counts->value(bucket);
        lost.ownRecordCount = ownCounts->value(bucket);
        loss.spaces.append(lost);
    }
    return loss;
}

} // namespace hn::server
