// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/core/ServerCore.h"

namespace hn::server {

ServerCore::ServerCore(const ServerConfig &config, const common::Clock &clock)
    : m_config(config)
    , m_clock(clock)
    , m_database(config.databaseConfig())
    , m_hasher(config.passwordCost)
    , m_loginThrottle(clock)
    , m_authentication(
          m_database, clock, m_hasher, m_loginThrottle,
          SessionSettings{.lifetime = std::chrono::hours(24) * config.sessionLifetimeDays},
          &m_changeNotifier)
    , m_accessRequests(m_database, clock)
    , m_userAdministration(m_database, clock, &m_changeNotifier)
    , m_changeFeed(m_database, clock, config.syncSettings())
    , m_pushProcessor(m_database, clock, m_changeNotifier, config.syncSettings())
    , m_accounts(m_database, clock, &m_changeNotifier, config.activationCodeDays)
    , m_requestReview(m_database, clock, &m_changeNotifier, config.activationCodeDays)
    , m_spaces(m_database, clock, &m_changeNotifier)
    , m_members(m_database, clock, &m_changeNotifier)
    , m_devices(m_database, clock, &m_changeNotifier)
    , m_auditTrail(m_database)
    , m_stats(m_database, clock)
    , m_documentFiles(m_database, clock, m_changeNotifier, config.blobSettings())
    , m_blobCollector(m_database, clock, config.blobSettings()) {}

} // namespace hn::server
