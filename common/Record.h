// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/EntityType.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace hn::common {

// What every synced record carries (DESIGN.md, Domain).
struct RecordMeta {
    QString id;           // UUID, made by the creator
    QString spaceId;      // empty for private and directory records
    qint64 version = 0;   // the server's seq of the last change; 0 = never synced
    bool deleted = false; // tombstone
    QString createdBy;
    QDateTime createdAt;
    QString updatedBy;
    QDateTime updatedAt;
};

// A synced record in the one generic form that the server store, the merge
// rules, the client replica and the UI models share.
//
// `fields` holds the entity's fields keyed by their proto field names
// ("given_name", "phones", ...), always complete (every top-level field
// present, defaults included) so two records compare field by field:
//   text (proto bytes/string) -> JSON string
//   bool -> JSON bool; numbers (int64 *_at_ms, size_bytes) -> JSON number
//   enum -> lower-case short name ("person", "flyer", "office"; "" = unset)
//   repeated -> JSON array; nested message -> JSON object
// proto/codec/RecordCodec converts to and from the wire.
struct Record {
    EntityType type = EntityType::Contact;
    RecordMeta meta;
    QJsonObject fields;

    // The sync bucket this record belongs to (see common/Bucket.h).
    QString bucket() const;
};

} // namespace hn::common
