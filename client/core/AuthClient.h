// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "client/core/ServerEndpoint.h"
#include "common/AccessRequest.h"
#include "common/Identity.h"

#include <QDateTime>
#include <chrono>
#include <memory>
#include <string_view>

namespace helfernetz::v1 {
class Auth;
}

namespace hn::client {

// A session as the client holds it.
struct SessionInfo {
    QString token;
    QDateTime expiresAt;
    common::Identity identity;
    // The server's offline lease (see OfflineLease); 0 from a server that
    // does not send one.
    std::chrono::milliseconds offlineLease{0};
};

// The Auth service from the client's side, in domain types. Every failure
// is thrown as common::Error (see RemoteError). Blocking; callers keep it
// off the UI thread.
class AuthClient {
public:
    explicit AuthClient(const ServerEndpoint &endpoint,
                        std::chrono::milliseconds timeout = std::chrono::seconds(20));
    ~AuthClient();

    SessionInfo login(const QString &email, std::string_view password, const QString &deviceName);
    // The identity and the session's current expiry.
    SessionInfo whoAmI(const QString &token);
    void logout(const QString &token);
    void changePassword(const QString &token, std::string_view current, std::string_view next);
    void requestAccess(const common::AccessRequest &request);
    // Sets the first password (or the one after a reset) with a one-time
    // activation code and opens a session, like login.
    SessionInfo activateAccount(const QString &email, const QString &activationCode,
                                std::string_view newPassword, const QString &deviceName);

private:
    ServerEndpoint m_endpoint;
    std::chrono::milliseconds m_timeout;
    std::unique_ptr<class AuthStub> m_stub;
};

} // namespace hn::client
