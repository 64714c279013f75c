// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace hn::client {

// Where one (server, user) profile keeps its data on this computer: one
// directory per profile, so that logging out for good, or a remote wipe,
// removes a profile by removing its directory, and nothing of it is left
// elsewhere.
//
//   <base>/<sha1 of the server address, hex>-<user id>/
//       replica.db     the offline replica (ReplicaDatabase)
//       files/         cached and pinned document files
//
// <base> is <AppDataLocation>/profiles (on Linux under $XDG_DATA_HOME, on
// Windows %APPDATA%) unless given; pinned files must survive the system's
// cache cleaning, so the file cache lives here too, not in CacheLocation.
class ProfileLocation {
public:
    // Throws common::Error(InvalidArgument, "user_id") unless the user id
    // consists of letters, digits and dashes only (it becomes a file name).
    ProfileLocation(const QString &serverAddress, const QString &userId,
                    const QString &baseDirectory = {});

    // The default <base>: <AppDataLocation>/profiles.
    // A profile whose directory is already known (the last profile opened,
    // remembered in the settings).
    static ProfileLocation atDirectory(const QString &directory);
    static QString defaultBaseDirectory();

    QString directory() const { return m_directory; }
    QString replicaPath() const;
    QString fileCacheDirectory() const;

private:
    ProfileLocation() = default;

    QString m_directory;
};

} // namespace hn::client
