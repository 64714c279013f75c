// SPDX-License-Identifier: GPL-3.0-or-later
// The main window on a real session: navigation by section and area, the
// global search by keyboard, window state in QSettings, and the
// accessibility walk over every section (BITV 2.0: every control named,
// Tab reaches navigation, search, list and detail).
#include "client/ui/shell/MainWindow.h"

#include "client/ui/contacts/ContactCard.h"
#include "client/ui/contacts/ContactsPane.h"
#include "client/ui/documents/DocumentsPane.h"
#include "client/ui/models/NavigationModel.h"
#include "client/ui/models/RecordListModel.h"
#include "client/ui/models/SearchResultsModel.h"
#include "client/ui/shell/NavigationPanel.h"
#include "client/ui/shell/SearchPanel.h"
#include "tests/ui/support/UiSession.h"

#include <QAbstractButton>
#include <QAbstractItemModelTester>
#include <QAccessible>
#include <QAction>
#include <QApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QSettings>
#include <QStackedWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>
#include <catch2/catch.hpp>

using namespace hn;
using client::MainWindow;
using common::EntityType;
using common::GlobalRole;
using common::SpaceLevel;

namespace {

const QString kPassword = QStringLiteral("Passwort-1234");

// Each test keeps its window state in a settings file of its own.
struct IsolatedSettings {
    QTemporaryDir dir;
    IsolatedSettings() {
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, dir.path());
    }
};

struct Network {
    IsolatedSettings settings;
    test::TestServer server;
    common::Space team = server.addSpace(QStringLiteral("Soziale Betreuung"));
    common::Space town =
        server.addSpace(QStringLiteral("Bergheim"), false, common::SpaceKind::Municipality);
    common::User anna =
        server.addUser(QStringLiteral("anna@kreis-beispiel.de"), kPassword, GlobalRole::Member);
    Network() {
        server.setMembership(team.id, anna.id, SpaceLevel::Editor);
        server.setMembership(town.id, anna.id, SpaceLevel::Reader);
    }
};

bool activate(QWidget &window) {
    window.show();
    window.activateWindow();
    return QTest::qWaitForWindowActive(&window);
}

void press(int key, Qt::KeyboardModifiers modifiers = Qt::NoModifier) {
    QWidget *target = QApplication::focusWidget();
    REQUIRE(target);
    QTest::keyClick(target, Qt::Key(key), modifiers);
}

QString describe(const QWidget *widget) {
    QStringList chain;
    for (const QWidget *w = widget; w; w = w->parentWidget()) {
        chain.prepend(QStringLiteral("%1(%2)").arg(
            QString::fromLatin1(w->metaObject()->className()), w->objectName()));
    }
    return chain.join(QStringLiteral(" > "));
}

bool hasName(QWidget *widget, QWidget *window) {
    if (!widget->accessibleName().trimmed().isEmpty())
        return true;
    if (auto *button = qobject_cast<QAbstractButton *>(widget)) {
        if (!button->text().remove(u'&').trimmed().isEmpty())
            return true;
    }
    const QList<QLabel *> labels = window->findChildren<QLabel *>();
    for (QLabel *label : labels) {
        if (label->buddy() == widget && !label->text().trimmed().isEmpty())
            return true;
    }
    // A label's own selectable text is its name.
    if (auto *label = qobject_cast<QLabel *>(widget))
        return !label->text().trimmed().isEmpty();
    return false;
}

// Focusable controls of the window that a person can see and that have
// no accessible name, no visible text and no label pointing at them.
QStringList unnamedControls(QWidget &window) {
    QStringList unnamed;
    const QList<QWidget *> widgets = window.findChildren<QWidget *>();
    for (QWidget *widget : widgets) {
        if (!widget->isVisibleTo(&window) || !(widget->focusPolicy() & Qt::TabFocus)
            || widget->focusProxy())
            continue;
        if (!hasName(widget, &window))
            unnamed << describe(widget);
    }
    return unnamed;
}

} // namespace

TEST_CASE("MainWindow: navigation switches sections and areas, and the state is kept",
          "[ui][shell][navigation]") {
    Network net;
    test::UiSession session(net.server, net.anna.email, kPassword);
    REQUIRE(session.waitForSync());
    session.workspace().refresh();
    client::Workspace &ws = session.workspace();
    ws.create(EntityType::Contact, net.team.id,
              {{QStringLiteral("kind"), QStringLiteral("person")},
               {QStringLiteral("family_name"), QStringLiteral("Weber")}});

    auto window = std::make_unique<MainWindow>(ws);
    REQUIRE(activate(*window));
    CHECK(window->section() == MainWindow::Contacts);
    CHECK(window->spaceId().isEmpty());
    // Only the section on screen was built.
    CHECK_FALSE(window->findChild<client::DocumentsPane *>());
    auto *newItem = window->findChild<QAction *>(QStringLiteral("newItem"));
    REQUIRE(newItem);
    CHECK(newItem->text() == window->contacts()->newAction()->text());
    CHECK(newItem->isEnabled());
    QListWidget *sections = window->navigation()->sections();
    QTreeView *areas = window->navigation()->areas();
    CHECK(areas->currentIndex().data().toString() == QStringLiteral("All areas"));

    // Sections by keyboard in the list, and by shortcut.
    sections->setFocus();
    press(Qt::Key_Down);
    CHECK(window->section() == MainWindow::Documents);
    CHECK(window->findChild<QStackedWidget *>()->currentWidget()
          == static_cast<QWidget *>(window->documents()));
    CHECK(newItem->text() == window->documents()->newDocumentAction()->text());
    press(Qt::Key_3, Qt::ControlModifier);
    CHECK(window->section() == MainWindow::Discussions);
    CHECK(sections->currentItem()->text() == QStringLiteral("Discussions"));
    press(Qt::Key_4, Qt::ControlModifier);
    CHECK(window->section() == MainWindow::Outbox);
    CHECK_FALSE(newItem->isVisible());
    press(Qt::Key_1, Qt::ControlModifier);
    CHECK(window->section() == MainWindow::Contacts);

    // Areas by keyboard: down from "All areas" over the group heading to
    // the first team; every pane follows.
    areas->setFocus();
    const QModelIndex teamIndex = window->navigation()->areaModel()->indexOfSpace(net.team.id);
    REQUIRE(teamIndex.isValid());
    for (int i = 0; i < 8 && areas->currentIndex() != teamIndex; ++i)
        press(Qt::Key_Down);
    REQUIRE(areas->currentIndex() == teamIndex);
    CHECK(window->spaceId() == net.team.id);
    CHECK(window->contacts()->spaceId() == net.team.id);
    CHECK(window->contacts()->model()->rowCount() == 1);
    window->showSpace(net.town.id);
    CHECK(window->contacts()->model()->rowCount() == 0);
    CHECK(areas->currentIndex().data().toString() == QStringLiteral("Bergheim"));

    // F5 asks the engine for a round.
    REQUIRE(window->syncNowAction()->isEnabled());
    CHECK(window->syncNowAction()->shortcut() == QKeySequence(Qt::Key_F5));
    window->syncNowAction()->trigger();
    REQUIRE(session.waitForSync());

    // Losing the area's membership takes the window back to all areas.
    net.server.removeMembership(net.town.id, net.anna.id);
    REQUIRE(test::waitUntil([&] { return window->spaceId().isEmpty(); }, 30000));
    CHECK(areas->currentIndex().data().toString() == QStringLiteral("All areas"));
    CHECK_FALSE(window->navigation()->areaModel()->indexOfSpace(net.town.id).isValid());
    CHECK(window->contacts()->model()->rowCount() == 1);
    window->showSpace(net.team.id);

    // Section and area come back with the next window.
    window->showSection(MainWindow::Documents);
    window->close();
    window.reset();
    MainWindow again(ws);
    CHECK(again.section() == MainWindow::Documents);
    CHECK(again.spaceId() == net.team.id);
    CHECK(again.contacts()->spaceId() == net.team.id);
}

TEST_CASE("MainWindow: the global search is reached and used by keyboard and opens the record",
          "[ui][shell][search]") {
    Network net;
    test::UiSession session(net.server, net.anna.email, kPassword);
    REQUIRE(session.waitForSync());
    session.workspace().refresh();
    client::Workspace &ws = session.workspace();
    const QString jana =
        ws.create(EntityType::Contact, net.team.id,
                  {{QStringLiteral("kind"), QStringLiteral("person")},
                   {QStringLiteral("given_name"), QStringLiteral("Jana")},
                   {QStringLiteral("family_name"), QStringLiteral("Krüger")},
                   {QStringLiteral("function"), QStringLiteral("Koordination Sprachkurse")}})
            .meta.id;
    const QString flyer = ws.create(EntityType::Document, net.team.id,
                                    {{QStringLiteral("title"), QStringLiteral("Flyer Sprachkurse")},
                                     {QStringLiteral("category"), QStringLiteral("flyer")}})
                              .meta.id;
    ws.create(EntityType::Thread, net.team.id,
              {{QStringLiteral("title"), QStringLiteral("Sprachkurse im Herbst")}});

    MainWindow window(ws);
    // The live results model, changed by every key typed, under the tester
    // (the unit test covers setHits alone).
    QAbstractItemModelTester tester(window.searchPanel()->model(),
                                    QAbstractItemModelTester::FailureReportingMode::Fatal);
    REQUIRE(activate(window));
    // Ctrl+K puts the focus in the search field.
    window.contacts()->view()->setFocus();
    press(Qt::Key_K, Qt::ControlModifier);
    REQUIRE(QApplication::focusWidget() == window.searchField());
    QTest::keyClicks(window.searchField(), QStringLiteral("krueger")); // finds "Krüger"
    client::SearchPanel *panel = window.searchPanel();
    REQUIRE(test::waitUntil([&] { return panel->isVisible() && panel->model()->hitCount() == 1; }));

    press(Qt::Key_Down);
    REQUIRE(QApplication::focusWidget() == panel->results());
    CHECK(panel->results()->currentIndex().data(client::SearchResultsModel::RecordIdRole) == jana);
    press(Qt::Key_Return);
    CHECK(window.section() == MainWindow::Contacts);
    CHECK(window.contacts()->card()->contactId() == jana);

    // Escape in the results closes them and returns to the field.
    panel->results()->setFocus();
    press(Qt::Key_Escape);
    CHECK_FALSE(panel->isVisible());
    CHECK(QApplication::focusWidget() == window.searchField());

    // Groups by kind: the document first, then the discussion; arrow keys
    // walk over the group headings.
    window.searchField()->clear();
    QTest::keyClicks(window.searchField(), QStringLiteral("sprachkurse"));
    REQUIRE(test::waitUntil([&] { return panel->isVisible() && panel->model()->hitCount() == 3; }));
    QStringList groups;
    for (int row = 0; row < panel->model()->rowCount(); ++row)
        groups << panel->model()->index(row, 0).data().toString();
    CHECK(groups
          == QStringList{QStringLiteral("Contacts (1)"), QStringLiteral("Documents (1)"),
                         QStringLiteral("Discussions (1)")});
    CHECK_FALSE(
        panel->model()
            ->index(0, client::SearchResultsModel::SnippetColumn, panel->model()->index(0, 0))
            .data()
            .toString()
            .isEmpty());
    press(Qt::Key_Down);
    for (int i = 0;
         i < 4
         && panel->results()->currentIndex().data(client::SearchResultsModel::RecordIdRole)
                != flyer;
         ++i)
        press(Qt::Key_Down);
    REQUIRE(panel->results()->currentIndex().data(client::SearchResultsModel::RecordIdRole)
            == flyer);
    press(Qt::Key_Return);
    CHECK(window.section() == MainWindow::Documents);
    const QModelIndex shown = window.documents()->view()->currentIndex();
    CHECK(shown.data(client::RecordListModel::RecordIdRole).toString() == flyer);

    // Enter in the field opens the best hit; Escape there clears it.
    window.searchField()->setFocus();
    window.searchField()->clear();
    QTest::keyClicks(window.searchField(), QStringLiteral("herbst"));
    press(Qt::Key_Return);
    CHECK(window.section() == MainWindow::Discussions);
    window.searchField()->setFocus();
    press(Qt::Key_Escape);
    CHECK(window.searchField()->text().isEmpty());
    CHECK_FALSE(panel->isVisible());
}

TEST_CASE("MainWindow: every visible control of every section has an accessible name, and Tab "
          "reaches navigation, search, list and detail",
          "[ui][shell][accessibility]") {
    Network net;
    test::UiSession session(net.server, net.anna.email, kPassword);
    REQUIRE(session.waitForSync());
    session.workspace().refresh();
    client::Workspace &ws = session.workspace();
    const QString contact =
        ws.create(EntityType::Contact, net.team.id,
                  {{QStringLiteral("kind"), QStringLiteral("person")},
                   {QStringLiteral("family_name"), QStringLiteral("Weber")},
                   {QStringLiteral("phones"),
                    QJsonArray{QJsonObject{{QStringLiteral("kind"), QStringLiteral("office")},
                                           {QStringLiteral("number"), QStringLiteral("06543 1")}}}},
                   {QStringLiteral("emails"), QJsonArray{QStringLiteral("weber@example.org")}},
                   {QStringLiteral("notes"), QStringLiteral("Dienstags im Rathaus")}})
            .meta.id;
    ws.create(EntityType::Document, net.team.id,
              {{QStringLiteral("title"), QStringLiteral("Protokoll")},
               {QStringLiteral("category"), QStringLiteral("protokoll")}});
    ws.create(EntityType::Thread, net.team.id,
              {{QStringLiteral("title"), QStringLiteral("Wohnraum")}});

    MainWindow window(ws);
    window.resize(1400, 900);
    REQUIRE(activate(window));
    window.contacts()->showRecord(contact);
    QTest::keyClicks(window.searchField(), QStringLiteral("weber"));
    REQUIRE(test::waitUntil([&] { return window.searchPanel()->isVisible(); }));

    for (MainWindow::Section section :
         {MainWindow::Contacts, MainWindow::Documents, MainWindow::Discussions, MainWindow::Outbox,
          MainWindow::Conflicts, MainWindow::SetAside}) {
        window.showSection(section);
        if (section == MainWindow::Documents)
            window.documents()->view()->selectRow(0);
        QCoreApplication::processEvents();
        const QStringList unnamed = unnamedControls(window);
        INFO("section " << int(section) << ": "
                        << unnamed.join(QStringLiteral("\n")).toStdString());
        CHECK(unnamed.isEmpty());
    }

    // Tab from the section list goes round the whole window.
    window.showSection(MainWindow::Contacts);
    window.contacts()->showRecord(contact);
    window.navigation()->sections()->setFocus();
    QList<QWidget *> reached;
    for (int i = 0; i < 80; ++i) {
        reached.append(QApplication::focusWidget());
        press(Qt::Key_Tab);
    }
    auto reachedInside = [&](QWidget *container) {
        return std::any_of(reached.begin(), reached.end(), [&](QWidget *w) {
            return w && (w == container || container->isAncestorOf(w));
        });
    };
    CHECK(reached.contains(window.navigation()->sections()));
    CHECK(reached.contains(window.navigation()->areas()));
    CHECK(reached.contains(window.searchField()));
    CHECK(reached.contains(window.contacts()->view()));
    CHECK(reachedInside(window.contacts()->card()));
}

TEST_CASE("ContactsPane: a rename that reorders the list keeps the shown contact selected",
          "[ui][shell][contacts]") {
    Network net;
    test::UiSession session(net.server, net.anna.email, kPassword);
    REQUIRE(session.waitForSync());
    session.workspace().refresh();
    client::Workspace &ws = session.workspace();
    auto person = [](const QString &family) {
        return QJsonObject{{QStringLiteral("kind"), QStringLiteral("person")},
                           {QStringLiteral("family_name"), family}};
    };
    ws.create(EntityType::Contact, net.team.id, person(QStringLiteral("Albers")));
    const QString weber =
        ws.create(EntityType::Contact, net.team.id, person(QStringLiteral("Weber"))).meta.id;

    client::ContactsPane pane(ws);
    pane.show();
    pane.showSpace(net.team.id);
    REQUIRE(pane.model()->rowCount() == 2);
    REQUIRE(pane.model()->rowOf(weber) == 1);
    pane.showRecord(weber);
    REQUIRE(pane.card()->contactId() == weber);
    REQUIRE(pane.view()->currentIndex().row() == 1);

    // Renamed (here or by a sync): Weber moves to the top, the list is
    // another order and resets; the card's contact is selected again.
    ws.update(weber, {{QStringLiteral("family_name"), QStringLiteral("Aaron")}});
    REQUIRE(pane.model()->rowOf(weber) == 0);
    CHECK(pane.card()->contactId() == weber);
    CHECK(pane.view()->currentIndex().row() == 0);
    CHECK(pane.view()->selectionModel()->isRowSelected(0, {}));
}
