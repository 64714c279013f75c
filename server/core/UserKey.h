// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/User.h"

#include <QSqlDatabase>
#include <QString>

namespace hn::server {

// A user named by id or by login e-mail (admin.proto, UserRef).
struct UserKey {
    QString id;
    QString email; // lower-case

    bool isEmpty() const { return id.isEmpty() && email.isEmpty(); }
    QString describe() const { return id.isEmpty() ? email : id; }

    // The account, or Error NotFound naming the key.
    common::User resolve(QSqlDatabase db) const;
};

} // namespace hn::server
