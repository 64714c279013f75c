// SPDX-License-Identifier: GPL-3.0-or-later
#include "client/ui/documents/PersonName.h"

#include "client/core/Replica.h"
#include "common/Error.h"

#include <QCoreApplication>

namespace hn::client {

QString PersonName::of(Replica &replica, const QString &userId) {
    if (userId.isEmpty())
        return {};
    std::optional<common::Record> entry;
    try {
        entry = replica.record(userId);
    } catch (const common::Error &) {
        entry.reset();
    }
    if (entry && entry->type == common::EntityType::DirectoryEntry) {
        const QString name = entry->fields.value(QStringLiteral("display_name")).toString();
        if (!name.isEmpty())
            return name;
    }
    return QCoreApplication::translate("hn::client::PersonName", "another person");
}

} // namespace hn::client
