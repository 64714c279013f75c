// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Clock.h"

#include <QDateTime>
#include <QString>
#include <chrono>
#include <functional>

namespace hn::client {

// The offline lease of one profile (auth.proto, offline_lease_ms): a
// client that has not reached the server for longer than the lease locks
// the profile's replica until the person logs in again, so a lost laptop
// does not keep its data readable forever.
//
// Kept in <profile directory>/profile.json next to the replica (and so
// removed with it by a wipe): the last successful contact, the lease the
// server last gave, and whether the profile is locked. Once locked it stays
// locked (a later contact with the old session does not unlock it); only
// recordLogin() does. Every change loads, changes and saves the file under
// a lock file (profile.json.lock), so threads and processes sharing the
// profile never lose each other's "locked". A profile whose replica exists
// without profile.json counts as locked (the file was deleted).
class OfflineLease {
public:
    // The lease until a server has said otherwise (the server's default).
    static constexpr std::chrono::milliseconds kDefaultLease = std::chrono::hours(24 * 30);

    OfflineLease(const QString &profileDirectory, const common::Clock &clock);

    // A successful sync round or WhoAmI. `lease` as the server sent it; 0
    // (an older server) keeps the known lease. Does not unlock.
    void recordContact(std::chrono::milliseconds lease = std::chrono::milliseconds(0));
    // A successful login or activation: unlocks and records the contact.
    void recordLogin(std::chrono::milliseconds lease);
    // The server ended the session (logged out elsewhere, password changed,
    // account disabled): locks at once; only recordLogin() unlocks.
    void lock();

    // Locked now? Locks (and remembers it) once more than the lease has
    // passed since the last contact. A profile never contacted and without
    // a replica is not locked (it is created by a login). Throws
    // common::Error(Unavailable) if the file cannot be locked or written.
    bool isLocked();

    QDateTime lastContact() const { return m_lastContact; }
    std::chrono::milliseconds lease() const { return m_lease; }
    // When the lock takes effect without contact; null if never contacted.
    QDateTime lockedFrom() const;
    QString path() const { return m_path; }

private:
    // Runs `change` on freshly loaded values while holding the lock file.
    void update(const std::function<void()> &change);
    void load();
    // Throws common::Error(Unavailable) naming the file if it cannot be written.
    void save() const;

    QString m_directory;
    QString m_path;
    const common::Clock &m_clock;
    QDateTime m_lastContact;
    std::chrono::milliseconds m_lease = kDefaultLease;
    bool m_locked = false;
};

} // namespace hn::client
