// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/core/UserAdministration.h"

#include "common/Bucket.h"
#include "common/Device.h"
#include "common/Error.h"
#include "common/Policy.h"
#include "server/core/AccessLossPreview.h"
#include "server/core/ChangeNotifier.h"
#include "server/core/PolicyGate.h"
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

AccountChangeResult UserAdministration::changeRole(const Caller &caller, const QString &userId,
                                                   common::GlobalRole role, bool dryRun) {
    return change(
        caller, userId, QStringLiteral("user.set_role"),
        [role](common::User &user) { user.role = role; }, dryRun);
}

common::User UserAdministration::setRole(const Caller &caller, const QString &userId,
                                         common::GlobalRole role) {
    return changeRole(caller, userId, role, false).user;
}

common::User UserAdministration::setStatus(const Caller &caller, const QString &userId,
                                           common::AccountStatus status) {
    if (status == common::AccountStatus::Pending) {
        throw Error::invalidArgument(
            QStringLiteral("status"),
            QStringLiteral("an account becomes pending only when it is created or approved"));
    }
    return change(
               caller, userId, QStringLiteral("user.set_status"),
               [status](common::User &user) { user.status = status; }, false)
        .user;
}

QString UserAdministration::resolve(const Caller &caller, const UserKey &key) {
    enforce(common::Policy::may(caller.actor(), common::Action::ManageUsers));
    return key.resolve(m_database.connection()).id;
}

AccountChangeResult UserAdministration::changeRole(const Caller &caller, const UserKey &key,
                                                   common::GlobalRole role, bool dryRun) {
    return changeRole(caller, resolve(caller, key), role, dryRun);
}

common::User UserAdministration::setStatus(const Caller &caller, const UserKey &key,
                                           common::AccountStatus status) {
    return setStatus(caller, resolve(caller, key), status);
}

AccountChangeResult UserAdministration::change(const Caller &caller, const QString &userId,
                                               const QString &action,
                                               const std::function<void(common::User &)> &apply,
                                               bool dryRun) {
    AccountChangeResult result;
    qint64 head = 0;
    const auto work = [&](QSqlDatabase &db) {
        UserStore users(db);
        const std::optional<common::User> before = users.findById(userId);
        if (!before) {
            // The policy first, so that a non-admin cannot probe for ids.
            enforce(common::Policy::may(caller.actor(), common::Action::ManageUsers));
            throw Error::notFound(QStringLiteral("no user with id %1").arg(userId));
        }
        common::User after = *before;
        apply(after);
        enforce(common::Policy::mayChangeAccount(
            caller.actor(), {userId, before->role, after.role, before->status, after.status,
                             isActiveAdmin(*before) && users.countActiveAdmins() <= 1}));
        result.loss = AccessLossPreview::compute(db, *before, after.role);
        const QDateTime now = m_clock.now();
        after.updatedAt = now;
        result.user = after;
        if (dryRun)
            return;
        // Also writes the user's directory entry, in this transaction.
        users.update(after, caller.user.id);
        // A disabled account's clients are told so; after a role change
        // they simply log in again.
        const common::SessionEndReason reason = after.status == common::AccountStatus::Disabled
                                                    ? common::SessionEndReason::AccountDisabled
                                                    : common::SessionEndReason::SessionsRevoked;
        const int ended = SessionStore(db).revokeAllForUser(userId, now, common::toString(reason));

        AuditLog(db).append(
            caller.auditEntry(action, QStringLiteral("user"), userId,
                              QJsonObject{{QStringLiteral("before"), describe(*before)},
                                          {QStringLiteral("after"), describe(after)},
                                          {QStringLiteral("ended_sessions"), ended}},
                              now));
        head = RecordStore(db).headSeq();
    };
    if (dryRun)
        m_database.read(work);
    else
        m_database.write(work);
    // After the commit, so that a client told to pull finds the change.
    if (m_notifier && !dryRun) {
        m_notifier->publishAccessChanged(userId);
        m_notifier->publish({common::Bucket::directory()}, head);
    }
    return result;
}

} // namespace hn::server
