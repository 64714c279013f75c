// SPDX-License-Identifier: GPL-3.0-or-later
// The contact editor while a colleague edits the same contact: a field
// both changed is asked about (keep mine or theirs), fields and address
// parts only the colleague changed are never reverted; and the editor's
// mnemonics are distinct for either kind of contact.
#include "client/core/SyncEngine.h"
#include "client/ui/contacts/ContactEditor.h"
#include "client/ui/shell/ConcurrentEdit.h"
#include "client/ui/shell/EditClashDialog.h"
#include "client/ui/shell/Workspace.h"
#include "tests/ui/support/UiSession.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSet>
#include <QTest>
#include <catch2/catch.hpp>

using namespace hn;
using common::EntityType;
using common::GlobalRole;
using common::SpaceLevel;
using test::waitUntil;

namespace {

const QString kPassword = QStringLiteral("Passwort-1234");

QJsonObject fieldsOf(test::UiSession &session, const QString &id) {
    const auto record = session.workspace().replica().record(id);
    return record ? record->fields : QJsonObject();
}

QString cityOf(const QJsonObject &fields) {
    return fields.value(QStringLiteral("address"))
        .toObject()
        .value(QStringLiteral("city"))
        .toString();
}

QString streetOf(const QJsonObject &fields) {
    return fields.value(QStringLiteral("address"))
        .toObject()
        .value(QStringLiteral("street"))
        .toString();
}

// `session` pulls until the condition holds on its replica.
bool arrives(test::UiSession &session, const std::function<bool()> &condition) {
    return waitUntil(
        [&] {
            if (condition())
                return true;
            if (session.workspace().engine()->state() == client::SyncEngine::State::Idle)
                session.workspace().engine()->syncNow();
            return false;
        },
        30000);
}

void retype(client::ContactEditor &editor, const QString &path, const QString &text) {
    auto *line = qobject_cast<QLineEdit *>(editor.input(path));
    REQUIRE(line);
    line->setFocus();
    line->selectAll();
    QTest::keyClicks(line, text);
}

void clickSave(client::ContactEditor &editor) {
    QTest::mouseClick(editor.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save),
                      Qt::LeftButton);
}

} // namespace

TEST_CASE("ContactEditor: a field a colleague changed meanwhile is asked about and their other "
          "changes stay",
          "[ui][contacts][clash]") {
    test::TestServer server;
    const common::Space team = server.addSpace(QStringLiteral("Soziale Betreuung"));
    const common::User anna =
        server.addUser(QStringLiteral("anna@kreis-beispiel.de"), kPassword, GlobalRole::Member);
    const common::User ben =
        server.addUser(QStringLiteral("ben@kreis-beispiel.de"), kPassword, GlobalRole::Member);
    server.setMembership(team.id, anna.id, SpaceLevel::Editor);
    server.setMembership(team.id, ben.id, SpaceLevel::Editor);
    test::UiSession a(server, anna.email, kPassword);
    test::UiSession b(server, ben.email, kPassword);
    REQUIRE(a.waitForSync());
    REQUIRE(b.waitForSync());
    a.workspace().refresh();
    b.workspace().refresh();
    const QJsonObject address{{QStringLiteral("street"), QStringLiteral("Hauptstr. 1")},
                              {QStringLiteral("city"), QStringLiteral("Bergheim")}};
    const QString id = a.workspace()
                           .create(EntityType::Contact, team.id,
                                   {{QStringLiteral("kind"), QStringLiteral("person")},
                                    {QStringLiteral("family_name"), QStringLiteral("Krüger")},
                                    {QStringLiteral("function"), QStringLiteral("Beratung")},
                                    {QStringLiteral("address"), address}})
                           .meta.id;
    REQUIRE(a.waitForSync());
    REQUIRE(arrives(b, [&] { return !fieldsOf(b, id).isEmpty(); }));

    SECTION("keep mine") {
        client::ContactEditor editor(a.workspace(), id, team.id);
        editor.show();
        retype(editor, QStringLiteral("function"), QStringLiteral("Koordination (Anna)"));
        retype(editor, QStringLiteral("address.street"), QStringLiteral("Ringstr. 5"));
        QJsonObject benAddress = address;
        benAddress.insert(QStringLiteral("city"), QStringLiteral("Talheim"));
        b.workspace().update(
            id, {{QStringLiteral("function"), QStringLiteral("Koordination (Ben)")},
                 {QStringLiteral("address"), benAddress},
                 {QStringLiteral("phones"),
                  QJsonArray{QJsonObject{{QStringLiteral("number"), QStringLiteral("06543 1234")},
                                         {QStringLiteral("label"), QStringLiteral("Büro")}}}}});
        REQUIRE(b.waitForSync());
        REQUIRE(arrives(a, [&] { return cityOf(fieldsOf(a, id)) == u"Talheim"; }));

        clickSave(editor);
        auto *dialog = editor.findChild<client::EditClashDialog *>();
        REQUIRE(dialog);
        CHECK(editor.isVisible());
        // Only the function clashes: Ben changed the city, Anna the street.
        REQUIRE(dialog->mineButton(QStringLiteral("function")));
        CHECK_FALSE(dialog->mineButton(QStringLiteral("address.city")));
        CHECK_FALSE(dialog->mineButton(QStringLiteral("address.street")));
        CHECK_FALSE(dialog->mineButton(QStringLiteral("phones")));
        CHECK(dialog->findChild<QLabel *>() != nullptr);
        QTest::mouseClick(dialog->mineButton(QStringLiteral("function")), Qt::LeftButton);
        QTest::mouseClick(dialog->buttons()->button(QDialogButtonBox::Save), Qt::LeftButton);
        REQUIRE(waitUntil([&] { return !editor.isVisible(); }));
        CHECK(editor.result() == QDialog::Accepted);

        REQUIRE(a.waitForSync());
        const QJsonObject here = fieldsOf(a, id);
        CHECK(here.value(QStringLiteral("function")).toString() == u"Koordination (Anna)");
        CHECK(streetOf(here) == u"Ringstr. 5");
        CHECK(cityOf(here) == u"Talheim");
        CHECK(here.value(QStringLiteral("phones")).toArray().size() == 1);
        REQUIRE(arrives(b, [&] { return streetOf(fieldsOf(b, id)) == u"Ringstr. 5"; }));
        const QJsonObject there = fieldsOf(b, id);
        CHECK(there.value(QStringLiteral("function")).toString() == u"Koordination (Anna)");
        CHECK(cityOf(there) == u"Talheim");
        CHECK(there.value(QStringLiteral("phones")).toArray().size() == 1);
    }

    SECTION("keep theirs") {
        client::ContactEditor editor(a.workspace(), id, team.id);
        editor.show();
        retype(editor, QStringLiteral("function"), QStringLiteral("Koordination (Anna)"));
        retype(editor, QStringLiteral("department"), QStringLiteral("Integration"));
        b.workspace().update(id,
                             {{QStringLiteral("function"), QStringLiteral("Koordination (Ben)")}});
        REQUIRE(b.waitForSync());
        REQUIRE(arrives(a, [&] {
            return fieldsOf(a, id).value(QStringLiteral("function")).toString()
                   == u"Koordination (Ben)";
        }));
        clickSave(editor);
        auto *dialog = editor.findChild<client::EditClashDialog *>();
        REQUIRE(dialog);
        // Cancel in the question: nothing saved, the editor keeps the input.
        QTest::mouseClick(dialog->buttons()->button(QDialogButtonBox::Cancel), Qt::LeftButton);
        REQUIRE(waitUntil([&] { return !editor.findChild<client::EditClashDialog *>(); }));
        CHECK(editor.isVisible());
        CHECK(fieldsOf(a, id).value(QStringLiteral("department")).toString().isEmpty());
        CHECK(qobject_cast<QLineEdit *>(editor.input(QStringLiteral("function")))->text()
              == u"Koordination (Anna)");

        clickSave(editor);
        dialog = editor.findChild<client::EditClashDialog *>();
        REQUIRE(dialog);
        QTest::mouseClick(dialog->theirsButton(QStringLiteral("function")), Qt::LeftButton);
        QTest::mouseClick(dialog->buttons()->button(QDialogButtonBox::Save), Qt::LeftButton);
        REQUIRE(waitUntil([&] { return !editor.isVisible(); }));
        REQUIRE(a.waitForSync());
        CHECK(fieldsOf(a, id).value(QStringLiteral("function")).toString()
              == u"Koordination (Ben)");
        CHECK(fieldsOf(a, id).value(QStringLiteral("department")).toString() == u"Integration");
        REQUIRE(arrives(b, [&] {
            return fieldsOf(b, id).value(QStringLiteral("department")).toString() == u"Integration";
        }));
        CHECK(fieldsOf(b, id).value(QStringLiteral("function")).toString()
              == u"Koordination (Ben)");
    }
}

TEST_CASE("ContactEditor: every visible label has its own mnemonic", "[ui][contacts]") {
    test::TestServer server;
    const common::Space team = server.addSpace(QStringLiteral("Soziale Betreuung"));
    const common::User anna =
        server.addUser(QStringLiteral("anna@kreis-beispiel.de"), kPassword, GlobalRole::Member);
    server.setMembership(team.id, anna.id, SpaceLevel::Editor);
    test::UiSession session(server, anna.email, kPassword);
    REQUIRE(session.waitForSync());
    session.workspace().refresh();
    client::ContactEditor editor(session.workspace(), {}, team.id);
    editor.show();
    auto *kind = qobject_cast<QComboBox *>(editor.input(QStringLiteral("kind")));
    REQUIRE(kind);
    for (int index = 0; index < kind->count(); ++index) {
        kind->setCurrentIndex(index);
        QStringList texts;
        for (QLabel *label : editor.findChildren<QLabel *>()) {
            if (label->buddy() && label->isVisibleTo(&editor))
                texts << label->text();
        }
        for (QPushButton *button : editor.findChildren<QPushButton *>())
            texts << button->text();
        QSet<QChar> letters;
        for (const QString &text : std::as_const(texts)) {
            const qsizetype amp = text.indexOf(u'&');
            if (amp < 0 || amp + 1 >= text.size())
                continue;
            const QChar letter = text.at(amp + 1).toLower();
            INFO(kind->currentText().toStdString() << ": " << text.toStdString());
            CHECK_FALSE(letters.contains(letter));
            letters.insert(letter);
        }
        CHECK(letters.size() > 10);
    }
}

TEST_CASE("ConcurrentEdit: what is sent and what clashes", "[ui][contacts][clash]") {
    using client::ConcurrentEdit;
    const QJsonObject snapshot{
        {QStringLiteral("title"), QStringLiteral("A")},
        {QStringLiteral("notes"), QStringLiteral("n")},
        {QStringLiteral("address"), QJsonObject{{QStringLiteral("street"), QStringLiteral("S1")},
                                                {QStringLiteral("city"), QStringLiteral("C1")}}}};
    QJsonObject now = snapshot;
    now.insert(QStringLiteral("notes"), QStringLiteral("theirs"));
    now.insert(QStringLiteral("title"), QStringLiteral("B"));
    now.insert(QStringLiteral("address"),
               QJsonObject{{QStringLiteral("street"), QStringLiteral("S1")},
                           {QStringLiteral("city"), QStringLiteral("C2")}});
    QJsonObject mine = snapshot;
    mine.insert(QStringLiteral("title"), QStringLiteral("C"));
    mine.insert(QStringLiteral("address"),
                QJsonObject{{QStringLiteral("street"), QStringLiteral("S3")},
                            {QStringLiteral("city"), QStringLiteral("C1")},
                            {QStringLiteral("supplement"), QString()}});
    mine.insert(QStringLiteral("department"), QString()); // empty, was missing: unchanged

    ConcurrentEdit edit(snapshot, now, mine);
    REQUIRE(edit.clashes().size() == 1);
    CHECK(edit.clashes().first().path == u"title");
    CHECK(edit.clashes().first().theirs.toString() == u"B");
    QJsonObject changes = edit.changes();
    // notes only changed remotely: not sent; the address merges parts.
    CHECK(changes.keys() == QStringList({QStringLiteral("address"), QStringLiteral("title")}));
    const QJsonObject address = changes.value(QStringLiteral("address")).toObject();
    CHECK(address.value(QStringLiteral("street")).toString() == u"S3");
    CHECK(address.value(QStringLiteral("city")).toString() == u"C2");
    CHECK(changes.value(QStringLiteral("title")).toString() == u"C");

    edit.keepTheirs(QStringLiteral("title"));
    changes = edit.changes();
    CHECK(changes.keys() == QStringList({QStringLiteral("address")}));

    // The same value on both sides is no clash and needs no sending.
    mine.insert(QStringLiteral("title"), QStringLiteral("B"));
    const ConcurrentEdit agreed(snapshot, now, mine);
    CHECK(agreed.clashes().isEmpty());
    CHECK_FALSE(agreed.changes().contains(QStringLiteral("title")));
}
