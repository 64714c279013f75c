// SPDX-License-Identifier: GPL-3.0-or-later
#include "client/core/ReplicaDatabase.h"

#include "client/core/ReplicaMigrations.h"
#include "common/Error.h"
#include "common/sqlite/Pragma.h"
#include "common/sqlite/Transaction.h"

#include <QDebug>
#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>
#include <atomic>

namespace hn::client {

ReplicaDatabase::ReplicaDatabase(QString path, int busyTimeoutMs)
    : m_path(std::move(path))
    , m_busyTimeoutMs(busyTimeoutMs)
    , m_connections(QStringLiteral("hn-replica")) {
    requireDriver();
    if (m_path.isEmpty()) {
        // Qt would silently open a private in-memory database per connection.
        throw common::Error::unavailable(QStringLiteral("no file for the offline data given"));
    }
    const QString directory = QFileInfo(m_path).absolutePath();
    if (!QDir().mkpath(directory)) {
        throw common::Error::unavailable(
            QStringLiteral("cannot create the folder %1 for the offline data").arg(directory));
    }
    try {
        QSqlDatabase db = connection();
        ReplicaMigrations::apply(db);
    } catch (...) {
        // No destructor runs for a half-built object.
        m_connections.removeAll();
        throw;
    }
}

ReplicaDatabase::~ReplicaDatabase() = default;

void ReplicaDatabase::requireDriver() {
    if (QSqlDatabase::isDriverAvailable(QStringLiteral("QSQLITE")))
        return;
    throw common::Error::unavailable(
        QStringLiteral("The Qt SQL driver QSQLITE, which Helfernetz needs for its offline data, "
                       "is not installed. Install it, on Debian with \"apt install "
                       "libqt6sql6-sqlite\". Drivers available here: %1.")
            .arg(QSqlDatabase::drivers().join(QStringLiteral(", "))));
}

QSqlDatabase ReplicaDatabase::connection() {
    return m_connections.connection([this](const QString &name) { return openConnection(name); });
}

QSqlDatabase ReplicaDatabase::openConnection(const QString &name) {
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
    db.setDatabaseName(m_path);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(m_busyTimeoutMs));

    const auto fail = [&](const QString &reason) {
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(name);
        return common::Error::unavailable(
            QStringLiteral("cannot open the offline data %1: %2").arg(m_path, reason));
    };
    if (!db.open())
        throw fail(db.lastError().text());
    try {
        // The busy timeout first: switching to WAL needs a lock another
        // process may briefly hold.
        common::Pragma::run(db, QStringLiteral("PRAGMA busy_timeout = %1").arg(m_busyTimeoutMs));
        const QString mode = common::Pragma::run(db, QStringLiteral("PRAGMA journal_mode = WAL"));
        if (mode.compare(QLatin1String("wal"), Qt::CaseInsensitive) != 0) {
            qWarning().noquote() << "offline data" << m_path << "stays in journal mode" << mode
                                 << "instead of WAL";
        }
        common::Pragma::run(db, QStringLiteral("PRAGMA foreign_keys = ON"));
        // NORMAL survives a crash of the program; a power loss may take the
        // last commits, which for pulled data only means pulling again.
        // A person's edits are written with Durability::Full (see write).
        common::Pragma::run(db, QStringLiteral("PRAGMA synchronous = NORMAL"));
        if (common::Pragma::run(db,
                                QStringLiteral("SELECT sqlite_compileoption_used('ENABLE_FTS5')"))
                .toInt()
            != 1) {
            throw common::Error::unavailable(
                QStringLiteral("the SQLite library that Qt uses here was built without the FTS5 "
                               "full-text search module, which Helfernetz needs for searching "
                               "offline; use a Qt/SQLite build with FTS5 (Debian's has it)"));
        }
    } catch (const common::Error &error) {
        throw fail(error.message());
    }
    return db;
}

void ReplicaDatabase::write(const std::function<void(QSqlDatabase &)> &work,
                            Durability durability) {
    QSqlDatabase db = connection();
    if (durability == Durability::Normal || common::Transaction::isWriting(db)) {
        writeTransaction(db, work);
        return;
    }
    // The commit waits until the log is on disk; the log is sequential, so
    // every earlier commit is then on disk as well.
    common::Pragma::run(db, QStringLiteral("PRAGMA synchronous = FULL"));
    struct Restore {
        QSqlDatabase &db;
        ~Restore() {
            QSqlQuery query(db);
            if (!query.exec(QStringLiteral("PRAGMA synchronous = NORMAL")))
                qWarning().noquote()
                    << "replica: cannot reset durability:" << query.lastError().text();
        }
    } restore{db};
    writeTransaction(db, work);
}

void ReplicaDatabase::writeTransaction(QSqlDatabase &db,
                                       const std::function<void(QSqlDatabase &)> &work) {
    common::Transaction::write(db, work, QStringLiteral("the offline data"));
}

int ReplicaDatabase::schemaVersion() {
    QSqlDatabase db = connection();
    return ReplicaMigrations::storedVersion(db);
}

} // namespace hn::client
