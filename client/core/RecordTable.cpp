// SPDX-License-Identifier: GPL-3.0-or-later
#include "client/core/RecordTable.h"

#include "client/core/ReplicaJson.h"
#include "client/core/SearchText.h"
#include "common/Error.h"

#include <QList>
#include <QStringList>

namespace hn::client {

using common::EntityType;

namespace {

// The record a row points to, kept in its own column so that dependents
// are found by index: a contact's organization, a post's thread, a
// document version's document.
QString parentOf(EntityType type, const QJsonObject &fields) {
    switch (type) {
    case EntityType::Contact:
        return fields.value(QStringLiteral("organization_id")).toString();
    case EntityType::Post:
        return fields.value(QStringLiteral("thread_id")).toString();
    case EntityType::DocumentVersion:
        return fields.value(QStringLiteral("document_id")).toString();
    default:
        return {};
    }
}

bool isOrganization(const ReplicaRow &row) {
    return row.local.type == EntityType::Contact
           && row.local.fields.value(QStringLiteral("kind")).toString()
                  == QLatin1String("organization");
}

} // namespace

RecordTable::RecordTable(const QSqlDatabase &db)
    : m_db(db) {}

RecordTable::~RecordTable() = default;

ReplicaQuery &RecordTable::statement(std::unique_ptr<ReplicaQuery> &slot, const QString &sql,
                                     const QString &context) {
    if (!slot)
        slot = std::make_unique<ReplicaQuery>(m_db, sql, context);
    return *slot;
}

QString RecordTable::columns() {
    return QStringLiteral("rid, id, type, bucket, space_id, version, deleted, server_deleted,"
                          " created_by, created_at, updated_by, updated_at, fields, server_fields");
}

ReplicaRow RecordTable::fromQuery(const ReplicaQuery &query) {
    ReplicaRow row;
    row.rid = query.value(0).toLongLong();
    row.local.meta.id = query.value(1).toString();
    const QString type = query.value(2).toString();
    const auto parsed = common::parseEntityType(type);
    if (!parsed) {
        throw common::Error::internal(
            QStringLiteral("record %1 has the unknown type '%2'").arg(row.local.meta.id, type));
    }
    row.local.type = *parsed;
    row.bucket = query.value(3).toString();
    row.local.meta.spaceId = query.value(4).toString();
    row.local.meta.version = query.value(5).toLongLong();
    row.local.meta.deleted = query.value(6).toInt() != 0;
    row.serverDeleted = query.value(7).toInt() != 0;
    row.local.meta.createdBy = query.value(8).toString();
    row.local.meta.createdAt = json::toTime(query.value(9));
    row.local.meta.updatedBy = query.value(10).toString();
    row.local.meta.updatedAt = json::toTime(query.value(11));
    row.local.fields = json::toObject(query.value(12));
    if (!query.value(13).isNull())
        row.serverFields = json::toObject(query.value(13));
    row.stored = true;
    row.indexedDeleted = row.local.meta.deleted;
    row.indexedFields = row.local.fields;
    return row;
}

std::optional<ReplicaRow> RecordTable::load(const QString &id) {
    ReplicaQuery &query =
        statement(m_select, QStringLiteral("SELECT %1 FROM records WHERE id = ?").arg(columns()),
                  QStringLiteral("read record"));
    query.exec({id});
    if (!query.next())
        return std::nullopt;
    ReplicaRow row = fromQuery(query);
    query.finish();
    return row;
}

QHash<QString, ReplicaRow> RecordTable::loadMany(const QStringList &ids) {
    QHash<QString, ReplicaRow> rows;
    if (ids.isEmpty())
        return rows;
    // The ids travel as one JSON array: one statement for a whole page.
    ReplicaQuery query(m_db,
                       QStringLiteral("SELECT %1 FROM records WHERE id IN"
                                      " (SELECT value FROM json_each(?))")
                           .arg(columns()),
                       QStringLiteral("read records"));
    query.exec({QString::fromUtf8(json::listToText(ids))});
    while (query.next()) {
        ReplicaRow row = fromQuery(query);
        rows.insert(row.local.meta.id, row);
    }
    return rows;
}

void RecordTable::write(ReplicaRow &row) {
    const common::Record &r = row.local;
    const QString parentId = parentOf(r.type, r.fields);
    // The server view is stored only where it differs from the local one.
    const QVariant serverFields =
        row.onServer() && row.serverFields && *row.serverFields != r.fields
            ? QVariant(json::toText(*row.serverFields))
            : QVariant();
    const bool wasOrganization = row.stored && isOrganization(row);
    const QString oldName = row.indexedFields.value(QStringLiteral("name")).toString();
    if (row.rid == 0) {
        ReplicaQuery &insert = statement(
            m_insert,
            QStringLiteral("INSERT INTO records (id, type, bucket, space_id, parent_id, version,"
                           " deleted, server_deleted, created_by, created_at, updated_by,"
                           " updated_at, fields, server_fields)"
                           " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
            QStringLiteral("insert record"));
        insert.exec({r.meta.id, common::toString(r.type), row.bucket, r.meta.spaceId, parentId,
                     r.meta.version, r.meta.deleted ? 1 : 0, row.serverDeleted ? 1 : 0,
                     r.meta.createdBy, json::fromTime(r.meta.createdAt), r.meta.updatedBy,
                     json::fromTime(r.meta.updatedAt), json::toText(r.fields), serverFields});
        row.rid = insert.lastInsertId().toLongLong();
    } else {
        statement(m_update,
                  QStringLiteral("UPDATE records SET type = ?, bucket = ?, space_id = ?,"
                                 " parent_id = ?, version = ?, deleted = ?, server_deleted = ?,"
                                 " created_by = ?, created_at = ?, updated_by = ?,"
                                 " updated_at = ?, fields = ?, server_fields = ? WHERE rid = ?"),
                  QStringLiteral("update record"))
            .exec({common::toString(r.type), row.bucket, r.meta.spaceId, parentId, r.meta.version,
                   r.meta.deleted ? 1 : 0, row.serverDeleted ? 1 : 0, r.meta.createdBy,
                   json::fromTime(r.meta.createdAt), r.meta.updatedBy,
                   json::fromTime(r.meta.updatedAt), json::toText(r.fields), serverFields,
                   row.rid});
    }

    const bool searchable = SearchText::isSearchable(r.type);
    const bool changed =
        !row.stored || row.indexedDeleted != r.meta.deleted || row.indexedFields != r.fields;
    if (searchable && changed) {
        if (row.stored && !row.indexedDeleted) {
            statement(m_indexDelete, QStringLiteral("DELETE FROM search WHERE rowid = ?"),
                      QStringLiteral("remove record from the search index"))
                .exec({row.rid});
        }
        if (!r.meta.deleted)
            index(row, parentId);
    }
    // Contacts are found by their organization's name too.
    const bool organizationRenamed =
        isOrganization(row)
        && (!wasOrganization || oldName != r.fields.value(QStringLiteral("name")).toString()
            || row.indexedDeleted != r.meta.deleted);
    row.stored = true;
    row.indexedDeleted = r.meta.deleted;
    row.indexedFields = r.fields;
    if (organizationRenamed)
        reindexMembersOf(r.meta.id);
}

void RecordTable::index(const ReplicaRow &row, const QString &parentId) {
    const QString organization = row.local.type == EntityType::Contact && !parentId.isEmpty()
                                     ? organizationName(parentId)
                                     : QString();
    const SearchText::Columns columns = SearchText::columns(
        row.local.type, row.local.fields, organization,
        row.local.type == EntityType::Document ? fileText(row.local.fields) : QString());
    statement(m_indexInsert,
              QStringLiteral("INSERT INTO search (rowid, title, keys, body) VALUES (?, ?, ?, ?)"),
              QStringLiteral("add record to the search index"))
        .exec({row.rid, columns.title, columns.keys, columns.body});
}

QString RecordTable::fileText(const QJsonObject &documentFields) {
    const QString versionId = documentFields.value(QStringLiteral("current_version_id")).toString();
    if (versionId.isEmpty())
        return {};
    ReplicaQuery &query =
        statement(m_fileText, QStringLiteral("SELECT text FROM file_texts WHERE version_id = ?"),
                  QStringLiteral("read a cached file's text"));
    query.exec({versionId});
    if (!query.next())
        return {};
    const QString text = query.value(0).toString();
    query.finish();
    return text;
}

QString RecordTable::organizationName(const QString &organizationId) {
    ReplicaQuery &query = statement(
        m_organization,
        QStringLiteral(
            "SELECT fields FROM records WHERE id = ? AND type = 'contact' AND deleted = 0"),
        QStringLiteral("read organization name"));
    query.exec({organizationId});
    if (!query.next())
        return {};
    const QString name = json::toObject(query.value(0)).value(QStringLiteral("name")).toString();
    query.finish();
    return name;
}

void RecordTable::reindexMembersOf(const QString &organizationId) {
    ReplicaQuery query(m_db,
                       // "parent_id <> ''" lets SQLite use the partial index
                       // records_parent; without it every organization write
                       // scanned the whole table.
                       QStringLiteral("SELECT %1 FROM records WHERE parent_id = ?"
                                      " AND parent_id <> '' AND type = 'contact' AND deleted = 0")
                           .arg(columns()),
                       QStringLiteral("read an organization's contacts"));
    query.exec({organizationId});
    QList<ReplicaRow> members;
    while (query.next())
        members << fromQuery(query);
    query.finish();
    for (const ReplicaRow &member : std::as_const(members)) {
        statement(m_indexDelete, QStringLiteral("DELETE FROM search WHERE rowid = ?"),
                  QStringLiteral("remove record from the search index"))
            .exec({member.rid});
        index(member, organizationId);
    }
}

void RecordTable::reindex(const ReplicaRow &row) {
    if (row.rid == 0 || !SearchText::isSearchable(row.local.type) || row.local.meta.deleted)
        return;
    statement(m_indexDelete, QStringLiteral("DELETE FROM search WHERE rowid = ?"),
              QStringLiteral("remove record from the search index"))
        .exec({row.rid});
    index(row, parentOf(row.local.type, row.local.fields));
}

void RecordTable::remove(const ReplicaRow &row) {
    if (row.rid == 0)
        return;
    if (SearchText::isSearchable(row.local.type) && !row.indexedDeleted) {
        statement(m_indexDelete, QStringLiteral("DELETE FROM search WHERE rowid = ?"),
                  QStringLiteral("remove record from the search index"))
            .exec({row.rid});
    }
    statement(m_delete, QStringLiteral("DELETE FROM records WHERE rid = ?"),
              QStringLiteral("delete record"))
        .exec({row.rid});
    if (isOrganization(row))
        reindexMembersOf(row.local.meta.id);
}

} // namespace hn::client
