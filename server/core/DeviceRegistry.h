// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Clock.h"
#include "common/Device.h"
#include "server/core/Caller.h"
#include "server/core/UserKey.h"

#include <optional>

namespace hn::server {

class ChangeNotifier;
class Database;

// Devices, i.e. sessions with the names their clients gave them (admin.proto,
// devices ...). Revoking one orders a remote wipe: the session ends as
// DeviceRevoked, and its client learns so on its next contact (RpcCall's
// hn-session-end trailer), which is recorded. Admins only.
class DeviceRegistry {
public:
    DeviceRegistry(Database &database, const common::Clock &clock, ChangeNotifier *notifier);

    // Most recently used first; of one user or (no key) everyone.
    QList<common::Device> list(const Caller &caller, const std::optional<UserKey> &key,
                               bool includeEnded);
    common::Device revoke(const Caller &caller, const QString &sessionId);

private:
    Database &m_database;
    const common::Clock &m_clock;
    ChangeNotifier *m_notifier;
};

} // namespace hn::server
