// SPDX-License-Identifier: GPL-3.0-or-later
#include "client/ui/contacts/ContactColumns.h"

#include "client/core/Replica.h"
#include "client/core/ReplicaQuery.h"
#include "client/core/SearchText.h"
#include "common/Error.h"

#include <QJsonArray>

namespace hn::client {

namespace {

QString field(const common::Record &record, const char *name) {
    return record.fields.value(QLatin1String(name)).toString();
}

QString firstPhone(const common::Record &record) {
    const QJsonArray phones = record.fields.value(QStringLiteral("phones")).toArray();
    return phones.isEmpty() ? QString()
                            : phones.first().toObject().value(QStringLiteral("number")).toString();
}

QString firstEmail(const common::Record &record) {
    const QJsonArray emails = record.fields.value(QStringLiteral("emails")).toArray();
    return emails.isEmpty() ? QString() : emails.first().toString();
}

RecordColumn textColumn(const QString &header, std::function<QString(const common::Record &)> text,
                        const QString &sortExpression) {
    return {header,
            [text = std::move(text)](const common::Record &record, int role) -> QVariant {
                if (role == Qt::DisplayRole || role == Qt::ToolTipRole)
                    return text(record);
                return {};
            },
            sortExpression};
}

} // namespace

ContactColumns::ContactColumns(Replica &replica)
    : m_replica(replica) {}

QString ContactColumns::organizationName(const QString &organizationId) {
    if (organizationId.isEmpty())
        return {};
    const auto it = m_organizationNames.constFind(organizationId);
    if (it != m_organizationNames.cend())
        return it.value();
    QString name;
    try {
        ReplicaQuery query(m_replica.database().connection(),
                           QStringLiteral("SELECT json_extract(fields, '$.name') FROM records"
                                          " WHERE id = ? AND deleted = 0"),
                           QStringLiteral("read the name of organization %1").arg(organizationId));
        query.exec({organizationId});
        if (query.next())
            name = query.value(0).toString();
    } catch (const common::Error &) {
        // Shown without the organization; the next reload asks again.
        return {};
    }
    m_organizationNames.insert(organizationId, name);
    return name;
}

QList<RecordColumn> ContactColumns::columns() {
    return {
        textColumn(
            tr("Name"),
            [](const common::Record &r) {
                return SearchText::displayTitle(common::EntityType::Contact, r.fields);
            },
            // Persons by family name, organizations by their name.
            QStringLiteral("trim(json_extract(fields, '$.family_name') || ' ' ||"
                           " json_extract(fields, '$.given_name') || ' ' ||"
                           " json_extract(fields, '$.name'))")),
        textColumn(
            tr("Function"), [](const common::Record &r) { return field(r, "function"); },
            QStringLiteral("json_extract(fields, '$.function')")),
        textColumn(
            tr("Organization"),
            [this](const common::Record &r) {
                return organizationName(field(r, "organization_id"));
            },
            QStringLiteral("(SELECT json_extract(o.fields, '$.name') FROM records AS o"
                           " WHERE o.id = records.parent_id AND records.parent_id <> '')")),
        textColumn(
            tr("Municipality"), [](const common::Record &r) { return field(r, "municipality"); },
            QStringLiteral("json_extract(fields, '$.municipality')")),
        textColumn(tr("Phone"), firstPhone,
                   QStringLiteral("json_extract(fields, '$.phones[0].number')")),
        textColumn(tr("E-mail"), firstEmail, QStringLiteral("json_extract(fields, '$.emails[0]')")),
    };
}

} // namespace hn::client
