// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/AccessLoss.h"

#include <QCoreApplication>

namespace hn::server {

// What a role or membership change takes (or, for a dry run, would take)
// from a user, for people: platform rights, and per space the rights, the
// records their clients purge and the records of their own.
class AccessLossReport {
    Q_DECLARE_TR_FUNCTIONS(AccessLossReport)
public:
    static void print(const QString &who, const common::AccessLoss &loss, bool dryRun);
};

} // namespace hn::server
