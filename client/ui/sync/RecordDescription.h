// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/EntityType.h"
#include "common/Mutation.h"
#include "common/Record.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <QStringList>

namespace hn::client {

// How the sync views name records, kinds, fields and values for people:
// the outbox, the conflicts and set-aside work show records the person
// may no longer see in a list (deleted, in another space), so they name
// them from their fields alone.
class RecordDescription {
    Q_DECLARE_TR_FUNCTIONS(hn::client::RecordDescription)
public:
    // "Jonas Weber", "Jobcenter Landkreis", a document's or thread's title,
    // the start of a post; "(untitled)" when the fields name nothing.
    static QString title(common::EntityType type, const QJsonObject &fields);
    // "Contact", "Document", ...
    static QString typeName(common::EntityType type);
    // "Created", "Changed", "Deleted".
    static QString operationName(common::MutationOp op);
    // A change as a list shows it: "Changed: Family name, Phone" for an
    // update that names its fields, else the operation's name.
    static QString changeText(common::MutationOp op, const QStringList &changedFields);
    // The field's label as the forms show it ("Family name"); a path
    // ("phones[1].number", "address.city") names its top-level field.
    static QString fieldLabel(const QString &field);
    static QStringList fieldLabels(const QStringList &fields);
    // A field's value as one readable text: lists one item per line,
    // phones "Mobile: 0170 …", empty as "(empty)".
    static QString valueText(const QJsonValue &value);
    // Whether a field holds text of several lines (notes, office hours).
    static bool isMultiLine(common::EntityType type, const QString &field);
};

} // namespace hn::client
