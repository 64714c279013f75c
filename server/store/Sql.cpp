// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/store/Sql.h"

#include "common/sqlite/Transaction.h"

namespace hn::server::sql {

bool isSqlite(const QSqlDatabase &db) {
    return db.driverName() == QLatin1String("QSQLITE");
}

QVariant fromTime(const QDateTime &time) {
    if (!time.isValid())
        return QVariant(QMetaType::fromType<qint64>());
    return QVariant(time.toMSecsSinceEpoch());
}

QDateTime toTime(const QVariant &value) {
    if (value.isNull())
        return {};
    // Qt::UTC rather than QTimeZone::utc(): before Qt 6.5 the latter yields a
    // Qt::TimeZone spec, which compares equal but prints and converts differently.
    return QDateTime::fromMSecsSinceEpoch(value.toLongLong(), Qt::UTC);
}

QVariant fromText(const QString &text) {
    if (text.isNull())
        return QVariant(QMetaType::fromType<QString>());
    return QVariant(text);
}

QVariant fromBlob(const QByteArray &blob) {
    if (blob.isNull())
        return QVariant(QMetaType::fromType<QByteArray>());
    return QVariant(blob);
}

QVariant fromBool(bool value) {
    return QVariant(value ? 1 : 0);
}

void writeTransaction(QSqlDatabase &db, const std::function<void(QSqlDatabase &)> &work) {
    common::Transaction::write(db, work, QStringLiteral("the database"));
}

void readTransaction(QSqlDatabase &db, const std::function<void(QSqlDatabase &)> &work) {
    common::Transaction::read(db, work, QStringLiteral("the database"));
}

bool inWriteTransaction(const QSqlDatabase &db) {
    return common::Transaction::isWriting(db);
}

bool uniqueViolationMentions(const QString &driverText, const QString &table,
                             const QString &column) {
    return driverText.contains(table + QLatin1Char('.') + column)
           || driverText.contains(table + QLatin1Char('_') + column)
           || driverText.contains(QLatin1Char('(') + column + QLatin1Char(')'));
}

} // namespace hn::server::sql
