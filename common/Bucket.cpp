// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/Bucket.h"

#include "common/Record.h"

#include <QUuid>

namespace hn::common {

namespace {
const QString kSpacePrefix = QStringLiteral("space:");
const QString kPrivatePrefix = QStringLiteral("private:");
const QString kDirectory = QStringLiteral("directory");

bool isCanonicalUuid(const QString &text) {
    const QUuid uuid = QUuid::fromString(text);
    return !uuid.isNull() && uuid.toString(QUuid::WithoutBraces) == text;
}
} // namespace

QString Bucket::forSpace(const QString &spaceId) {
    return kSpacePrefix + spaceId;
}
QString Bucket::privateFor(const QString &userId) {
    return kPrivatePrefix + userId;
}
QString Bucket::directory() {
    return kDirectory;
}

std::optional<Bucket> Bucket::parse(const QString &bucket) {
    if (bucket == kDirectory)
        return Bucket{Kind::Directory, {}};
    if (bucket.startsWith(kSpacePrefix) && isCanonicalUuid(bucket.mid(kSpacePrefix.size())))
        return Bucket{Kind::Space, bucket.mid(kSpacePrefix.size())};
    if (bucket.startsWith(kPrivatePrefix) && isCanonicalUuid(bucket.mid(kPrivatePrefix.size())))
        return Bucket{Kind::Private, bucket.mid(kPrivatePrefix.size())};
    return std::nullopt;
}

QString Bucket::name() const {
    switch (kind) {
    case Kind::Space:
        return forSpace(id);
    case Kind::Private:
        return privateFor(id);
    case Kind::Directory:
        return directory();
    }
    return directory();
}

QString Record::bucket() const {
    switch (type) {
    case EntityType::DirectoryEntry:
        return Bucket::directory();
    case EntityType::ReadMarker:
    case EntityType::Favourite:
        return Bucket::privateFor(meta.createdBy);
    default:
        return Bucket::forSpace(meta.spaceId);
    }
}

} // namespace hn::common
