// SPDX-License-Identifier: GPL-3.0-or-later
// Shared by the store tests: a real SQLite file in a temporary directory,
// sample records with awkward text, and exact comparisons (null and empty
// strings are different values here, and times must survive to the ms).
#pragma once

#include "common/AccessRequest.h"
#include "common/AuditEntry.h"
#include "common/Error.h"
#include "common/Space.h"
#include "common/User.h"
#include "server/store/Database.h"
#include "server/store/Session.h"

#include <QDateTime>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTimeZone>
#include <catch2/catch.hpp>
#include <memory>
#include <stdexcept>
#include <string>

namespace Catch {
template <> struct StringMaker<QString> {
    static std::string convert(const QString &value) {
        return value.isNull() ? std::string("(null QString)") : '"' + value.toStdString() + '"';
    }
};
template <> struct StringMaker<QDateTime> {
    static std::string convert(const QDateTime &value) {
        return value.isValid() ? value.toString(Qt::ISODateWithMs).toStdString()
                               : std::string("(null QDateTime)");
    }
};
template <> struct StringMaker<QByteArray> {
    static std::string convert(const QByteArray &value) {
        return value.isNull() ? std::string("(null QByteArray)")
                              : "0x" + value.toHex().toStdString();
    }
};
} // namespace Catch

namespace hn::test {

// A database file that lives as long as the test case.
class TempDatabase {
public:
    explicit TempDatabase(int busyTimeoutMs = 5000) {
        REQUIRE(m_dir.isValid());
        m_config.path = m_dir.filePath(QStringLiteral("helfernetz.sqlite"));
        m_config.busyTimeoutMs = busyTimeoutMs;
        open();
    }

    server::Database &db() { return *m_db; }
    const server::DatabaseConfig &config() const { return m_config; }
    QString path() const { return m_config.path; }
    void open() { m_db = std::make_unique<server::Database>(m_config); }
    void close() { m_db.reset(); }

private:
    QTemporaryDir m_dir;
    server::DatabaseConfig m_config;
    std::unique_ptr<server::Database> m_db;
};

// Runs `work` and returns the common::Error it throws; fails the test if it
// throws nothing.
template <typename Work> common::Error errorFrom(Work &&work) {
    try {
        work();
    } catch (const common::Error &error) {
        return error;
    }
    FAIL("expected a common::Error, but nothing was thrown");
    throw std::logic_error("unreachable");
}

// A time with milliseconds, given in a non-UTC offset so the test also shows
// that the stored instant (not the zone) is what comes back.
inline QDateTime at(qint64 offsetMs = 0) {
    const QDateTime base(QDate(2026, 3, 2), QTime(9, 15, 42, 123), QTimeZone(3600));
    return base.addMSecs(offsetMs);
}

// Same value and same nullness.
inline void checkText(const QString &actual, const QString &expected) {
    CHECK(actual == expected);
    CHECK(actual.isNull() == expected.isNull());
}

inline void checkTime(const QDateTime &actual, const QDateTime &expected) {
    CHECK(actual.isValid() == expected.isValid());
    if (expected.isValid()) {
        CHECK(actual.toMSecsSinceEpoch() == expected.toMSecsSinceEpoch());
        CHECK(actual.timeSpec() == Qt::UTC);
    }
}

inline const QString &kInjection() {
    static const QString text = QStringLiteral("'; DROP TABLE users; --");
    return text;
}

// Every byte value, NUL included, and the SQL quote characters among them.
inline QByteArray allBytes() {
    QByteArray bytes;
    for (int i = 0; i < 256; ++i)
        bytes.append(static_cast<char>(i));
    return bytes;
}

inline common::User sampleUser(const QString &id, const QString &email) {
    common::User user;
    user.id = id;
    user.email = email;
    user.displayName = QStringLiteral("Jürgen Größe-Übelhör");
    user.organization = QStringLiteral("Caritasverband \"St. Martin\" e.V.");
    user.municipality = QStringLiteral("Bad Dürrheim");
    user.affiliation = common::Affiliation::Ehrenamtlich;
    user.role = common::GlobalRole::Coordinator;
    user.status = common::AccountStatus::Active;
    user.createdAt = at();
    user.updatedAt = at(1);
    return user;
}

inline void checkUser(const common::User &actual, const common::User &expected) {
    checkText(actual.id, expected.id);
    checkText(actual.email, expected.email);
    checkText(actual.displayName, expected.displayName);
    checkText(actual.organization, expected.organization);
    checkText(actual.municipality, expected.municipality);
    CHECK(actual.affiliation == expected.affiliation);
    CHECK(actual.role == expected.role);
    CHECK(actual.status == expected.status);
    checkTime(actual.createdAt, expected.createdAt);
    checkTime(actual.updatedAt, expected.updatedAt);
}

// Runs a statement on `db` outside the stores, for setting up broken rows.
inline void rawExec(QSqlDatabase db, const QString &sql) {
    QSqlQuery query(db);
    INFO(sql.toStdString());
    REQUIRE(query.exec(sql));
}

inline QVariant rawValue(QSqlDatabase db, const QString &sql) {
    QSqlQuery query(db);
    INFO(sql.toStdString());
    REQUIRE(query.exec(sql));
    REQUIRE(query.next());
    return query.value(0);
}

} // namespace hn::test
