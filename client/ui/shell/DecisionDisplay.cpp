// SPDX-License-Identifier: GPL-3.0-or-later
#include "client/ui/shell/DecisionDisplay.h"

#include <QAction>
#include <QWidget>

namespace hn::client {

void showDecision(QAction *action, const common::Decision &decision, const QString &tip) {
    action->setEnabled(decision.allowed);
    const QString text = decision.allowed ? tip : decision.reason;
    action->setToolTip(text.isEmpty() ? action->text().remove(QLatin1Char('&')) : text);
    action->setStatusTip(text);
}

void showDecision(QWidget *widget, const common::Decision &decision, const QString &tip) {
    widget->setEnabled(decision.allowed);
    widget->setToolTip(decision.allowed ? tip : decision.reason);
}

} // namespace hn::client
