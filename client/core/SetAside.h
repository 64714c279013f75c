// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "client/core/ReplicaDatabase.h"
#include "client/core/SetAsideItem.h"
#include "common/Clock.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace hn::client {

class ReplicaTransaction;

// Local work that could not stay in the replica (its bucket became
// unreadable), kept for a person to review, export or dismiss
// (Replica::setAside, exportSetAside, dismissSetAside).
class SetAside {
public:
    SetAside(ReplicaDatabase &database, const common::Clock &clock);

    QList<SetAsideItem> items();
    QByteArray exportItems();
    void dismiss(qint64 id);

    // Moves a record's local work (and the record as the person saw it)
    // into the set-aside table, in the caller's transaction. The caller
    // removes the originals.
    static void keepWorkOf(ReplicaTransaction &tx, const QString &recordId, const QString &reason);

private:
    ReplicaDatabase &m_database;
    const common::Clock &m_clock;
};

} // namespace hn::client
