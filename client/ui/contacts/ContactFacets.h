// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace hn::client {

class Replica;

// The distinct values the contact filters offer (tags, municipalities),
// computed in SQL over the contacts of some spaces: no row is loaded.
class ContactFacets {
public:
    explicit ContactFacets(Replica &replica);

    // Sorted case-insensitively, empty values left out. `spaceIds` empty:
    // every space held. Throw common::Error when the replica cannot be read.
    QStringList tags(const QStringList &spaceIds);
    QStringList municipalities(const QStringList &spaceIds);

private:
    QStringList distinct(const QString &valueSql, const QString &fromSql,
                         const QStringList &spaceIds, const QString &context);

    Replica &m_replica;
};

} // namespace hn::client
