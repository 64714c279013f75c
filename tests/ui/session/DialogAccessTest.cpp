// SPDX-License-Identifier: GPL-3.0-or-later
// The session dialogs by keyboard and screen reader: every control a
// person can tab to has a name (its text, a label pointing at it, or an
// accessible name), and no two mnemonics of a dialog clash.
#include "client/ui/session/AccessRequestDialog.h"
#include "client/ui/session/ActivationDialog.h"
#include "client/ui/session/ClientSession.h"
#include "client/ui/session/LoginDialog.h"
#include "client/ui/session/SettingsDialog.h"
#include "client/ui/shell/MainWindow.h"
#include "tests/ui/session/SessionFixture.h"
#include "tests/ui/support/UiSession.h"

#include <QAbstractButton>
#include <QAbstractSpinBox>
#include <QLabel>
#include <QRegularExpression>
#include <catch2/catch.hpp>

using namespace hn;

namespace {

QString nameOf(QWidget *widget, QWidget &dialog) {
    if (!widget->accessibleName().trimmed().isEmpty())
        return widget->accessibleName();
    if (auto *button = qobject_cast<QAbstractButton *>(widget))
        if (!button->text().trimmed().isEmpty())
            return button->text();
    for (QLabel *label : dialog.findChildren<QLabel *>())
        if (label->buddy() == widget && !label->text().trimmed().isEmpty())
            return label->text();
    return {};
}

// Checks names and mnemonics of every visible control that takes the focus.
void checkDialog(QWidget &dialog) {
    dialog.show();
    QStringList mnemonics;
    for (QWidget *widget : dialog.findChildren<QWidget *>()) {
        // A spin box's line edit is part of the spin box, checked as such.
        if (!widget->isVisibleTo(&dialog) || !(widget->focusPolicy() & Qt::TabFocus)
            || qobject_cast<QAbstractSpinBox *>(widget->parentWidget()))
            continue;
        const QString name = nameOf(widget, dialog);
        INFO(dialog.objectName().toStdString() << " > " << widget->metaObject()->className() << "("
                                               << widget->objectName().toStdString() << ")");
        CHECK_FALSE(name.isEmpty());
        const QRegularExpressionMatch mnemonic =
            QRegularExpression(QStringLiteral("&([^&])")).match(name);
        if (mnemonic.hasMatch()) {
            const QString key = mnemonic.captured(1).toLower();
            CHECK_FALSE(mnemonics.contains(key));
            mnemonics << key;
        }
    }
    CHECK(mnemonics.size() >= 3);
}

} // namespace

TEST_CASE("dialog access: login, access request and activation name every control, mnemonics do "
          "not clash") {
    client::LoginDialog login;
    login.setObjectName(QStringLiteral("login"));
    checkDialog(login);
    client::AccessRequestDialog request(client::ServerEndpoint{});
    checkDialog(request);
    client::ActivationDialog activation(client::ServerEndpoint{});
    checkDialog(activation);
}

TEST_CASE("dialog access: the settings dialog names every control, mnemonics do not clash") {
    test::SessionFixture fixture;
    auto session = fixture.session();
    fixture.logInAndSync(*session);
    Q_EMIT session->mainWindow()->settingsRequested();
    client::SettingsDialog *settings = nullptr;
    REQUIRE(test::waitUntil([&] {
        settings = session->mainWindow()->findChild<client::SettingsDialog *>();
        return settings != nullptr;
    }));
    checkDialog(*settings);
}
