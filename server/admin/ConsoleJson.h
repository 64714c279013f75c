// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "client/core/Governance.h"

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

    static QJsonObject user(const client::ManagedUser &user);
    static QJsonObject activation(const client::ActivationCode &code);
    static QJsonObject loss(const client::AccessLoss &loss);
    static QJsonObject device(const client::Device &device);
    static QJsonObject space(const client::SpaceSummary &space);
    static QJsonObject spacePermissions(const common::SpacePermissions &permissions);
    static QJsonObject member(const client::SpaceMember &member);
    static QJsonObject accessRequest(const common::AccessRequest &request);
    static QJsonObject auditEntry(const common::AuditEntry &entry);
    static QJsonObject stats(const client::ServerStats &stats);

    // Indented, for one answer.
    static void print(const QJsonValue &value);
    // One line, for a stream of answers (audit --follow).
    static void printLine(const QJsonObject &object);
};

} // namespace hn::server
