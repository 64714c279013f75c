// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Device.h"
#include "common/Error.h"

#include <grpcpp/client_context.h>
#include <grpcpp/support/status.h>

namespace hn::client {

// Turns a failed call's status into a common::Error people can act on:
// the server's message, field (trailing metadata "hn-error-field") and
// reason ("hn-error-reason", as the error's reason()), or
// for transport failures a sentence saying the server was not reached. An
// UNAUTHENTICATED answer for an ended session keeps the `hn-session-end`
// reason on the error (read it with sessionEndReason()).
class RemoteError {
public:
    static common::Error from(const grpc::Status &status, const grpc::ClientContext &context,
                              const QString &server);
    // Why the server ended the session, if `error` says it did; None for
    // any other error (an unknown token included). The reason travels as
    // the error's reason() (the SessionEndReason's name).
    static common::SessionEndReason sessionEndReason(const common::Error &error);
};

} // namespace hn::client
