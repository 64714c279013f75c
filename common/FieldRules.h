// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/EntityType.h"
#include "common/Validation.h"

namespace hn::common {

// How a text field of a synced record is checked when it arrives.
struct FieldRule {
    enum class Format { Text, Email, Phone };
    validation::TextRule text;
    Format format = Format::Text;
};

// The rules for every text field, keyed by entity and field path as in
// Record::fields ("notes", "address.city", "phones.number", "emails").
// Fields not listed are single-line, optional, at most 200 characters.
// Whether a field is required depends on the entity as a whole and is
// checked by RecordValidation, not here.
class FieldRules {
public:
    static FieldRule ruleFor(EntityType type, const QString &fieldPath);
};

} // namespace hn::common
