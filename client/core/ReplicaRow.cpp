// SPDX-License-Identifier: GPL-3.0-or-later
#include "client/core/ReplicaRow.h"

#include "client/core/RecordWork.h"

#include <QSet>

namespace hn::client {

void ReplicaRow::adoptServer(const common::Record &server, qint64 version) {
    if (version < local.meta.version)
        return;
    local.meta.version = version;
    serverDeleted = server.meta.deleted;
    if (!server.meta.deleted)
        serverFields = server.fields;
    if (!server.meta.createdBy.isEmpty()) {
        local.meta.createdBy = server.meta.createdBy;
        local.meta.createdAt = server.meta.createdAt;
    }
}

void ReplicaRow::followServer(const RecordWork &work) {
    if (work.wholeRecord() || serverDeleted)
        return;
    const QSet<QString> protectedFields = work.fields();
    const QJsonObject server = serverView();
    for (auto it = server.begin(); it != server.end(); ++it) {
        if (!protectedFields.contains(it.key()))
            local.fields.insert(it.key(), it.value());
    }
}

} // namespace hn::client
