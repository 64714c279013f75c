// SPDX-License-Identifier: GPL-3.0-or-later
// The main window's layout at 1280x800 on a real session: the navigation
// keeps a readable width in every section (also after a squeezed saved
// state), lists show one line per row with uniform heights, and a reply's
// reference to the answered post shows text, not Markdown marks.
#include "client/ui/contacts/ContactsPane.h"
#include "client/ui/discussions/PostListModel.h"
#include "client/ui/documents/DocumentsPane.h"
#include "client/ui/shell/MainWindow.h"
#include "client/ui/shell/NavigationPanel.h"
#include "tests/ui/support/UiSession.h"

#include <QHeaderView>
#include <QListWidget>
#include <QSettings>
#include <QSplitter>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <catch2/catch.hpp>

using namespace hn;
using client::MainWindow;
using common::EntityType;
using common::SpaceLevel;

namespace {

const QString kPassword = QStringLiteral("Passwort-1234");

struct Network {
    QTemporaryDir settingsDir;
    test::TestServer server;
    common::Space team = server.addSpace(QStringLiteral("Unterkunft und Ankommen"));
    common::User anna = server.addUser(QStringLiteral("anna@kreis-beispiel.de"), kPassword,
                                       common::GlobalRole::Member);
    Network() {
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, settingsDir.path());
        server.setMembership(team.id, anna.id, SpaceLevel::Editor);
    }
};

// The widest section name with its icon: what the navigation must show.
int widestSection(const client::NavigationPanel &navigation) {
    const QListWidget *sections = navigation.sections();
    int widest = 0;
    for (int row = 0; row < sections->count(); ++row) {
        const QListWidgetItem *item = sections->item(row);
        widest = qMax(widest, QFontMetrics(item->font()).horizontalAdvance(item->text()));
    }
    return widest + sections->iconSize().width();
}

void checkOneLineRows(const QTableView *view) {
    REQUIRE(view->model()->rowCount() >= 2);
    CHECK_FALSE(view->wordWrap());
    CHECK(view->textElideMode() == Qt::ElideRight);
    CHECK(view->verticalHeader()->sectionResizeMode(0) == QHeaderView::Fixed);
    CHECK(view->rowHeight(0) == view->rowHeight(1));
    // One line of text, not two.
    CHECK(view->rowHeight(0) < 2 * view->fontMetrics().height());
}

} // namespace

TEST_CASE("Window layout: the navigation stays readable in every section at 1280x800",
          "[ui][shell][layout]") {
    Network net;
    test::UiSession session(net.server, net.anna.email, kPassword);
    REQUIRE(session.waitForSync());
    client::Workspace &ws = session.workspace();
    ws.refresh();

    {
        MainWindow window(ws);
        window.resize(1280, 800);
        window.show();
        REQUIRE(QTest::qWaitForWindowExposed(&window));
        auto *navigation = window.findChild<client::NavigationPanel *>();
        REQUIRE(navigation);
        const int readable = widestSection(*navigation);
        for (MainWindow::Section section :
             {MainWindow::Contacts, MainWindow::Documents, MainWindow::Discussions,
              MainWindow::Outbox, MainWindow::Conflicts, MainWindow::SetAside}) {
            INFO("section " << int(section));
            window.showSection(section);
            QTest::qWait(50);
            CHECK(navigation->width() >= readable);
            // The section fits the window: nothing pushes it wider.
            CHECK(window.minimumSizeHint().width() <= 1280);
            CHECK(window.width() <= 1280);
        }
        window.close(); // saves the window state
    }

    // A state saved with a squeezed navigation (an older version, a
    // smaller font) comes back readable.
    QSplitter squeezed(Qt::Horizontal);
    for (int i = 0; i < 3; ++i)
        squeezed.addWidget(new QWidget(&squeezed));
    squeezed.resize(1280, 700);
    squeezed.setSizes({12, 1268, 0});
    QSettings().setValue(QStringLiteral("window/splitter"), squeezed.saveState());
    MainWindow window(ws);
    window.resize(1280, 800);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    auto *navigation = window.findChild<client::NavigationPanel *>();
    REQUIRE(navigation);
    CHECK(navigation->width() >= widestSection(*navigation));
    auto *splitter = window.findChild<QSplitter *>(QStringLiteral("mainSplitter"));
    REQUIRE(splitter);
    CHECK_FALSE(splitter->isCollapsible(0));
}

TEST_CASE("Window layout: contact and document lists show one line per row",
          "[ui][shell][layout]") {
    Network net;
    test::UiSession session(net.server, net.anna.email, kPassword);
    REQUIRE(session.waitForSync());
    client::Workspace &ws = session.workspace();
    ws.refresh();
    for (const QString &name : {QStringLiteral("Schneider"), QStringLiteral("Weber")}) {
        ws.create(EntityType::Contact, net.team.id,
                  {{QStringLiteral("kind"), QStringLiteral("person")},
                   {QStringLiteral("family_name"), name},
                   {QStringLiteral("function"),
                    QStringLiteral("Sachbearbeiterin Einbürgerung und Aufenthaltsrecht, "
                                   "Fachbereich Ordnung")}});
        ws.create(EntityType::Document, net.team.id,
                  {{QStringLiteral("title"),
                    QStringLiteral("Belegungsübersicht Gemeinschaftsunterkünfte %1").arg(name)},
                   {QStringLiteral("category"), QStringLiteral("liste")}});
    }

    MainWindow window(ws);
    window.resize(1280, 800);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    window.showSection(MainWindow::Contacts);
    checkOneLineRows(window.contacts()->view());
    window.showSection(MainWindow::Documents);
    const QTableView *documents = window.documents()->view();
    checkOneLineRows(documents);
    // Room for a long title where the window has it.
    CHECK(documents->columnWidth(0) >= documents->fontMetrics().horizontalAdvance(
              QStringLiteral("Belegungsübersicht Gemeinschaftsunterkünfte")));
}

TEST_CASE("Window layout: a reply names the answered post in plain text",
          "[ui][shell][layout][discussions]") {
    Network net;
    test::UiSession session(net.server, net.anna.email, kPassword);
    REQUIRE(session.waitForSync());
    client::Workspace &ws = session.workspace();
    ws.refresh();
    const common::Record thread = ws.create(EntityType::Thread, net.team.id,
                                            {{QStringLiteral("title"), QStringLiteral("Termine")}});
    const common::Record answered = ws.create(
        EntityType::Post, net.team.id,
        {{QStringLiteral("thread_id"), thread.meta.id},
         {QStringLiteral("body"),
          QStringLiteral("> Wie bisher?\n\nDie Behörde stellt auf **reine Terminvergabe** um, "
                         "siehe [Aushang](https://example.org/aushang).")}});
    ws.create(EntityType::Post, net.team.id,
              {{QStringLiteral("thread_id"), thread.meta.id},
               {QStringLiteral("body"), QStringLiteral("Danke!")},
               {QStringLiteral("reply_to_post_id"), answered.meta.id}});

    client::PostListModel posts(ws);
    posts.showThread(thread.meta.id);
    REQUIRE(posts.rowCount() == 2);
    const QString summary =
        posts.index(1, 0).data(client::PostListModel::ReplyToTextRole).toString();
    CHECK(summary.endsWith(
        QStringLiteral(": Die Behörde stellt auf reine Terminvergabe um, siehe Aushang.")));
    CHECK_FALSE(summary.contains(u'*'));
    CHECK_FALSE(summary.contains(QStringLiteral("Wie bisher")));
}
