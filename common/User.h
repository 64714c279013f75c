// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Roles.h"

#include <QDateTime>
#include <QString>

namespace hn::common {

// A person's account as the rest of the system sees it. The password hash is
// not part of it: it never leaves the server's store.
struct User {
    QString id;    // UUID, lower-case, no braces
    QString email; // login name, stored lower-case
    QString displayName;
    QString organization;
    QString municipality;
    Affiliation affiliation = Affiliation::Unspecified;
    GlobalRole role = GlobalRole::Member;
    AccountStatus status = AccountStatus::Pending;
    QDateTime createdAt;
    QDateTime updatedAt;
};

} // namespace hn::common
