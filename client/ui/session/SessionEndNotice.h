// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "client/core/ProfileWipe.h"
#include "common/Device.h"

#include <QCoreApplication>
#include <QString>

namespace hn::client {

class OfflineLease;

// What the person is told when a session ends or a profile cannot open:
// why the server ended the session, why the profile is locked, and what a
// remote wipe saved and where.
class SessionEndNotice {
    Q_DECLARE_TR_FUNCTIONS(hn::client::SessionEndNotice)
public:
    static QString reason(common::SessionEndReason reason, const QString &message);
    static QString locked(const OfflineLease &lease);
    // The device was removed; names the export file and what it holds.
    static QString wiped(const WipeReport &report);
};

} // namespace hn::client
