// SPDX-License-Identifier: GPL-3.0-or-later
#include "client/core/ProfileLocation.h"

#include "common/Error.h"

#include <QCryptographicHash>
#include <QStandardPaths>
#include <algorithm>

namespace hn::client {

ProfileLocation::ProfileLocation(const QString &serverAddress, const QString &userId,
                                 const QString &baseDirectory) {
    // The user id becomes part of a file name: only what a UUID is made of.
    const bool safe = !userId.isEmpty() && std::all_of(userId.begin(), userId.end(), [](QChar c) {
        return c.isLetterOrNumber() || c == u'-';
    });
    if (!safe) {
        throw common::Error::invalidArgument(QStringLiteral("user_id"),
                                             QStringLiteral("not a valid user id"));
    }
    const QByteArray hash =
        QCryptographicHash::hash(serverAddress.trimmed().toUtf8(), QCryptographicHash::Sha1)
            .toHex();
    const QString base = baseDirectory.isEmpty() ? defaultBaseDirectory() : baseDirectory;
    m_directory = base + u'/' + QString::fromLatin1(hash) + u'-' + userId;
}

ProfileLocation ProfileLocation::atDirectory(const QString &directory) {
    // Not through the checking constructor: the directory is given, no
    // user id goes into a file name here.
    ProfileLocation profile;
    profile.m_directory = directory;
    return profile;
}

QString ProfileLocation::defaultBaseDirectory() {
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
           + QStringLiteral("/profiles");
}

QString ProfileLocation::replicaPath() const {
    return m_directory + QStringLiteral("/replica.db");
}

QString ProfileLocation::fileCacheDirectory() const {
    return m_directory + QStringLiteral("/files");
}

} // namespace hn::client
