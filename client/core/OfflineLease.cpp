// SPDX-License-Identifier: GPL-3.0-or-later
#include "client/core/OfflineLease.h"

#include "common/Error.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLockFile>
#include <QSaveFile>
#include <mutex>

namespace hn::client {

namespace {

const QString kLastContact = QStringLiteral("last_contact_ms");
const QString kLease = QStringLiteral("offline_lease_ms");
const QString kLocked = QStringLiteral("locked");

// Threads of this process wait here, blocked, instead of polling the lock
// file (QLockFile retries on a timer, so a busy thread could starve the
// other); the lock file then only has other processes to keep out. The
// changes are tiny, so one mutex for every profile is enough.
std::mutex &threadLock() {
    static std::mutex mutex;
    return mutex;
}

} // namespace

OfflineLease::OfflineLease(const QString &profileDirectory, const common::Clock &clock)
    : m_directory(profileDirectory)
    , m_path(QDir(profileDirectory).filePath(QStringLiteral("profile.json")))
    , m_clock(clock) {
    load();
}

void OfflineLease::update(const std::function<void()> &change) {
    // The sync engine's thread and the UI (and a second instance of the
    // app) load, change and save the same file: without the lock a save
    // based on an older read could drop "locked". A profile whose directory
    // does not exist has nothing to protect (and must not be created by
    // asking whether it is locked).
    const bool exists = QFileInfo::exists(m_directory);
    if (!exists && !QDir().mkpath(m_directory))
        throw common::Error::unavailable(
            QStringLiteral("cannot create the profile directory of %1").arg(m_path));
    const std::lock_guard threads(threadLock());
    QLockFile lock(m_path + QStringLiteral(".lock"));
    if (!lock.tryLock(10000))
        throw common::Error::unavailable(
            QStringLiteral("%1 stays locked by another program (%2)").arg(m_path, lock.fileName()));
    load();
    change();
}

void OfflineLease::load() {
    m_lastContact = {};
    m_lease = kDefaultLease;
    QFile file(m_path);
    if (!file.open(QIODevice::ReadOnly)) {
        // A deleted profile.json must not unlock a profile that holds data:
        // only a profile without a replica yet (a first login) is open.
        m_locked = QFileInfo::exists(QDir(m_directory).filePath(QStringLiteral("replica.db")));
        return;
    }
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
    QSaveFile out(m_path);
    if (!out.open(QIODevice::WriteOnly) || out.write(QJsonDocument(json).toJson()) < 0
        || !out.commit()) {
        throw common::Error::unavailable(
            QStringLiteral("cannot write %1: %2").arg(m_path, out.errorString()));
    }
}

void OfflineLease::recordContact(std::chrono::milliseconds lease) {
    // Loaded under the lock: "locked" stays what the file says.
    update([&] {
        m_lastContact = m_clock.now();
        if (lease.count() > 0)
            m_lease = lease;
        save();
    });
}

void OfflineLease::recordLogin(std::chrono::milliseconds lease) {
    update([&] {
        m_lastContact = m_clock.now();
        if (lease.count() > 0)
            m_lease = lease;
        m_locked = false;
        save();
    });
}

void OfflineLease::lock() {
    update([&] {
        m_locked = true;
        save();
    });
}

bool OfflineLease::isLocked() {
    if (!QFileInfo::exists(m_directory)) {
        load();
        return m_locked;
    }
    update([&] {
        if (m_locked || !m_lastContact.isValid())
            return;
        if (m_clock.now() > lockedFrom()) {
            m_locked = true;
            save();
        }
    });
    return m_locked;
}

QDateTime OfflineLease::lockedFrom() const {
    if (!m_lastContact.isValid())
        return {};
    return m_lastContact.addMSecs(m_lease.count());
}

} // namespace hn::client
