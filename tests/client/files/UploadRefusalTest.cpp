// SPDX-License-Identifier: GPL-3.0-or-later
// Which refusals of an upload stop its entry for the person to decide, and
// which are retried (FileTransfers::stopsUpload).
#include "client/core/FileTransfers.h"
#include "common/Error.h"

#include <catch2/catch.hpp>

using hn::client::FileTransfers;
using hn::common::Error;

TEST_CASE("a refusal marked resume is retried, the others stop the upload") {
    const QString resume = QStringLiteral("resume");
    SECTION("the server's held bytes moved: retried from a fresh Status") {
        CHECK_FALSE(FileTransfers::stopsUpload(
            Error::failedPrecondition(QStringLiteral("offset 3 MiB beyond the 2 MiB held"))
                .withReason(resume)));
        CHECK_FALSE(FileTransfers::stopsUpload(
            Error::invalidArgument(QStringLiteral("offset"), QStringLiteral("beyond held bytes"))
                .withReason(resume)));
    }
    SECTION("refusals a retry cannot fix stop the entry") {
        CHECK(FileTransfers::stopsUpload(
            Error::failedPrecondition(QStringLiteral("checked out by Bernd"))));
        CHECK(FileTransfers::stopsUpload(Error::permissionDenied(QStringLiteral("no right"))));
        CHECK(FileTransfers::stopsUpload(Error::notFound(QStringLiteral("document gone"))));
        CHECK(FileTransfers::stopsUpload(
            Error::invalidArgument(QStringLiteral("sha256_hex"), QStringLiteral("mismatch"))));
        CHECK(FileTransfers::stopsUpload(
            Error::invalidArgument(QStringLiteral("size_bytes"), QStringLiteral("too big"))));
    }
    SECTION("transport failures are retried") {
        CHECK_FALSE(FileTransfers::stopsUpload(Error::unavailable(QStringLiteral("cut"))));
        CHECK_FALSE(FileTransfers::stopsUpload(Error::internal(QStringLiteral("oops"))));
    }
}
