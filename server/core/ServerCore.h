// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "server/core/AccessRequestReview.h"
#include "server/core/AccessRequests.h"
#include "server/core/AccountAdministration.h"
#include "server/core/AuditTrail.h"
#include "server/core/Authentication.h"
#include "server/core/BlobCollector.h"
#include "server/core/ChangeFeed.h"
#include "server/core/ChangeNotifier.h"
#include "server/core/DeviceRegistry.h"
#include "server/core/DocumentFiles.h"
#include "server/core/LoginThrottle.h"
#include "server/core/MembershipAdministration.h"
#include "server/core/PasswordHasher.h"
#include "server/core/PushProcessor.h"
#include "server/core/ServerConfig.h"
#include "server/core/SpaceAdministration.h"
#include "server/core/StatsReport.h"
#include "server/core/SyncSettings.h"
#include "server/core/UserAdministration.h"
#include "server/store/Database.h"

namespace hn::server {

// The server's domain side, assembled once from its config: the database
// and the services the RPC layer calls. Knows nothing of gRPC.
class ServerCore {
public:
    ServerCore(const ServerConfig &config, const common::Clock &clock);

    const ServerConfig &config() const { return m_config; }
    const common::Clock &clock() const { return m_clock; }
    Database &database() { return m_database; }
    Authentication &authentication() { return m_authentication; }
    AccessRequests &accessRequests() { return m_accessRequests; }
    UserAdministration &userAdministration() { return m_userAdministration; }
    ChangeNotifier &changeNotifier() { return m_changeNotifier; }
    ChangeFeed &changeFeed() { return m_changeFeed; }
    PushProcessor &pushProcessor() { return m_pushProcessor; }
    AccountAdministration &accounts() { return m_accounts; }
    AccessRequestReview &requestReview() { return m_requestReview; }
    SpaceAdministration &spaces() { return m_spaces; }
    MembershipAdministration &members() { return m_members; }
    DeviceRegistry &devices() { return m_devices; }
    AuditTrail &auditTrail() { return m_auditTrail; }
    StatsReport &stats() { return m_stats; }
    DocumentFiles &documentFiles() { return m_documentFiles; }
    BlobCollector &blobCollector() { return m_blobCollector; }

private:
    ServerConfig m_config;
    const common::Clock &m_clock;
    Database m_database;
    // Before the services that publish to it.
    ChangeNotifier m_changeNotifier;
    PasswordHasher m_hasher;
    LoginThrottle m_loginThrottle;
    Authentication m_authentication;
    AccessRequests m_accessRequests;
    UserAdministration m_userAdministration;
    ChangeFeed m_changeFeed;
    PushProcessor m_pushProcessor;
    AccountAdministration m_accounts;
    AccessRequestReview m_requestReview;
    SpaceAdministration m_spaces;
    MembershipAdministration m_members;
    DeviceRegistry m_devices;
    AuditTrail m_auditTrail;
    StatsReport m_stats;
    DocumentFiles m_documentFiles;
    BlobCollector m_blobCollector;
};

} // namespace hn::server
