// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Error.h"
#include "common/Policy.h"

namespace hn::server {

// Turns a refusal of the policy into the error the caller gets:
// PERMISSION_DENIED with the policy's reason, or FAILED_PRECONDITION when
// the platform's state (the last admin) is what stands in the way.
inline void enforce(const common::Decision &decision) {
    if (decision)
        return;
    if (decision.precondition)
        throw common::Error::failedPrecondition(decision.reason);
    throw common::Error::permissionDenied(decision.reason);
}

} // namespace hn::server
