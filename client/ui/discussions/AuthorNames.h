// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QString>

namespace hn::client {

class Replica;

// Display names of authors from the synced directory (DirectoryEntry
// records, id = user id), remembered until forget() so a list of hundreds
// of posts asks the replica once per author, not once per painted row.
class AuthorNames {
public:
    explicit AuthorNames(Replica &replica);

    // The author's display name; a neutral word when the directory does not
    // hold them (guests get no directory, see ARCHITECTURE "Sync").
    QString nameOf(const QString &userId) const;
    // After a sync round: names may have changed.
    void forget();

private:
    Replica &m_replica;
    mutable QHash<QString, QString> m_names;
};

} // namespace hn::client
