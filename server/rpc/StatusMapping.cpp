// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/rpc/StatusMapping.h"

namespace hn::server {

grpc::StatusCode statusCodeOf(common::ErrorCode code) {
    using common::ErrorCode;
    switch (code) {
    case ErrorCode::InvalidArgument:
        return grpc::StatusCode::INVALID_ARGUMENT;
    case ErrorCode::NotFound:
        return grpc::StatusCode::NOT_FOUND;
    case ErrorCode::AlreadyExists:
        return grpc::StatusCode::ALREADY_EXISTS;
    case ErrorCode::PermissionDenied:
        return grpc::StatusCode::PERMISSION_DENIED;
    case ErrorCode::Unauthenticated:
        return grpc::StatusCode::UNAUTHENTICATED;
    case ErrorCode::ResourceExhausted:
        return grpc::StatusCode::RESOURCE_EXHAUSTED;
    case ErrorCode::FailedPrecondition:
        return grpc::StatusCode::FAILED_PRECONDITION;
    case ErrorCode::OutOfRange:
        return grpc::StatusCode::OUT_OF_RANGE;
    case ErrorCode::Unavailable:
        return grpc::StatusCode::UNAVAILABLE;
    case ErrorCode::Internal:
        return grpc::StatusCode::INTERNAL;
    }
    return grpc::StatusCode::INTERNAL;
}

grpc::Status statusOf(const common::Error &error) {
    return grpc::Status(statusCodeOf(error.code()), error.describe().toStdString());
}

} // namespace hn::server
