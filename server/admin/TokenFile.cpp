// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/admin/TokenFile.h"

#include "common/Error.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QStandardPaths>

namespace hn::server {

QString TokenFile::path() {
    return QDir(QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation))
        .filePath(QStringLiteral("helfernetz-admin/login.json"));
}

std::optional<SavedLogin> TokenFile::load() {
    QFile file(path());
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    const QJsonObject json = QJsonDocument::fromJson(file.readAll()).object();
    SavedLogin login;
    login.server = json.value(QStringLiteral("server")).toString();
    login.email = json.value(QStringLiteral("email")).toString();
    login.token = json.value(QStringLiteral("token")).toString();
    login.expiresAt = QDateTime::fromString(json.value(QStringLiteral("expires_at")).toString(),
                                            Qt::ISODateWithMs);
    if (login.token.isEmpty())
        return std::nullopt;
    return login;
}

void TokenFile::save(const SavedLogin &login) {
    const QString file = path();
    if (!QDir().mkpath(QFileInfo(file).absolutePath()))
        throw common::Error::unavailable(
            QStringLiteral("cannot create the folder of %1").arg(file));
    const QJsonObject json{
        {QStringLiteral("server"), login.server},
        {QStringLiteral("email"), login.email},
        {QStringLiteral("token"), login.token},
        {QStringLiteral("expires_at"), login.expiresAt.toString(Qt::ISODateWithMs)}};
    QSaveFile out(file);
    // Restrict the temporary file before the token goes in, so there is no
    // moment at which another user could read it.
    if (!out.open(QIODevice::WriteOnly)
        || !out.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner)
        || out.write(QJsonDocument(json).toJson()) < 0 || !out.commit()) {
        throw common::Error::unavailable(
            QStringLiteral("cannot write %1: %2").arg(file, out.errorString()));
    }
}

bool TokenFile::remove() {
    return QFile::remove(path());
}

} // namespace hn::server
