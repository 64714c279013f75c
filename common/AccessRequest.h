// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QString>
#include <optional>

namespace hn::common {

enum class AccessRequestStatus { Pending, Approved, Rejected };

// Stable lower-case names ("pending", "approved", "rejected") used in the
// database and the audit log; parse returns nullopt for an unknown name.
QString toString(AccessRequestStatus status);
std::optional<AccessRequestStatus> parseAccessRequestStatus(const QString &name);

// Someone asking to join the platform (DESIGN.md, Domain).
struct AccessRequest {
    QString id; // UUID
    QString name;
    QString email;
    QString organization;
    QString municipality;
    QString message;
    AccessRequestStatus status = AccessRequestStatus::Pending;
    QDateTime createdAt;
    QString reviewedBy; // user id, empty while pending
    QDateTime reviewedAt;
    QString reviewNote; // e.g. the reason for a rejection
};

} // namespace hn::common
