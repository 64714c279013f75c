// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Record.h"

#include <QJsonObject>
#include <QString>
#include <optional>

namespace hn::client {

struct RecordWork;

// One row of the replica's records table: the local view of a record (what
// a person sees, with unsynced changes) and the last state the server sent.
struct ReplicaRow {
    qint64 rid = 0; // 0: not stored yet
    // The local view. meta.version is the server's version (0: never on
    // the server), meta.deleted the local deletion.
    common::Record local;
    QString bucket;
    bool serverDeleted = false;
    // The server's fields when they differ from the local view; nullopt
    // when they are the same (or the record never reached the server).
    std::optional<QJsonObject> serverFields;

    QJsonObject serverView() const { return serverFields ? *serverFields : local.fields; }
    // Call before the local view changes: keeps the server's view apart.
    void pinServerView() {
        if (!serverFields)
            serverFields = local.fields;
    }
    bool onServer() const { return local.meta.version > 0; }

    // Takes the server's state of the record into the server view (when it
    // is not older than what the replica has).
    void adoptServer(const common::Record &server, qint64 version);
    // Local fields without local work follow the server view.
    void followServer(const RecordWork &work);

    // As last read or written, so a write re-indexes only what changed.
    bool stored = false;
    bool indexedDeleted = false;
    QJsonObject indexedFields;
};

} // namespace hn::client
