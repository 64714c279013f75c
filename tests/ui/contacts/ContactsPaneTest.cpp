// SPDX-License-Identifier: GPL-3.0-or-later
// The contacts section against a real server: offline creation that
// reaches a second client after reconnecting, the read-only guest UI,
// copying and mailto, the filters and the models.
#include "client/ui/contacts/ContactsPane.h"

#include "client/ui/contacts/ContactCard.h"
#include "client/ui/contacts/ContactEditor.h"
#include "client/ui/contacts/ContactEntryList.h"
#include "client/ui/models/RecordListModel.h"
#include "tests/ui/support/UiSession.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QClipboard>
#include <QComboBox>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QGuiApplication>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QTest>
#include <QToolButton>
#include <QUrl>
#include <catch2/catch.hpp>

using namespace hn;
using common::EntityType;
using common::GlobalRole;
using common::SpaceLevel;

namespace {

const QString kPassword = QStringLiteral("Passwort-1234");

QJsonObject person(const QString &family, const QString &municipality, const QStringList &tags) {
    return {{QStringLiteral("kind"), QStringLiteral("person")},
            {QStringLiteral("family_name"), family},
            {QStringLiteral("municipality"), municipality},
            {QStringLiteral("tags"), QJsonArray::fromStringList(tags)},
            {QStringLiteral("phones"),
             QJsonArray{QJsonObject{{QStringLiteral("kind"), QStringLiteral("office")},
                                    {QStringLiteral("number"), QStringLiteral("06543 81-234")}}}},
            {QStringLiteral("emails"),
             QJsonArray{family.toLower() + QStringLiteral("@kreis-beispiel.de")}}};
}

// Receives the URLs QDesktopServices would hand to the mail program.
class MailProgram : public QObject {
    Q_OBJECT
public:
    QList<QUrl> opened;
public Q_SLOTS:
    void open(const QUrl &url) { opened.append(url); }
};

} // namespace

TEST_CASE("ContactsPane: a contact created offline reaches a second client after reconnecting",
          "[ui][contacts][offline]") {
    test::TestServer server;
    const common::Space team = server.addSpace(QStringLiteral("Unterkunft"));
    const common::User anna =
        server.addUser(QStringLiteral("anna@kreis-beispiel.de"), kPassword, GlobalRole::Member);
    const common::User ben =
        server.addUser(QStringLiteral("ben@kreis-beispiel.de"), kPassword, GlobalRole::Member);
    server.setMembership(team.id, anna.id, SpaceLevel::Author);
    server.setMembership(team.id, ben.id, SpaceLevel::Reader);
    test::UiSession first(server, anna.email, kPassword);
    test::UiSession second(server, ben.email, kPassword);
    REQUIRE(first.waitForSync());
    REQUIRE(second.waitForSync());
    first.workspace().refresh();
    second.workspace().refresh();

    client::ContactsPane pane(first.workspace());
    pane.show();
    pane.showSpace(team.id);
    client::ContactsPane otherPane(second.workspace());
    otherPane.show();
    otherPane.showSpace(team.id);
    REQUIRE(otherPane.model()->rowCount() == 0);

    server.stop();
    pane.newAction()->trigger();
    client::ContactEditor *editor = pane.editor();
    REQUIRE(editor);
    QTest::keyClicks(qobject_cast<QLineEdit *>(editor->input(QStringLiteral("family_name"))),
                     QStringLiteral("Offline-Schulz"));
    QTest::keyClicks(editor->phones()->line(0), QStringLiteral("0151 2345678"));
    editor->phones()->kindBox(0)->setCurrentIndex(1);
    QTest::mouseClick(editor->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save),
                      Qt::LeftButton);
    INFO("form error: " << editor->formError()->text().toStdString());
    REQUIRE(test::waitUntil([&] { return !pane.editor(); }));
    const QString id = pane.card()->contactId();
    REQUIRE_FALSE(id.isEmpty());
    CHECK(pane.model()->rowOf(id) >= 0);
    // It waits in the outbox while the server is away. One reading: the
    // engine's failing attempts move it between pending and in flight.
    const client::SyncCounts waiting = first.workspace().replica().counts();
    CHECK(waiting.pending + waiting.inFlight == 1);

    server.start();
    REQUIRE(first.waitForSync(30000));
    REQUIRE(test::waitUntil([&] { return otherPane.model()->rowOf(id) >= 0; }, 30000));
    otherPane.showRecord(id);
    CHECK(otherPane.card()->contactId() == id);
    const auto there = second.workspace().replica().record(id);
    REQUIRE(there);
    const QJsonObject phone =
        there->fields.value(QStringLiteral("phones")).toArray().first().toObject();
    CHECK(phone.value(QStringLiteral("kind")).toString() == QStringLiteral("mobile"));
    CHECK(phone.value(QStringLiteral("number")).toString() == QStringLiteral("0151 2345678"));
}

TEST_CASE("ContactsPane: guests get a read-only UI with the reason as tooltip",
          "[ui][contacts][permissions]") {
    test::TestServer server;
    const common::Space open =
        server.addSpace(QStringLiteral("Öffentlich"), true, common::SpaceKind::Public);
    const common::User admin =
        server.addUser(QStringLiteral("chef@kreis-beispiel.de"), kPassword, GlobalRole::Admin);
    const common::User guest =
        server.addUser(QStringLiteral("gast@example.org"), kPassword, GlobalRole::Guest);
    {
        test::UiSession writer(server, admin.email, kPassword);
        REQUIRE(writer.waitForSync());
        writer.workspace().create(EntityType::Contact, open.id,
                                  person(QStringLiteral("Meier"), QStringLiteral("Bergheim"), {}));
        REQUIRE(writer.waitForSync());
    }
    test::UiSession session(server, guest.email, kPassword);
    REQUIRE(session.waitForSync());
    session.workspace().refresh();
    client::ContactsPane pane(session.workspace());
    pane.show();
    pane.showSpace(open.id);
    REQUIRE(pane.model()->rowCount() == 1);
    pane.view()->selectRow(0);
    REQUIRE_FALSE(pane.card()->contactId().isEmpty());

    const common::Record record = *pane.model()->record(0);
    const client::Permissions &permissions = session.workspace().permissions();
    CHECK(permissions.isReadOnly());
    for (auto [action, decision] :
         {std::pair{pane.newAction(), permissions.mayCreate(open.id)},
          std::pair{pane.editAction(), permissions.mayEdit(record)},
          std::pair{pane.deleteAction(), permissions.mayDelete(record)}}) {
        CHECK_FALSE(action->isEnabled());
        CHECK_FALSE(decision.reason.isEmpty());
        CHECK(action->toolTip() == decision.reason);
    }
    // The buttons on screen say the same.
    for (QToolButton *button : pane.findChildren<QToolButton *>()) {
        if (button->defaultAction() == pane.editAction())
            CHECK_FALSE(button->isEnabled());
    }
    // Shortcuts and activation do nothing either.
    pane.editContact();
    pane.newContact();
    CHECK_FALSE(pane.editor());
    // Reading still works: copy is there.
    CHECK(pane.card()->findChild<QPushButton *>(QStringLiteral("copyPhone")));
}

TEST_CASE("ContactCard: copy puts phone and e-mail on the clipboard, and Write e-mail opens mailto",
          "[ui][contacts]") {
    test::TestServer server;
    const common::Space team = server.addSpace(QStringLiteral("Soziale Betreuung"));
    const common::User anna =
        server.addUser(QStringLiteral("anna@kreis-beispiel.de"), kPassword, GlobalRole::Member);
    server.setMembership(team.id, anna.id, SpaceLevel::Author);
    test::UiSession session(server, anna.email, kPassword);
    REQUIRE(session.waitForSync());
    session.workspace().refresh();
    const QString id = session.workspace()
                           .create(EntityType::Contact, team.id,
                                   person(QStringLiteral("Yilmaz"), QStringLiteral("Tal"), {}))
                           .meta.id;
    client::ContactsPane pane(session.workspace());
    pane.show();
    pane.showRecord(id);
    REQUIRE(pane.card()->contactId() == id);

    QGuiApplication::clipboard()->clear();
    auto *copyPhone = pane.card()->findChild<QPushButton *>(QStringLiteral("copyPhone"));
    REQUIRE(copyPhone);
    CHECK_FALSE(copyPhone->accessibleName().isEmpty());
    QTest::mouseClick(copyPhone, Qt::LeftButton);
    CHECK(QGuiApplication::clipboard()->text() == QStringLiteral("06543 81-234"));
    auto *copyEmail = pane.card()->findChild<QPushButton *>(QStringLiteral("copyEmail"));
    REQUIRE(copyEmail);
    QTest::mouseClick(copyEmail, Qt::LeftButton);
    CHECK(QGuiApplication::clipboard()->text() == QStringLiteral("yilmaz@kreis-beispiel.de"));

    MailProgram mail;
    QDesktopServices::setUrlHandler(QStringLiteral("mailto"), &mail, "open");
    auto *write = pane.card()->findChild<QPushButton *>(QStringLiteral("writeEmail"));
    REQUIRE(write);
    QTest::mouseClick(write, Qt::LeftButton);
    QDesktopServices::unsetUrlHandler(QStringLiteral("mailto"));
    REQUIRE(mail.opened.size() == 1);
    CHECK(mail.opened.first().toString() == QStringLiteral("mailto:yilmaz@kreis-beispiel.de"));
}

TEST_CASE("ContactsPane: filters by kind, topic and municipality from distinct values",
          "[ui][contacts][model]") {
    test::TestServer server;
    const common::Space team = server.addSpace(QStringLiteral("Erziehung und Bildung"));
    const common::Space other = server.addSpace(QStringLiteral("Medizinische Versorgung"));
    const common::User anna =
        server.addUser(QStringLiteral("anna@kreis-beispiel.de"), kPassword, GlobalRole::Member);
    server.setMembership(team.id, anna.id, SpaceLevel::Author);
    server.setMembership(other.id, anna.id, SpaceLevel::Author);
    test::UiSession session(server, anna.email, kPassword);
    REQUIRE(session.waitForSync());
    session.workspace().refresh();
    client::Workspace &ws = session.workspace();
    ws.create(EntityType::Contact, team.id,
              person(QStringLiteral("Albers"), QStringLiteral("Bergheim"),
                     {QStringLiteral("Sprachkurse"), QStringLiteral("Kita")}));
    ws.create(EntityType::Contact, team.id,
              person(QStringLiteral("Weber"), QStringLiteral("Tal"), {QStringLiteral("Kita")}));
    ws.create(EntityType::Contact, team.id,
              {{QStringLiteral("kind"), QStringLiteral("organization")},
               {QStringLiteral("name"), QStringLiteral("Familienzentrum")},
               {QStringLiteral("municipality"), QStringLiteral("Tal")}});
    ws.create(
        EntityType::Contact, other.id,
        person(QStringLiteral("Zimmer"), QStringLiteral("Nordstadt"), {QStringLiteral("Praxis")}));

    client::ContactsPane pane(ws);
    QAbstractItemModelTester tester(pane.model(),
                                    QAbstractItemModelTester::FailureReportingMode::Fatal);
    pane.resize(1000, 500);
    pane.show();
    pane.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&pane));
    // The values are read when the person turns to a filter.
    auto turnTo = [&](QComboBox *box) {
        pane.view()->setFocus();
        box->setFocus();
        REQUIRE(box->hasFocus());
    };
    CHECK(pane.tagFilter()->count() == 1); // "All" only, until needed
    turnTo(pane.tagFilter());
    CHECK(pane.tagFilter()->count() == 4); // All + Kita, Praxis, Sprachkurse
    CHECK(pane.model()->rowCount() == 4);  // all areas
    CHECK(pane.municipalityFilter()->findText(QStringLiteral("Nordstadt")) > 0);

    pane.showSpace(team.id);
    CHECK(pane.model()->rowCount() == 3);
    turnTo(pane.municipalityFilter());
    CHECK(pane.municipalityFilter()->findText(QStringLiteral("Nordstadt")) < 0);
    CHECK(pane.municipalityFilter()->findText(QStringLiteral("Tal")) > 0);
    turnTo(pane.tagFilter());
    QStringList tags;
    for (int i = 1; i < pane.tagFilter()->count(); ++i)
        tags << pane.tagFilter()->itemText(i);
    CHECK(tags == QStringList{QStringLiteral("Kita"), QStringLiteral("Sprachkurse")});

    // Sorted by name (organizations by their name, persons by family name).
    CHECK(pane.model()->index(0, 0).data().toString() == QStringLiteral("Albers"));
    CHECK(pane.model()->index(1, 0).data().toString() == QStringLiteral("Familienzentrum"));

    auto choose = [&](QComboBox *box, const QString &text) {
        turnTo(box);
        const int index = box->findText(text);
        REQUIRE(index >= 0);
        box->setCurrentIndex(index);
        Q_EMIT box->activated(index);
    };
    choose(pane.tagFilter(), QStringLiteral("Kita"));
    CHECK(pane.model()->rowCount() == 2);
    choose(pane.municipalityFilter(), QStringLiteral("Tal"));
    CHECK(pane.model()->rowCount() == 1);
    choose(pane.tagFilter(), pane.tagFilter()->itemText(0)); // all topics
    CHECK(pane.model()->rowCount() == 2);
    choose(pane.kindFilter(), pane.kindFilter()->itemText(2)); // organizations
    REQUIRE(pane.model()->rowCount() == 1);
    CHECK(pane.model()->index(0, 0).data().toString() == QStringLiteral("Familienzentrum"));

    // Sorting by another column happens in SQL.
    choose(pane.kindFilter(), pane.kindFilter()->itemText(0));
    choose(pane.municipalityFilter(), pane.municipalityFilter()->itemText(0));
    pane.view()->sortByColumn(client::ContactColumns::Name, Qt::DescendingOrder);
    CHECK(pane.model()->index(0, 0).data().toString() == QStringLiteral("Weber"));
}

#include "ContactsPaneTest.moc"
