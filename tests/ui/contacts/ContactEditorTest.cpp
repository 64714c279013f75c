// SPDX-License-Identifier: GPL-3.0-or-later
// The contact editor driven through its widgets against a real server:
// create with field errors for a bad phone number and e-mail, edit,
// delete with confirmation; the change reaches a second client.
#include "client/ui/contacts/ContactEditor.h"

#include "client/ui/contacts/ContactCard.h"
#include "client/ui/contacts/ContactEntryList.h"
#include "client/ui/contacts/ContactsPane.h"
#include "client/ui/models/RecordListModel.h"
#include "tests/ui/support/UiSession.h"

#include <QAction>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QTest>
#include <catch2/catch.hpp>

using namespace hn;
using common::GlobalRole;
using common::SpaceLevel;

namespace {

const QString kPassword = QStringLiteral("Passwort-1234");

void clickSave(client::ContactEditor *editor) {
    QPushButton *save = editor->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save);
    QTest::mouseClick(save, Qt::LeftButton);
}

QLineEdit *lineOf(client::ContactEditor *editor, const QString &path) {
    auto *line = qobject_cast<QLineEdit *>(editor->input(path));
    REQUIRE(line);
    return line;
}

// Every error shown in the editor, for failure messages.
std::string shownErrors(client::ContactEditor *editor) {
    QStringList shown{editor->formError()->text()};
    for (QLabel *label : editor->findChildren<QLabel *>()) {
        if (label->objectName().startsWith(QStringLiteral("error_")) && !label->text().isEmpty())
            shown << label->objectName() + QStringLiteral(": ") + label->text();
    }
    return shown.join(QStringLiteral("; ")).toStdString();
}

QString errorText(client::ContactEditor *editor, const QString &labelName) {
    auto *label = editor->findChild<QLabel *>(labelName);
    REQUIRE(label);
    return label->isVisible() ? label->text() : QString();
}

} // namespace

TEST_CASE("ContactEditor: create with field errors, edit and delete through the widgets",
          "[ui][contacts]") {
    test::TestServer server;
    const common::Space team = server.addSpace(QStringLiteral("Soziale Betreuung"));
    const common::User anna =
        server.addUser(QStringLiteral("anna@kreis-beispiel.de"), kPassword, GlobalRole::Member);
    server.setMembership(team.id, anna.id, SpaceLevel::Editor);
    test::UiSession session(server, anna.email, kPassword);
    REQUIRE(session.waitForSync());
    session.workspace().refresh();

    client::ContactsPane pane(session.workspace());
    pane.resize(1000, 600);
    pane.show();
    pane.showSpace(team.id);
    REQUIRE(pane.newAction()->isEnabled());
    CHECK_FALSE(pane.editAction()->isEnabled());
    CHECK(pane.editAction()->toolTip() == QStringLiteral("Select a contact first."));

    pane.newAction()->trigger();
    client::ContactEditor *editor = pane.editor();
    REQUIRE(editor);
    REQUIRE(test::waitUntil([&] { return editor->isVisible(); }));

    // Nothing typed: a person needs a name, shown at the family name.
    clickSave(editor);
    CHECK(editor->isVisible());
    CHECK_FALSE(errorText(editor, QStringLiteral("error_family_name")).isEmpty());

    QTest::keyClicks(lineOf(editor, QStringLiteral("given_name")), QStringLiteral("Jana"));
    lineOf(editor, QStringLiteral("family_name"))
        ->insert(QStringLiteral("Krüger")); // QTest types ASCII only
    QTest::keyClicks(lineOf(editor, QStringLiteral("function")),
                     QStringLiteral("Landkreiskoordinatorin"));
    QLineEdit *phone = editor->phones()->line(0);
    REQUIRE(phone);
    QTest::keyClicks(phone, QStringLiteral("06543 abc"));
    QLineEdit *email = editor->emails()->line(0);
    REQUIRE(email);
    QTest::keyClicks(email, QStringLiteral("jana.krueger(at)kreis"));

    clickSave(editor);
    CHECK(editor->isVisible());
    CHECK(errorText(editor, QStringLiteral("error_family_name")).isEmpty());
    CHECK_FALSE(errorText(editor, QStringLiteral("error_phones")).isEmpty());
    CHECK_FALSE(phone->accessibleDescription().isEmpty());
    // Nothing typed is lost.
    CHECK(phone->text() == QStringLiteral("06543 abc"));
    CHECK(lineOf(editor, QStringLiteral("family_name"))->text() == QStringLiteral("Krüger"));

    phone->clear();
    QTest::keyClicks(phone, QStringLiteral("+49 6543 81-234"));
    clickSave(editor);
    CHECK(editor->isVisible());
    CHECK(errorText(editor, QStringLiteral("error_phones")).isEmpty());
    CHECK_FALSE(errorText(editor, QStringLiteral("error_emails")).isEmpty());
    CHECK(email->text() == QStringLiteral("jana.krueger(at)kreis"));

    email->clear();
    QTest::keyClicks(email, QStringLiteral("Jana.Krueger@Kreis-Beispiel.de"));
    QTest::mouseClick(editor->emails()->addButton(), Qt::LeftButton);
    REQUIRE(editor->emails()->lineCount() == 2);
    QTest::keyClicks(editor->emails()->line(1), QStringLiteral("buero@kreis-beispiel.de"));
    clickSave(editor);
    INFO("errors: " << shownErrors(editor));
    REQUIRE(test::waitUntil([&] { return !pane.editor(); }));

    REQUIRE(pane.model()->rowCount() == 1);
    std::optional<common::Record> saved = pane.model()->record(0);
    REQUIRE(saved);
    CHECK(saved->fields.value(QStringLiteral("family_name")).toString()
          == QStringLiteral("Krüger"));
    // Stored the way the server stores it: e-mails lower-cased.
    CHECK(saved->fields.value(QStringLiteral("emails")).toArray().first().toString()
          == QStringLiteral("jana.krueger@kreis-beispiel.de"));
    CHECK(pane.card()->contactId() == saved->meta.id);
    CHECK(pane.editAction()->isEnabled());
    REQUIRE(session.waitForSync());

    // Edit: the function changes, the card shows it.
    pane.editAction()->trigger();
    editor = pane.editor();
    REQUIRE(editor);
    QLineEdit *function = lineOf(editor, QStringLiteral("function"));
    CHECK(function->text() == QStringLiteral("Landkreiskoordinatorin"));
    function->clear();
    QTest::keyClicks(function, QStringLiteral("Koordinatorin Ehrenamt"));
    // Meanwhile the municipality changes underneath (as a sync round
    // would): saving the dialog keeps that newer value.
    session.workspace().update(saved->meta.id,
                               {{QStringLiteral("municipality"), QStringLiteral("Bergheim")}});
    clickSave(editor);
    INFO("errors: " << shownErrors(editor));
    REQUIRE(test::waitUntil([&] { return !pane.editor(); }));
    auto *heading = pane.card()->findChild<QLabel *>();
    REQUIRE(heading);
    const QList<QLabel *> labels = pane.card()->findChildren<QLabel *>();
    CHECK(std::any_of(labels.begin(), labels.end(), [](QLabel *l) {
        return l->text() == QStringLiteral("Koordinatorin Ehrenamt");
    }));
    REQUIRE(session.waitForSync());

    // A second client sees the edited contact.
    test::UiSession other(server, anna.email, kPassword);
    REQUIRE(other.waitForSync());
    const auto there = other.workspace().replica().record(saved->meta.id);
    REQUIRE(there);
    CHECK(there->fields.value(QStringLiteral("function")).toString()
          == QStringLiteral("Koordinatorin Ehrenamt"));
    CHECK(there->fields.value(QStringLiteral("municipality")).toString()
          == QStringLiteral("Bergheim"));

    // Delete asks first; Cancel keeps it, Delete removes it.
    pane.deleteAction()->trigger();
    QMessageBox *question = pane.deleteQuestion();
    REQUIRE(question);
    QAbstractButton *cancel = nullptr;
    QAbstractButton *remove = nullptr;
    for (QAbstractButton *button : question->buttons()) {
        if (question->buttonRole(button) == QMessageBox::RejectRole)
            cancel = button;
        else
            remove = button;
    }
    REQUIRE(cancel);
    REQUIRE(remove);
    QTest::mouseClick(cancel, Qt::LeftButton);
    REQUIRE(test::waitUntil([&] { return !pane.deleteQuestion(); }));
    CHECK(pane.model()->rowCount() == 1);

    pane.deleteAction()->trigger();
    question = pane.deleteQuestion();
    REQUIRE(question);
    for (QAbstractButton *button : question->buttons()) {
        if (question->buttonRole(button) == QMessageBox::DestructiveRole)
            QTest::mouseClick(button, Qt::LeftButton);
    }
    REQUIRE(test::waitUntil([&] { return pane.model()->rowCount() == 0; }));
    CHECK(pane.card()->contactId().isEmpty());
    REQUIRE(session.waitForSync());
    REQUIRE(test::waitUntil([&] {
        const auto gone = other.workspace().replica().record(saved->meta.id);
        return !gone || gone->meta.deleted;
    }));
}

TEST_CASE("ContactEditor: a person is linked to an organization picked from the same space",
          "[ui][contacts]") {
    test::TestServer server;
    const common::Space team = server.addSpace(QStringLiteral("Ausbildung und Arbeit"));
    const common::User anna =
        server.addUser(QStringLiteral("anna@kreis-beispiel.de"), kPassword, GlobalRole::Member);
    server.setMembership(team.id, anna.id, SpaceLevel::Author);
    test::UiSession session(server, anna.email, kPassword);
    REQUIRE(session.waitForSync());
    session.workspace().refresh();
    const QString jobcenter =
        session.workspace()
            .create(common::EntityType::Contact, team.id,
                    {{QStringLiteral("kind"), QStringLiteral("organization")},
                     {QStringLiteral("name"), QStringLiteral("Jobcenter Landkreis")}})
            .meta.id;

    client::ContactsPane pane(session.workspace());
    pane.show();
    pane.showSpace(team.id);
    pane.newAction()->trigger();
    client::ContactEditor *editor = pane.editor();
    REQUIRE(editor);
    QTest::keyClicks(lineOf(editor, QStringLiteral("family_name")), QStringLiteral("Demir"));
    auto *organization =
        qobject_cast<QComboBox *>(editor->input(QStringLiteral("organization_id")));
    REQUIRE(organization);
    REQUIRE(organization->findData(jobcenter) > 0);

    // A name that is no organization of the space is refused at the field.
    QTest::keyClicks(organization->lineEdit(), QStringLiteral("Gibt es nicht"));
    clickSave(editor);
    CHECK(editor->isVisible());
    CHECK_FALSE(errorText(editor, QStringLiteral("error_organization_id")).isEmpty());

    organization->setCurrentIndex(organization->findData(jobcenter));
    clickSave(editor);
    INFO("errors: " << shownErrors(editor));
    REQUIRE(test::waitUntil([&] { return !pane.editor(); }));
    const QString demir = pane.card()->contactId();
    const auto person = session.workspace().replica().record(demir);
    REQUIRE(person);
    CHECK(person->fields.value(QStringLiteral("organization_id")).toString() == jobcenter);

    // The card links to the organization, which lists its people.
    auto *link = pane.card()->findChild<QPushButton *>(QStringLiteral("organizationLink"));
    REQUIRE(link);
    CHECK(link->text() == QStringLiteral("Jobcenter Landkreis"));
    QTest::mouseClick(link, Qt::LeftButton);
    CHECK(pane.card()->contactId() == jobcenter);
    auto *people = pane.card()->findChild<QListWidget *>(QStringLiteral("organizationPeople"));
    REQUIRE(people);
    REQUIRE(people->count() == 1);
    CHECK(people->item(0)->text().startsWith(QStringLiteral("Demir")));
}
