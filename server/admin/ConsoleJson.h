// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/AccessLoss.h"
#include "common/AccessRequest.h"
#include "common/Account.h"
#include "common/AuditEntry.h"
#include "common/Device.h"
#include "common/ServerStats.h"
#include "common/SpaceSummary.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>

namespace hn::server {

// The console's --json output, the same shapes for every command: keys in
// snake_case and never translated, times as milliseconds since the epoch
// (null for none), enum values by their lower-case names.
class ConsoleJson {
public:
    static QJsonValue time(const QDateTime &at);
    static QJsonArray actions(const QList<common::Action> &actions);

    static QJsonObject user(const common::Account &user);
    static QJsonObject activation(const common::ActivationCode &code);
    static QJsonObject loss(const common::AccessLoss &loss);
    static QJsonObject device(const common::Device &device);
    static QJsonObject space(const common::SpaceSummary &space);
    static QJsonObject spacePermissions(const common::SpacePermissions &permissions);
    static QJsonObject member(const common::Member &member);
    static QJsonObject accessRequest(const common::AccessRequest &request);
    static QJsonObject auditEntry(const common::AuditEntry &entry);
    static QJsonObject stats(const common::ServerStats &stats);

    // Indented, for one answer.
    static void print(const QJsonValue &value);
    // One line, for a stream of answers (audit --follow).
    static void printLine(const QJsonObject &object);
};

} // namespace hn::server
