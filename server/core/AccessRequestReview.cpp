// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/core/AccessRequestReview.h"

#include "common/Bucket.h"
#include "common/Error.h"
#include "server/core/ChangePublication.h"
#include "server/core/Permissions.h"
#include "server/core/PolicyGate.h"
#include "server/store/AccessRequestStore.h"
#include "server/store/AuditLog.h"
#include "server/store/Database.h"
#include "server/store/RecordStore.h"
#include "server/store/SpaceStore.h"
#include "server/store/UserStore.h"

#include <QJsonArray>
#include <algorithm>

namespace hn::server {

using common::AccessRequest;
using common::AccessRequestStatus;
using common::Error;

namespace {

common::AuditEntry auditOf(const Caller &caller, const QDateTime &at, const QString &action,
                           const AccessRequest &request, QJsonObject details) {
    details.insert(
        QStringLiteral("before"),
        QJsonObject{{QStringLiteral("status"), common::toString(AccessRequestStatus::Pending)}});
    details.insert(QStringLiteral("after"),
                   QJsonObject{{QStringLiteral("status"), common::toString(request.status)},
                               {QStringLiteral("review_note"), request.reviewNote}});
    details.insert(QStringLiteral("email"), request.email);
    details.insert(QStringLiteral("municipality"), request.municipality);
    return caller.auditEntry(action, QStringLiteral("access_request"), request.id,
                             std::move(details), at);
}

} // namespace

AccessRequestReview::AccessRequestReview(Database &database, const common::Clock &clock,
                                         ChangeNotifier *notifier, int activationCodeDays)
    : m_database(database)
    , m_clock(clock)
    , m_notifier(notifier)
    , m_activationCodeDays(activationCodeDays) {}

Paged<AccessRequest> AccessRequestReview::list(const Caller &caller,
                                               std::optional<AccessRequestStatus> status,
                                               const QString &municipality, const Paging &paging) {
    const common::Actor actor = caller.actor();
    enforce(common::Policy::may(actor, common::Action::ApproveAccessRequests));
    QList<AccessRequest> visible;
    const QList<AccessRequest> all = AccessRequestStore(m_database.connection()).list(status);
    for (auto it = all.crbegin(); it != all.crend(); ++it) {
        if (!municipality.isEmpty()
            && it->municipality.compare(municipality, Qt::CaseInsensitive) != 0)
            continue;
        if (common::Policy::mayReviewRequest(actor, it->municipality))
            visible.append(*it);
    }
    return paging.slice(visible);
}

AccessRequest AccessRequestReview::pendingRequest(QSqlDatabase &db, const Caller &caller,
                                                  const QString &requestId) const {
    const common::Actor actor = caller.actor();
    enforce(common::Policy::may(actor, common::Action::ApproveAccessRequests));
    const std::optional<AccessRequest> request = AccessRequestStore(db).findById(requestId);
    // Requests a coordinator may not see are "not found" to them, like in the list.
    if (!request || !common::Policy::mayReviewRequest(actor, request->municipality))
        throw Error::notFound(QStringLiteral("no access request with id %1").arg(requestId));
    if (request->status != AccessRequestStatus::Pending) {
        throw Error::failedPrecondition(QStringLiteral("access request %1 is already %2")
                                            .arg(requestId, common::toString(request->status)));
    }
    return *request;
}

ApprovedRequest AccessRequestReview::approve(const Caller &caller, const QString &requestId,
                                             common::GlobalRole role,
                                             const QList<common::Membership> &grants) {
    ApprovedRequest approved;
    ChangePublication publication;
    m_database.write([&](QSqlDatabase &db) {
        AccessRequest request = pendingRequest(db, caller, requestId);
        const common::Actor actor = caller.actor();
        enforce(common::Policy::mayGrantRole(actor, role));
        SpaceStore spaces(db);
        for (const common::Membership &grant : grants) {
            const std::optional<common::Space> space = spaces.findById(grant.spaceId);
            if (!space)
                throw Error::notFound(QStringLiteral("no space with id %1").arg(grant.spaceId));
            const common::SpaceContext context =
                Permissions::contextFor(db, *space, caller.user.id);
            enforce(common::Policy::mayChangeMember(actor, context,
                                                    {QString(), std::nullopt, grant.level}));
            publication.buckets.insert(common::Bucket::forSpace(space->id));
        }
        if (UserStore(db).findByEmail(request.email)) {
            throw Error(
                common::ErrorCode::AlreadyExists,
                QStringLiteral("the e-mail address %1 already has an account").arg(request.email),
                QStringLiteral("email"));
        }
        common::User profile;
        profile.email = request.email;
        profile.displayName = request.name;
        profile.organization = request.organization;
        profile.municipality = request.municipality;
        profile.role = role;
        const QDateTime now = m_clock.now();
        approved.account = AccountAdministration::insertPending(db, caller, profile, grants, now,
                                                                m_activationCodeDays);
        request.status = AccessRequestStatus::Approved;
        request.reviewedBy = caller.user.id;
        request.reviewedAt = now;
        AccessRequestStore(db).update(request);
        QJsonArray granted;
        for (const common::Membership &grant : grants) {
            granted.append(QJsonObject{{QStringLiteral("space"), grant.spaceId},
                                       {QStringLiteral("level"), common::toString(grant.level)}});
        }
        AuditLog(db).append(auditOf(caller, now, QStringLiteral("access_request.approve"), request,
                                    {{QStringLiteral("user"), approved.account.account.user.id},
                                     {QStringLiteral("role"), common::toString(role)},
                                     {QStringLiteral("spaces"), granted}}));
        approved.request = request;
        publication.headSeq = RecordStore(db).headSeq();
    });
    publication.publish(m_notifier);
    return approved;
}

AccessRequest AccessRequestReview::reject(const Caller &caller, const QString &requestId,
                                          const QString &reason) {
    AccessRequest request;
    m_database.write([&](QSqlDatabase &db) {
        request = pendingRequest(db, caller, requestId);
        const QDateTime now = m_clock.now();
        request.status = AccessRequestStatus::Rejected;
        request.reviewedBy = caller.user.id;
        request.reviewedAt = now;
        request.reviewNote = reason;
        AccessRequestStore(db).update(request);
        AuditLog(db).append(
            auditOf(caller, now, QStringLiteral("access_request.reject"), request, {}));
    });
    return request;
}

} // namespace hn::server
