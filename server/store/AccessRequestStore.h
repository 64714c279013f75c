// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/AccessRequest.h"

#include <QList>
#include <QSqlDatabase>
#include <optional>

namespace hn::server {

class AccessRequestStore {
public:
    explicit AccessRequestStore(QSqlDatabase db)
        : m_db(std::move(db)) {}

    void insert(const common::AccessRequest &request);
    // Status, reviewer, review time and note.
    bool update(const common::AccessRequest &request);
    std::optional<common::AccessRequest> findById(const QString &id) const;
    // Oldest first; all when status is nullopt.
    QList<common::AccessRequest>
    list(std::optional<common::AccessRequestStatus> status = std::nullopt) const;
    // Pending requests for this e-mail (to answer a repeated request the same way).
    int countPendingForEmail(const QString &email) const;

private:
    QSqlDatabase m_db;
};

} // namespace hn::server
