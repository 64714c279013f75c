// SPDX-License-Identifier: GPL-3.0-or-later
// The Blobs settings in helfernetz-server.conf: defaults, saved and loaded,
// and bad values named by their key.
#include "common/Error.h"
#include "server/core/ServerConfig.h"

#include <QSettings>
#include <QTemporaryDir>
#include <catch2/catch.hpp>

using namespace hn;
using server::ServerConfig;

TEST_CASE("blob settings default to 200 MiB and 7 days and survive save and load") {
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    ServerConfig config;
    config.dataDir = dir.path();
    CHECK(config.blobSettings().maxFileBytes == 209715200);
    CHECK(config.blobSettings().partialRetention == std::chrono::hours(24 * 7));
    config.maxFileBytes = 5LL * 1024 * 1024 * 1024;
    config.partialRetentionDays = 30;
    config.save();
    const ServerConfig loaded = ServerConfig::load(dir.path());
    CHECK(loaded.blobSettings().maxFileBytes == 5LL * 1024 * 1024 * 1024);
    CHECK(loaded.blobSettings().partialRetention == std::chrono::hours(24 * 30));
}

TEST_CASE("bad blob settings are refused naming the key") {
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    ServerConfig config;
    config.dataDir = dir.path();
    config.save();
    const auto [key, value] = GENERATE(table<const char *, const char *>({
        {"blobs/max_file_bytes", "viel"},
        {"blobs/max_file_bytes", "0"},
        {"blobs/partial_retention_days", "0"},
        {"blobs/partial_retention_days", "400"},
    }));
    INFO(key << " = " << value);
    {
        QSettings settings(config.configFile(), QSettings::IniFormat);
        settings.setValue(QLatin1String(key), QLatin1String(value));
    }
    try {
        ServerConfig::load(dir.path());
        FAIL("loaded");
    } catch (const common::Error &error) {
        CHECK(error.code() == common::ErrorCode::InvalidArgument);
        CHECK(error.field() == QLatin1String(key));
    }
}
