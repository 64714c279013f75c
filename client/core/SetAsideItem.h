// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/EntityType.h"
#include "common/Mutation.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace hn::client {

// Local work that could not stay in the replica, kept for a person to
// review or export instead of being deleted (DESIGN.md, Sync: access to a
// bucket was revoked while it held unsynced edits). One item per record.
struct SetAsideItem {
    qint64 id = 0;
    common::EntityType type = common::EntityType::Contact;
    QString recordId;
    QString bucket;
    QString spaceId;
    // What the local work was: Create (a record never synced), Update or
    // Delete.
    common::MutationOp op = common::MutationOp::Update;
    // The record's fields as the person last saw them locally (for Delete:
    // the fields before deletion).
    QJsonObject fields;
    // The fields the local work changed (every field for Create).
    QStringList changedFields;
    // The server version the work was based on (0 = never synced).
    qint64 baseVersion = 0;
    // Why it was set aside, for people ("access to space:… was revoked").
    QString reason;
    QDateTime setAsideAt;
    // The raw outbox entries and open conflicts of the record at the time,
    // as JSON objects, so an export loses nothing.
    QJsonArray details;
};

} // namespace hn::client
