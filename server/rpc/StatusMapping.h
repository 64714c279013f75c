// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Error.h"

#include <grpcpp/support/status.h>

namespace hn::server {

// The gRPC status code for each common::Error code, the same for unary
// answers and for streams that end with an error (one table, so a client
// reacts to an ended session or a lost permission alike everywhere).
grpc::StatusCode statusCodeOf(common::ErrorCode code);
// The status that answers `error`: its code and description.
grpc::Status statusOf(const common::Error &error);

} // namespace hn::server
