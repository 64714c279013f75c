// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Policy.h"

class QAction;
class QWidget;

namespace hn::client {

// Enables a control when the policy allows its action; otherwise disables
// it and puts the policy's reason in its tooltip (and status tip), so the
// person sees why (issue 5, Permissions in the UI). `tip` is the control's
// ordinary tooltip, shown while it is enabled.
void showDecision(QAction *action, const common::Decision &decision, const QString &tip = {});
void showDecision(QWidget *widget, const common::Decision &decision, const QString &tip = {});

} // namespace hn::client
