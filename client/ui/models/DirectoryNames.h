// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QString>

namespace hn::client {

class Replica;

// People's display names from the synced directory (DirectoryEntry
// records, id = user id), with a neutral word for a person the directory
// does not hold (guests get no directory, see ARCHITECTURE "Sync"). One
// object remembers the names until forget(), so a list of hundreds of rows
// asks the replica once per person, not once per painted row.
class DirectoryNames {
public:
    // The neutral word: "Unknown author" under posts and threads, "another
    // person" where someone holds a document.
    enum class Unknown { Author, Person };

    explicit DirectoryNames(Replica &replica, Unknown unknown = Unknown::Person);

    // The display name, or the neutral word.
    QString nameOf(const QString &userId) const;
    // After a sync round: names may have changed.
    void forget();

    // One name, not remembered.
    static QString of(Replica &replica, const QString &userId, Unknown unknown = Unknown::Person);

private:
    // The directory's display name, "" when it holds none; throws
    // common::Error when the replica cannot be read.
    static QString lookUp(Replica &replica, const QString &userId);
    static QString unknownWord(Unknown unknown);

    Replica &m_replica;
    Unknown m_unknown;
    mutable QHash<QString, QString> m_names;
};

} // namespace hn::client
