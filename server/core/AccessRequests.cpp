// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/core/AccessRequests.h"

#include "common/Error.h"
#include "server/store/AccessRequestStore.h"
#include "server/store/AuditLog.h"
#include "server/store/Database.h"
#include "server/store/UserStore.h"

#include <QUuid>

namespace hn::server {

AttemptRules AccessRequests::defaultPeerRules() {
    return AttemptRules{.freeAttempts = 3,
                        .maxPerWindow = 10,
                        .window = std::chrono::hours(1),
                        .baseDelay = std::chrono::seconds(30),
                        .maxDelay = std::chrono::minutes(15)};
}

AccessRequests::AccessRequests(Database &database, const common::Clock &clock,
                               AttemptRules peerRules)
    : m_database(database)
    , m_clock(clock)
    , m_peers(clock, peerRules) {}

void AccessRequests::submit(const common::AccessRequest &request, const QString &peer) {
    if (const auto wait = m_peers.retryAfter(peer); wait.count() > 0) {
        throw common::Error::resourceExhausted(
            QStringLiteral("Too many access requests from this address; try again in %1 seconds.")
                .arg(wait.count()));
    }
    m_peers.record(peer);

    m_database.write([&](QSqlDatabase &db) {
        const QDateTime now = m_clock.now();
        common::AuditEntry audit;
        audit.at = now;
        audit.actorEmail = request.email;
        audit.peer = peer;
        audit.targetType = QStringLiteral("access_request");

        AccessRequestStore requests(db);
        // Known e-mails and repeated requests are recorded for the admins but
        // answered exactly like a new request.
        if (UserStore(db).findByEmail(request.email)) {
            audit.action = QStringLiteral("access_request.known_email");
        } else if (requests.countPendingForEmail(request.email) > 0) {
            audit.action = QStringLiteral("access_request.repeated");
        } else {
            common::AccessRequest stored = request;
            stored.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
            stored.status = common::AccessRequestStatus::Pending;
            stored.createdAt = now;
            requests.insert(stored);
            audit.action = QStringLiteral("access_request.created");
            audit.targetId = stored.id;
            audit.details = {{QStringLiteral("name"), stored.name},
                             {QStringLiteral("organization"), stored.organization},
                             {QStringLiteral("municipality"), stored.municipality}};
        }
        AuditLog(db).append(audit);
    });
}

} // namespace hn::server
