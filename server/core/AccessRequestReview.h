// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/AccessRequest.h"
#include "common/Clock.h"
#include "common/Space.h"
#include "server/core/AccountAdministration.h"
#include "server/core/Caller.h"
#include "server/core/Paging.h"

#include <optional>

namespace hn::server {

class ChangeNotifier;
class Database;

struct ApprovedRequest {
    common::AccessRequest request;
    NewAccount account;
};

// Reviewing access requests (admin.proto, requests ...): admins see and
// decide all of them, coordinators only those of their own municipality,
// granting only member or guest and only spaces they moderate (the
// policy's mayReviewRequest, mayGrantRole and mayChangeMember).
class AccessRequestReview {
public:
    AccessRequestReview(Database &database, const common::Clock &clock, ChangeNotifier *notifier,
                        int activationCodeDays);

    // Newest first. `municipality` narrows further (exact, case-insensitive).
    Paged<common::AccessRequest> list(const Caller &caller,
                                      std::optional<common::AccessRequestStatus> status,
                                      const QString &municipality, const Paging &paging);
    // Creates the pending account with the request's details and `grants`
    // (space id and level; the user id is filled in). Throws NotFound,
    // PermissionDenied, FailedPrecondition (not pending), AlreadyExists.
    ApprovedRequest approve(const Caller &caller, const QString &requestId, common::GlobalRole role,
                            const QList<common::Membership> &grants);
    common::AccessRequest reject(const Caller &caller, const QString &requestId,
                                 const QString &reason);

private:
    common::AccessRequest pendingRequest(QSqlDatabase &db, const Caller &caller,
                                         const QString &requestId) const;

    Database &m_database;
    const common::Clock &m_clock;
    ChangeNotifier *m_notifier;
    int m_activationCodeDays;
};

} // namespace hn::server
