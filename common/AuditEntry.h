// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace hn::common {

// One line of the audit log: who did what to which record, when, from where.
struct AuditEntry {
    qint64 id = 0; // increasing, assigned by the store
    QDateTime at;
    QString actorId;    // user id; empty for an anonymous caller (failed login, access request)
    QString actorEmail; // as given, so failed logins of unknown e-mails are traceable
    QString action;     // dotted name, e.g. "auth.login", "auth.login_failed", "user.set_role"
    QString targetType; // "user", "space", "session", ...
    QString targetId;
    QString peer;        // the caller's address as gRPC reports it
    QJsonObject details; // before/after and other context; never secrets
};

} // namespace hn::common
