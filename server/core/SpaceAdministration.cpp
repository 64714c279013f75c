// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/core/SpaceAdministration.h"

#include "common/Bucket.h"
#include "common/Error.h"
#include "server/core/ChangePublication.h"
#include "server/core/Permissions.h"
#include "server/core/PolicyGate.h"
#include "server/store/AuditLog.h"
#include "server/store/Database.h"
#include "server/store/RecordStore.h"
#include "server/store/SpaceStore.h"

#include <QUuid>
#include <algorithm>

namespace hn::server {

using common::Error;
using common::Space;

namespace {

QJsonObject describe(const Space &space) {
    return {{QStringLiteral("name"), space.name},
            {QStringLiteral("description"), space.description},
            {QStringLiteral("kind"), common::toString(space.kind)},
            {QStringLiteral("guest_visible"), space.guestVisible},
            {QStringLiteral("archived"), space.archived}};
}

// The summaries of `spaces`, with the counts of one query each for all of
// them, so a single space and the list count alike.
QList<common::SpaceSummary> summariesOf(QSqlDatabase db, const QList<Space> &spaces) {
    const QHash<QString, qint64> members = SpaceStore(db).memberCounts();
    const QHash<QString, qint64> records = RecordStore(db).liveCounts();
    RecordStore store(db);
    QList<common::SpaceSummary> all;
    all.reserve(spaces.size());
    for (const Space &space : spaces) {
        common::SpaceSummary summary;
        summary.space = space;
        if (const auto stored = store.find(space.id))
            summary.meta = stored->record.meta;
        summary.memberCount = members.value(space.id);
        summary.recordCount = records.value(common::Bucket::forSpace(space.id));
        all.append(summary);
    }
    return all;
}

common::SpaceSummary summaryOf(QSqlDatabase db, const Space &space) {
    return summariesOf(db, {space}).constFirst();
}

} // namespace

SpaceAdministration::SpaceAdministration(Database &database, const common::Clock &clock,
                                         ChangeNotifier *notifier)
    : m_database(database)
    , m_clock(clock)
    , m_notifier(notifier) {}

QList<common::SpaceSummary> SpaceAdministration::summaries(QSqlDatabase db) {
    QList<common::SpaceSummary> all = summariesOf(db, SpaceStore(db).list());
    std::stable_sort(all.begin(), all.end(), [](const auto &a, const auto &b) {
        if (a.space.kind != b.space.kind)
            return a.space.kind < b.space.kind;
        return a.space.name.localeAwareCompare(b.space.name) < 0;
    });
    return all;
}

QList<common::SpaceSummary> SpaceAdministration::list(const Caller &caller, bool includeArchived) {
    QList<common::SpaceSummary> visible;
    m_database.read([&](QSqlDatabase &db) {
        for (const common::SpaceSummary &summary : summaries(db)) {
            if (summary.space.archived && !includeArchived)
                continue;
            const common::SpaceContext context =
                Permissions::contextFor(db, summary.space, caller.user.id);
            if (common::Policy::may(caller.actor(), common::Action::Read, &context))
                visible.append(summary);
        }
    });
    return visible;
}

common::SpaceSummary SpaceAdministration::create(const Caller &caller, const Space &draft) {
    enforce(common::Policy::may(caller.actor(), common::Action::CreateSpace));
    common::SpaceSummary created;
    ChangePublication publication;
    m_database.write([&](QSqlDatabase &db) {
        Space space = draft;
        space.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        space.archived = false;
        space.createdAt = m_clock.now();
        space.createdBy = caller.user.id;
        SpaceStore spaces(db);
        spaces.insert(space);
        // A coordinator who creates a space must be able to run it; admins
        // can anyway.
        if (caller.user.role != common::GlobalRole::Admin) {
            spaces.setMembership({space.id, caller.user.id, common::SpaceLevel::Moderator,
                                  space.createdAt, caller.user.id});
        }
        AuditLog(db).append(
            caller.auditEntry(QStringLiteral("space.create"), QStringLiteral("space"), space.id,
                              QJsonObject{{QStringLiteral("before"), QJsonValue()},
                                          {QStringLiteral("after"), describe(space)}},
                              space.createdAt));
        created = summaryOf(db, space);
        publication.buckets.insert(common::Bucket::forSpace(space.id));
        publication.headSeq = RecordStore(db).headSeq();
        publication.accessChangedForAll = true;
    });
    publication.publish(m_notifier);
    return created;
}

common::SpaceSummary SpaceAdministration::rename(const Caller &caller, const QString &spaceId,
                                                 const QString &name) {
    return change(caller, spaceId, QStringLiteral("space.rename"),
                  [&](Space &space) { space.name = name; });
}

common::SpaceSummary SpaceAdministration::setArchived(const Caller &caller, const QString &spaceId,
                                                      bool archived) {
    enforce(common::Policy::mayChangeSpaceVisibility(caller.actor()));
    return change(caller, spaceId, QStringLiteral("space.set_archived"),
                  [&](Space &space) { space.archived = archived; });
}

common::SpaceSummary SpaceAdministration::setGuestVisible(const Caller &caller,
                                                          const QString &spaceId,
                                                          bool guestVisible) {
    enforce(common::Policy::mayChangeSpaceVisibility(caller.actor()));
    return change(caller, spaceId, QStringLiteral("space.set_guest_visible"),
                  [&](Space &space) { space.guestVisible = guestVisible; });
}

common::SpaceSummary SpaceAdministration::change(const Caller &caller, const QString &spaceId,
                                                 const QString &action,
                                                 const std::function<void(Space &)> &apply) {
    common::SpaceSummary changed;
    ChangePublication publication;
    m_database.write([&](QSqlDatabase &db) {
        SpaceStore spaces(db);
        const std::optional<Space> before = spaces.findById(spaceId);
        if (!before)
            throw Error::notFound(QStringLiteral("no space with id %1").arg(spaceId));
        const common::SpaceContext context = Permissions::contextFor(db, *before, caller.user.id);
        enforce(common::Policy::may(caller.actor(), common::Action::ManageSpace, &context));
        Space after = *before;
        apply(after);
        const QDateTime now = m_clock.now();
        spaces.update(after, {caller.user.id, now});
        AuditLog(db).append(
            caller.auditEntry(action, QStringLiteral("space"), spaceId,
                              QJsonObject{{QStringLiteral("before"), describe(*before)},
                                          {QStringLiteral("after"), describe(after)}},
                              now));
        changed = summaryOf(db, after);
        publication.buckets.insert(common::Bucket::forSpace(spaceId));
        publication.headSeq = RecordStore(db).headSeq();
        // Guest visibility and archiving change what people may do there.
        publication.accessChangedForAll =
            before->guestVisible != after.guestVisible || before->archived != after.archived;
    });
    publication.publish(m_notifier);
    return changed;
}

} // namespace hn::server
