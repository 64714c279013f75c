// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/EntityType.h"

#include <QJsonObject>
#include <QString>

namespace hn::common {

// Entity-level checks of a record's complete fields (what the per-field
// rules in FieldRules cannot see): required fields that depend on other
// fields, references to the record itself, list sizes and duplicates.
// Throws Error::invalidArgument(field, message) at the first problem.
class RecordValidation {
public:
    static void check(EntityType type, const QString &recordId, const QJsonObject &fields);
};

} // namespace hn::common
