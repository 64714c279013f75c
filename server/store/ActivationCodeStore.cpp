// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/store/ActivationCodeStore.h"

#include "server/store/Sql.h"
#include "server/store/SqlQuery.h"

namespace hn::server {

void ActivationCodeStore::put(const StoredActivationCode &code) {
    sql::writeTransaction(m_db, [&](QSqlDatabase &db) {
        const QString context = QStringLiteral("store activation code of user %1").arg(code.userId);
        SqlQuery(db, QStringLiteral("DELETE FROM activation_codes WHERE user_id = ?"), context)
            .exec({code.userId});
        SqlQuery(db,
                 QStringLiteral("INSERT INTO activation_codes (user_id, code_hash, purpose, "
                                "created_at, created_by, expires_at) VALUES (?, ?, ?, ?, ?, ?)"),
                 context)
            .exec({code.userId, sql::fromBlob(code.codeHash), code.purpose,
                   sql::fromTime(code.createdAt), sql::fromText(code.createdBy),
                   sql::fromTime(code.expiresAt)});
    });
}

std::optional<StoredActivationCode> ActivationCodeStore::find(const QString &userId) const {
    SqlQuery query(m_db,
                   QStringLiteral("SELECT user_id, code_hash, purpose, created_at, created_by, "
                                  "expires_at FROM activation_codes WHERE user_id = ?"),
                   QStringLiteral("find activation code of user %1").arg(userId));
    query.exec({userId});
    if (!query.next())
        return std::nullopt;
    StoredActivationCode code;
    code.userId = query.value(0).toString();
    code.codeHash = query.value(1).toByteArray();
    code.purpose = query.value(2).toString();
    code.createdAt = sql::toTime(query.value(3));
    code.createdBy = query.value(4).toString();
    code.expiresAt = sql::toTime(query.value(5));
    return code;
}

bool ActivationCodeStore::remove(const QString &userId) {
    SqlQuery query(m_db, QStringLiteral("DELETE FROM activation_codes WHERE user_id = ?"),
                   QStringLiteral("use activation code of user %1").arg(userId));
    query.exec({userId});
    return query.rowsAffected() > 0;
}

} // namespace hn::server
