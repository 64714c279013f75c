// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <optional>

namespace hn::common {

// The kinds of synced record (DESIGN.md, Domain).
enum class EntityType {
    Space,
    Membership,
    Contact,
    Document,
    DocumentVersion,
    Thread,
    Post,
    DirectoryEntry,
    ReadMarker,
    Favourite,
};

// snake_case names, the same as the proto's `Entity` oneof fields
// ("contact", "document_version", ...); used in SQL and logs.
QString toString(EntityType type);
std::optional<EntityType> parseEntityType(const QString &name);

// Whether clients may create/change/delete records of this type through
// Sync.Push. Spaces, memberships and the directory change through the
// Admin service, document versions through Blobs.Upload.
bool isClientWritable(EntityType type);

} // namespace hn::common
