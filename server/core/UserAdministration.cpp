// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/core/UserAdministration.h"

#include "common/Bucket.h"
#include "common/Error.h"
#include "common/Policy.h"
#include "server/core/ChangeNotifier.h"
#include "server/store/AuditLog.h"
#include "server/store/Database.h"
#include "server/store/RecordStore.h"
#include "server/store/SessionStore.h"
#include "server/store/UserStore.h"

namespace hn::server {

using common::Error;

namespace {

bool isActiveAdmin(const common::User &user) {
    return user.role == common::GlobalRole::Admin && user.status == common::AccountStatus::Active;
}

QJsonObject describe(const common::User &user) {
    return {{QStringLiteral("role"), common::toString(user.role)},
            {QStringLiteral("status"), common::toString(user.status)}};
}

} // namespace

UserAdministration::UserAdministration(Database &database, const common::Clock &clock,
                                       ChangeNotifier *notifier)
    : m_database(database)
    , m_clock(clock)
    , m_notifier(notifier) {}

common::User UserAdministration::setRole(const Caller &caller, const QString &userId,
                                         common::GlobalRole role) {
    return change(caller, userId, QStringLiteral("user.set_role"),
                  [role](common::User &user) { user.role = role; });
}

common::User UserAdministration::setStatus(const Caller &caller, const QString &userId,
                                           common::AccountStatus status) {
    return change(caller, userId, QStringLiteral("user.set_status"),
                  [status](common::User &user) { user.status = status; });
}

common::User UserAdministration::change(const Caller &caller, const QString &userId,
                                        const QString &action,
                                        const std::function<void(common::User &)> &apply) {
    if (const auto decision = common::Policy::may(caller.actor(), common::Action::ManageUsers);
        !decision) {
        throw Error::permissionDenied(decision.reason);
    }
    if (userId == caller.user.id) {
        throw Error::permissionDenied(
            QStringLiteral("Nobody can change their own role or status; ask another admin."));
    }

    common::User after;
    qint64 head = 0;
    m_database.write([&](QSqlDatabase &db) {
        UserStore users(db);
        const std::optional<common::User> before = users.findById(userId);
        if (!before)
            throw Error::notFound(QStringLiteral("no user with id %1").arg(userId));
        after = *before;
        apply(after);
        if (isActiveAdmin(*before) && !isActiveAdmin(after) && users.countActiveAdmins() <= 1) {
            throw Error::permissionDenied(
                QStringLiteral("%1 is the last active admin; make someone else admin first.")
                    .arg(before->email));
        }
        const QDateTime now = m_clock.now();
        after.updatedAt = now;
        // Also writes the user's directory entry, in this transaction.
        users.update(after, caller.user.id);
        const int ended = SessionStore(db).revokeAllForUser(userId, now,
                                                            action == u"user.set_role"
                                                                ? QStringLiteral("role-changed")
                                                                : QStringLiteral("status-changed"));

        common::AuditEntry entry;
        entry.at = now;
        entry.actorId = caller.user.id;
        entry.actorEmail = caller.user.email;
        entry.action = action;
        entry.targetType = QStringLiteral("user");
        entry.targetId = userId;
        entry.peer = caller.peer;
        entry.details = {{QStringLiteral("before"), describe(*before)},
                         {QStringLiteral("after"), describe(after)},
                         {QStringLiteral("ended_sessions"), ended}};
        AuditLog(db).append(entry);
        head = RecordStore(db).headSeq();
    });
    // After the commit, so that a client told to pull finds the change.
    if (m_notifier) {
        m_notifier->publishAccessChanged(userId);
        m_notifier->publish({common::Bucket::directory()}, head);
    }
    return after;
}

} // namespace hn::server
