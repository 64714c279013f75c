// SPDX-License-Identifier: GPL-3.0-or-later
#include "client/ui/discussions/AuthorNames.h"

#include "client/core/Replica.h"
#include "common/Error.h"

#include <QCoreApplication>

namespace hn::client {

AuthorNames::AuthorNames(Replica &replica)
    : m_replica(replica) {}

QString AuthorNames::nameOf(const QString &userId) const {
    const auto cached = m_names.constFind(userId);
    if (cached != m_names.cend())
        return cached.value();
    QString name;
    try {
        const std::optional<common::Record> entry = m_replica.record(userId);
        if (entry && entry->type == common::EntityType::DirectoryEntry && !entry->meta.deleted)
            name = entry->fields.value(QStringLiteral("display_name")).toString();
    } catch (const common::Error &) {
        // A read failure shows the neutral name; the next refresh asks again.
        return QCoreApplication::translate("hn::client::AuthorNames", "Unknown author");
    }
    if (name.isEmpty())
        name = QCoreApplication::translate("hn::client::AuthorNames", "Unknown author");
    m_names.insert(userId, name);
    return name;
}

void AuthorNames::forget() {
    m_names.clear();
}

} // namespace hn::client
