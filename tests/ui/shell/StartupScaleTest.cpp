// SPDX-License-Identifier: GPL-3.0-or-later
// The main window on a 310,000-record replica (issue 5, point 11): the time
// from building the window to the first painted contact rows, and that the
// start reads no whole table. Labelled soak (filling the replica takes a
// while); the process-level figures come from the lead's benchmark.
#include "client/core/Replica.h"
#include "client/ui/contacts/ContactsPane.h"
#include "client/ui/models/RecordListModel.h"
#include "client/ui/shell/MainWindow.h"
#include "client/ui/shell/Workspace.h"
#include "common/Bucket.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QUuid>
#include <catch2/catch.hpp>

using namespace hn;
using common::EntityType;

namespace {

const QString kUser = QStringLiteral("00000000-0000-4000-8000-000000000001");
constexpr int kSpaces = 13;
constexpr int kContacts = 100000;
constexpr int kDocuments = 60000;
constexpr int kThreads = 10000;
constexpr int kPosts = 140000;

QString newId() {
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

common::Record make(EntityType type, const QString &space, qint64 version, QJsonObject fields,
                    const QString &id = newId()) {
    common::Record record;
    record.type = type;
    record.meta.id = id;
    record.meta.spaceId = space;
    record.meta.version = version;
    record.meta.createdBy = kUser;
    record.fields = std::move(fields);
    return record;
}

void fill(client::Replica &replica) {
    QStringList spaces;
    for (int s = 0; s < kSpaces; ++s)
        spaces << newId();
    QList<client::PullPageData> pages(kSpaces);
    qint64 version = 0;
    for (int s = 0; s < kSpaces; ++s) {
        pages[s].bucket = common::Bucket::forSpace(spaces.at(s));
        pages[s].first = true;
        pages[s].records.append(make(
            EntityType::Space, spaces.at(s), ++version,
            {{QStringLiteral("name"), QStringLiteral("Bereich %1").arg(s)},
             {QStringLiteral("kind"), s == 0 ? QStringLiteral("public") : QStringLiteral("team")},
             {QStringLiteral("guest_visible"), s == 0},
             {QStringLiteral("archived"), false}},
            spaces.at(s)));
    }
    const QStringList families{QStringLiteral("Müller"), QStringLiteral("Schmidt"),
                               QStringLiteral("Yilmaz"), QStringLiteral("Kowalski")};
    for (int i = 0; i < kContacts; ++i) {
        pages[i % kSpaces].records.append(
            make(EntityType::Contact, spaces.at(i % kSpaces), ++version,
                 {{QStringLiteral("kind"), QStringLiteral("person")},
                  {QStringLiteral("given_name"), QStringLiteral("Person %1").arg(i)},
                  {QStringLiteral("family_name"), families.at(i % families.size())},
                  {QStringLiteral("function"), QStringLiteral("Sachbearbeitung Integration")},
                  {QStringLiteral("municipality"), QStringLiteral("Ort %1").arg(i % 40)},
                  {QStringLiteral("tags"), QJsonArray{QStringLiteral("Sprachkurse")}}}));
    }
    for (int i = 0; i < kDocuments; ++i) {
        pages[i % kSpaces].records.append(
            make(EntityType::Document, spaces.at(i % kSpaces), ++version,
                 {{QStringLiteral("title"), QStringLiteral("Protokoll %1").arg(i)},
                  {QStringLiteral("category"), QStringLiteral("protokoll")}}));
    }
    QStringList threads;
    for (int i = 0; i < kThreads; ++i) {
        threads << newId();
        pages[i % kSpaces].records.append(
            make(EntityType::Thread, spaces.at(i % kSpaces), ++version,
                 {{QStringLiteral("title"), QStringLiteral("Thema %1").arg(i)}}, threads.last()));
    }
    for (int i = 0; i < kPosts; ++i) {
        const int thread = i % kThreads;
        pages[thread % kSpaces].records.append(
            make(EntityType::Post, spaces.at(thread % kSpaces), ++version,
                 {{QStringLiteral("thread_id"), threads.at(thread)},
                  {QStringLiteral("body"), QStringLiteral("Beitrag %1 zum Thema").arg(i)}}));
    }
    for (client::PullPageData &page : pages) {
        page.cursor = version;
        replica.applyPage(page);
    }
}

} // namespace

TEST_CASE("MainWindow: first contact rows of a 310,000-record replica without reading a table",
          "[ui][shell][scale]") {
    QTemporaryDir dir;
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, dir.path());
    const QString profile = dir.filePath(QStringLiteral("profile"));
    common::SystemClock clock;
    client::Workspace::Options options;
    options.profileDirectory = profile;
    options.user.id = kUser;
    options.user.role = common::GlobalRole::Member;
    options.user.status = common::AccountStatus::Active;
    {
        client::Workspace filling(options, clock);
        fill(filling.replica());
    }

    QElapsedTimer timer;
    timer.start();
    client::Workspace workspace(options, clock); // offline: no engine
    const qint64 opened = timer.elapsed();
    client::MainWindow window(workspace);
    QSignalSpy painted(&window, &client::MainWindow::firstRowsPainted);
    window.resize(1280, 800);
    window.show();
    REQUIRE(painted.wait(20000));
    WARN("310,000 records: workspace opened after " << opened << " ms, first contact rows "
                                                    << "painted after " << timer.elapsed()
                                                    << " ms");
    client::RecordListModel *model = window.contacts()->model();
    CHECK(model->rowCount() == kContacts);
    CHECK(model->cachedBlockCount() <= 2);
    CHECK(painted.size() == 1);
}
