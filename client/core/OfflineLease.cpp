// SPDX-License-Identifier: GPL-3.0-or-later
#include "client/core/OfflineLease.h"

#include "common/Error.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace hn::client {

namespace {

const QString kLastContact = QStringLiteral("last_contact_ms");
const QString kLease = QStringLiteral("offline_lease_ms");
const QString kLocked = QStringLiteral("locked");

} // namespace

OfflineLease::OfflineLease(const QString &profileDirectory, const common::Clock &clock)
    : m_path(QDir(profileDirectory).filePath(QStringLiteral("profile.json")))
    , m_clock(clock) {
    load();
}

void OfflineLease::load() {
    QFile file(m_path);
    if (!file.open(QIODevice::ReadOnly))
        return;
    const QJsonObject json = QJsonDocument::fromJson(file.readAll()).object();
    const qint64 contact = json.value(kLastContact).toInteger(0);
    if (contact > 0)
        m_lastContact = QDateTime::fromMSecsSinceEpoch(contact, Qt::UTC);
    const qint64 lease = json.value(kLease).toInteger(0);
    if (lease > 0)
        m_lease = std::chrono::milliseconds(lease);
    // A damaged file must not unlock a locked profile: anything but a clear
    // "false" counts as locked once there was a contact.
    const QJsonValue locked = json.value(kLocked);
    m_locked = locked.isBool() ? locked.toBool() : m_lastContact.isValid();
}

void OfflineLease::save() const {
    const QJsonObject json{
        {kLastContact, m_lastContact.isValid() ? m_lastContact.toMSecsSinceEpoch() : 0},
        {kLease, qint64(m_lease.count())},
        {kLocked, m_locked},
    };
    if (!QDir().mkpath(QFileInfo(m_path).absolutePath())) {
        throw common::Error::unavailable(
            QStringLiteral("cannot create the profile directory of %1").arg(m_path));
    }
    QSaveFile out(m_path);
    if (!out.open(QIODevice::WriteOnly) || out.write(QJsonDocument(json).toJson()) < 0
        || !out.commit()) {
        throw common::Error::unavailable(
            QStringLiteral("cannot write %1: %2").arg(m_path, out.errorString()));
    }
}

void OfflineLease::recordContact(std::chrono::milliseconds lease) {
    // Reload first: the sync engine's thread and the UI share the file.
    load();
    m_lastContact = m_clock.now();
    if (lease.count() > 0)
        m_lease = lease;
    save();
}

void OfflineLease::recordLogin(std::chrono::milliseconds lease) {
    load();
    m_lastContact = m_clock.now();
    if (lease.count() > 0)
        m_lease = lease;
    m_locked = false;
    save();
}

bool OfflineLease::isLocked() {
    load();
    if (m_locked)
        return true;
    if (!m_lastContact.isValid())
        return false;
    if (m_clock.now() > lockedFrom()) {
        m_locked = true;
        save();
    }
    return m_locked;
}

QDateTime OfflineLease::lockedFrom() const {
    if (!m_lastContact.isValid())
        return {};
    return m_lastContact.addMSecs(m_lease.count());
}

} // namespace hn::client
