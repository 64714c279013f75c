// SPDX-License-Identifier: GPL-3.0-or-later
// A config file outside the data directory (`--config`, as the Debian
// package's /etc/helfernetz/helfernetz-server.conf): init, serve, backup and
// restore as real processes on real files, and how --config, --data and the
// environment decide which configuration a command uses.
#include "tests/server/cli/CliTesting.h"

#include <QSettings>

using namespace hn::test::cli;

namespace {

const QStringList kAdminArgs{QStringLiteral("--admin-email"),
                             QStringLiteral("Admin@Kreis-Beispiel.de"),
                             QStringLiteral("--password-stdin")};

Result initWith(const QStringList &args,
                const QProcessEnvironment &env = withoutServerVariables()) {
    return run(kServer, QStringList{QStringLiteral("init")} + args + kAdminArgs, kPassword + '\n',
               env);
}

Result backupWith(const QStringList &args,
                  const QProcessEnvironment &env = withoutServerVariables()) {
    return run(kServer, QStringList{QStringLiteral("backup")} + args, {}, env);
}

QString startLine(const QString &arguments) {
    return QStringLiteral("Start the server with: helfernetz-server serve %1\n").arg(arguments);
}

} // namespace

TEST_CASE("init --config writes the config outside the data directory, serve --config uses it") {
    QTemporaryDir tmp;
    const QString config = tmp.filePath(QStringLiteral("etc/helfernetz/helfernetz-server.conf"));
    const QString data = tmp.filePath(QStringLiteral("var/lib/helfernetz"));
    const Result init = initWith({QStringLiteral("--config"), config, QStringLiteral("--data"),
                                  data, QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0")});
    INFO(init.err.toStdString());
    REQUIRE(init.exitCode == 0);
    CHECK(QFileInfo::exists(data + QStringLiteral("/helfernetz.db")));
    CHECK_FALSE(QFileInfo::exists(data + QStringLiteral("/helfernetz-server.conf")));
    {
        const QSettings written(config, QSettings::IniFormat);
        CHECK(written.value(QStringLiteral("server/data_dir")).toString() == data);
        CHECK(written.value(QStringLiteral("server/listen")).toString() == u"127.0.0.1:0");
    }
    // The config names the data directory, so --config alone starts it.
    INFO(init.out.toStdString());
    CHECK(init.out.contains(startLine(QStringLiteral("--config ") + config)));
    const QByteArray configBytes = readFile(config);

    ServeProcess server({QStringLiteral("--config"), config}, withoutServerVariables());
    const int port = server.waitForPort();
    INFO(server.log().toStdString());
    REQUIRE(port > 0);
    CHECK(server.log().contains(QStringLiteral("event=starting")));
    CHECK(server.log().contains(QStringLiteral("config=") + config));
    CHECK(server.log().contains(QStringLiteral("data_dir=") + data));

    QProcessEnvironment env = withoutServerVariables();
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), tmp.filePath(QStringLiteral("admin")));
    env.remove(QStringLiteral("HELFERNETZ_TOKEN"));
    const Result login =
        run(kAdmin,
            {QStringLiteral("--server"), QStringLiteral("127.0.0.1:%1").arg(port),
             QStringLiteral("login"), QStringLiteral("--email"),
             QStringLiteral("admin@kreis-beispiel.de"), QStringLiteral("--password-stdin")},
            kPassword + '\n', env);
    INFO(login.err.toStdString());
    CHECK(login.exitCode == 0);
    CHECK(server.stop() == 0);
    CHECK(readFile(config) == configBytes);
}

TEST_CASE("init --config uses an existing config byte for byte, with a relative data_dir") {
    QTemporaryDir tmp;
    const QString config = tmp.filePath(QStringLiteral("etc/helfernetz-server.conf"));
    const QByteArray content = "# Gepflegt von der IT des Landkreises\n"
                               "[server]\n"
                               "data_dir=../lib/helfernetz\n"
                               "listen=127.0.0.1:0\n"
                               "log_level=debug\n";
    writeFile(config, content);
    // As the package leaves it: there, and empty.
    const QString data = tmp.filePath(QStringLiteral("lib/helfernetz"));
    REQUIRE(QDir().mkpath(data));

    const Result init = initWith({QStringLiteral("--config"), config});
    INFO(init.err.toStdString());
    REQUIRE(init.exitCode == 0);
    // Relative to the file's folder, not to the command's working directory.
    CHECK(QFileInfo::exists(data + QStringLiteral("/helfernetz.db")));
    CHECK(readFile(config) == content);
    INFO(init.out.toStdString());
    CHECK(init.out.contains(QStringLiteral("used as it was")));
    CHECK(init.out.contains(startLine(QStringLiteral("--config ") + config)));

    // Settings meant for the file would be lost: refused.
    const Result listen = initWith(
        {QStringLiteral("--config"), config, QStringLiteral("--listen"), QStringLiteral("::1:1")});
    CHECK(listen.exitCode == 1);
    CHECK(listen.err.contains(QStringLiteral("--listen: ") + config + QStringLiteral(" exists")));

    const Result again = initWith({QStringLiteral("--config"), config});
    CHECK(again.exitCode == 2);
    INFO(again.err.toStdString());
    CHECK(again.err.contains(QStringLiteral("already initialised (the database ") + data
                             + QStringLiteral("/helfernetz.db exists)")));
    CHECK(again.err.contains(startLine(QStringLiteral("--config ") + config)));
    CHECK(readFile(config) == content);
}

TEST_CASE("the data directory from --data overrides server/data_dir, a config without either is "
          "refused naming the key") {
    QTemporaryDir tmp;
    const QString named = tmp.filePath(QStringLiteral("named"));
    const QString given = tmp.filePath(QStringLiteral("given"));
    const QString config = tmp.filePath(QStringLiteral("helfernetz-server.conf"));
    writeFile(config, "[server]\ndata_dir=" + named.toUtf8() + "\n");

    const Result init =
        initWith({QStringLiteral("--config"), config, QStringLiteral("--data"), given});
    INFO(init.err.toStdString());
    REQUIRE(init.exitCode == 0);
    CHECK(QFileInfo::exists(given + QStringLiteral("/helfernetz.db")));
    CHECK_FALSE(QFileInfo::exists(named));
    CHECK(init.out.contains(startLine(QStringLiteral("--config %1 --data %2").arg(config, given))));

    const QString backup = tmp.filePath(QStringLiteral("backup.db"));
    const Result withData =
        backupWith({QStringLiteral("--config"), config, QStringLiteral("--data"), given,
                    QStringLiteral("--to"), backup});
    INFO(withData.err.toStdString());
    CHECK(withData.exitCode == 0);
    const Result withoutData =
        backupWith({QStringLiteral("--config"), config, QStringLiteral("--to"),
                    tmp.filePath(QStringLiteral("other.db"))});
    CHECK(withoutData.exitCode == 2);
    CHECK(withoutData.err.contains(QStringLiteral("no database at ") + named));

    const Result restore = run(kServer,
                               {QStringLiteral("restore"), QStringLiteral("--config"), config,
                                QStringLiteral("--data"), given, QStringLiteral("--from"), backup,
                                QStringLiteral("--force")},
                               {}, withoutServerVariables());
    INFO(restore.err.toStdString());
    CHECK(restore.exitCode == 0);
    CHECK(QFileInfo::exists(given + QStringLiteral("/helfernetz.db.before-restore")));

    const QString keyless = tmp.filePath(QStringLiteral("keyless.conf"));
    writeFile(keyless, "[server]\nlisten=127.0.0.1:0\n");
    ServeProcess serve({QStringLiteral("--config"), keyless}, withoutServerVariables());
    CHECK(serve.exitCode() == 2);
    CHECK(serve.log().contains(QStringLiteral("server/data_dir: missing in ") + keyless));
    const Result initKeyless = initWith({QStringLiteral("--config"), keyless});
    CHECK(initKeyless.exitCode == 2);
    CHECK(initKeyless.err.contains(QStringLiteral("server/data_dir: missing in ") + keyless));

    // init writes a missing config only when it knows the data directory.
    const QString fresh = tmp.filePath(QStringLiteral("fresh.conf"));
    const Result noData = initWith({QStringLiteral("--config"), fresh});
    CHECK(noData.exitCode == 1);
    CHECK(noData.err.contains(QStringLiteral("--data: ") + fresh));
    CHECK_FALSE(QFileInfo::exists(fresh));

    // A bad value names the key and the file.
    const QString bad = tmp.filePath(QStringLiteral("bad.conf"));
    writeFile(bad, "[server]\ndata_dir=" + given.toUtf8() + "\n[sessions]\nlifetime_days=viele\n");
    const Result badValue =
        backupWith({QStringLiteral("--config"), bad, QStringLiteral("--to"), backup});
    CHECK(badValue.exitCode == 2);
    CHECK(badValue.err.contains(
        QStringLiteral("sessions/lifetime_days: must be a whole number (in ") + bad));
}

TEST_CASE("HELFERNETZ_CONFIG comes before HELFERNETZ_DATA, the flags before both") {
    QTemporaryDir tmp;
    const QString config = tmp.filePath(QStringLiteral("helfernetz-server.conf"));
    const QString viaConfig = tmp.filePath(QStringLiteral("via-config"));
    const QString viaData = tmp.filePath(QStringLiteral("via-data"));
    REQUIRE(
        initWith({QStringLiteral("--config"), config, QStringLiteral("--data"), viaConfig}).exitCode
        == 0);
    REQUIRE(initWith({QStringLiteral("--data"), viaData}).exitCode == 0);
    const auto environment = [](const QString &configFile, const QString &dataDir) {
        QProcessEnvironment env = withoutServerVariables();
        if (!configFile.isEmpty())
            env.insert(QStringLiteral("HELFERNETZ_CONFIG"), configFile);
        if (!dataDir.isEmpty())
            env.insert(QStringLiteral("HELFERNETZ_DATA"), dataDir);
        return env;
    };
    const QString missingDir = tmp.filePath(QStringLiteral("missing"));
    const QString missingConfig = tmp.filePath(QStringLiteral("missing.conf"));
    const auto backupTo = [&](const QString &name) {
        return QStringList{QStringLiteral("--to"), tmp.filePath(name)};
    };

    // The config file from the environment, not the (uninitialised) data dir.
    const Result fromConfig =
        backupWith(backupTo(QStringLiteral("1.db")), environment(config, missingDir));
    INFO(fromConfig.err.toStdString());
    CHECK(fromConfig.exitCode == 0);
    // --data on the command line beats HELFERNETZ_CONFIG.
    const Result dataFlag = backupWith(QStringList{QStringLiteral("--data"), viaData}
                                           + backupTo(QStringLiteral("2.db")),
                                       environment(missingConfig, {}));
    INFO(dataFlag.err.toStdString());
    CHECK(dataFlag.exitCode == 0);
    // HELFERNETZ_DATA does not fill in the data directory next to --config:
    // the file's server/data_dir counts.
    const Result configFlag = backupWith(QStringList{QStringLiteral("--config"), config}
                                             + backupTo(QStringLiteral("6.db")),
                                         environment({}, missingDir));
    INFO(configFlag.err.toStdString());
    CHECK(configFlag.exitCode == 0);
    const Result missing =
        backupWith(backupTo(QStringLiteral("3.db")), environment(missingConfig, viaData));
    CHECK(missing.exitCode == 2);
    CHECK(missing.err.contains(missingConfig + QStringLiteral(" does not exist")));
    const Result fromData = backupWith(backupTo(QStringLiteral("4.db")), environment({}, viaData));
    CHECK(fromData.exitCode == 0);

    const Result nothing = backupWith(backupTo(QStringLiteral("5.db")), environment({}, {}));
    CHECK(nothing.exitCode == 1);
    CHECK(nothing.err.contains(QStringLiteral("--config: no configuration given")));
    CHECK(nothing.err.contains(QStringLiteral("HELFERNETZ_CONFIG")));
    for (const char *name : {"1.db", "2.db", "4.db", "6.db"})
        CHECK(QFileInfo::exists(tmp.filePath(QLatin1String(name))));
}

TEST_CASE("init refuses a data directory whose database exists, also without its config file") {
    QTemporaryDir tmp;
    const QString data = tmp.filePath(QStringLiteral("data"));
    REQUIRE(init(data).exitCode == 0);
    const QString configFile = data + QStringLiteral("/helfernetz-server.conf");
    REQUIRE(QFile::remove(configFile));
    const QString database = data + QStringLiteral("/helfernetz.db");
    const QByteArray before = readFile(database);

    const Result again = initWith({QStringLiteral("--data"), data});
    CHECK(again.exitCode == 2);
    CHECK(again.err.contains(QStringLiteral("already initialised (the database ") + database));
    CHECK_FALSE(QFileInfo::exists(configFile));
    CHECK(readFile(database) == before);
}

TEST_CASE("every command's --help describes --config") {
    const Result top = run(kServer, {QStringLiteral("--help")});
    CHECK(top.out.contains(QStringLiteral("--config FILE")));
    CHECK(top.out.contains(QStringLiteral("HELFERNETZ_CONFIG")));
    for (const char *command : {"init", "serve", "backup", "restore", "seed-demo"}) {
        INFO(command);
        const Result help = run(kServer, {QLatin1String(command), QStringLiteral("--help")});
        CHECK(help.exitCode == 0);
        CHECK(help.out.contains(QStringLiteral("--config <file>")));
        CHECK(help.out.contains(QStringLiteral("server/data_dir")));
        // The variables count only without both flags; "default:
        // $HELFERNETZ_DATA" would promise them next to --config too.
        const QString text = help.out.simplified();
        CHECK_FALSE(text.contains(QStringLiteral("default: $HELFERNETZ")));
        CHECK(text.contains(QStringLiteral("Without --config and --data: $HELFERNETZ_CONFIG if "
                                           "set.")));
        CHECK(text.contains(QStringLiteral("Without --config and --data: $HELFERNETZ_DATA if set "
                                           "and $HELFERNETZ_CONFIG is not.")));
    }
    const Result backup = run(kServer, {QStringLiteral("backup"), QStringLiteral("--help")});
    CHECK(backup.out.contains(QStringLiteral("--to-dir <dir>")));
    CHECK(backup.out.contains(QStringLiteral("--keep <n>")));
}

TEST_CASE("relative TLS files in a --config file count from its folder, not the working "
          "directory") {
    QTemporaryDir tmp;
    const QString etc = tmp.filePath(QStringLiteral("etc/helfernetz"));
    REQUIRE(QDir().mkpath(etc + QStringLiteral("/tls")));
    const Result openssl =
        run(QStringLiteral("openssl"),
            {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
             QStringLiteral("ec"), QStringLiteral("-pkeyopt"),
             QStringLiteral("ec_paramgen_curve:prime256v1"), QStringLiteral("-nodes"),
             QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-subj"),
             QStringLiteral("/CN=localhost"), QStringLiteral("-keyout"),
             etc + QStringLiteral("/tls/key.pem"), QStringLiteral("-out"),
             etc + QStringLiteral("/tls/cert.pem")});
    INFO(openssl.err.toStdString());
    REQUIRE(openssl.exitCode == 0);
    const QString config = etc + QStringLiteral("/helfernetz-server.conf");
    writeFile(config, "[server]\ndata_dir=../../var/lib/helfernetz\nlisten=127.0.0.1:0\n"
                      "[tls]\ncert=tls/cert.pem\nkey=./tls/key.pem\n");
    // As systemd starts both: in "/".
    const QString root = QDir::rootPath();
    const Result init =
        run(kServer,
            QStringList{QStringLiteral("init"), QStringLiteral("--config"), config} + kAdminArgs,
            kPassword + '\n', withoutServerVariables(), root);
    INFO(init.err.toStdString());
    REQUIRE(init.exitCode == 0);
    CHECK(QFileInfo::exists(tmp.filePath(QStringLiteral("var/lib/helfernetz/helfernetz.db"))));

    ServeProcess server({QStringLiteral("--config"), config}, withoutServerVariables(), root);
    const int port = server.waitForPort();
    const int stopped = server.stop();
    INFO(server.log().toStdString());
    CHECK(port > 0);
    CHECK(server.log().contains(QStringLiteral("tls=yes")));
    // Stopped right after "listening": the stop request is handled already.
    CHECK(stopped == 0);

    // init writes TLS files given on its command line as absolute paths:
    // relative ones count from where init runs, in the file they would not.
    const QString data = tmp.filePath(QStringLiteral("data"));
    const Result initData =
        run(kServer,
            QStringList{QStringLiteral("init"), QStringLiteral("--data"), data,
                        QStringLiteral("--tls-cert"), QStringLiteral("etc/helfernetz/tls/cert.pem"),
                        QStringLiteral("--tls-key"), QStringLiteral("etc/helfernetz/tls/key.pem")}
                + kAdminArgs,
            kPassword + '\n', withoutServerVariables(), tmp.path());
    INFO(initData.err.toStdString());
    REQUIRE(initData.exitCode == 0);
    {
        const QSettings written(data + QStringLiteral("/helfernetz-server.conf"),
                                QSettings::IniFormat);
        CHECK(written.value(QStringLiteral("tls/cert")).toString()
              == etc + QStringLiteral("/tls/cert.pem"));
        CHECK(written.value(QStringLiteral("tls/key")).toString()
              == etc + QStringLiteral("/tls/key.pem"));
    }

    // An error names the key and the path as resolved.
    writeFile(config, "[server]\ndata_dir=../../var/lib/helfernetz\n"
                      "[tls]\ncert=tls/cert.pem\nkey=tls/fehlt.pem\n");
    const Result missing = run(kServer,
                               {QStringLiteral("backup"), QStringLiteral("--config"), config,
                                QStringLiteral("--to"), tmp.filePath(QStringLiteral("b.db"))},
                               {}, withoutServerVariables(), root);
    CHECK(missing.exitCode == 2);
    CHECK(missing.err.contains(QStringLiteral("tls/key: ") + etc
                               + QStringLiteral("/tls/fehlt.pem does not exist (in ") + config));
}

TEST_CASE("a config file this account cannot read is named as not readable, not as missing") {
    QTemporaryDir tmp;
    const std::optional<QStringList> prefix = permissionsApplyingPrefix(tmp.path());
    if (!prefix) {
        WARN("root without setpriv, or no file permissions here: nothing to check");
        return;
    }
    // "nobody" must reach the test's files; only the ones under test are closed.
    REQUIRE(QFile::setPermissions(tmp.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner
                                                  | QFileDevice::ExeOwner | QFileDevice::ReadOther
                                                  | QFileDevice::ExeOther));
    const auto server = [&](const QStringList &args, const QByteArray &input = {}) {
        const QStringList command = *prefix + QStringList{kServer} + args;
        return run(command.first(), command.mid(1), input, withoutServerVariables(),
                   QDir::rootPath());
    };
    const QString backup = tmp.filePath(QStringLiteral("b.db"));

    const QString readable = tmp.filePath(QStringLiteral("readable.conf"));
    writeFile(readable, "[server]\ndata_dir=fehlt\n");
    REQUIRE(QFile::setPermissions(readable, QFileDevice::ReadOwner | QFileDevice::WriteOwner
                                                | QFileDevice::ReadOther));
    // The account can run the server and read an open file: the failure
    // below is the permission, not the account.
    const Result control = server({QStringLiteral("backup"), QStringLiteral("--config"), readable,
                                   QStringLiteral("--to"), backup});
    INFO(control.err.toStdString());
    CHECK(control.exitCode == 2);
    CHECK(control.err.contains(QStringLiteral("no database at ")));

    const QString closed = tmp.filePath(QStringLiteral("closed.conf"));
    writeFile(closed, "[server]\ndata_dir=fehlt\n");
    REQUIRE(QFile::setPermissions(closed, QFileDevice::ReadOwner | QFileDevice::WriteOwner));
    const Result unreadable = server({QStringLiteral("backup"), QStringLiteral("--config"), closed,
                                      QStringLiteral("--to"), backup});
    INFO(unreadable.err.toStdString());
    CHECK(unreadable.exitCode == 2);
    CHECK(unreadable.err.contains(closed + QStringLiteral(" is not readable by this account")));

    // In a folder the account cannot enter, the file seems not to exist.
    const QString folder = tmp.filePath(QStringLiteral("etc"));
    const QString hidden = folder + QStringLiteral("/helfernetz-server.conf");
    writeFile(hidden, "[server]\ndata_dir=fehlt\n");
    REQUIRE(QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::WriteOwner
                                              | QFileDevice::ExeOwner));
    const QStringList base{QStringLiteral("--config"), hidden};
    for (const QStringList &args : {QStringList{QStringLiteral("serve")} + base,
                                    QStringList{QStringLiteral("backup")} + base
                                        + QStringList{QStringLiteral("--to"), backup},
                                    QStringList{QStringLiteral("init")} + base + kAdminArgs}) {
        INFO(args.join(u' ').toStdString());
        const Result result = server(args, kPassword + '\n');
        INFO(result.err.toStdString());
        CHECK(result.exitCode == 2);
        CHECK(result.err.contains(hidden
                                  + QStringLiteral(" is not readable by this account: its "
                                                   "folder ")
                                  + folder + QStringLiteral(" cannot be entered")));
    }
    const Result dataLayout = server({QStringLiteral("backup"), QStringLiteral("--data"), folder,
                                      QStringLiteral("--to"), backup});
    CHECK(dataLayout.exitCode == 2);
    CHECK(dataLayout.err.contains(QStringLiteral(" is not readable by this account")));
    CHECK_FALSE(QFileInfo::exists(backup));
}
