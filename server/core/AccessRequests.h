// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/AccessRequest.h"
#include "common/Clock.h"
#include "server/core/AttemptLimiter.h"

namespace hn::server {

class Database;

// Receives requests for an account from people without one. Answers the
// same whether or not the e-mail is known, so the form cannot be used to
// find out who has an account; rate-limited per peer address.
class AccessRequests {
public:
    static AttemptRules defaultPeerRules();

    AccessRequests(Database &database, const common::Clock &clock,
                   AttemptRules peerRules = defaultPeerRules());

    // `request` is validated for form (name, email lower-case, ...). Throws
    // ResourceExhausted when the peer has asked too often.
    void submit(const common::AccessRequest &request, const QString &peer);

private:
    Database &m_database;
    const common::Clock &m_clock;
    AttemptLimiter m_peers;
};

} // namespace hn::server
