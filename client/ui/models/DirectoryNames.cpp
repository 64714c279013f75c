// SPDX-License-Identifier: GPL-3.0-or-later
#include "client/ui/models/DirectoryNames.h"

#include "client/core/Replica.h"
#include "common/Error.h"

#include <QCoreApplication>

namespace hn::client {

DirectoryNames::DirectoryNames(Replica &replica, Unknown unknown)
    : m_replica(replica)
    , m_unknown(unknown) {}

QString DirectoryNames::nameOf(const QString &userId) const {
    const auto cached = m_names.constFind(userId);
    if (cached != m_names.cend())
        return cached.value();
    QString name;
    try {
        name = lookUp(m_replica, userId);
    } catch (const common::Error &) {
        // A read failure shows the neutral word; the next refresh asks again.
        return unknownWord(m_unknown);
    }
    if (name.isEmpty())
        name = unknownWord(m_unknown);
    m_names.insert(userId, name);
    return name;
}

void DirectoryNames::forget() {
    m_names.clear();
}

QString DirectoryNames::of(Replica &replica, const QString &userId, Unknown unknown) {
    QString name;
    try {
        name = lookUp(replica, userId);
    } catch (const common::Error &) {
        name.clear();
    }
    return name.isEmpty() ? unknownWord(unknown) : name;
}

QString DirectoryNames::lookUp(Replica &replica, const QString &userId) {
    if (userId.isEmpty())
        return {};
    const std::optional<common::Record> entry = replica.record(userId);
    if (!entry || entry->type != common::EntityType::DirectoryEntry || entry->meta.deleted)
        return {};
    return entry->fields.value(QStringLiteral("display_name")).toString();
}

QString DirectoryNames::unknownWord(Unknown unknown) {
    switch (unknown) {
    case Unknown::Author:
        return QCoreApplication::translate("hn::client::DirectoryNames", "Unknown author");
    case Unknown::Person:
        break;
    }
    return QCoreApplication::translate("hn::client::DirectoryNames", "another person");
}

} // namespace hn::client
