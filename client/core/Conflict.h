// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/EntityType.h"

#include <QDateTime>
#include <QJsonValue>
#include <QString>

namespace hn::client {

// A disagreement between a local change and the server that only a person
// may settle (DESIGN.md, Sync: no edit is ever silently lost). Kept in the
// replica until Replica::resolveConflict.
struct Conflict {
    enum class Kind {
        Field,        // both sides changed `field` to different values
        EditVsDelete, // my edit met the server's deletion of the record
        DeleteVsEdit, // my deletion met edits on the server
    };

    qint64 id = 0;
    Kind kind = Kind::Field;
    common::EntityType type = common::EntityType::Contact;
    QString recordId;
    QString bucket;
    // Field: the field's proto name ("family_name"). Empty for the two
    // delete kinds, which concern the whole record.
    QString field;
    // Field: my value and the server's value of `field`.
    // EditVsDelete: mine is my whole field object, theirs is null.
    // DeleteVsEdit: mine is null, theirs is the server's whole field object.
    QJsonValue mine;
    QJsonValue theirs;
    // The server's version of the record that `theirs` comes from; a
    // resolution is pushed with this as base_version.
    qint64 serverVersion = 0;
    QDateTime detectedAt;
};

} // namespace hn::client
