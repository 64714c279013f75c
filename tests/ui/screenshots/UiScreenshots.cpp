// SPDX-License-Identifier: GPL-3.0-or-later
// ui_screenshots: the README's pictures of the client, made from the real
// program on the demo data (issue 5, point 10). Starts an in-process
// server seeded like `helfernetz-server seed-demo`, logs in as the demo
// coordinator, uploads two versions of a document, makes a real conflict
// with a second device, and saves PNGs of the main window's views.
//
//   ui_screenshots [--language de|en] [--translations DIR] [OUTPUT_DIR]
//
// OUTPUT_DIR defaults to docs/screenshots; DIR holds helfernetz_<lang>.qm
// (built with the helfernetz program, client/app/translations in the build
// directory). Without it the English source texts show.
//
// scripts/screenshots.sh runs it under Xvfb. Not a test: it checks only
// that every step it needs happened, and fails loudly otherwise.
#include "client/ui/icons/IconTheme.h"
#include "client/ui/shell/MainWindow.h"
#include "client/ui/sync/ConflictDialog.h"
#include "client/ui/sync/ConflictView.h"
#include "client/ui/sync/OutboxView.h"
#include "common/Error.h"
#include "server/core/DemoData.h"
#include "server/core/PasswordHasher.h"
#include "tests/support/TestServer.h"
#include "tests/ui/support/UiSession.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QLibraryInfo>
#include <QLineEdit>
#include <QLocale>
#include <QPixmap>
#include <QRadioButton>
#include <QSettings>
#include <QTableView>
#include <QTemporaryDir>
#include <QTranslator>
#include <cstdio>
#include <optional>
#include <stdexcept>

using namespace hn;
using common::EntityType;

namespace {

constexpr QSize kWindowSize(1280, 800);

[[noreturn]] void fail(const QString &what) {
    throw std::runtime_error(what.toStdString());
}

void require(bool condition, const QString &what) {
    if (!condition)
        fail(what);
}

// Lets the window lay out, load rows and paint; screenshots wait for the
// picture to settle, not for a condition a test would check.
void settle(int ms = 600) {
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < ms)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
}

void save(QWidget &widget, const QString &directory, const QString &name) {
    settle();
    const QString path = QDir(directory).filePath(name);
    QPixmap picture = widget.grab();
    picture.setDevicePixelRatio(1.0);
    // Quality 0 is PNG's strongest (lossless) compression.
    require(picture.save(path, "PNG", 0), QStringLiteral("cannot write %1").arg(path));
    std::printf("%s (%dx%d)\n", qPrintable(path), picture.width(), picture.height());
}

int filledFields(const QJsonObject &fields) {
    int n = 0;
    for (const QJsonValue &v : fields) {
        const bool empty = (v.isString() && v.toString().isEmpty())
                           || (v.isArray() && v.toArray().isEmpty()) || v.isNull()
                           || (v.isObject() && v.toObject().isEmpty());
        n += empty ? 0 : 1;
    }
    return n;
}

// The person contacts of a space, the fullest first.
QList<common::Record> richestPersons(client::Replica &replica, const QString &bucket) {
    QList<common::Record> persons;
    for (const common::Record &r : replica.records(EntityType::Contact, bucket)) {
        if (r.fields.value(QStringLiteral("kind")).toString() == QLatin1String("person"))
            persons << r;
    }
    std::stable_sort(persons.begin(), persons.end(), [](const auto &a, const auto &b) {
        return filledFields(a.fields) > filledFields(b.fields);
    });
    return persons;
}

QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &content) {
    const QString path = dir.filePath(name);
    QFile file(path);
    require(file.open(QIODevice::WriteOnly) && file.write(content) == content.size(),
            QStringLiteral("cannot write %1").arg(path));
    return path;
}

int run(const QString &outputDirectory) {
    test::TestServer server;
    common::SystemClock clock;
    const server::DemoDataset data =
        server::DemoData::generate(server::DemoData::kDefaultSeed, clock.now());
    server::DemoData::seed(server.core().database(), data,
                           server::PasswordHasher(server.config().passwordCost), clock);
    const server::DemoUser &admin = data.users.at(0);
    const server::DemoUser &coordinator = data.users.at(1);
    std::printf("demo data seeded; logging in as %s\n", qPrintable(coordinator.user.email));

    test::UiSession me(server, coordinator.user.email, coordinator.password);
    test::UiSession other(server, admin.user.email, admin.password);
    require(me.waitForSync(120000) && other.waitForSync(120000), QStringLiteral("first sync"));
    client::Workspace &ws = me.workspace();

    // A space the coordinator moderates, with contacts, documents, threads.
    const QStringList writable = ws.permissions().writableSpaceIds();
    require(!writable.isEmpty(), QStringLiteral("the coordinator may write nowhere"));
    QString space;
    int best = -1;
    for (const QString &id : writable) {
        const int n = ws.replica().count(EntityType::Contact, QStringLiteral("space:") + id);
        if (n > best) {
            best = n;
            space = id;
        }
    }
    const QString bucket = QStringLiteral("space:") + space;
    const QList<common::Record> persons = richestPersons(ws.replica(), bucket);
    require(persons.size() >= 3, QStringLiteral("too few contacts in %1").arg(bucket));
    const common::Record shown = persons.at(0);
    const common::Record disputed = persons.at(1);

    // Two versions of a document, so its history has something to show:
    // minutes (the uploaded file is a protocol) in a space the coordinator
    // writes to, else any document there.
    std::optional<common::Record> found;
    for (const QString &id : writable) {
        for (const common::Record &d :
             ws.replica().records(EntityType::Document, QStringLiteral("space:") + id)) {
            // Writing in a space is not editing others' documents there.
            if (!ws.permissions().mayEdit(d))
                continue;
            if (!found
                || (d.fields.value(QStringLiteral("category")).toString()
                        == QLatin1String("protokoll")
                    && found->fields.value(QStringLiteral("category")).toString()
                           != QLatin1String("protokoll")))
                found = d;
        }
    }
    require(found.has_value(), QStringLiteral("no documents the coordinator may change"));
    const common::Record document = *found;
    QTemporaryDir files;
    const QString v1 = writeFile(files, QStringLiteral("Protokoll-Netzwerktreffen.txt"),
                                 "Protokoll des Netzwerktreffens\n\n1. Begrüßung\n2. Wohnraum\n");
    const QString v2 =
        writeFile(files, QStringLiteral("Protokoll-Netzwerktreffen.txt"),
                  "Protokoll des Netzwerktreffens\n\n1. Begrüßung\n2. Wohnraum\n3. Sprachkurse\n");
    QString stopped;
    QObject::connect(ws.transfers(), &client::FileTransfers::uploadStopped, ws.transfers(),
                     [&](const QString &, const QString &reason) { stopped = reason; });
    ws.transfers()->enqueueUpload(document.meta.id, v1, {}, QStringLiteral("text/plain"),
                                  QStringLiteral("Entwurf"));
    require(test::waitUntil(
                [&] {
                    const auto d = ws.replica().record(document.meta.id);
                    return d
                           && !d->fields.value(QStringLiteral("current_version_id"))
                                   .toString()
                                   .isEmpty();
                },
                60000),
            QStringLiteral("first upload %1").arg(stopped));
    const QString second = ws.transfers()->enqueueUpload(
        document.meta.id, v2, {}, QStringLiteral("text/plain"), QStringLiteral("Ergänzt um TOP 3"));
    require(test::waitUntil(
                [&] {
                    ws.engine()->syncNow();
                    const auto d = ws.replica().record(document.meta.id);
                    return d
                           && d->fields.value(QStringLiteral("current_version_id")).toString()
                                  == second;
                },
                60000),
            QStringLiteral("second upload %1").arg(stopped));

    // A real conflict: this device edits offline while the other changes
    // the same field on the server.
    const QString function = QStringLiteral("function");
    ws.engine()->stop();
    ws.update(disputed.meta.id, {{function, QStringLiteral("Beraterin für Wohnraum")}});
    other.workspace().update(disputed.meta.id,
                             {{function, QStringLiteral("Koordinatorin Sprachkurse")}});
    require(other.waitForSync(60000), QStringLiteral("the other device's push"));
    ws.engine()->start();
    require(test::waitUntil([&] { return ws.replica().counts().conflicts > 0; }, 60000),
            QStringLiteral("the conflict"));
    require(me.waitForSync(60000) || ws.replica().counts().conflicts > 0,
            QStringLiteral("sync after the conflict"));

    // A change the server refuses, for the outbox.
    ws.update(persons.at(2).meta.id,
              {{QStringLiteral("emails"), QJsonArray{QStringLiteral("kein-at-zeichen")}}});
    require(test::waitUntil([&] { return ws.replica().counts().rejected > 0; }, 60000),
            QStringLiteral("the refused change"));

    // The thread with the most posts.
    QHash<QString, int> posts;
    for (const common::Record &p : ws.replica().records(EntityType::Post, bucket))
        ++posts[p.fields.value(QStringLiteral("thread_id")).toString()];
    QString thread;
    for (auto it = posts.constBegin(); it != posts.constEnd(); ++it) {
        if (thread.isEmpty() || it.value() > posts.value(thread))
            thread = it.key();
    }
    require(!thread.isEmpty(), QStringLiteral("no thread with posts in %1").arg(bucket));

    client::MainWindow window(ws);
    window.resize(kWindowSize);
    window.show();
    settle(1500);

    window.openRecord(shown.meta.id, EntityType::Contact);
    save(window, outputDirectory, QStringLiteral("contacts.png"));
    window.openRecord(document.meta.id, EntityType::Document);
    save(window, outputDirectory, QStringLiteral("document-versions.png"));
    window.openRecord(thread, EntityType::Thread);
    save(window, outputDirectory, QStringLiteral("thread.png"));
    window.showSection(client::MainWindow::Outbox);
    window.outbox()->table()->selectRow(0);
    save(window, outputDirectory, QStringLiteral("outbox.png"));
    window.showSection(client::MainWindow::Conflicts);
    save(window, outputDirectory, QStringLiteral("conflicts.png"));

    const QList<client::Conflict> conflicts = ws.replica().conflicts();
    require(!conflicts.isEmpty(), QStringLiteral("the conflict went away"));
    client::ConflictDialog dialog(ws, conflicts.first(), &window);
    dialog.resize(860, 360);
    dialog.show();
    // As a person would use it: both values merged by hand.
    const client::ConflictDialog::FieldChoice &choice = dialog.choices().first();
    if (choice.mergedLine) {
        choice.mergedLine->setText(
            QStringLiteral("Beraterin für Wohnraum, Koordinatorin Sprachkurse"));
        choice.merged->setChecked(true);
        choice.mergedLine->setCursorPosition(0);
    }
    save(dialog, outputDirectory, QStringLiteral("conflict-dialog.png"));
    dialog.close();
    window.close();
    return 0;
}

} // namespace

int main(int argc, char **argv) {
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Helfernetz-Screenshots"));
    QCoreApplication::setApplicationName(QStringLiteral("ui_screenshots"));
    // The window keeps its state in QSettings: not in the user's.
    QTemporaryDir settings;
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, settings.path());
    client::IconTheme::install();

    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({QStringLiteral("language"), QStringLiteral("de or en (default de)."),
                      QStringLiteral("language"), QStringLiteral("de")});
    parser.addOption({QStringLiteral("translations"),
                      QStringLiteral("Directory with helfernetz_<language>.qm."),
                      QStringLiteral("dir")});
    parser.addPositionalArgument(QStringLiteral("output"),
                                 QStringLiteral("Where the PNGs go (default docs/screenshots)."));
    parser.process(app);
    // Dates and numbers follow the language, as in the program
    // (client/app/Translations).
    const QString language = parser.value(QStringLiteral("language"));
    QLocale::setDefault(language == QLatin1String("en")
                            ? QLocale(QLocale::English, QLocale::UnitedKingdom)
                            : QLocale(QLocale::German, QLocale::Germany));
    QTranslator qt;
    QTranslator program;
    if (qt.load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"),
                QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(&qt);
    if (parser.isSet(QStringLiteral("translations"))) {
        const QString dir = parser.value(QStringLiteral("translations"));
        if (!program.load(QStringLiteral("helfernetz_%1").arg(language), dir)) {
            std::fprintf(stderr, "ui_screenshots: no helfernetz_%s.qm in %s\n",
                         qPrintable(language), qPrintable(dir));
            return 1;
        }
        QCoreApplication::installTranslator(&program);
    }
    const QStringList positional = parser.positionalArguments();
    const QString output =
        positional.isEmpty() ? QStringLiteral("docs/screenshots") : positional.first();
    QDir().mkpath(output);
    try {
        return run(output);
    } catch (const common::Error &error) {
        std::fprintf(stderr, "ui_screenshots: %s\n", qPrintable(error.describe()));
    } catch (const std::exception &error) {
        std::fprintf(stderr, "ui_screenshots: %s\n", error.what());
    }
    return 1;
}
