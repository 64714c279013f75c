// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QSqlDatabase>
#include <QString>
#include <optional>

namespace hn::server {

// A one-time activation code as stored: only its hash. At most one per
// account; issuing a new one replaces the old.
struct StoredActivationCode {
    QString userId;
    QByteArray codeHash; // SHA-256 of the normalised code
    QString purpose;     // "activate" (new account) or "reset" (password reset)
    QDateTime createdAt;
    QString createdBy; // user id of the admin or coordinator
    QDateTime expiresAt;
};

class ActivationCodeStore {
public:
    explicit ActivationCodeStore(QSqlDatabase db)
        : m_db(std::move(db)) {}

    // Replaces the account's code.
    void put(const StoredActivationCode &code);
    std::optional<StoredActivationCode> find(const QString &userId) const;
    // Uses the code up; false if there was none.
    bool remove(const QString &userId);

private:
    QSqlDatabase m_db;
};

} // namespace hn::server
