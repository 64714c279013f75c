// SPDX-License-Identifier: GPL-3.0-or-later
#include "client/ui/sync/RecordDescription.h"

#include "common/FieldRules.h"

#include <QJsonArray>
#include <QRegularExpression>

namespace hn::client {

using common::EntityType;

namespace {

constexpr int kPostTitleChars = 60;

QString text(const QJsonObject &fields, const char *name) {
    return fields.value(QLatin1String(name)).toString().trimmed();
}

QString phoneKindName(const QString &kind) {
    if (kind == QLatin1String("office"))
        return RecordDescription::tr("Office");
    if (kind == QLatin1String("mobile"))
        return RecordDescription::tr("Mobile");
    if (kind == QLatin1String("fax"))
        return RecordDescription::tr("Fax");
    return RecordDescription::tr("Phone");
}

QString objectText(const QJsonObject &object) {
    // A phone: "Mobile: 0170 1234567".
    if (object.contains(QLatin1String("number")))
        return RecordDescription::tr("%1: %2").arg(
            phoneKindName(object.value(QLatin1String("kind")).toString()),
            object.value(QLatin1String("number")).toString());
    // An address: street, supplement, then postal code and city.
    if (object.contains(QLatin1String("street")) || object.contains(QLatin1String("city"))) {
        QStringList lines;
        for (const char *name : {"street", "supplement"}) {
            const QString line = text(object, name);
            if (!line.isEmpty())
                lines << line;
        }
        const QString place = QStringLiteral("%1 %2")
                                  .arg(text(object, "postal_code"), text(object, "city"))
                                  .trimmed();
        if (!place.isEmpty())
            lines << place;
        return lines.join(QLatin1Char('\n'));
    }
    QStringList parts;
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        const QString value = RecordDescription::valueText(it.value());
        parts << RecordDescription::tr("%1: %2").arg(RecordDescription::fieldLabel(it.key()),
                                                     value);
    }
    return parts.join(QLatin1Char('\n'));
}

} // namespace

QString RecordDescription::title(EntityType type, const QJsonObject &fields) {
    QString out;
    switch (type) {
    case EntityType::Contact:
        out = text(fields, "name");
        if (out.isEmpty()) {
            out = QStringLiteral("%1 %2 %3")
                      .arg(text(fields, "title"), text(fields, "given_name"),
                           text(fields, "family_name"))
                      .simplified();
        }
        break;
    case EntityType::Document:
    case EntityType::Thread:
        out = text(fields, "title");
        break;
    case EntityType::Post: {
        const QString body = text(fields, "body").simplified();
        out = body.size() > kPostTitleChars ? body.left(kPostTitleChars) + QChar(0x2026) : body;
        break;
    }
    case EntityType::DocumentVersion:
        out = text(fields, "file_name");
        break;
    case EntityType::Space:
        out = text(fields, "name");
        break;
    case EntityType::DirectoryEntry:
        out = text(fields, "display_name");
        break;
    case EntityType::Membership:
    case EntityType::ReadMarker:
    case EntityType::Favourite:
        break;
    }
    return out.isEmpty() ? tr("(untitled)") : out;
}

QString RecordDescription::typeName(EntityType type) {
    switch (type) {
    case EntityType::Space:
        return tr("Area");
    case EntityType::Membership:
        return tr("Membership");
    case EntityType::Contact:
        return tr("Contact");
    case EntityType::Document:
        return tr("Document");
    case EntityType::DocumentVersion:
        return tr("Document version");
    case EntityType::Thread:
        return tr("Discussion");
    case EntityType::Post:
        return tr("Post");
    case EntityType::DirectoryEntry:
        return tr("Directory entry");
    case EntityType::ReadMarker:
        return tr("Read marker");
    case EntityType::Favourite:
        return tr("Favourite");
    }
    return common::toString(type);
}

QString RecordDescription::operationName(common::MutationOp op) {
    switch (op) {
    case common::MutationOp::Create:
        return tr("Created");
    case common::MutationOp::Update:
        return tr("Changed");
    case common::MutationOp::Delete:
        return tr("Deleted");
    }
    return {};
}

QString RecordDescription::changeText(common::MutationOp op, const QStringList &changedFields) {
    if (op == common::MutationOp::Update && !changedFields.isEmpty())
        return tr("%1: %2").arg(operationName(op), fieldLabels(changedFields).join(tr(", ")));
    return operationName(op);
}

QString RecordDescription::fieldLabel(const QString &field) {
    // "phones[1].number" -> "phones": the forms label top-level fields.
    static const QRegularExpression top(QStringLiteral("^([a-z_0-9]+)"));
    const QString name = top.match(field).captured(1);
    struct Label {
        const char *field;
        const char *label;
    };
    // QT_TRANSLATE_NOOP: lupdate picks these up for the context below.
    static const Label labels[] = {
        {"kind", QT_TRANSLATE_NOOP("hn::client::RecordDescription", "Kind")},
        {"name", QT_TRANSLATE_NOOP("hn::client::RecordDescription", "Name")},
        {"title", QT_TRANSLATE_NOOP("hn::client::RecordDescription", "Title")},
        {"given_name", QT_TRANSLATE_NOOP("hn::client::RecordDescription", "Given name")},
        {"family_name", QT_TRANSLATE_NOOP("hn::client::RecordDescription", "Family name")},
        {"function", QT_TRANSLATE_NOOP("hn::client::RecordDescription", "Function")},
        {"organization_id", QT_TRANSLATE_NOOP("hn::client::RecordDescription", "Organisation")},
        {"department", QT_TRANSLATE_NOOP("hn::client::RecordDescription", "Department")},
        {"phones", QT_TRANSLATE_NOOP("hn::client::RecordDescription", "Phone numbers")},
        {"emails", QT_TRANSLATE_NOOP("hn::client::RecordDescription", "E-mail addresses")},
        {"address", QT_TRANSLATE_NOOP("hn::client::RecordDescription", "Address")},
        {"municipality", QT_TRANSLATE_NOOP("hn::client::RecordDescription", "Municipality")},
        {"languages", QT_TRANSLATE_NOOP("hn::client::RecordDescription", "Languages")},
        {"tags", QT_TRANSLATE_NOOP("hn::client::RecordDescription", "Tags")},
        {"office_hours", QT_TRANSLATE_NOOP("hn::client::RecordDescription", "Office hours")},
        {"notes", QT_TRANSLATE_NOOP("hn::client::RecordDescription", "Notes")},
        {"description", QT_TRANSLATE_NOOP("hn::client::RecordDescription", "Description")},
        {"category", QT_TRANSLATE_NOOP("hn::client::RecordDescription", "Category")},
        {"current_version_id",
         QT_TRANSLATE_NOOP("hn::client::RecordDescription", "Current version")},
        {"checkout", QT_TRANSLATE_NOOP("hn::client::RecordDescription", "Checked out")},
        {"pinned", QT_TRANSLATE_NOOP("hn::client::RecordDescription", "Pinned")},
        {"locked", QT_TRANSLATE_NOOP("hn::client::RecordDescription", "Locked")},
        {"body", QT_TRANSLATE_NOOP("hn::client::RecordDescription", "Text")},
        {"thread_id", QT_TRANSLATE_NOOP("hn::client::RecordDescription", "Discussion")},
        {"reply_to_post_id", QT_TRANSLATE_NOOP("hn::client::RecordDescription", "Reply to")},
        {"attachment_document_ids",
         QT_TRANSLATE_NOOP("hn::client::RecordDescription", "Attachments")},
        {"file_name", QT_TRANSLATE_NOOP("hn::client::RecordDescription", "File name")},
        {"comment", QT_TRANSLATE_NOOP("hn::client::RecordDescription", "Comment")},
        {"target_type", QT_TRANSLATE_NOOP("hn::client::RecordDescription", "Target kind")},
        {"target_id", QT_TRANSLATE_NOOP("hn::client::RecordDescription", "Target")},
    };
    for (const Label &l : labels) {
        if (name == QLatin1String(l.field))
            return tr(l.label);
    }
    // A field added to the schema later: readable rather than hidden.
    QString fallback = name.isEmpty() ? field : name;
    fallback.replace(QLatin1Char('_'), QLatin1Char(' '));
    if (!fallback.isEmpty())
        fallback[0] = fallback[0].toUpper();
    return fallback;
}

QStringList RecordDescription::fieldLabels(const QStringList &fields) {
    QStringList out;
    for (const QString &f : fields) {
        const QString label = fieldLabel(f);
        if (!out.contains(label))
            out << label;
    }
    return out;
}

QString RecordDescription::valueText(const QJsonValue &value) {
    switch (value.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        return tr("(empty)");
    case QJsonValue::Bool:
        return value.toBool() ? tr("yes") : tr("no");
    case QJsonValue::Double:
        return QString::number(value.toInteger());
    case QJsonValue::String:
        return value.toString().isEmpty() ? tr("(empty)") : value.toString();
    case QJsonValue::Array: {
        const QJsonArray array = value.toArray();
        if (array.isEmpty())
            return tr("(empty)");
        QStringList lines;
        for (const QJsonValue &item : array)
            lines << (item.isObject() ? objectText(item.toObject()) : item.toVariant().toString());
        return lines.join(QLatin1Char('\n'));
    }
    case QJsonValue::Object: {
        const QString out = objectText(value.toObject());
        return out.trimmed().isEmpty() ? tr("(empty)") : out;
    }
    }
    return {};
}

bool RecordDescription::isMultiLine(EntityType type, const QString &field) {
    return common::FieldRules::ruleFor(type, field).text.multiline;
}

} // namespace hn::client
