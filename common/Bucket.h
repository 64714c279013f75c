// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <optional>

namespace hn::common {

// Sync buckets (sync.proto): "space:<uuid>" for a space's records,
// "private:<user uuid>" for one user's read markers and favourites,
// "directory" for the user directory.
struct Bucket {
    enum class Kind { Space, Private, Directory };

    Kind kind = Kind::Directory;
    QString id; // space id or user id; empty for the directory

    static QString forSpace(const QString &spaceId);
    static QString privateFor(const QString &userId);
    static QString directory();
    // nullopt for anything not of those forms.
    static std::optional<Bucket> parse(const QString &bucket);
    QString name() const;
};

} // namespace hn::common
