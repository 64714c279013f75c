// SPDX-License-Identifier: GPL-3.0-or-later
#include "client/ui/documents/DocumentListColumns.h"

#include "client/ui/documents/DocumentCategory.h"
#include "client/ui/documents/DocumentFacts.h"

#include <QJsonArray>
#include <QLocale>

namespace hn::client {

namespace {

bool shows(int role) {
    return role == Qt::DisplayRole || role == Qt::ToolTipRole || role == Qt::AccessibleTextRole;
}

// A field of the current version, for ORDER BY.
QString currentVersion(const QString &expression) {
    return QStringLiteral("(SELECT %1 FROM records v WHERE v.id ="
                          " json_extract(records.fields, '$.current_version_id'))")
        .arg(expression);
}

} // namespace

QList<RecordColumn> DocumentListColumns::make(DocumentFacts &facts) {
    QList<RecordColumn> columns;
    columns << RecordColumn{tr("Title"),
                            [](const common::Record &r, int role) -> QVariant {
                                return shows(role)
                                           ? r.fields.value(QStringLiteral("title")).toString()
                                           : QVariant();
                            },
                            QStringLiteral("json_extract(fields, '$.title')")};
    columns << RecordColumn{tr("Category"),
                            [](const common::Record &r, int role) -> QVariant {
                                return shows(role) ? DocumentCategory::displayName(
                                           r.fields.value(QStringLiteral("category")).toString())
                                                   : QVariant();
                            },
                            QStringLiteral("json_extract(fields, '$.category')")};
    columns << RecordColumn{tr("Tags"),
                            [](const common::Record &r, int role) -> QVariant {
                                if (!shows(role))
                                    return {};
                                QStringList tags;
                                for (const QJsonValue &tag :
                                     r.fields.value(QStringLiteral("tags")).toArray())
                                    tags << tag.toString();
                                return tags.join(QStringLiteral(", "));
                            },
                            QString()};
    columns << RecordColumn{tr("Version"),
                            [&facts](const common::Record &r, int role) -> QVariant {
                                return shows(role) ? DocumentFacts::describeVersion(facts.of(r))
                                                   : QVariant();
                            },
                            currentVersion(QStringLiteral("v.created_at"))};
    columns << RecordColumn{
        tr("Size"),
        [&facts](const common::Record &r, int role) -> QVariant {
            if (role == Qt::TextAlignmentRole)
                return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
            if (!shows(role))
                return {};
            const qint64 size = facts.of(r).sizeBytes;
            return size < 0 ? QString() : QLocale().formattedDataSize(size);
        },
        currentVersion(QStringLiteral("json_extract(v.fields, '$.size_bytes')"))};
    columns << RecordColumn{tr("On this device"),
                            [&facts](const common::Record &r, int role) -> QVariant {
                                return shows(role) ? DocumentFacts::describe(facts.of(r))
                                                   : QVariant();
                            },
                            QString()};
    columns << RecordColumn{tr("Checked out by"),
                            [&facts](const common::Record &r, int role) -> QVariant {
                                return shows(role) ? DocumentFacts::describeHolder(facts.of(r))
                                                   : QVariant();
                            },
                            QStringLiteral("json_extract(fields, '$.checkout.user_id')")};
    return columns;
}

} // namespace hn::client
