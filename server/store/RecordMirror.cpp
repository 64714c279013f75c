// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/store/RecordMirror.h"

#include <QUuid>

namespace hn::server {

using common::EntityType;
using common::Record;

namespace {

// Affiliation::Unspecified is "unspecified" in SQL but the unset enum
// value ("") on the wire, like every other unset enum in Record::fields.
QString affiliationField(common::Affiliation affiliation) {
    return affiliation == common::Affiliation::Unspecified ? QString()
                                                           : common::toString(affiliation);
}

} // namespace

Record RecordMirror::spaceRecord(const common::Space &space) {
    Record record;
    record.type = EntityType::Space;
    record.meta.id = space.id;
    record.meta.spaceId = space.id;
    record.meta.createdBy = space.createdBy;
    record.meta.createdAt = space.createdAt;
    record.meta.updatedBy = space.createdBy;
    record.meta.updatedAt = space.createdAt;
    record.fields = {
        {QStringLiteral("name"), space.name},
        {QStringLiteral("description"), space.description},
        {QStringLiteral("kind"), common::toString(space.kind)},
        {QStringLiteral("guest_visible"), space.guestVisible},
        {QStringLiteral("archived"), space.archived},
    };
    return record;
}

Record RecordMirror::membershipRecord(const common::Membership &membership) {
    Record record;
    record.type = EntityType::Membership;
    record.meta.id = membershipId(membership.spaceId, membership.userId);
    record.meta.spaceId = membership.spaceId;
    record.meta.createdBy = membership.grantedBy;
    record.meta.createdAt = membership.grantedAt;
    record.meta.updatedBy = membership.grantedBy;
    record.meta.updatedAt = membership.grantedAt;
    record.fields = {
        {QStringLiteral("user_id"), membership.userId},
        {QStringLiteral("level"), common::toString(membership.level)},
    };
    return record;
}

Record RecordMirror::directoryRecord(const common::User &user) {
    Record record;
    record.type = EntityType::DirectoryEntry;
    record.meta.id = user.id;
    record.meta.createdAt = user.createdAt;
    record.meta.updatedAt = user.updatedAt;
    // Never the password hash or anything about sessions.
    record.fields = {
        {QStringLiteral("display_name"), user.displayName},
        {QStringLiteral("email"), user.email},
        {QStringLiteral("organization"), user.organization},
        {QStringLiteral("municipality"), user.municipality},
        {QStringLiteral("affiliation"), affiliationField(user.affiliation)},
        {QStringLiteral("role"), common::toString(user.role)},
        {QStringLiteral("status"), common::toString(user.status)},
    };
    return record;
}

QString RecordMirror::membershipId(const QString &spaceId, const QString &userId) {
    return QUuid::createUuidV5(QUuid::fromString(spaceId), QStringLiteral("membership:") + userId)
        .toString(QUuid::WithoutBraces);
}

bool RecordMirror::listedInDirectory(const common::User &user) {
    return user.status != common::AccountStatus::Pending;
}

void RecordMirror::writeSpace(QSqlDatabase db, const common::Space &space,
                              const ChangeStamp &stamp) {
    RecordStore(db).writeServerChange(spaceRecord(space), stamp);
}

void RecordMirror::writeMembership(QSqlDatabase db, const common::Membership &membership) {
    RecordStore(db).writeServerChange(membershipRecord(membership),
                                      {membership.grantedBy, membership.grantedAt});
}

void RecordMirror::removeMembership(QSqlDatabase db, const QString &spaceId, const QString &userId,
                                    const ChangeStamp &stamp) {
    RecordStore store(db);
    std::optional<StoredRecord> stored = store.find(membershipId(spaceId, userId));
    if (!stored || stored->record.meta.deleted)
        return;
    Record tombstone = stored->record;
    tombstone.meta.deleted = true;
    store.writeServerChange(tombstone, stamp);
}

void RecordMirror::writeUser(QSqlDatabase db, const common::User &user, const ChangeStamp &stamp) {
    RecordStore store(db);
    Record record = directoryRecord(user);
    record.meta.createdBy = stamp.by;
    if (!listedInDirectory(user)) {
        // A pending account has no entry; should one ever go back to
        // pending, its entry becomes a tombstone.
        std::optional<StoredRecord> stored = store.find(user.id);
        if (!stored || stored->record.meta.deleted)
            return;
        record.meta.deleted = true;
    }
    ChangeStamp effective = stamp;
    if (!effective.at.isValid())
        effective.at = user.updatedAt.isValid() ? user.updatedAt : user.createdAt;
    store.writeServerChange(record, effective);
}

} // namespace hn::server
