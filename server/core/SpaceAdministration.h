// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Clock.h"
#include "common/SpaceSummary.h"
#include "server/core/Caller.h"

#include <QSqlDatabase>

namespace hn::server {

class ChangeNotifier;
class Database;

// Spaces as admins and coordinators manage them (admin.proto, spaces ...).
// Creating needs CreateSpace (a coordinator becomes the new space's
// moderator), renaming ManageSpace in that space, archiving and guest
// visibility are the admins' (policy: mayChangeSpaceVisibility). Each change
// is audited with before and after, and published after the commit: the
// space's bucket moved, and everyone's access may have changed.
class SpaceAdministration {
public:
    SpaceAdministration(Database &database, const common::Clock &clock, ChangeNotifier *notifier);

    // Admins see every space, others the spaces they may read; ordered by
    // kind, then name.
    QList<common::SpaceSummary> list(const Caller &caller, bool includeArchived);
    // `space`: name, description, kind, guest visibility (validated).
    common::SpaceSummary create(const Caller &caller, const common::Space &space);
    common::SpaceSummary rename(const Caller &caller, const QString &spaceId, const QString &name);
    common::SpaceSummary setArchived(const Caller &caller, const QString &spaceId, bool archived);
    common::SpaceSummary setGuestVisible(const Caller &caller, const QString &spaceId,
                                         bool guestVisible);

    // Every space with its figures (also for the server's statistics).
    static QList<common::SpaceSummary> summaries(QSqlDatabase db);

private:
    common::SpaceSummary change(const Caller &caller, const QString &spaceId, const QString &action,
                                const std::function<void(common::Space &)> &apply);

    Database &m_database;
    const common::Clock &m_clock;
    ChangeNotifier *m_notifier;
};

} // namespace hn::server
