// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/EntityType.h"

#include <array>
#include <utility>

namespace hn::common {

namespace {

constexpr std::array<std::pair<EntityType, const char16_t *>, 10> kNames{{
    {EntityType::Space, u"space"},
    {EntityType::Membership, u"membership"},
    {EntityType::Contact, u"contact"},
    {EntityType::Document, u"document"},
    {EntityType::DocumentVersion, u"document_version"},
    {EntityType::Thread, u"thread"},
    {EntityType::Post, u"post"},
    {EntityType::DirectoryEntry, u"directory_entry"},
    {EntityType::ReadMarker, u"read_marker"},
    {EntityType::Favourite, u"favourite"},
}};

} // namespace

QString toString(EntityType type) {
    for (const auto &[t, name] : kNames) {
        if (t == type)
            return QString::fromUtf16(name);
    }
    return QStringLiteral("unknown");
}

std::optional<EntityType> parseEntityType(const QString &name) {
    for (const auto &[t, n] : kNames) {
        if (name == QString::fromUtf16(n))
            return t;
    }
    return std::nullopt;
}

bool isClientWritable(EntityType type) {
    switch (type) {
    case EntityType::Contact:
    case EntityType::Document:
    case EntityType::Thread:
    case EntityType::Post:
    case EntityType::ReadMarker:
    case EntityType::Favourite:
        return true;
    case EntityType::Space:
    case EntityType::Membership:
    case EntityType::DocumentVersion:
    case EntityType::DirectoryEntry:
        return false;
    }
    return false;
}

} // namespace hn::common
