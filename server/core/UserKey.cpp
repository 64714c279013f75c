// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/core/UserKey.h"

#include "common/Error.h"
#include "server/store/UserStore.h"

namespace hn::server {

common::User UserKey::resolve(QSqlDatabase db) const {
    UserStore users(db);
    const std::optional<common::User> user =
        id.isEmpty() ? users.findByEmail(email) : users.findById(id);
    if (!user)
        throw common::Error::notFound(QStringLiteral("no user %1").arg(describe()));
    return *user;
}

} // namespace hn::server
