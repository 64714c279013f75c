// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/store/Database.h"

#include "common/Error.h"
#include "common/sqlite/Pragma.h"
#include "server/store/AuditLog.h"
#include "server/store/Migrations.h"
#include "server/store/Sql.h"
#include "server/store/WalCheckpointer.h"

#include <QDebug>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>
#include <algorithm>

namespace hn::server {

namespace {

// SQLite's default: ordinary writers checkpoint once the WAL holds this many
// pages, which keeps small transactions fast.
constexpr int kAutoCheckpointPages = 1000;

} // namespace

Database::Database(DatabaseConfig config)
    : m_config(std::move(config))
    , m_connections(QStringLiteral("hn-db")) {
    requireDriver(m_config.driver);
    if (m_config.path.isEmpty() && m_config.driver == QLatin1String("QSQLITE")) {
        // Qt would silently open a private temporary database per connection.
        throw common::Error::unavailable(QStringLiteral("no database file configured"));
    }
    try {
        QSqlDatabase db = connection();
        Migrations::apply(db);
        if (m_config.driver == QLatin1String("QSQLITE")) {
            m_checkpointer = std::make_unique<WalCheckpointer>(
                [this] { openCheckpointConnection(); }, [this] { checkpoint(); },
                std::chrono::milliseconds(200));
        }
    } catch (...) {
        // No destructor runs for a half-built object.
        m_connections.removeAll();
        throw;
    }
}

Database::~Database() = default;

void Database::requireDriver(const QString &driver) {
    if (QSqlDatabase::isDriverAvailable(driver))
        return;
    QString package;
    if (driver == QLatin1String("QSQLITE"))
        package = QStringLiteral("libqt6sql6-sqlite");
    else if (driver == QLatin1String("QPSQL"))
        package = QStringLiteral("libqt6sql6-psql");
    if (package.isEmpty()) {
        throw common::Error::unavailable(
            QStringLiteral("The Qt SQL driver %1 is not available. Supported drivers are QSQLITE "
                           "(Debian package libqt6sql6-sqlite) and QPSQL (libqt6sql6-psql); "
                           "available here: %2.")
                .arg(driver, QSqlDatabase::drivers().join(QStringLiteral(", "))));
    }
    throw common::Error::unavailable(
        QStringLiteral("The Qt SQL driver %1 is not available. Install it, on Debian with "
                       "\"apt install %2\".")
            .arg(driver, package));
}

QSqlDatabase Database::connection() {
    return m_connections.connection([this](const QString &name) { return openConnection(name); });
}

QSqlDatabase Database::openConnection(const QString &name) {
    const bool sqlite = m_config.driver == QLatin1String("QSQLITE");
    QSqlDatabase db = QSqlDatabase::addDatabase(m_config.driver, name);
    // PostgreSQL's host, user and password arrive with its own issue; until
    // then the path field names the database.
    db.setDatabaseName(m_config.path);
    if (sqlite)
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(m_config.busyTimeoutMs));

    const auto fail = [&](const QString &reason) {
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(name);
        return common::Error::unavailable(
            QStringLiteral("cannot open database %1: %2").arg(m_config.path, reason));
    };
    if (!db.open())
        throw fail(db.lastError().text());
    if (!sqlite)
        return db;

    try {
        // The busy timeout first: switching to WAL needs a lock another
        // process may briefly hold.
        common::Pragma::run(db,
                            QStringLiteral("PRAGMA busy_timeout = %1").arg(m_config.busyTimeoutMs));
        const QString mode = common::Pragma::run(db, QStringLiteral("PRAGMA journal_mode = WAL"));
        if (mode.compare(QLatin1String("wal"), Qt::CaseInsensitive) != 0) {
            qWarning().noquote() << "database" << m_config.path << "stays in journal mode" << mode
                                 << "instead of WAL; writers will block readers";
        }
        common::Pragma::run(db, QStringLiteral("PRAGMA foreign_keys = ON"));
        common::Pragma::run(db, QStringLiteral("PRAGMA synchronous = NORMAL"));
        // Document uploads pass hundreds of MB through the WAL; after a
        // checkpoint the file shrinks back to this instead of keeping its
        // largest size on disk for good.
        common::Pragma::run(db, QStringLiteral("PRAGMA journal_size_limit = 67108864"));
    } catch (const common::Error &error) {
        throw fail(error.message());
    }
    return db;
}

void Database::write(const std::function<void(QSqlDatabase &)> &work) {
    QSqlDatabase db = connection();
    const bool outermost = !sql::inWriteTransaction(db);
    try {
        sql::writeTransaction(db, work);
    } catch (...) {
        if (outermost)
            AuditLog::takeAppended();
        throw;
    }
    if (outermost && AuditLog::takeAppended()) {
        std::function<void()> listener;
        {
            std::lock_guard lock(m_auditListenerMutex);
            listener = m_auditListener;
        }
        if (listener)
            listener();
    }
}

void Database::writeBulk(const std::function<void(QSqlDatabase &)> &work) {
    QSqlDatabase db = connection();
    if (!m_checkpointer || sql::inWriteTransaction(db)) {
        write(work);
        return;
    }
    // SQLite decides on the automatic checkpoint at commit, so it is off
    // for exactly this transaction's commit.
    common::Pragma::run(db, QStringLiteral("PRAGMA wal_autocheckpoint = 0"));
    try {
        write(work);
    } catch (...) {
        common::Pragma::run(
            db, QStringLiteral("PRAGMA wal_autocheckpoint = %1").arg(kAutoCheckpointPages));
        throw;
    }
    common::Pragma::run(db,
                        QStringLiteral("PRAGMA wal_autocheckpoint = %1").arg(kAutoCheckpointPages));
    m_checkpointer->notifyWrite();
}

void Database::openCheckpointConnection() {
    try {
        connection();
    } catch (const common::Error &error) {
        // The first checkpoint tries again and says so.
        qWarning().noquote() << "database" << m_config.path
                             << "WAL checkpointer has no connection yet:" << error.message();
    }
}

void Database::checkpoint() {
    try {
        // PASSIVE: copies what no reader still needs, never blocks writers
        // or readers; what is left goes with the next checkpoint.
        QSqlDatabase db = connection();
        common::Pragma::run(db, QStringLiteral("PRAGMA wal_checkpoint(PASSIVE)"));
    } catch (const common::Error &error) {
        qWarning().noquote() << "database" << m_config.path
                             << "WAL checkpoint failed:" << error.message();
    }
}

void Database::setAuditListener(std::function<void()> listener) {
    std::lock_guard lock(m_auditListenerMutex);
    m_auditListener = std::move(listener);
}

void Database::read(const std::function<void(QSqlDatabase &)> &work) {
    QSqlDatabase db = connection();
    sql::readTransaction(db, work);
}

int Database::schemaVersion() {
    QSqlDatabase db = connection();
    return Migrations::storedVersion(db);
}

} // namespace hn::server
