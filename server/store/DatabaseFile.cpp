// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/store/DatabaseFile.h"

#include "common/Error.h"
#include "server/store/AuditLog.h"
#include "server/store/Migrations.h"
#include "server/store/Sql.h"
#include "server/store/SqlQuery.h"

#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QUuid>
#include <functional>

namespace hn::server {

namespace {

// Runs `work` on a connection of its own to `path`, removed afterwards.
template <typename Work>
void withConnection(const QString &path, bool readOnly, int busyTimeoutMs, Work work) {
    const QString name =
        QStringLiteral("hn-file-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        QString options = QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(busyTimeoutMs);
        if (readOnly)
            options += QStringLiteral(";QSQLITE_OPEN_READONLY");
        db.setConnectOptions(options);
        if (!db.open()) {
            const QString reason = db.lastError().text();
            db = QSqlDatabase();
            QSqlDatabase::removeDatabase(name);
            throw common::Error::invalidArgument(
                QStringLiteral("database"), QStringLiteral("cannot open %1: %2").arg(path, reason));
        }
        try {
            work(db);
        } catch (...) {
            db.close();
            db = QSqlDatabase();
            QSqlDatabase::removeDatabase(name);
            throw;
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

} // namespace

void DatabaseFile::copyTo(const QString &target, int busyTimeoutMs) const {
    // VACUUM INTO would create the file with the umask's permissions
    // (often world-readable); it accepts an empty file, so the file exists
    // with owner-only permissions before SQLite writes anything into it.
    constexpr auto kOwnerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
    {
        QFile file(target);
        if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly)) {
            throw common::Error::unavailable(
                QStringLiteral("cannot create %1: %2").arg(target, file.errorString()));
        }
    }
    if (!QFile::setPermissions(target, kOwnerOnly)) {
        QFile::remove(target);
        throw common::Error::unavailable(
            QStringLiteral("cannot make %1 readable by its owner only").arg(target));
    }
    withConnection(m_path, false, busyTimeoutMs, [&](QSqlDatabase &db) {
        // The target is bound, not spliced into the SQL.
        SqlQuery(db, QStringLiteral("VACUUM INTO ?"),
                 QStringLiteral("copy database %1 to %2").arg(m_path, target))
            .exec({target});
    });
    // Some platforms replace the file instead of writing into it.
    QFile::setPermissions(target, kOwnerOnly);
}

QString DatabaseFile::integrityCheck() const {
    QStringList problems;
    try {
        withConnection(m_path, true, 5000, [&](QSqlDatabase &db) {
            SqlQuery check(db, QStringLiteral("PRAGMA integrity_check(20)"),
                           QStringLiteral("check integrity of %1").arg(m_path));
            check.exec();
            while (check.next())
                problems << check.value(0).toString();
        });
    } catch (const common::Error &error) {
        // A file that is not a database at all fails here, not with a row.
        problems << error.message();
    }
    if (problems == QStringList{QStringLiteral("ok")})
        return QStringLiteral("ok");
    return problems.isEmpty() ? QStringLiteral("no answer") : problems.join(QStringLiteral("; "));
}

int DatabaseFile::schemaVersion() const {
    int version = 0;
    withConnection(m_path, true, 5000, [&](QSqlDatabase &db) {
        try {
            version = Migrations::storedVersion(db);
        } catch (const common::Error &error) {
            throw common::Error::invalidArgument(
                QStringLiteral("database"),
                QStringLiteral("%1 is not a Helfernetz database: %2").arg(m_path, error.message()));
        }
    });
    return version;
}

int DatabaseFile::endLiveSessions(const QDateTime &at, const QString &reason,
                                  common::AuditEntry audit) const {
    int ended = 0;
    withConnection(m_path, false, 5000, [&](QSqlDatabase &db) {
        sql::writeTransaction(db, [&](QSqlDatabase &tx) {
            // Live as in SessionStore: neither revoked nor expired at `at`.
            SqlQuery update(tx,
                            QStringLiteral("UPDATE sessions SET revoked_at = ?, revoke_reason = ? "
                                           "WHERE revoked_at IS NULL "
                                           "AND (expires_at IS NULL OR expires_at > ?)"),
                            QStringLiteral("end the sessions in %1").arg(m_path));
            update.exec({sql::fromTime(at), sql::fromText(reason), sql::fromTime(at)});
            ended = update.rowsAffected();
            audit.details.insert(QStringLiteral("sessions_ended"), ended);
            AuditLog(tx).append(audit);
        });
    });
    return ended;
}

} // namespace hn::server
