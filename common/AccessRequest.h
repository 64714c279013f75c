// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QString>

namespace hn::common {

enum class AccessRequestStatus { Pending, Approved, Rejected };

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
