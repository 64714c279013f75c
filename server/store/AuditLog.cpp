// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/store/AuditLog.h"

#include "common/Error.h"
#include "server/store/Sql.h"
#include "server/store/SqlQuery.h"

#include <QJsonDocument>
#include <QStringList>
#include <utility>

namespace hn::server {

using common::AuditEntry;

namespace {

const QString kColumns =
    QStringLiteral("id, at, actor_id, actor_email, action, target_type, target_id, peer, details");

AuditEntry readEntry(const SqlQuery &query) {
    AuditEntry entry;
    entry.id = query.value(0).toLongLong();
    entry.at = sql::toTime(query.value(1));
    entry.actorId = query.value(2).toString();
    entry.actorEmail = query.value(3).toString();
    entry.action = query.value(4).toString();
    entry.targetType = query.value(5).toString();
    entry.targetId = query.value(6).toString();
    entry.peer = query.value(7).toString();
    QJsonParseError error{};
    const QJsonDocument details =
        QJsonDocument::fromJson(query.value(8).toString().toUtf8(), &error);
    if (error.error != QJsonParseError::NoError || !details.isObject()) {
        throw common::Error::internal(
            QStringLiteral("audit_log row %1: column details is not a JSON object").arg(entry.id));
    }
    entry.details = details.object();
    return entry;
}

thread_local bool t_appended = false;

} // namespace

bool AuditLog::takeAppended() {
    return std::exchange(t_appended, false);
}

qint64 AuditLog::lastId() const {
    SqlQuery query(m_db, QStringLiteral("SELECT COALESCE(MAX(id), 0) FROM audit_log"),
                   QStringLiteral("read last audit id"));
    query.exec();
    return query.next() ? query.value(0).toLongLong() : 0;
}

qint64 AuditLog::append(const AuditEntry &entry) {
    appendAll({entry});
    return m_lastId;
}

void AuditLog::appendAll(const QList<AuditEntry> &entries) {
    if (entries.isEmpty())
        return;
    qint64 id = 0;
    QSqlDatabase db = m_db;
    // MAX(id)+1 is only unique under the write lock, so an append outside a
    // write still gets its own transaction (and joins the caller's otherwise).
    sql::writeTransaction(db, [&](QSqlDatabase &tx) {
        if (!sql::isSqlite(tx)) {
            // PostgreSQL has no database-wide write lock; this keeps the
            // allocation serial (readers are not blocked) until commit.
            SqlQuery(tx, QStringLiteral("LOCK TABLE audit_log IN EXCLUSIVE MODE"),
                     QStringLiteral("lock audit log"))
                .exec();
        }
        SqlQuery next(tx, QStringLiteral("SELECT COALESCE(MAX(id), 0) + 1 FROM audit_log"),
                      QStringLiteral("allocate audit id"));
        next.exec();
        if (!next.next())
            throw common::Error::internal(QStringLiteral("allocate audit id: no result"));
        id = next.value(0).toLongLong();
        next.raw().finish();

        SqlQuery insert(
            tx,
            QStringLiteral("INSERT INTO audit_log (%1) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .arg(kColumns),
            QStringLiteral("append audit entry %1").arg(entries.first().action));
        for (const AuditEntry &entry : entries) {
            const QString details =
                QString::fromUtf8(QJsonDocument(entry.details).toJson(QJsonDocument::Compact));
            insert.exec({id, sql::fromTime(entry.at), sql::fromText(entry.actorId),
                         sql::fromText(entry.actorEmail), sql::fromText(entry.action),
                         sql::fromText(entry.targetType), sql::fromText(entry.targetId),
                         sql::fromText(entry.peer), details});
            m_lastId = id++;
        }
    });
    t_appended = true;
}

QList<AuditEntry> AuditLog::query(const AuditQuery &query) const {
    // A non-positive limit asks for nothing; it is not read as "no limit",
    // which could hand a console the whole log at once.
    if (query.limit <= 0)
        return {};

    // The statement's shape depends on which filters are set; the values
    // themselves are always bound.
    QStringList conditions{QStringLiteral("id > ?")};
    QVariantList values{QVariant(query.afterId)};
    if (query.beforeId > 0) {
        conditions << QStringLiteral("id < ?");
        values << QVariant(query.beforeId);
    }
    if (query.since) {
        conditions << QStringLiteral("at >= ?");
        values << sql::fromTime(*query.since);
    }
    if (query.until) {
        conditions << QStringLiteral("at < ?");
        values << sql::fromTime(*query.until);
    }
    if (!query.actorId.isEmpty()) {
        conditions << QStringLiteral("actor_id = ?");
        values << query.actorId;
    }
    if (!query.actorEmail.isEmpty()) {
        conditions << QStringLiteral("lower(actor_email) = ?");
        values << query.actorEmail.toLower();
    }
    if (query.action.endsWith(QLatin1Char('.'))) {
        // Not LIKE: SQLite's LIKE ignores case and would need '_' and '%' escaped.
        conditions << QStringLiteral("substr(action, 1, ?) = ?");
        values << QVariant(static_cast<int>(query.action.size())) << query.action;
    } else if (!query.action.isEmpty()) {
        conditions << QStringLiteral("action = ?");
        values << query.action;
    }
    values << QVariant(query.limit);

    SqlQuery select(m_db,
                    QStringLiteral("SELECT %1 FROM audit_log WHERE %2 ORDER BY id %3 LIMIT ?")
                        .arg(kColumns, conditions.join(QStringLiteral(" AND ")),
                             query.newestFirst ? QStringLiteral("DESC") : QStringLiteral("ASC")),
                    QStringLiteral("query audit log"));
    for (int i = 0; i < values.size(); ++i)
        select.raw().bindValue(i, values.at(i));
    select.exec();

    QList<AuditEntry> entries;
    while (select.next())
        entries.append(readEntry(select));
    return entries;
}

} // namespace hn::server
