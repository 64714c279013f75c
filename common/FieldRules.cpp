// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/FieldRules.h"

#include <QHash>

namespace hn::common {

namespace {

using Format = FieldRule::Format;

FieldRule singleLine(qsizetype maxChars, Format format = Format::Text) {
    return {validation::TextRule{.maxChars = maxChars, .required = false, .multiline = false},
            format};
}

FieldRule multiLine(qsizetype maxChars) {
    return {validation::TextRule{.maxChars = maxChars, .required = false, .multiline = true},
            Format::Text};
}

const QHash<QString, FieldRule> &rules() {
    static const QHash<QString, FieldRule> table{
        {QStringLiteral("space.name"), singleLine(100)},
        {QStringLiteral("space.description"), multiLine(2000)},
        {QStringLiteral("contact.title"), singleLine(50)},
        {QStringLiteral("contact.function"), singleLine(300)},
        {QStringLiteral("contact.emails"), singleLine(254, Format::Email)},
        {QStringLiteral("contact.phones.number"), singleLine(40, Format::Phone)},
        {QStringLiteral("contact.address.postal_code"), singleLine(10)},
        {QStringLiteral("contact.municipality"), singleLine(100)},
        {QStringLiteral("contact.languages"), singleLine(35)},
        {QStringLiteral("contact.tags"), singleLine(60)},
        {QStringLiteral("contact.office_hours"), multiLine(1000)},
        {QStringLiteral("contact.notes"), multiLine(10000)},
        {QStringLiteral("document.title"), singleLine(300)},
        {QStringLiteral("document.description"), multiLine(10000)},
        {QStringLiteral("document.tags"), singleLine(60)},
        {QStringLiteral("document_version.file_name"), singleLine(255)},
        {QStringLiteral("document_version.comment"), multiLine(2000)},
        {QStringLiteral("thread.title"), singleLine(300)},
        {QStringLiteral("post.body"), multiLine(50000)},
        {QStringLiteral("directory_entry.email"), singleLine(254, Format::Email)},
    };
    return table;
}

} // namespace

FieldRule FieldRules::ruleFor(EntityType type, const QString &fieldPath) {
    const auto it = rules().constFind(toString(type) + u'.' + fieldPath);
    return it != rules().cend() ? it.value() : singleLine(200);
}

} // namespace hn::common
