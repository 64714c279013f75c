// SPDX-License-Identifier: GPL-3.0-or-later
// Every control of the sync views can be named by a screen reader (BITV
// 2.0): buttons by their text, lists, tables and text areas by an
// accessible name, and every enabled control is reachable by Tab.
#include "client/ui/shell/Workspace.h"
#include "client/ui/sync/ConflictView.h"
#include "client/ui/sync/OutboxView.h"
#include "client/ui/sync/SetAsideView.h"
#include "client/ui/sync/SyncStatusBar.h"
#include "common/Clock.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QHeaderView>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QTemporaryDir>
#include <catch2/catch.hpp>

using namespace hn;

namespace {

void requireNamed(QWidget &root) {
    for (QWidget *w : root.findChildren<QWidget *>()) {
        // Parts of Qt's own widgets (table headers, corner buttons, scroll
        // bars) are named and reached through the widget they belong to.
        if (qobject_cast<QHeaderView *>(w) || w->inherits("QTableCornerButton")
            || w->objectName().startsWith(QLatin1String("qt_")))
            continue;
        INFO(w->metaObject()->className() << " " << w->objectName().toStdString());
        if (auto *b = qobject_cast<QAbstractButton *>(w)) {
            CHECK_FALSE((b->text().isEmpty() && b->accessibleName().isEmpty()));
            CHECK(b->focusPolicy() & Qt::TabFocus);
        } else if (qobject_cast<QAbstractItemView *>(w) || qobject_cast<QPlainTextEdit *>(w)
                   || qobject_cast<QLineEdit *>(w) || qobject_cast<QProgressBar *>(w)) {
            CHECK_FALSE(w->accessibleName().isEmpty());
        }
    }
}

} // namespace

TEST_CASE("the sync views name every control for screen readers", "[ui][sync][a11y]") {
    QTemporaryDir dir;
    common::SystemClock clock;
    client::Workspace::Options options;
    options.profileDirectory = dir.filePath(QStringLiteral("profile"));
    options.user.id = QStringLiteral("00000000-0000-4000-8000-00000000a001");
    options.user.role = common::GlobalRole::Member;
    options.user.status = common::AccountStatus::Active;
    client::Workspace workspace(options, clock);

    client::SyncStatusBar bar(workspace);
    client::OutboxView outbox(workspace);
    client::ConflictView conflicts(workspace);
    client::SetAsideView setAside(workspace);
    for (QWidget *w : std::initializer_list<QWidget *>{&bar, &outbox, &conflicts, &setAside}) {
        w->show();
        requireNamed(*w);
    }
}
