// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/core/DeviceRegistry.h"

#include "common/Error.h"
#include "server/core/ChangeNotifier.h"
#include "server/core/PolicyGate.h"
#include "server/store/AuditLog.h"
#include "server/store/Database.h"
#include "server/store/SessionStore.h"

namespace hn::server {

using common::Error;

DeviceRegistry::DeviceRegistry(Database &database, const common::Clock &clock,
                               ChangeNotifier *notifier)
    : m_database(database)
    , m_clock(clock)
    , m_notifier(notifier) {}

QList<common::Device> DeviceRegistry::list(const Caller &caller, const std::optional<UserKey> &key,
                                           bool includeEnded) {
    enforce(common::Policy::may(caller.actor(), common::Action::ManageUsers));
    QList<common::Device> devices;
    m_database.read([&](QSqlDatabase &db) {
        const QString userId = key ? key->resolve(db).id : QString();
        devices = SessionStore(db).devices(userId, includeEnded, m_clock.now());
    });
    return devices;
}

common::Device DeviceRegistry::revoke(const Caller &caller, const QString &sessionId) {
    enforce(common::Policy::may(caller.actor(), common::Action::ManageUsers));
    common::Device revoked;
    m_database.write([&](QSqlDatabase &db) {
        SessionStore sessions(db);
        const std::optional<Session> before = sessions.findById(sessionId);
        if (!before)
            throw Error::notFound(QStringLiteral("no device with session id %1").arg(sessionId));
        const QDateTime now = m_clock.now();
        sessions.revokeDevice(sessionId, now);
        for (const common::Device &device : sessions.devices(before->userId, true, now)) {
            if (device.sessionId == sessionId)
                revoked = device;
        }
        AuditLog(db).append(caller.auditEntry(
            QStringLiteral("device.revoke"), QStringLiteral("session"), sessionId,
            QJsonObject{{QStringLiteral("user"), before->userId},
                        {QStringLiteral("device"), before->deviceName},
                        {QStringLiteral("before"),
                         QJsonObject{{QStringLiteral("revoke_reason"), before->revokeReason}}},
                        {QStringLiteral("after"),
                         QJsonObject{{QStringLiteral("revoke_reason"),
                                      common::toString(common::SessionEndReason::DeviceRevoked)}}}},
            now));
    });
    // The device's live stream is closed at once.
    if (m_notifier)
        m_notifier->publishAccessChanged(revoked.userId);
    return revoked;
}

} // namespace hn::server
