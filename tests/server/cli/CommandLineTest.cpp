// SPDX-License-Identifier: GPL-3.0-or-later
// helfernetz-server and helfernetz-admin as a person runs them: real
// processes, a real data directory, a server listening on 127.0.0.1.
#include "tests/server/cli/CliTesting.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QThread>
#include <catch2/catch.hpp>

using namespace hn::test::cli;

TEST_CASE("helfernetz-server --help, --version and unknown commands") {
    const Result help = run(kServer, {QStringLiteral("--help")});
    CHECK(help.exitCode == 0);
    CHECK(help.out.contains(QStringLiteral("init")));
    CHECK(help.out.contains(QStringLiteral("serve")));
    const Result version = run(kServer, {QStringLiteral("--version")});
    CHECK(version.exitCode == 0);
    CHECK(version.out.startsWith(QStringLiteral("helfernetz-server 0.")));
    CHECK(run(kServer, {QStringLiteral("frobnicate")}).exitCode == 1);
    CHECK(run(kServer, {QStringLiteral("serve"), QStringLiteral("--help")})
              .out.contains(QStringLiteral("--tls-cert")));
}

TEST_CASE("init creates a data directory once, with the password from stdin or a file") {
    QTemporaryDir tmp;
    const QString data = tmp.filePath(QStringLiteral("data"));
    const Result first = init(data);
    INFO(first.err.toStdString());
    CHECK(first.exitCode == 0);
    CHECK(QFileInfo::exists(data + QStringLiteral("/helfernetz-server.conf")));
    CHECK(QFileInfo::exists(data + QStringLiteral("/helfernetz.db")));
    CHECK(first.out.contains(QStringLiteral("admin@kreis-beispiel.de")));

    const Result again = init(data);
    CHECK(again.exitCode == 2);
    CHECK(again.err.contains(QStringLiteral("already initialised")));

    const QString other = tmp.filePath(QStringLiteral("other"));
    const Result shortPassword = init(other, "kurz\n");
    CHECK(shortPassword.exitCode == 1);
    CHECK(shortPassword.err.contains(QStringLiteral("password: must have at least 10")));
    CHECK_FALSE(QFileInfo::exists(other + QStringLiteral("/helfernetz-server.conf")));

    QFile passwordFile(tmp.filePath(QStringLiteral("pw.txt")));
    REQUIRE(passwordFile.open(QIODevice::WriteOnly));
    passwordFile.write(kPassword + "\n");
    passwordFile.close();
    const Result fromFile =
        run(kServer, {QStringLiteral("init"), QStringLiteral("--data"), other,
                      QStringLiteral("--admin-email"), QStringLiteral("a@b.de"),
                      QStringLiteral("--password-file"), passwordFile.fileName()});
    CHECK(fromFile.exitCode == 0);

    CHECK(run(kServer, {QStringLiteral("init"), QStringLiteral("--data"), other}).exitCode == 1);
}

TEST_CASE("serve refuses what it cannot do safely, with a clear message") {
    QTemporaryDir tmp;
    const QString data = tmp.filePath(QStringLiteral("data"));
    ServeProcess missing({QStringLiteral("--data"), data});
    CHECK(missing.exitCode() == 2);
    CHECK(missing.log().contains(QStringLiteral("run 'helfernetz-server init")));

    REQUIRE(init(data).exitCode == 0);
    ServeProcess everywhere(
        {QStringLiteral("--data"), data, QStringLiteral("--listen"), QStringLiteral("0.0.0.0:0")});
    CHECK(everywhere.exitCode() == 2);
    CHECK(everywhere.log().contains(QStringLiteral("refusing plaintext")));

    ServeProcess badLevel(
        {QStringLiteral("--data"), data, QStringLiteral("--log-level"), QStringLiteral("chatty")});
    CHECK(badLevel.exitCode() == 2);
    CHECK(badLevel.log().contains(QStringLiteral("server/log_level")));
}

TEST_CASE("serve, then log in, whoami and log out with helfernetz-admin, SIGTERM stops cleanly") {
    QTemporaryDir tmp;
    const QString data = tmp.filePath(QStringLiteral("data"));
    REQUIRE(init(data).exitCode == 0);
    ServeProcess server({QStringLiteral("--data"), data, QStringLiteral("--listen"),
                         QStringLiteral("127.0.0.1:0")});
    const int port = server.waitForPort();
    INFO(server.log().toStdString());
    REQUIRE(port > 0);

    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), tmp.filePath(QStringLiteral("config")));
    env.remove(QStringLiteral("HELFERNETZ_TOKEN"));
    const QStringList serverArg{QStringLiteral("--server"),
                                QStringLiteral("127.0.0.1:%1").arg(port)};

    const Result notLoggedIn =
        run(kAdmin, serverArg + QStringList{QStringLiteral("whoami")}, {}, env);
    CHECK(notLoggedIn.exitCode == 2);
    CHECK(notLoggedIn.err.contains(QStringLiteral("not logged in")));

    const Result wrong = run(kAdmin,
                             serverArg
                                 + QStringList{QStringLiteral("login"), QStringLiteral("--email"),
                                               QStringLiteral("admin@kreis-beispiel.de"),
                                               QStringLiteral("--password-stdin")},
                             "falsch\n", env);
    CHECK(wrong.exitCode == 2);

    const Result login = run(kAdmin,
                             serverArg
                                 + QStringList{QStringLiteral("login"), QStringLiteral("--email"),
                                               QStringLiteral("admin@kreis-beispiel.de"),
                                               QStringLiteral("--password-stdin")},
                             kPassword + "\n", env);
    INFO(login.err.toStdString());
    REQUIRE(login.exitCode == 0);
    const QString tokenFile = tmp.filePath(QStringLiteral("config/helfernetz-admin/login.json"));
    REQUIRE(QFileInfo::exists(tokenFile));
    CHECK(QFileInfo(tokenFile).permissions()
          == (QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadUser
              | QFileDevice::WriteUser));

    // The saved login remembers the server, so --server is no longer needed.
    const Result table = run(kAdmin, {QStringLiteral("whoami")}, {}, env);
    CHECK(table.exitCode == 0);
    CHECK(table.out.contains(QStringLiteral("admin@kreis-beispiel.de")));
    CHECK(table.out.contains(QStringLiteral("manage-users")));

    const Result json = run(kAdmin, {QStringLiteral("--json"), QStringLiteral("whoami")}, {}, env);
    REQUIRE(json.exitCode == 0);
    const QJsonObject me = QJsonDocument::fromJson(json.out.toUtf8()).object();
    CHECK(me.value(QStringLiteral("role")).toString() == QStringLiteral("admin"));
    CHECK(me.value(QStringLiteral("email")).toString()
          == QStringLiteral("admin@kreis-beispiel.de"));

    CHECK(run(kAdmin, {QStringLiteral("logout")}, {}, env).exitCode == 0);
    CHECK_FALSE(QFileInfo::exists(tokenFile));
    CHECK(run(kAdmin, {QStringLiteral("whoami")}, {}, env).exitCode == 2);

    CHECK(server.stop() == 0);
    CHECK(server.log().contains(QStringLiteral("event=stopped")));
    // The daily maintenance ran at start: tombstones and unused files.
    CHECK(server.log().contains(QStringLiteral("event=tombstones-purged")));
    CHECK(server.log().contains(QStringLiteral("event=blobs-collected")));
    CHECK(server.log().contains(QStringLiteral("method=Auth.Login")));
    CHECK_FALSE(server.log().contains(QString::fromLatin1(kPassword)));
}

TEST_CASE("helfernetz-admin reports an unreachable server with exit code 4") {
    QTemporaryDir tmp;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), tmp.path());
    env.insert(QStringLiteral("HELFERNETZ_TOKEN"), QString(43, u'A'));
    // Port 1 on loopback: nothing listens there.
    const Result result =
        run(kAdmin,
            {QStringLiteral("--server"), QStringLiteral("127.0.0.1:1"), QStringLiteral("whoami")},
            {}, env);
    CHECK(result.exitCode == 4);
    CHECK(result.err.contains(QStringLiteral("cannot reach the server")));
}

TEST_CASE("seed-demo fills a fresh data directory once, the demo logins work") {
    QTemporaryDir tmp;
    const QString data = tmp.filePath(QStringLiteral("data"));
    const QStringList seedDemo{QStringLiteral("seed-demo"), QStringLiteral("--data"), data};

    const Result notInitialised = run(kServer, seedDemo);
    CHECK(notInitialised.exitCode == 2);
    CHECK(notInitialised.err.contains(QStringLiteral("run 'helfernetz-server init")));

    REQUIRE(init(data).exitCode == 0);
    const Result seeded = run(kServer, seedDemo);
    INFO(seeded.err.toStdString());
    REQUIRE(seeded.exitCode == 0);
    static const QRegularExpression summary(
        QStringLiteral("(\\d+) spaces, (\\d+) accounts, (\\d+) memberships, (\\d+) contacts, "
                       "(\\d+) documents, (\\d+) threads, (\\d+) posts"));
    const QRegularExpressionMatch counts = summary.match(seeded.out);
    INFO(seeded.out.toStdString());
    REQUIRE(counts.hasMatch());
    CHECK(counts.captured(1).toInt() == 13);
    CHECK(counts.captured(2).toInt() >= 19);
    CHECK(counts.captured(4).toInt() >= 300);
    CHECK(counts.captured(5).toInt() >= 35);
    CHECK(counts.captured(6).toInt() >= 55);
    CHECK(counts.captured(7).toInt() >= 500);
    for (const char *login : {"admin@helfernetz.demo", "koordination@helfernetz.demo",
                              "mitglied@helfernetz.demo", "gast@helfernetz.demo"}) {
        CHECK(seeded.out.contains(QLatin1String(login)));
    }
    CHECK(seeded.out.contains(QStringLiteral("Demo-Koordination-2026")));

    // A second run changes nothing.
    const Result again = run(kServer, seedDemo);
    CHECK(again.exitCode == 2);
    CHECK(again.err.contains(QStringLiteral("already")));
    CHECK(
        run(kServer, seedDemo + QStringList{QStringLiteral("--seed"), QStringLiteral("x")}).exitCode
        == 1);

    ServeProcess server({QStringLiteral("--data"), data, QStringLiteral("--listen"),
                         QStringLiteral("127.0.0.1:0")});
    const int port = server.waitForPort();
    INFO(server.log().toStdString());
    REQUIRE(port > 0);
    const QStringList serverArg{QStringLiteral("--server"),
                                QStringLiteral("127.0.0.1:%1").arg(port)};

    // Each role account sees what the README promises.
    const auto whoami = [&](const QString &email, const QByteArray &password) {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), tmp.filePath(email));
        env.remove(QStringLiteral("HELFERNETZ_TOKEN"));
        const Result login =
            run(kAdmin,
                serverArg
                    + QStringList{QStringLiteral("login"), QStringLiteral("--email"), email,
                                  QStringLiteral("--password-stdin")},
                password + '\n', env);
        INFO(login.err.toStdString());
        REQUIRE(login.exitCode == 0);
        const Result me =
            run(kAdmin, {QStringLiteral("--json"), QStringLiteral("whoami")}, {}, env);
        REQUIRE(me.exitCode == 0);
        return QJsonDocument::fromJson(me.out.toUtf8()).object();
    };
    const auto levels = [](const QJsonObject &me) {
        QHash<QString, QString> byName;
        for (const QVariant &space : me.value(QStringLiteral("spaces")).toVariant().toList()) {
            const QVariantMap fields = space.toMap();
            byName.insert(fields.value(QStringLiteral("name")).toString(),
                          fields.value(QStringLiteral("level")).toString());
        }
        return byName;
    };

    const QJsonObject coordinator =
        whoami(QStringLiteral("koordination@helfernetz.demo"), "Demo-Koordination-2026");
    CHECK(coordinator.value(QStringLiteral("role")).toString() == u"coordinator");
    const QHash<QString, QString> coordinatorSpaces = levels(coordinator);
    CHECK(coordinatorSpaces.value(QStringLiteral("Stadt Bergheim am See")) == u"moderator");
    CHECK(coordinatorSpaces.value(QStringLiteral("Soziale Betreuung")) == u"moderator");

    const QJsonObject member =
        whoami(QStringLiteral("mitglied@helfernetz.demo"), "Demo-Mitglied-2026");
    CHECK(member.value(QStringLiteral("role")).toString() == u"member");
    CHECK(levels(member).value(QStringLiteral("Engagement und Ehrenamt")) == u"editor");

    const QJsonObject guest = whoami(QStringLiteral("gast@helfernetz.demo"), "Demo-Gast-2026");
    CHECK(guest.value(QStringLiteral("role")).toString() == u"guest");
    CHECK(levels(guest).keys() == QStringList{QStringLiteral("Öffentlich")});

    CHECK(server.stop() == 0);
}
