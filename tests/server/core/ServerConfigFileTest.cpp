// SPDX-License-Identifier: GPL-3.0-or-later
// A config file outside the data directory (ServerConfig::loadFile) and
// init with it (DataDirectory::init): where the data directory is, errors
// that name the file and the key, and config files never rewritten.
#include "common/Error.h"
#include "server/core/DataDirectory.h"
#include "server/core/ServerConfig.h"
#include "tests/support/ManualClock.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSettings>
#include <QTemporaryDir>
#include <catch2/catch.hpp>
#include <functional>

using namespace hn;
using server::ServerConfig;

namespace {

void writeFile(const QString &path, const QByteArray &bytes) {
    REQUIRE(QDir().mkpath(QFileInfo(path).absolutePath()));
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(bytes);
}

QByteArray readFile(const QString &path) {
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

common::Error errorOf(const std::function<void()> &call) {
    try {
        call();
    } catch (const common::Error &error) {
        return error;
    }
    FAIL("the call succeeded");
    return common::Error::internal(QString());
}

const std::string kPassword = "Erstes-Admin-Passwort";

server::FirstAdmin firstAdmin() {
    return {QStringLiteral("admin@kreis-beispiel.de"), QStringLiteral("Admin"), kPassword};
}

} // namespace

TEST_CASE("a config file names its data directory, relative to the file's folder") {
    QTemporaryDir tmp;
    const QString file = tmp.filePath(QStringLiteral("etc/helfernetz/helfernetz-server.conf"));
    writeFile(file, "[server]\ndata_dir=../../var/lib/helfernetz\nlisten=127.0.0.1:50099\n");

    const ServerConfig config = ServerConfig::loadFile(file);
    CHECK(config.dataDir == QDir::cleanPath(tmp.filePath(QStringLiteral("var/lib/helfernetz"))));
    CHECK(config.configFile() == QFileInfo(file).absoluteFilePath());
    CHECK(config.hasConfigOutsideDataDir());
    CHECK(config.listenAddress == u"127.0.0.1:50099");
    CHECK(config.resolvedDatabasePath()
          == QDir::cleanPath(tmp.filePath(QStringLiteral("var/lib/helfernetz/helfernetz.db"))));

    const QString other = tmp.filePath(QStringLiteral("other"));
    CHECK(ServerConfig::loadFile(file, other).dataDir == QDir(other).absolutePath());

    writeFile(tmp.filePath(QStringLiteral("absolute.conf")),
              "[server]\ndata_dir=" + other.toUtf8() + "\n");
    CHECK(ServerConfig::loadFile(tmp.filePath(QStringLiteral("absolute.conf"))).dataDir == other);

    // A comma is part of a path, not a list separator.
    writeFile(file, "[server]\ndata_dir=daten,alt\n[database]\npath=helfernetz,1.db\n");
    const ServerConfig comma = ServerConfig::loadFile(file);
    CHECK(comma.dataDir.endsWith(QStringLiteral("/etc/helfernetz/daten,alt")));
    CHECK(comma.databasePath == u"helfernetz,1.db");
}

TEST_CASE("config file errors name the file and the key") {
    QTemporaryDir tmp;
    const QString file = tmp.filePath(QStringLiteral("helfernetz-server.conf"));

    const common::Error missingFile = errorOf([&] { ServerConfig::loadFile(file); });
    CHECK(missingFile.code() == common::ErrorCode::NotFound);
    CHECK(missingFile.message().contains(file));

    writeFile(file, "[server]\nlisten=127.0.0.1:0\n");
    const common::Error noDataDir = errorOf([&] { ServerConfig::loadFile(file); });
    CHECK(noDataDir.code() == common::ErrorCode::InvalidArgument);
    CHECK(noDataDir.field() == u"server/data_dir");
    CHECK(noDataDir.message().contains(file));

    writeFile(file, "[server]\ndata_dir=daten\nlog_level=laut\n");
    const common::Error badValue = errorOf([&] { ServerConfig::loadFile(file); });
    CHECK(badValue.field() == u"server/log_level");
    CHECK(badValue.message().endsWith(QStringLiteral("(in %1)").arg(file)));
}

TEST_CASE("a config in the data directory may not name another data directory") {
    QTemporaryDir tmp;
    ServerConfig config;
    config.dataDir = tmp.filePath(QStringLiteral("data"));
    REQUIRE(QDir().mkpath(config.dataDir));
    config.save();
    {
        QSettings settings(config.configFile(), QSettings::IniFormat);
        settings.setValue(QStringLiteral("server/data_dir"), QStringLiteral("."));
    }
    CHECK(ServerConfig::load(config.dataDir).dataDir == QDir(config.dataDir).absolutePath());
    {
        QSettings settings(config.configFile(), QSettings::IniFormat);
        settings.setValue(QStringLiteral("server/data_dir"), tmp.filePath(QStringLiteral("else")));
    }
    const common::Error error = errorOf([&] { ServerConfig::load(config.dataDir); });
    CHECK(error.field() == u"server/data_dir");
    CHECK(error.message().contains(QStringLiteral("--config")));
}

TEST_CASE("save never replaces a config file") {
    QTemporaryDir tmp;
    const QString file = tmp.filePath(QStringLiteral("helfernetz-server.conf"));
    const QByteArray content = "# von Hand\n[server]\ndata_dir=daten\n";
    writeFile(file, content);
    ServerConfig config = ServerConfig::loadFile(file);
    config.listenAddress = QStringLiteral("127.0.0.1:1");
    CHECK(errorOf([&] { config.save(); }).code() == common::ErrorCode::AlreadyExists);
    CHECK(readFile(file) == content);
}

TEST_CASE("init with a config outside the data directory writes it once and leaves it after") {
    QTemporaryDir tmp;
    test::ManualClock clock;
    ServerConfig config;
    config.configPath = tmp.filePath(QStringLiteral("etc/helfernetz-server.conf"));
    config.dataDir = tmp.filePath(QStringLiteral("data"));
    server::DataDirectory::init(config, firstAdmin(), clock);
    CHECK(QFileInfo::exists(config.resolvedDatabasePath()));
    CHECK_FALSE(QFileInfo::exists(QDir(config.dataDir).filePath(ServerConfig::fileName())));
    const ServerConfig loaded = ServerConfig::loadFile(config.configPath);
    CHECK(loaded.dataDir == QDir(config.dataDir).absolutePath());

    // Initialised is "the database exists", whoever wrote the config.
    const QByteArray written = readFile(config.configPath);
    const common::Error again =
        errorOf([&] { server::DataDirectory::init(loaded, firstAdmin(), clock); });
    CHECK(again.code() == common::ErrorCode::AlreadyExists);
    CHECK(again.message().contains(QStringLiteral("already initialised")));
    CHECK(readFile(config.configPath) == written);
}

TEST_CASE("init that fails takes back the config and database it wrote") {
    QTemporaryDir tmp;
    // Fails inside the database's first write, after the file is created.
    class BrokenClock final : public common::Clock {
    public:
        QDateTime now() const override { throw common::Error::unavailable(QStringLiteral("x")); }
    } broken;
    test::ManualClock clock;
    const bool outside = GENERATE(true, false);
    INFO((outside ? "config outside the data directory" : "config in the data directory"));
    ServerConfig config;
    config.dataDir = tmp.filePath(QStringLiteral("data"));
    if (outside)
        config.configPath = tmp.filePath(QStringLiteral("etc/helfernetz-server.conf"));
    CHECK_THROWS(server::DataDirectory::init(config, firstAdmin(), broken));
    CHECK_FALSE(QFileInfo::exists(config.configFile()));
    CHECK_FALSE(QFileInfo::exists(config.resolvedDatabasePath()));
    // So it can simply be run again.
    server::DataDirectory::init(config, firstAdmin(), clock);
    CHECK(QFileInfo::exists(config.configFile()));
    CHECK(QFileInfo::exists(config.resolvedDatabasePath()));
}

TEST_CASE("init that fails leaves an existing config file as it was") {
    QTemporaryDir tmp;
    test::ManualClock clock;
    const QString file = tmp.filePath(QStringLiteral("helfernetz-server.conf"));
    // The database cannot be created: its folder does not exist.
    const QByteArray content = "[server]\ndata_dir=data\n[database]\npath=missing/x.db\n";
    writeFile(file, content);
    CHECK_THROWS(server::DataDirectory::init(ServerConfig::loadFile(file), firstAdmin(), clock));
    CHECK(readFile(file) == content);
}

TEST_CASE("relative TLS files count from the config file's folder in both layouts") {
    QTemporaryDir tmp;
    // Wherever the process runs (systemd: "/"), the file's folder counts.
    const QString elsewhere = tmp.filePath(QStringLiteral("elsewhere"));
    REQUIRE(QDir().mkpath(elsewhere));
    const QString previous = QDir::currentPath();
    REQUIRE(QDir::setCurrent(elsewhere));
    struct Restore {
        QString path;
        ~Restore() { QDir::setCurrent(path); }
    } restore{previous};

    const QString etc = tmp.filePath(QStringLiteral("etc/helfernetz"));
    writeFile(etc + QStringLiteral("/tls/cert.pem"), "cert");
    writeFile(etc + QStringLiteral("/tls/key.pem"), "key");
    const QString file = etc + QStringLiteral("/helfernetz-server.conf");
    writeFile(file, "[server]\ndata_dir=../../var/lib/helfernetz\n"
                    "[tls]\ncert=tls/cert.pem\nkey=./tls/../tls/key.pem\n");
    const ServerConfig outside = ServerConfig::loadFile(file);
    CHECK(outside.tlsCertFile == etc + QStringLiteral("/tls/cert.pem"));
    CHECK(outside.tlsKeyFile == etc + QStringLiteral("/tls/key.pem"));
    // database/path stays relative to the data directory, not to the file.
    CHECK(outside.resolvedDatabasePath()
          == QDir::cleanPath(tmp.filePath(QStringLiteral("var/lib/helfernetz/helfernetz.db"))));

    // Absolute paths are taken as they are.
    writeFile(file, "[server]\ndata_dir=daten\n[tls]\ncert=" + etc.toUtf8()
                        + "/tls/cert.pem\nkey=" + etc.toUtf8() + "/tls/key.pem\n");
    CHECK(ServerConfig::loadFile(file).tlsCertFile == etc + QStringLiteral("/tls/cert.pem"));

    // In the data-directory layout the file's folder is the data directory.
    const QString data = tmp.filePath(QStringLiteral("data"));
    writeFile(data + QStringLiteral("/cert.pem"), "cert");
    writeFile(data + QStringLiteral("/key.pem"), "key");
    writeFile(data + QStringLiteral("/") + ServerConfig::fileName(),
              "[tls]\ncert=cert.pem\nkey=key.pem\n");
    const ServerConfig inside = ServerConfig::load(data);
    CHECK(inside.tlsCertFile == data + QStringLiteral("/cert.pem"));
    CHECK(inside.tlsKeyFile == data + QStringLiteral("/key.pem"));

    // The working directory does not count even when the file is there.
    writeFile(elsewhere + QStringLiteral("/tls/fehlt.pem"), "key");
    writeFile(file, "[server]\ndata_dir=daten\n[tls]\ncert=tls/cert.pem\nkey=tls/fehlt.pem\n");
    const common::Error missing = errorOf([&] { ServerConfig::loadFile(file); });
    CHECK(missing.field() == u"tls/key");
    CHECK(missing.message()
          == QStringLiteral("%1/tls/fehlt.pem does not exist (in %2)").arg(etc, file));
}
