// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/store/Database.h"

#include "common/Error.h"
#include "server/store/Migrations.h"
#include "server/store/Sql.h"

#include <QDebug>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>
#include <algorithm>

namespace hn::server {

namespace {

std::atomic<quint64> g_nextDatabase{1};
std::atomic<quint64> g_nextThread{1};

// A number per thread that is never reused, unlike OS thread ids: a pool
// thread that exits and a new one that happens to get its id must not share
// a connection name.
quint64 threadSerial() {
    thread_local const quint64 serial = g_nextThread++;
    return serial;
}

// The connections this thread opened, closed and removed when the thread
// ends, so gRPC's growing and shrinking pool does not leak one connection per
// thread it ever ran. Connection names are unique per Database and thread and
// never reused: if the Database is already gone (its destructor removed the
// connection), the name is simply no longer registered and nothing happens.
struct ThreadConnections {
    QStringList names;

    ~ThreadConnections() {
        for (const QString &name : std::as_const(names)) {
            if (QSqlDatabase::contains(name))
                QSqlDatabase::removeDatabase(name);
        }
    }

    void add(const QString &name) {
        names.removeIf([](const QString &n) { return !QSqlDatabase::contains(n); });
        names.append(name);
    }
};

ThreadConnections &threadConnections() {
    thread_local ThreadConnections connections;
    return connections;
}

void removeConnections(std::mutex &mutex, std::vector<QString> &names) {
    std::lock_guard lock(mutex);
    for (const QString &name : names)
        QSqlDatabase::removeDatabase(name);
    names.clear();
}

// PRAGMAs take no bound parameters; the only value formatted into one is
// the configured integer timeout.
QString pragma(QSqlDatabase &db, const QString &statement) {
    QSqlQuery query(db);
    if (!query.exec(statement)) {
        throw common::Error::unavailable(
            QStringLiteral("%1 failed: %2").arg(statement, query.lastError().text()));
    }
    return query.next() ? query.value(0).toString() : QString();
}

} // namespace

Database::Database(DatabaseConfig config)
    : m_config(std::move(config))
    , m_connectionPrefix(QStringLiteral("hn-db-%1-thread-").arg(g_nextDatabase++)) {
    requireDriver(m_config.driver);
    if (m_config.path.isEmpty() && m_config.driver == QLatin1String("QSQLITE")) {
        // Qt would silently open a private temporary database per connection.
        throw common::Error::unavailable(QStringLiteral("no database file configured"));
    }
    try {
        QSqlDatabase db = connection();
        Migrations::apply(db);
    } catch (...) {
        // No destructor runs for a half-built object.
        removeConnections(m_namesMutex, m_connectionNames);
        throw;
    }
}

Database::~Database() {
    removeConnections(m_namesMutex, m_connectionNames);
}

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
    const QString name = m_connectionPrefix + QString::number(threadSerial());
    if (QSqlDatabase::contains(name))
        return QSqlDatabase::database(name, false);

    QSqlDatabase db = openConnection(name);
    // Touched only after Qt set up its own per-thread data for the driver,
    // so this thread's list is destroyed first when the thread exits.
    threadConnections().add(name);
    std::lock_guard lock(m_namesMutex);
    std::erase_if(m_connectionNames, [](const QString &n) { return !QSqlDatabase::contains(n); });
    m_connectionNames.push_back(name);
    return db;
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
        pragma(db, QStringLiteral("PRAGMA busy_timeout = %1").arg(m_config.busyTimeoutMs));
        const QString mode = pragma(db, QStringLiteral("PRAGMA journal_mode = WAL"));
        if (mode.compare(QLatin1String("wal"), Qt::CaseInsensitive) != 0) {
            qWarning().noquote() << "database" << m_config.path << "stays in journal mode" << mode
                                 << "instead of WAL; writers will block readers";
        }
        pragma(db, QStringLiteral("PRAGMA foreign_keys = ON"));
        pragma(db, QStringLiteral("PRAGMA synchronous = NORMAL"));
    } catch (const common::Error &error) {
        throw fail(error.message());
    }
    return db;
}

void Database::write(const std::function<void(QSqlDatabase &)> &work) {
    QSqlDatabase db = connection();
    sql::writeTransaction(db, work);
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
