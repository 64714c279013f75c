// SPDX-License-Identifier: GPL-3.0-or-later
// helfernetz-admin's governance commands against a real helfernetz-server
// process: every subcommand in table and JSON form, exit codes, --help,
// German output, and the whole life of an account.
#include "tests/server/cli/CliTesting.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QSettings>
#include <algorithm>
#include <memory>

using namespace hn::test::cli;

namespace {

const QString kAdminEmail = QStringLiteral("admin@kreis-beispiel.de");
const QByteArray kNewPassword = "Janas-Neues-Passwort-1";

// One person's helfernetz-admin: a config directory of its own (the saved
// login) and a language.
class Console {
public:
    Console(const QString &configDir, int port, const QString &language = QStringLiteral("C"))
        : m_configDir(configDir)
        , m_server(QStringLiteral("127.0.0.1:%1").arg(port)) {
        m_env = QProcessEnvironment::systemEnvironment();
        m_env.insert(QStringLiteral("XDG_CONFIG_HOME"), configDir);
        m_env.remove(QStringLiteral("HELFERNETZ_TOKEN"));
        m_env.remove(QStringLiteral("HELFERNETZ_SERVER"));
        // QLocale::system() reads these; LANGUAGE would override LANG.
        m_env.remove(QStringLiteral("LANGUAGE"));
        m_env.insert(QStringLiteral("LANG"), language);
        m_env.insert(QStringLiteral("LC_ALL"), language);
    }

    Result operator()(const QStringList &args, const QByteArray &input = {}) const {
        return run(kAdmin, QStringList{QStringLiteral("--server"), m_server} + args, input, m_env);
    }
    // Runs with --json, requires success and returns the parsed answer.
    QJsonDocument json(const QStringList &args, const QByteArray &input = {}) const {
        const Result result = (*this)(QStringList{QStringLiteral("--json")} + args, input);
        INFO(args.join(u' ').toStdString() << ": " << result.err.toStdString());
        REQUIRE(result.exitCode == 0);
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(result.out.toUtf8(), &error);
        INFO(result.out.toStdString());
        REQUIRE(error.error == QJsonParseError::NoError);
        return document;
    }
    // Runs in table form, requires success and returns standard output.
    QString table(const QStringList &args, const QByteArray &input = {}) const {
        const Result result = (*this)(args, input);
        INFO(args.join(u' ').toStdString() << ": " << result.err.toStdString());
        REQUIRE(result.exitCode == 0);
        return result.out;
    }
    void login(const QString &email, const QByteArray &password,
               const QString &device = QStringLiteral("Konsole")) const {
        table({QStringLiteral("login"), QStringLiteral("--email"), email,
               QStringLiteral("--password-stdin"), QStringLiteral("--device"), device},
              password + '\n');
    }
    QString tokenFile() const {
        return m_configDir + QStringLiteral("/helfernetz-admin/login.json");
    }
    const QString &server() const { return m_server; }

private:
    QString m_configDir;
    QString m_server;
    QProcessEnvironment m_env;
};

// An initialised data directory, a serving process and the admin's console
// (logged in).
struct Deployment {
    QTemporaryDir tmp;
    QString data = tmp.filePath(QStringLiteral("data"));
    std::unique_ptr<ServeProcess> server;
    int port = 0;

    Deployment() {
        REQUIRE(init(data).exitCode == 0);
        start();
    }
    void start() {
        server = std::make_unique<ServeProcess>(QStringList{
            QStringLiteral("--data"), data, QStringLiteral("--listen"),
            port ? QStringLiteral("127.0.0.1:%1").arg(port) : QStringLiteral("127.0.0.1:0")});
        port = server->waitForPort();
        INFO(server->log().toStdString());
        REQUIRE(port > 0);
    }
    void restart() {
        REQUIRE(server->stop() == 0);
        start();
    }
    Console console(const QString &name, const QString &language = QStringLiteral("C")) const {
        return Console(tmp.filePath(name), port, language);
    }
    Console admin() const {
        Console console = this->console(QStringLiteral("admin"));
        if (!QFileInfo::exists(console.tokenFile()))
            console.login(kAdminEmail, kPassword);
        return console;
    }
};

QJsonObject findBy(const QJsonArray &array, const QString &key, const QString &value) {
    for (const QJsonValue &item : array) {
        if (item.toObject().value(key).toString() == value)
            return item.toObject();
    }
    return {};
}

// The activation code from `requests approve` or `users create`.
QString activationCode(const QJsonDocument &answer) {
    const QString code = answer.object()
                             .value(QStringLiteral("activation"))
                             .toObject()
                             .value(QStringLiteral("code"))
                             .toString();
    REQUIRE(code.size() == 19); // 16 characters in groups of four
    return code;
}

} // namespace

TEST_CASE("helfernetz-admin: the whole life of an account, from request to disabled") {
    Deployment deployment;
    const Console admin = deployment.admin();
    const Console jana = deployment.console(QStringLiteral("jana"));

    // A space for the new person.
    const QJsonObject space =
        admin
            .json({QStringLiteral("spaces"), QStringLiteral("create"), QStringLiteral("Team Adorf"),
                   QStringLiteral("--kind"), QStringLiteral("team")})
            .object();
    CHECK(space.value(QStringLiteral("name")).toString() == QStringLiteral("Team Adorf"));
    CHECK(space.value(QStringLiteral("kind")).toString() == QStringLiteral("team"));
    CHECK_FALSE(space.value(QStringLiteral("guest_visible")).toBool());

    // request-access needs no login.
    REQUIRE_FALSE(QFileInfo::exists(jana.tokenFile()));
    const QString sent = jana.table(
        {QStringLiteral("request-access"), QStringLiteral("--name"), QStringLiteral("Jana Neumann"),
         QStringLiteral("--email"), QStringLiteral("jana@adorf.de"),
         QStringLiteral("--organization"), QStringLiteral("Caritas"),
         QStringLiteral("--municipality"), QStringLiteral("Adorf"), QStringLiteral("--message"),
         QStringLiteral("Ich betreue die Unterkunft in der Schulstraße.")});
    CHECK(sent.contains(QStringLiteral("activate --email jana@adorf.de")));

    // It shows up for the admin, as a table and as JSON.
    const QString requests = admin.table({QStringLiteral("requests"), QStringLiteral("list")});
    CHECK(requests.contains(QStringLiteral("Jana Neumann")));
    CHECK(requests.contains(QStringLiteral("Schulstraße")));
    const QJsonObject request =
        findBy(admin.json({QStringLiteral("requests"), QStringLiteral("list")}).array(),
               QStringLiteral("email"), QStringLiteral("jana@adorf.de"));
    REQUIRE_FALSE(request.isEmpty());
    CHECK(request.value(QStringLiteral("status")).toString() == QStringLiteral("pending"));
    CHECK(request.value(QStringLiteral("organization")).toString() == QStringLiteral("Caritas"));
    CHECK(request.value(QStringLiteral("created_at")).toInteger() > 0);
    const QString requestId = request.value(QStringLiteral("id")).toString();

    // Approve as member with the space (by name, with a level).
    const QJsonDocument approved = admin.json(
        {QStringLiteral("requests"), QStringLiteral("approve"), requestId, QStringLiteral("--role"),
         QStringLiteral("member"), QStringLiteral("--space"), QStringLiteral("Team Adorf:author")});
    CHECK(approved.object()
              .value(QStringLiteral("request"))
              .toObject()
              .value(QStringLiteral("status"))
              .toString()
          == QStringLiteral("approved"));
    const QJsonObject created = approved.object().value(QStringLiteral("user")).toObject();
    CHECK(created.value(QStringLiteral("status")).toString() == QStringLiteral("pending"));
    CHECK(created.value(QStringLiteral("role")).toString() == QStringLiteral("member"));
    const QString code = activationCode(approved);
    const QString janaId = created.value(QStringLiteral("id")).toString();
    // Approving twice is refused: the request is no longer pending.
    CHECK(admin({QStringLiteral("requests"), QStringLiteral("approve"), requestId,
                 QStringLiteral("--role"), QStringLiteral("member")})
              .exitCode
          == 5);

    // Jana activates with the code and sets her password; the session is saved.
    const Result wrongCode =
        jana({QStringLiteral("activate"), QStringLiteral("--email"),
              QStringLiteral("jana@adorf.de"), QStringLiteral("--code"),
              QStringLiteral("AAAA-BBBB-CCCC-DDDD"), QStringLiteral("--password-stdin")},
             kNewPassword + '\n');
    CHECK(wrongCode.exitCode == 2);
    CHECK_FALSE(QFileInfo::exists(jana.tokenFile()));
    jana.table({QStringLiteral("activate"), QStringLiteral("--email"),
                QStringLiteral("jana@adorf.de"), QStringLiteral("--code"), code.toLower(),
                QStringLiteral("--password-stdin"), QStringLiteral("--device"),
                QStringLiteral("Laptop Jana")},
               kNewPassword + '\n');
    REQUIRE(QFileInfo::exists(jana.tokenFile()));
    const QJsonObject me = jana.json({QStringLiteral("whoami")}).object();
    CHECK(me.value(QStringLiteral("status")).toString() == QStringLiteral("active"));
    CHECK(findBy(me.value(QStringLiteral("spaces")).toArray(), QStringLiteral("name"),
                 QStringLiteral("Team Adorf"))
              .value(QStringLiteral("level"))
              .toString()
          == QStringLiteral("author"));
    // The code is used up.
    CHECK(jana({QStringLiteral("activate"), QStringLiteral("--email"),
                QStringLiteral("jana@adorf.de"), QStringLiteral("--code"), code,
                QStringLiteral("--password-stdin")},
               kNewPassword + '\n')
              .exitCode
          == 2);
    // And she logs in with her password like anyone.
    jana.login(QStringLiteral("jana@adorf.de"), kNewPassword, QStringLiteral("Laptop Jana"));

    // users list / show, table and JSON.
    CHECK(admin.table({QStringLiteral("users"), QStringLiteral("list")})
              .contains(QStringLiteral("jana@adorf.de")));
    const QJsonObject listed =
        findBy(admin
                   .json({QStringLiteral("users"), QStringLiteral("list"),
                          QStringLiteral("--status"), QStringLiteral("active")})
                   .array(),
               QStringLiteral("email"), QStringLiteral("jana@adorf.de"));
    CHECK(listed.value(QStringLiteral("id")).toString() == janaId);
    const QJsonObject shown = admin
                                  .json({QStringLiteral("users"), QStringLiteral("show"),
                                         QStringLiteral("jana@adorf.de")})
                                  .object();
    CHECK(shown.value(QStringLiteral("user"))
              .toObject()
              .value(QStringLiteral("display_name"))
              .toString()
          == QStringLiteral("Jana Neumann"));
    CHECK(admin.table({QStringLiteral("users"), QStringLiteral("show"), janaId})
              .contains(QStringLiteral("Team Adorf")));

    // The dry run says what a demotion to guest would take, and changes nothing.
    const QString preview = admin.table({QStringLiteral("users"), QStringLiteral("set-role"),
                                         QStringLiteral("jana@adorf.de"), QStringLiteral("guest"),
                                         QStringLiteral("--dry-run")});
    CHECK(preview.contains(QStringLiteral("would lose")));
    CHECK(preview.contains(QStringLiteral("Team Adorf")));
    CHECK(preview.contains(QStringLiteral("dry run")));
    const QJsonObject dry = admin
                                .json({QStringLiteral("users"), QStringLiteral("set-role"),
                                       QStringLiteral("jana@adorf.de"), QStringLiteral("guest"),
                                       QStringLiteral("--dry-run")})
                                .object();
    CHECK(dry.value(QStringLiteral("dry_run")).toBool());
    const QJsonObject lostSpace = findBy(
        dry.value(QStringLiteral("loss")).toObject().value(QStringLiteral("spaces")).toArray(),
        QStringLiteral("space_name"), QStringLiteral("Team Adorf"));
    CHECK(lostSpace.value(QStringLiteral("loses_read")).toBool());
    CHECK(jana.json({QStringLiteral("whoami")}).object().value(QStringLiteral("role")).toString()
          == QStringLiteral("member"));

    // The real change.
    const QJsonObject demoted =
        admin
            .json({QStringLiteral("users"), QStringLiteral("set-role"),
                   QStringLiteral("jana@adorf.de"), QStringLiteral("guest")})
            .object();
    CHECK(demoted.value(QStringLiteral("user")).toObject().value(QStringLiteral("role")).toString()
          == QStringLiteral("guest"));
    CHECK_FALSE(demoted.value(QStringLiteral("dry_run")).toBool());
    // (A role change may end her sessions; a fresh login names the device.)
    jana.login(QStringLiteral("jana@adorf.de"), kNewPassword, QStringLiteral("Laptop Jana"));

    // devices list shows the device by name; revoke it.
    CHECK(admin.table({QStringLiteral("devices"), QStringLiteral("list")})
              .contains(QStringLiteral("Laptop Jana")));
    const QJsonArray devices =
        admin
            .json({QStringLiteral("devices"), QStringLiteral("list"), QStringLiteral("--user"),
                   QStringLiteral("jana@adorf.de")})
            .array();
    const QJsonObject laptop =
        findBy(devices, QStringLiteral("device_name"), QStringLiteral("Laptop Jana"));
    REQUIRE_FALSE(laptop.isEmpty());
    CHECK(laptop.value(QStringLiteral("user_email")).toString() == QStringLiteral("jana@adorf.de"));
    CHECK(laptop.value(QStringLiteral("ended_at")).isNull());
    const QJsonObject revoked = admin
                                    .json({QStringLiteral("devices"), QStringLiteral("revoke"),
                                           laptop.value(QStringLiteral("session_id")).toString()})
                                    .object();
    CHECK(revoked.value(QStringLiteral("end_reason")).toString()
          == QStringLiteral("device-revoked"));

    // Jana's next command learns it; her saved login is removed.
    const Result afterRevoke = jana({QStringLiteral("whoami")});
    CHECK(afterRevoke.exitCode == 2);
    CHECK(afterRevoke.err.contains(QStringLiteral("device revoked")));
    CHECK(afterRevoke.err.contains(QStringLiteral("saved login was removed")));
    CHECK_FALSE(QFileInfo::exists(jana.tokenFile()));
    // The server noted the delivery of the wipe order.
    const QJsonObject delivered =
        findBy(admin
                   .json({QStringLiteral("devices"), QStringLiteral("list"),
                          QStringLiteral("--all"), QStringLiteral("--user"), janaId})
                   .array(),
               QStringLiteral("session_id"), laptop.value(QStringLiteral("session_id")).toString());
    CHECK(delivered.value(QStringLiteral("wipe_delivered_at")).toInteger() > 0);
    CHECK(admin.table({QStringLiteral("devices"), QStringLiteral("list"), QStringLiteral("--all")})
              .contains(QStringLiteral("device-revoked")));

    // Disabled: login refused.
    const QJsonObject disabled =
        admin
            .json({QStringLiteral("users"), QStringLiteral("set-status"),
                   QStringLiteral("jana@adorf.de"), QStringLiteral("disabled")})
            .object();
    CHECK(disabled.value(QStringLiteral("status")).toString() == QStringLiteral("disabled"));
    const Result refused =
        jana({QStringLiteral("login"), QStringLiteral("--email"), QStringLiteral("jana@adorf.de"),
              QStringLiteral("--password-stdin")},
             kNewPassword + '\n');
    CHECK(refused.exitCode == 2);
    CHECK_FALSE(QFileInfo::exists(jana.tokenFile()));

    // Everything is in the audit log, newest first, filtered by action prefix.
    const QJsonArray audit =
        admin.json({QStringLiteral("audit"), QStringLiteral("--action"), QStringLiteral("user.")})
            .array();
    REQUIRE_FALSE(audit.isEmpty());
    const QJsonObject roleChange =
        findBy(audit, QStringLiteral("action"), QStringLiteral("user.set_role"));
    CHECK(roleChange.value(QStringLiteral("actor_email")).toString() == kAdminEmail);
    CHECK(roleChange.value(QStringLiteral("at")).toInteger() > 0);
    for (const QJsonValue &entry : audit)
        CHECK(entry.toObject()
                  .value(QStringLiteral("action"))
                  .toString()
                  .startsWith(QStringLiteral("user.")));
    CHECK(audit.first().toObject().value(QStringLiteral("id")).toInteger()
          > audit.last().toObject().value(QStringLiteral("id")).toInteger());
    const QString auditTable =
        admin.table({QStringLiteral("audit"), QStringLiteral("--since"), QStringLiteral("1d"),
                     QStringLiteral("--user"), kAdminEmail});
    CHECK(auditTable.contains(QStringLiteral("user.set_status")));
    CHECK(auditTable.startsWith(QStringLiteral("TIME")));

    // stats: accounts by role and status, spaces with counts.
    const QJsonObject stats = admin.json({QStringLiteral("stats")}).object();
    bool disabledGuest = false;
    for (const QJsonValue &count : stats.value(QStringLiteral("users")).toArray()) {
        const QJsonObject c = count.toObject();
        if (c.value(QStringLiteral("role")).toString() == QStringLiteral("guest")
            && c.value(QStringLiteral("status")).toString() == QStringLiteral("disabled"))
            disabledGuest = c.value(QStringLiteral("count")).toInteger() == 1;
    }
    CHECK(disabledGuest);
    CHECK(stats.value(QStringLiteral("database_size_bytes")).toInteger() > 0);
    CHECK_FALSE(findBy(stats.value(QStringLiteral("spaces")).toArray(), QStringLiteral("name"),
                       QStringLiteral("Team Adorf"))
                    .isEmpty());
    const QString statsTable = admin.table({QStringLiteral("stats")});
    CHECK(statsTable.contains(QStringLiteral("Database size")));
    CHECK(statsTable.contains(QStringLiteral("Team Adorf")));
}

TEST_CASE("helfernetz-admin: users, spaces, members and requests, every other subcommand") {
    Deployment deployment;
    const Console admin = deployment.admin();

    // users create prints the activation code; reset-password another one.
    const QString createdText = admin.table(
        {QStringLiteral("users"), QStringLiteral("create"), QStringLiteral("--email"),
         QStringLiteral("ömer@beispiel.de"), QStringLiteral("--name"), QStringLiteral("Ömer Çelik"),
         QStringLiteral("--organization"), QStringLiteral("Jobcenter"),
         QStringLiteral("--affiliation"), QStringLiteral("hauptamtlich")});
    CHECK(createdText.contains(QStringLiteral("activation code")));
    const QJsonDocument created = admin.json(
        {QStringLiteral("users"), QStringLiteral("create"), QStringLiteral("--email"),
         QStringLiteral("karl@beispiel.de"), QStringLiteral("--name"), QStringLiteral("Karl Kurz"),
         QStringLiteral("--role"), QStringLiteral("coordinator")});
    CHECK(created.object()
              .value(QStringLiteral("user"))
              .toObject()
              .value(QStringLiteral("role"))
              .toString()
          == QStringLiteral("coordinator"));
    const QString karlCode = activationCode(created);
    const Console karl = deployment.console(QStringLiteral("karl"));
    karl.table({QStringLiteral("activate"), QStringLiteral("--email"),
                QStringLiteral("karl@beispiel.de"), QStringLiteral("--code"), karlCode,
                QStringLiteral("--password-stdin")},
               "Karls-Passwort-123\n");
    // Same e-mail again: refused by the server.
    CHECK(admin({QStringLiteral("users"), QStringLiteral("create"), QStringLiteral("--email"),
                 QStringLiteral("karl@beispiel.de"), QStringLiteral("--name"), QStringLiteral("K")})
              .exitCode
          == 5);

    const QJsonObject reset = admin
                                  .json({QStringLiteral("users"), QStringLiteral("reset-password"),
                                         QStringLiteral("karl@beispiel.de")})
                                  .object();
    CHECK(reset.value(QStringLiteral("code")).toString().size() == 19);
    CHECK(reset.value(QStringLiteral("expires_at")).toInteger() > 0);
    CHECK(karl({QStringLiteral("whoami")}).exitCode == 2); // the reset ended his session
    karl.table({QStringLiteral("activate"), QStringLiteral("--email"),
                QStringLiteral("karl@beispiel.de"), QStringLiteral("--code"),
                reset.value(QStringLiteral("code")).toString(), QStringLiteral("--password-stdin")},
               "Karls-Zweites-Passwort\n");
    CHECK(admin
              .table({QStringLiteral("users"), QStringLiteral("reset-password"),
                      QStringLiteral("ömer@beispiel.de")})
              .contains(QStringLiteral("activate --email ömer@beispiel.de")));

    const QJsonObject revokedSessions =
        admin
            .json({QStringLiteral("users"), QStringLiteral("revoke-sessions"),
                   QStringLiteral("karl@beispiel.de")})
            .object();
    CHECK(revokedSessions.value(QStringLiteral("revoked_count")).toInt() == 1);
    CHECK(admin
              .table({QStringLiteral("users"), QStringLiteral("revoke-sessions"),
                      QStringLiteral("karl@beispiel.de")})
              .contains(QStringLiteral("Ended 0 session")));
    karl.login(QStringLiteral("karl@beispiel.de"), "Karls-Zweites-Passwort");

    // set-status back and forth, table form.
    CHECK(admin
              .table({QStringLiteral("users"), QStringLiteral("set-status"),
                      QStringLiteral("karl@beispiel.de"), QStringLiteral("disabled")})
              .contains(QStringLiteral("disabled")));
    CHECK(admin
              .table({QStringLiteral("users"), QStringLiteral("set-status"),
                      QStringLiteral("karl@beispiel.de"), QStringLiteral("active")})
              .contains(QStringLiteral("active")));
    CHECK(admin
              .table({QStringLiteral("users"), QStringLiteral("set-role"),
                      QStringLiteral("karl@beispiel.de"), QStringLiteral("member")})
              .contains(QStringLiteral("now member")));
    karl.login(QStringLiteral("karl@beispiel.de"), "Karls-Zweites-Passwort");

    // Columns line up by characters, not bytes: Ömer's row and the heading.
    const QStringList lines =
        admin.table({QStringLiteral("users"), QStringLiteral("list")}).split(u'\n');
    const QString heading = lines.first();
    const auto omer = std::find_if(lines.begin(), lines.end(), [](const QString &line) {
        return line.startsWith(QStringLiteral("Ömer Çelik"));
    });
    REQUIRE(omer != lines.end());
    CHECK(omer->indexOf(QStringLiteral("ömer@")) == heading.indexOf(QStringLiteral("E-MAIL")));
    const QJsonArray coordinators =
        admin
            .json({QStringLiteral("users"), QStringLiteral("list"), QStringLiteral("--query"),
                   QStringLiteral("jobcenter")})
            .array();
    REQUIRE(coordinators.size() == 1);
    CHECK(coordinators[0].toObject().value(QStringLiteral("affiliation")).toString()
          == QStringLiteral("hauptamtlich"));

    // spaces create / rename / archive / set-guest-visible / list.
    const QString spaceId =
        admin
            .json({QStringLiteral("spaces"), QStringLiteral("create"), QStringLiteral("Sprachcafé"),
                   QStringLiteral("--description"), QStringLiteral("Dienstags im Gemeindehaus")})
            .object()
            .value(QStringLiteral("id"))
            .toString();
    REQUIRE_FALSE(spaceId.isEmpty());
    CHECK(admin
              .table({QStringLiteral("spaces"), QStringLiteral("rename"),
                      QStringLiteral("sprachcafé"), QStringLiteral("Sprachcafé Adorf")})
              .contains(QStringLiteral("Sprachcafé Adorf")));
    const QJsonObject open =
        admin
            .json({QStringLiteral("spaces"), QStringLiteral("set-guest-visible"), spaceId,
                   QStringLiteral("yes")})
            .object();
    CHECK(open.value(QStringLiteral("guest_visible")).toBool());
    CHECK(admin
              .table({QStringLiteral("spaces"), QStringLiteral("set-guest-visible"),
                      QStringLiteral("Sprachcafé Adorf"), QStringLiteral("no")})
              .contains(QStringLiteral("Sprachcafé Adorf")));
    CHECK(admin.json({QStringLiteral("spaces"), QStringLiteral("archive"), spaceId})
              .object()
              .value(QStringLiteral("archived"))
              .toBool());
    CHECK(findBy(admin.json({QStringLiteral("spaces"), QStringLiteral("list")}).array(),
                 QStringLiteral("id"), spaceId)
              .isEmpty());
    CHECK(admin.table({QStringLiteral("spaces"), QStringLiteral("list"), QStringLiteral("--all")})
              .contains(QStringLiteral("Sprachcafé Adorf")));
    CHECK_FALSE(admin
                    .json({QStringLiteral("spaces"), QStringLiteral("archive"), spaceId,
                           QStringLiteral("--undo")})
                    .object()
                    .value(QStringLiteral("archived"))
                    .toBool());
    const QJsonObject listedSpace =
        findBy(admin.json({QStringLiteral("spaces"), QStringLiteral("list")}).array(),
               QStringLiteral("id"), spaceId);
    CHECK(listedSpace.value(QStringLiteral("name")).toString()
          == QStringLiteral("Sprachcafé Adorf"));
    CHECK(listedSpace.value(QStringLiteral("member_count")).toInteger() == 0);

    // members add / list / set-level (dry run and real) / remove (dry run and real).
    const QJsonObject added = admin
                                  .json({QStringLiteral("members"), QStringLiteral("add"), spaceId,
                                         QStringLiteral("karl@beispiel.de"),
                                         QStringLiteral("--level"), QStringLiteral("editor")})
                                  .object();
    CHECK(added.value(QStringLiteral("level")).toString() == QStringLiteral("editor"));
    CHECK(admin
              .table({QStringLiteral("members"), QStringLiteral("add"),
                      QStringLiteral("Sprachcafé Adorf"), QStringLiteral("ömer@beispiel.de")})
              .contains(QStringLiteral("reader")));
    CHECK(admin({QStringLiteral("members"), QStringLiteral("add"), spaceId,
                 QStringLiteral("karl@beispiel.de")})
              .exitCode
          == 5); // already a member
    const QJsonArray members =
        admin.json({QStringLiteral("members"), QStringLiteral("list"), spaceId}).array();
    REQUIRE(members.size() == 2);
    CHECK(members[0].toObject().value(QStringLiteral("level")).toString()
          == QStringLiteral("editor"));
    CHECK(admin
              .table({QStringLiteral("members"), QStringLiteral("list"),
                      QStringLiteral("Sprachcafé Adorf")})
              .contains(QStringLiteral("Ömer Çelik")));

    const QJsonObject levelPreview =
        admin
            .json({QStringLiteral("members"), QStringLiteral("set-level"), spaceId,
                   QStringLiteral("karl@beispiel.de"), QStringLiteral("reader"),
                   QStringLiteral("--dry-run")})
            .object();
    CHECK(levelPreview.value(QStringLiteral("dry_run")).toBool());
    CHECK_FALSE(levelPreview.value(QStringLiteral("loss"))
                    .toObject()
                    .value(QStringLiteral("spaces"))
                    .toArray()
                    .isEmpty());
    CHECK(admin
              .table({QStringLiteral("members"), QStringLiteral("set-level"), spaceId,
                      QStringLiteral("karl@beispiel.de"), QStringLiteral("author")})
              .contains(QStringLiteral("now author")));

    const QString removePreview =
        admin.table({QStringLiteral("members"), QStringLiteral("remove"), spaceId,
                     QStringLiteral("karl@beispiel.de"), QStringLiteral("--dry-run")});
    CHECK(removePreview.contains(QStringLiteral("would lose")));
    CHECK(removePreview.contains(QStringLiteral("Sprachcafé Adorf")));
    CHECK(admin.json({QStringLiteral("members"), QStringLiteral("list"), spaceId}).array().size()
          == 2);
    const QJsonObject removed = admin
                                    .json({QStringLiteral("members"), QStringLiteral("remove"),
                                           spaceId, QStringLiteral("karl@beispiel.de")})
                                    .object();
    CHECK_FALSE(removed.value(QStringLiteral("dry_run")).toBool());
    CHECK(findBy(removed.value(QStringLiteral("loss"))
                     .toObject()
                     .value(QStringLiteral("spaces"))
                     .toArray(),
                 QStringLiteral("space_id"), spaceId)
              .value(QStringLiteral("loses_read"))
              .toBool());
    CHECK(admin
              .table({QStringLiteral("members"), QStringLiteral("remove"), spaceId,
                      QStringLiteral("ömer@beispiel.de")})
              .contains(QStringLiteral("Removed")));
    CHECK(admin.table({QStringLiteral("members"), QStringLiteral("list"), spaceId})
              .contains(QStringLiteral("no members")));

    // requests reject, table and JSON; list by status.
    const Console anonymous = deployment.console(QStringLiteral("anonymous"));
    for (const QString &who : {QStringLiteral("eins@x.de"), QStringLiteral("zwei@x.de")}) {
        CHECK(anonymous
                  .json({QStringLiteral("request-access"), QStringLiteral("--name"), who,
                         QStringLiteral("--email"), who})
                  .object()
                  .value(QStringLiteral("requested"))
                  .toBool());
    }
    const QJsonArray pending =
        admin.json({QStringLiteral("requests"), QStringLiteral("list")}).array();
    REQUIRE(pending.size() == 2);
    const QJsonObject rejected =
        admin
            .json({QStringLiteral("requests"), QStringLiteral("reject"),
                   findBy(pending, QStringLiteral("email"), QStringLiteral("eins@x.de"))
                       .value(QStringLiteral("id"))
                       .toString(),
                   QStringLiteral("--reason"), QStringLiteral("Unbekannte Organisation")})
            .object();
    CHECK(rejected.value(QStringLiteral("status")).toString() == QStringLiteral("rejected"));
    CHECK(rejected.value(QStringLiteral("review_note")).toString()
          == QStringLiteral("Unbekannte Organisation"));
    CHECK(admin
              .table({QStringLiteral("requests"), QStringLiteral("reject"),
                      findBy(pending, QStringLiteral("email"), QStringLiteral("zwei@x.de"))
                          .value(QStringLiteral("id"))
                          .toString(),
                      QStringLiteral("--reason"), QStringLiteral("Doppelt")})
              .contains(QStringLiteral("Rejected")));
    CHECK(admin.json({QStringLiteral("requests"), QStringLiteral("list")}).array().isEmpty());
    CHECK(admin.table({QStringLiteral("requests"), QStringLiteral("list")})
              .contains(QStringLiteral("No access requests")));
    CHECK(admin
              .json({QStringLiteral("requests"), QStringLiteral("list"), QStringLiteral("--status"),
                     QStringLiteral("rejected")})
              .array()
              .size()
          == 2);
    CHECK(admin
              .table({QStringLiteral("requests"), QStringLiteral("list"),
                      QStringLiteral("--status"), QStringLiteral("all")})
              .contains(QStringLiteral("Unbekannte Organisation")));
}

TEST_CASE("helfernetz-admin: the forms not covered above (approve, revoke, archive in tables)") {
    Deployment deployment;
    const Console admin = deployment.admin();
    const Console drei = deployment.console(QStringLiteral("drei"));
    drei.table({QStringLiteral("request-access"), QStringLiteral("--name"), QStringLiteral("Drei"),
                QStringLiteral("--email"), QStringLiteral("drei@x.de")});
    const QString id = admin.json({QStringLiteral("requests"), QStringLiteral("list")})
                           .array()
                           .first()
                           .toObject()
                           .value(QStringLiteral("id"))
                           .toString();
    const QString approved = admin.table({QStringLiteral("requests"), QStringLiteral("approve"), id,
                                          QStringLiteral("--role"), QStringLiteral("guest")});
    static const QRegularExpression codePattern(
        QStringLiteral("([0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4})"));
    const QRegularExpressionMatch code = codePattern.match(approved);
    INFO(approved.toStdString());
    REQUIRE(code.hasMatch());
    CHECK(approved.contains(QStringLiteral("created as guest")));

    const QJsonObject activated = drei.json({QStringLiteral("activate"), QStringLiteral("--email"),
                                             QStringLiteral("drei@x.de"), QStringLiteral("--code"),
                                             code.captured(1), QStringLiteral("--password-stdin"),
                                             QStringLiteral("--device"), QStringLiteral("Tablet")},
                                            "Dreis-Passwort-123\n")
                                      .object();
    CHECK(activated.value(QStringLiteral("role")).toString() == QStringLiteral("guest"));
    CHECK(activated.value(QStringLiteral("offline_lease_ms")).toInteger() > 0);

    const QString session =
        findBy(admin
                   .json({QStringLiteral("devices"), QStringLiteral("list"),
                          QStringLiteral("--user"), QStringLiteral("drei@x.de")})
                   .array(),
               QStringLiteral("device_name"), QStringLiteral("Tablet"))
            .value(QStringLiteral("session_id"))
            .toString();
    REQUIRE_FALSE(session.isEmpty());
    CHECK(admin.table({QStringLiteral("devices"), QStringLiteral("revoke"), session})
              .contains(QStringLiteral("Revoked the device 'Tablet' of drei@x.de")));
    CHECK(drei({QStringLiteral("whoami")}).err.contains(QStringLiteral("device revoked")));

    admin.table({QStringLiteral("spaces"), QStringLiteral("create"), QStringLiteral("Alt")});
    const QJsonObject renamed = admin
                                    .json({QStringLiteral("spaces"), QStringLiteral("rename"),
                                           QStringLiteral("Alt"), QStringLiteral("Neu")})
                                    .object();
    CHECK(renamed.value(QStringLiteral("name")).toString() == QStringLiteral("Neu"));
    const QString archived =
        admin.table({QStringLiteral("spaces"), QStringLiteral("archive"), QStringLiteral("Neu")});
    CHECK(archived.contains(QStringLiteral("ARCHIVED")));
    CHECK(archived.contains(QStringLiteral("yes")));
    CHECK(admin
              .table({QStringLiteral("spaces"), QStringLiteral("archive"), QStringLiteral("Neu"),
                      QStringLiteral("--undo")})
              .contains(QStringLiteral("no")));
}

TEST_CASE("helfernetz-admin: audit --follow prints new entries as they are written") {
    Deployment deployment;
    const Console admin = deployment.admin();
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), deployment.tmp.filePath(QStringLiteral("admin")));
    env.remove(QStringLiteral("HELFERNETZ_TOKEN"));
    QProcess follow;
    follow.setProcessEnvironment(env);
    follow.start(kAdmin, {QStringLiteral("--server"), admin.server(), QStringLiteral("--json"),
                          QStringLiteral("audit"), QStringLiteral("--follow"),
                          QStringLiteral("--limit"), QStringLiteral("1")});
    REQUIRE(follow.waitForStarted(10000));
    // The latest entry first (the admin's login), one JSON object per line.
    REQUIRE(follow.waitForReadyRead(10000));
    QString out = QString::fromUtf8(follow.readAllStandardOutput());
    CHECK(out.contains(QStringLiteral("auth.login")));

    admin.table({QStringLiteral("spaces"), QStringLiteral("create"), QStringLiteral("Neu")});
    QElapsedTimer timer;
    timer.start();
    while (!out.contains(QStringLiteral("space.create")) && timer.elapsed() < 10000) {
        follow.waitForReadyRead(200);
        out += QString::fromUtf8(follow.readAllStandardOutput());
    }
    follow.kill();
    follow.waitForFinished(5000);
    INFO(out.toStdString());
    const QStringList lines = out.trimmed().split(u'\n');
    REQUIRE(lines.size() >= 2);
    for (const QString &line : lines)
        CHECK(QJsonDocument::fromJson(line.toUtf8()).isObject());
    CHECK(QJsonDocument::fromJson(lines.last().toUtf8())
              .object()
              .value(QStringLiteral("action"))
              .toString()
          == QStringLiteral("space.create"));
}

TEST_CASE("helfernetz-admin: exit codes, --help of every command, German and English") {
    Deployment deployment;
    const Console admin = deployment.admin();

    // --help of every command and subcommand, exit code 0.
    const QList<QStringList> commands{
        {QStringLiteral("login")},
        {QStringLiteral("logout")},
        {QStringLiteral("whoami")},
        {QStringLiteral("activate")},
        {QStringLiteral("request-access")},
        {QStringLiteral("users")},
        {QStringLiteral("users"), QStringLiteral("list")},
        {QStringLiteral("users"), QStringLiteral("show")},
        {QStringLiteral("users"), QStringLiteral("create")},
        {QStringLiteral("users"), QStringLiteral("set-role")},
        {QStringLiteral("users"), QStringLiteral("set-status")},
        {QStringLiteral("users"), QStringLiteral("reset-password")},
        {QStringLiteral("users"), QStringLiteral("revoke-sessions")},
        {QStringLiteral("requests")},
        {QStringLiteral("requests"), QStringLiteral("list")},
        {QStringLiteral("requests"), QStringLiteral("approve")},
        {QStringLiteral("requests"), QStringLiteral("reject")},
        {QStringLiteral("spaces")},
        {QStringLiteral("spaces"), QStringLiteral("list")},
        {QStringLiteral("spaces"), QStringLiteral("create")},
        {QStringLiteral("spaces"), QStringLiteral("rename")},
        {QStringLiteral("spaces"), QStringLiteral("archive")},
        {QStringLiteral("spaces"), QStringLiteral("set-guest-visible")},
        {QStringLiteral("members")},
        {QStringLiteral("members"), QStringLiteral("list")},
        {QStringLiteral("members"), QStringLiteral("add")},
        {QStringLiteral("members"), QStringLiteral("set-level")},
        {QStringLiteral("members"), QStringLiteral("remove")},
        {QStringLiteral("devices")},
        {QStringLiteral("devices"), QStringLiteral("list")},
        {QStringLiteral("devices"), QStringLiteral("revoke")},
        {QStringLiteral("audit")},
        {QStringLiteral("stats")},
    };
    for (const QStringList &command : commands) {
        const Result help = admin(command + QStringList{QStringLiteral("--help")});
        INFO(command.join(u' ').toStdString());
        CHECK(help.exitCode == 0);
        CHECK(help.out.contains(QStringLiteral("helfernetz-admin ") + command.join(u' ')));
    }
    CHECK(admin({QStringLiteral("users"), QStringLiteral("set-role"), QStringLiteral("--help")})
              .out.contains(QStringLiteral("--dry-run")));
    CHECK(admin({QStringLiteral("--help")}).out.contains(QStringLiteral("Exit codes")));

    // 1: usage.
    CHECK(admin({QStringLiteral("users")}).exitCode == 1);
    CHECK(admin({QStringLiteral("users"), QStringLiteral("frobnicate")}).exitCode == 1);
    CHECK(admin({QStringLiteral("users"), QStringLiteral("show")}).exitCode == 1);
    const Result badRole = admin({QStringLiteral("users"), QStringLiteral("set-role"),
                                  QStringLiteral("a@b.de"), QStringLiteral("kaiser")});
    CHECK(badRole.exitCode == 1);
    CHECK(badRole.err.contains(QStringLiteral("guest, member, coordinator, admin")));
    CHECK(
        admin({QStringLiteral("requests"), QStringLiteral("approve"), QStringLiteral("x")}).exitCode
        == 1); // --role missing
    CHECK(admin({QStringLiteral("audit"), QStringLiteral("--since"), QStringLiteral("gestern")})
              .exitCode
          == 1);
    CHECK(
        admin({QStringLiteral("users"), QStringLiteral("list"), QStringLiteral("--bogus")}).exitCode
        == 1);

    // 3: not found.
    const Result nobody =
        admin({QStringLiteral("users"), QStringLiteral("show"), QStringLiteral("niemand@x.de")});
    CHECK(nobody.exitCode == 3);
    CHECK(
        admin({QStringLiteral("members"), QStringLiteral("list"), QStringLiteral("Gibt es nicht")})
            .exitCode
        == 3);
    CHECK(admin({QStringLiteral("devices"), QStringLiteral("revoke"),
                 QStringLiteral("00000000-0000-4000-8000-000000000000")})
              .exitCode
          == 3);

    // 2: not logged in, and not allowed.
    const Console stranger = deployment.console(QStringLiteral("stranger"));
    CHECK(stranger({QStringLiteral("users"), QStringLiteral("list")}).exitCode == 2);
    const QString code = activationCode(
        admin.json({QStringLiteral("users"), QStringLiteral("create"), QStringLiteral("--email"),
                    QStringLiteral("mia@x.de"), QStringLiteral("--name"), QStringLiteral("Mia")}));
    stranger.table({QStringLiteral("activate"), QStringLiteral("--email"),
                    QStringLiteral("mia@x.de"), QStringLiteral("--code"), code,
                    QStringLiteral("--password-stdin")},
                   "Mias-Passwort-123\n");
    for (const QStringList &forbidden :
         {QStringList{QStringLiteral("users"), QStringLiteral("list")},
          QStringList{QStringLiteral("devices"), QStringLiteral("list")},
          QStringList{QStringLiteral("audit")}, QStringList{QStringLiteral("stats")},
          QStringList{QStringLiteral("users"), QStringLiteral("set-role"),
                      QStringLiteral("mia@x.de"), QStringLiteral("admin")}}) {
        INFO(forbidden.join(u' ').toStdString());
        CHECK(stranger(forbidden).exitCode == 2);
    }
    // 4: unreachable.
    CHECK(run(kAdmin,
              {QStringLiteral("--server"), QStringLiteral("127.0.0.1:1"), QStringLiteral("users"),
               QStringLiteral("list")},
              {},
              [] {
                  QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
                  env.insert(QStringLiteral("HELFERNETZ_TOKEN"), QString(43, u'A'));
                  return env;
              }())
              .exitCode
          == 4);

    admin.table(
        {QStringLiteral("spaces"), QStringLiteral("create"), QStringLiteral("Übergreifend")});
    // German under LANG=de_DE.UTF-8: messages, headings, help; JSON keys stay.
    const Console german(deployment.tmp.filePath(QStringLiteral("admin")), deployment.port,
                         QStringLiteral("de_DE.UTF-8"));
    CHECK(german({QStringLiteral("users"), QStringLiteral("--help")})
              .out.contains(QStringLiteral("Konten verwalten")));
    CHECK(german({QStringLiteral("spaces"), QStringLiteral("list")})
              .out.contains(QStringLiteral("MITGLIEDER")));
    CHECK(german({QStringLiteral("users"), QStringLiteral("show"), QStringLiteral("niemand@x.de")})
              .exitCode
          == 3);
    const Result germanUsage = german({QStringLiteral("users"), QStringLiteral("set-role"),
                                       QStringLiteral("mia@x.de"), QStringLiteral("kaiser")});
    CHECK(germanUsage.err.contains(QStringLiteral("ist keiner der Werte")));
    CHECK(german.json({QStringLiteral("users"), QStringLiteral("list")})
              .array()
              .first()
              .toObject()
              .contains(QStringLiteral("display_name")));
    const Console germanStranger =
        deployment.console(QStringLiteral("nobody"), QStringLiteral("de_DE.UTF-8"));
    CHECK(germanStranger({QStringLiteral("whoami")})
              .err.contains(QStringLiteral("nicht angemeldet")));
    // And English under LANG=C.
    CHECK(admin({QStringLiteral("spaces"), QStringLiteral("list")})
              .out.contains(QStringLiteral("MEMBERS")));
}

TEST_CASE("helfernetz-admin: the offline lease is the server's setting, shown by whoami") {
    Deployment deployment;
    const Console admin = deployment.admin();
    CHECK(admin.json({QStringLiteral("whoami")})
              .object()
              .value(QStringLiteral("offline_lease_ms"))
              .toInteger()
          == 30LL * 24 * 3600 * 1000);
    {
        QSettings config(deployment.data + QStringLiteral("/helfernetz-server.conf"),
                         QSettings::IniFormat);
        config.setValue(QStringLiteral("auth/offline_lease_days"), 7);
    }
    deployment.restart();
    const Console again = deployment.console(QStringLiteral("admin"));
    CHECK(again.json({QStringLiteral("whoami")})
              .object()
              .value(QStringLiteral("offline_lease_ms"))
              .toInteger()
          == 7LL * 24 * 3600 * 1000);
}
