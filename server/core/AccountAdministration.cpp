// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/core/AccountAdministration.h"

#include "common/Bucket.h"
#include "common/Error.h"
#include "server/core/ActivationCodes.h"
#include "server/core/ChangePublication.h"
#include "server/core/Permissions.h"
#include "server/core/PolicyGate.h"
#include "server/store/AuditLog.h"
#include "server/store/Database.h"
#include "server/store/RecordStore.h"
#include "server/store/SessionStore.h"
#include "server/store/SpaceStore.h"
#include "server/store/UserStore.h"

#include <QJsonArray>
#include <QUuid>
#include <algorithm>

namespace hn::server {

using common::Error;

namespace {

QJsonObject profileJson(const common::User &user) {
    return {{QStringLiteral("email"), user.email},
            {QStringLiteral("display_name"), user.displayName},
            {QStringLiteral("organization"), user.organization},
            {QStringLiteral("municipality"), user.municipality},
            {QStringLiteral("affiliation"), common::toString(user.affiliation)},
            {QStringLiteral("role"), common::toString(user.role)},
            {QStringLiteral("status"), common::toString(user.status)}};
}

bool matches(const common::User &user, const AccountFilter &filter) {
    if (filter.role && user.role != *filter.role)
        return false;
    if (filter.status && user.status != *filter.status)
        return false;
    if (filter.query.isEmpty())
        return true;
    return user.displayName.contains(filter.query, Qt::CaseInsensitive)
           || user.email.contains(filter.query, Qt::CaseInsensitive)
           || user.organization.contains(filter.query, Qt::CaseInsensitive);
}

void requireManageUsers(const Caller &caller) {
    enforce(common::Policy::may(caller.actor(), common::Action::ManageUsers));
}

} // namespace

AccountAdministration::AccountAdministration(Database &database, const common::Clock &clock,
                                             ChangeNotifier *notifier, int activationCodeDays)
    : m_database(database)
    , m_clock(clock)
    , m_notifier(notifier)
    , m_activationCodeDays(activationCodeDays) {}

Paged<common::Account> AccountAdministration::list(const Caller &caller,
                                                   const AccountFilter &filter,
                                                   const Paging &paging) {
    requireManageUsers(caller);
    QList<common::Account> accounts;
    m_database.read([&](QSqlDatabase &db) {
        const QHash<QString, QDateTime> seen = SessionStore(db).lastSeenByUser();
        for (const common::User &user : UserStore(db).list()) {
            if (matches(user, filter))
                accounts.append({user, seen.value(user.id)});
        }
    });
    // Accounts are few (a district's staff and volunteers): sorted and
    // paged in memory rather than by collation-dependent SQL.
    std::stable_sort(accounts.begin(), accounts.end(), [](const auto &a, const auto &b) {
        const int byName = a.user.displayName.localeAwareCompare(b.user.displayName);
        return byName != 0 ? byName < 0 : a.user.email < b.user.email;
    });
    return paging.slice(accounts);
}

common::AccountDetails AccountAdministration::details(const Caller &caller, const UserKey &key) {
    requireManageUsers(caller);
    common::AccountDetails details;
    m_database.read([&](QSqlDatabase &db) {
        const common::User user = key.resolve(db);
        details.account = {user, SessionStore(db).lastSeenByUser().value(user.id)};
        common::User asActive = user;
        // What their memberships give them, also while pending or disabled.
        asActive.status = common::AccountStatus::Active;
        details.spaces = Permissions::identityOf(db, asActive).spaces;
        details.devices = SessionStore(db).devices(user.id, false, m_clock.now());
    });
    return details;
}

NewAccount AccountAdministration::insertPending(QSqlDatabase &db, const Caller &caller,
                                                const common::User &profile,
                                                const QList<common::Membership> &grants,
                                                const QDateTime &now, int activationCodeDays) {
    common::User user = profile;
    user.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    user.status = common::AccountStatus::Pending;
    user.createdAt = now;
    user.updatedAt = now;
    UserStore(db).insert(user, QByteArray(), caller.user.id);

    SpaceStore spaces(db);
    QJsonArray granted;
    for (common::Membership grant : grants) {
        if (!spaces.findById(grant.spaceId))
            throw Error::notFound(QStringLiteral("no space with id %1").arg(grant.spaceId));
        grant.userId = user.id;
        grant.grantedAt = now;
        grant.grantedBy = caller.user.id;
        spaces.setMembership(grant);
        granted.append(QJsonObject{{QStringLiteral("space"), grant.spaceId},
                                   {QStringLiteral("level"), common::toString(grant.level)}});
    }
    const IssuedActivationCode code = ActivationCodes::issue(
        db, user.id, QStringLiteral("activate"), caller.user.id, now, activationCodeDays);
    AuditLog(db).append(caller.auditEntry(
        QStringLiteral("user.create"), QStringLiteral("user"), user.id,
        {{QStringLiteral("before"), QJsonValue()},
         {QStringLiteral("after"), profileJson(user)},
         {QStringLiteral("spaces"), granted},
         {QStringLiteral("code_expires_at"), code.expiresAt.toString(Qt::ISODateWithMs)}},
        now));
    return {{user, {}}, {code.code, code.expiresAt}};
}

NewAccount AccountAdministration::create(const Caller &caller, const common::User &profile,
                                         const QList<common::Membership> &grants) {
    requireManageUsers(caller);
    NewAccount created;
    ChangePublication publication;
    m_database.write([&](QSqlDatabase &db) {
        created = insertPending(db, caller, profile, grants, m_clock.now(), m_activationCodeDays);
        for (const common::Membership &grant : grants)
            publication.buckets.insert(common::Bucket::forSpace(grant.spaceId));
        publication.headSeq = RecordStore(db).headSeq();
    });
    publication.publish(m_notifier);
    return created;
}

common::ActivationCode AccountAdministration::resetPassword(const Caller &caller,
                                                            const UserKey &key) {
    requireManageUsers(caller);
    common::ActivationCode code;
    QString userId;
    m_database.write([&](QSqlDatabase &db) {
        const common::User user = key.resolve(db);
        if (user.id == caller.user.id) {
            throw Error::permissionDenied(
                QStringLiteral("Nobody resets their own password this way; use ChangePassword."));
        }
        userId = user.id;
        const QDateTime now = m_clock.now();
        UserStore(db).setPasswordHash(user.id, QByteArray(), now);
        const int ended = SessionStore(db).revokeAllForUser(
            user.id, now, common::toString(common::SessionEndReason::PasswordReset));
        const IssuedActivationCode issued = ActivationCodes::issue(
            db, user.id, QStringLiteral("reset"), caller.user.id, now, m_activationCodeDays);
        code = {issued.code, issued.expiresAt};
        AuditLog(db).append(caller.auditEntry(
            QStringLiteral("user.reset_password"), QStringLiteral("user"), user.id,
            {{QStringLiteral("before"),
              QJsonObject{{QStringLiteral("password"), QStringLiteral("set")}}},
             {QStringLiteral("after"), QJsonObject{{QStringLiteral("password"),
                                                    QStringLiteral("awaiting activation code")}}},
             {QStringLiteral("ended_sessions"), ended}},
            now));
    });
    if (m_notifier)
        m_notifier->publishAccessChanged(userId);
    return code;
}

int AccountAdministration::revokeSessions(const Caller &caller, const UserKey &key) {
    requireManageUsers(caller);
    int ended = 0;
    QString userId;
    m_database.write([&](QSqlDatabase &db) {
        const common::User user = key.resolve(db);
        userId = user.id;
        const QDateTime now = m_clock.now();
        ended = SessionStore(db).revokeAllForUser(
            user.id, now, common::toString(common::SessionEndReason::SessionsRevoked));
        AuditLog(db).append(caller.auditEntry(QStringLiteral("user.revoke_sessions"),
                                              QStringLiteral("user"), user.id,
                                              {{QStringLiteral("ended_sessions"), ended}}, now));
    });
    // Live streams of the ended sessions close at once.
    if (m_notifier)
        m_notifier->publishAccessChanged(userId);
    return ended;
}

} // namespace hn::server
