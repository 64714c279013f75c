// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/core/MembershipAdministration.h"

#include "common/Bucket.h"
#include "common/Error.h"
#include "server/core/AccessLossPreview.h"
#include "server/core/ChangePublication.h"
#include "server/core/Permissions.h"
#include "server/core/PolicyGate.h"
#include "server/store/AuditLog.h"
#include "server/store/Database.h"
#include "server/store/RecordMirror.h"
#include "server/store/RecordStore.h"
#include "server/store/SpaceStore.h"
#include "server/store/UserStore.h"

#include <algorithm>

namespace hn::server {

using common::Error;
using common::SpaceLevel;

namespace {

common::Space spaceOrThrow(QSqlDatabase db, const QString &spaceId) {
    const std::optional<common::Space> space = SpaceStore(db).findById(spaceId);
    if (!space)
        throw Error::notFound(QStringLiteral("no space with id %1").arg(spaceId));
    return *space;
}

common::Member memberOf(QSqlDatabase db, const common::Membership &membership,
                        const common::User &user) {
    common::Member member;
    member.membership = membership;
    member.user = user;
    if (const auto stored =
            RecordStore(db).find(RecordMirror::membershipId(membership.spaceId, membership.userId)))
        member.meta = stored->record.meta;
    return member;
}

QJsonValue levelJson(const std::optional<SpaceLevel> &level) {
    return level ? QJsonValue(common::toString(*level)) : QJsonValue();
}

} // namespace

MembershipAdministration::MembershipAdministration(Database &database, const common::Clock &clock,
                                                   ChangeNotifier *notifier)
    : m_database(database)
    , m_clock(clock)
    , m_notifier(notifier) {}

QList<common::Member> MembershipAdministration::list(const Caller &caller, const QString &spaceId) {
    QList<common::Member> members;
    m_database.read([&](QSqlDatabase &db) {
        const common::Space space = spaceOrThrow(db, spaceId);
        const common::SpaceContext context = Permissions::contextFor(db, space, caller.user.id);
        enforce(common::Policy::may(caller.actor(), common::Action::ManageMembers, &context));
        UserStore users(db);
        for (const common::Membership &m : SpaceStore(db).membersOfSpace(spaceId)) {
            if (const auto user = users.findById(m.userId))
                members.append(memberOf(db, m, *user));
        }
    });
    std::stable_sort(members.begin(), members.end(), [](const auto &a, const auto &b) {
        if (a.membership.level != b.membership.level)
            return a.membership.level > b.membership.level;
        return a.user.displayName.localeAwareCompare(b.user.displayName) < 0;
    });
    return members;
}

common::Member MembershipAdministration::add(const Caller &caller, const QString &spaceId,
                                             const UserKey &key, SpaceLevel level) {
    return change(caller, spaceId, key, level, false, false).member;
}

MemberChangeResult MembershipAdministration::setLevel(const Caller &caller, const QString &spaceId,
                                                      const UserKey &key, SpaceLevel level,
                                                      bool dryRun) {
    return change(caller, spaceId, key, level, true, dryRun);
}

common::AccessLoss MembershipAdministration::remove(const Caller &caller, const QString &spaceId,
                                                    const UserKey &key, bool dryRun) {
    return change(caller, spaceId, key, std::nullopt, true, dryRun).loss;
}

MemberChangeResult MembershipAdministration::change(const Caller &caller, const QString &spaceId,
                                                    const UserKey &key,
                                                    std::optional<SpaceLevel> level, bool mustExist,
                                                    bool dryRun) {
    MemberChangeResult result;
    ChangePublication publication;
    const auto work = [&](QSqlDatabase &db) {
        const common::Space space = spaceOrThrow(db, spaceId);
        const common::SpaceContext context = Permissions::contextFor(db, space, caller.user.id);
        // Asked before the user is looked up, so that nobody can probe for
        // accounts through spaces they do not manage; only their own
        // membership may people change without managing the space.
        const bool self = key.id == caller.user.id || key.email == caller.user.email;
        if (!self)
            enforce(common::Policy::may(caller.actor(), common::Action::ManageMembers, &context));
        const common::User user = key.resolve(db);
        SpaceStore spaces(db);
        const std::optional<common::Membership> existing = spaces.membership(spaceId, user.id);
        if (mustExist && !existing) {
            throw Error::notFound(
                QStringLiteral("%1 is not a member of space %2").arg(user.email, space.name));
        }
        if (!mustExist && existing) {
            throw Error::alreadyExists(
                QStringLiteral("%1 is already a member of space %2 (%3); "
                               "change the level instead")
                    .arg(user.email, space.name, common::toString(existing->level)));
        }
        const std::optional<SpaceLevel> from =
            existing ? std::optional(existing->level) : std::nullopt;
        enforce(common::Policy::mayChangeMember(caller.actor(), context, {user.id, from, level}));
        result.loss = AccessLossPreview::compute(db, user, user.role, {{spaceId, level}});
        const QDateTime now = m_clock.now();
        common::Membership membership{spaceId, user.id, level.value_or(SpaceLevel::Reader), now,
                                      caller.user.id};
        if (level)
            result.member = memberOf(db, membership, user);
        if (dryRun)
            return;
        QString action;
        if (!level) {
            spaces.removeMembership(spaceId, user.id, {caller.user.id, now});
            action = QStringLiteral("member.remove");
        } else {
            spaces.setMembership(membership);
            action = existing ? QStringLiteral("member.set_level") : QStringLiteral("member.add");
            result.member = memberOf(db, membership, user);
        }
        AuditLog(db).append(caller.auditEntry(
            action, QStringLiteral("membership"), RecordMirror::membershipId(spaceId, user.id),
            QJsonObject{
                {QStringLiteral("space"), spaceId},
                {QStringLiteral("user"), user.id},
                {QStringLiteral("before"), QJsonObject{{QStringLiteral("level"), levelJson(from)}}},
                {QStringLiteral("after"),
                 QJsonObject{{QStringLiteral("level"), levelJson(level)}}}},
            now));
        publication.buckets.insert(common::Bucket::forSpace(spaceId));
        publication.headSeq = RecordStore(db).headSeq();
        publication.accessChangedFor.append(user.id);
    };
    if (dryRun)
        m_database.read(work);
    else
        m_database.write(work);
    publication.publish(m_notifier);
    return result;
}

} // namespace hn::server
