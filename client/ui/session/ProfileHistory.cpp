// SPDX-License-Identifier: GPL-3.0-or-later
#include "client/ui/session/ProfileHistory.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>

namespace hn::client {

namespace {

const QString kLast = QStringLiteral("session/last_profile");
const QString kLastServer = QStringLiteral("session/last_server");
const QString kLastCaFile = QStringLiteral("session/last_ca_file");
const QString kLastEmail = QStringLiteral("session/last_email");

} // namespace

ProfileHistory::ProfileHistory(const QString &settingsFile)
    : m_settings(settingsFile.isEmpty()
                     ? std::make_unique<QSettings>()
                     : std::make_unique<QSettings>(settingsFile, QSettings::IniFormat)) {}

ProfileHistory::~ProfileHistory() = default;

QString ProfileHistory::keyOf(const QString &directory) {
    // A settings key must not contain slashes; the directory's absolute
    // path identifies the profile.
    QString path = QDir::cleanPath(QDir(directory).absolutePath());
#ifdef Q_OS_WIN
    // Windows paths name the same folder in any case (C:\Users\anna and
    // c:\users\Anna): one profile must have one key.
    const QString canonical = QFileInfo(path).canonicalFilePath();
    if (!canonical.isEmpty())
        path = canonical;
    path = path.toLower();
#endif
    return QString::fromLatin1(
        QCryptographicHash::hash(path.toUtf8(), QCryptographicHash::Sha1).toHex().left(20));
}

std::optional<RememberedProfile> ProfileHistory::last() const {
    const QString key = m_settings->value(kLast).toString();
    if (key.isEmpty())
        return std::nullopt;
    const QString directory =
        m_settings->value(QStringLiteral("profiles/%1/directory").arg(key)).toString();
    if (directory.isEmpty())
        return std::nullopt;
    return byDirectory(directory);
}

std::optional<RememberedProfile> ProfileHistory::byDirectory(const QString &directory) const {
    QSettings &s = *m_settings;
    s.beginGroup(QStringLiteral("profiles/%1").arg(keyOf(directory)));
    RememberedProfile profile;
    profile.directory = s.value(QStringLiteral("directory")).toString();
    profile.server = s.value(QStringLiteral("server")).toString();
    profile.caFile = s.value(QStringLiteral("ca_file")).toString();
    profile.email = s.value(QStringLiteral("email")).toString();
    common::User &user = profile.user;
    user.id = s.value(QStringLiteral("user/id")).toString();
    user.email = s.value(QStringLiteral("user/email")).toString();
    user.displayName = s.value(QStringLiteral("user/display_name")).toString();
    user.organization = s.value(QStringLiteral("user/organization")).toString();
    user.municipality = s.value(QStringLiteral("user/municipality")).toString();
    user.affiliation =
        common::parseAffiliation(s.value(QStringLiteral("user/affiliation")).toString())
            .value_or(common::Affiliation::Unspecified);
    // An unreadable role falls back to guest: the window then offers less,
    // never more, than the server would allow.
    user.role = common::parseGlobalRole(s.value(QStringLiteral("user/role")).toString())
                    .value_or(common::GlobalRole::Guest);
    user.status = common::parseAccountStatus(s.value(QStringLiteral("user/status")).toString())
                      .value_or(common::AccountStatus::Active);
    s.endGroup();
    if (!profile.isValid())
        return std::nullopt;
    return profile;
}

QString ProfileHistory::lastServer() const {
    return m_settings->value(kLastServer).toString();
}

QString ProfileHistory::lastCaFile() const {
    return m_settings->value(kLastCaFile).toString();
}

QString ProfileHistory::lastEmail() const {
    return m_settings->value(kLastEmail).toString();
}

void ProfileHistory::remember(const RememberedProfile &profile) {
    QSettings &s = *m_settings;
    const QString key = keyOf(profile.directory);
    s.beginGroup(QStringLiteral("profiles/%1").arg(key));
    s.setValue(QStringLiteral("directory"), profile.directory);
    s.setValue(QStringLiteral("server"), profile.server);
    s.setValue(QStringLiteral("ca_file"), profile.caFile);
    s.setValue(QStringLiteral("email"), profile.email);
    const common::User &user = profile.user;
    s.setValue(QStringLiteral("user/id"), user.id);
    s.setValue(QStringLiteral("user/email"), user.email);
    s.setValue(QStringLiteral("user/display_name"), user.displayName);
    s.setValue(QStringLiteral("user/organization"), user.organization);
    s.setValue(QStringLiteral("user/municipality"), user.municipality);
    s.setValue(QStringLiteral("user/affiliation"), common::toString(user.affiliation));
    s.setValue(QStringLiteral("user/role"), common::toString(user.role));
    s.setValue(QStringLiteral("user/status"), common::toString(user.status));
    s.endGroup();
    s.setValue(kLast, key);
    s.setValue(kLastServer, profile.server);
    s.setValue(kLastCaFile, profile.caFile);
    s.setValue(kLastEmail, profile.email);
    s.sync();
}

void ProfileHistory::forget(const QString &directory) {
    const QString key = keyOf(directory);
    m_settings->remove(QStringLiteral("profiles/%1").arg(key));
    if (m_settings->value(kLast).toString() == key)
        m_settings->remove(kLast);
    m_settings->sync();
}

} // namespace hn::client
