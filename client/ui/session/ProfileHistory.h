// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "client/ui/session/RememberedProfile.h"

#include <QSettings>
#include <QString>
#include <memory>
#include <optional>

namespace hn::client {

// The profiles this computer has opened, in the application's settings
// (QSettings): the last one is offered at the next start, and its
// remembered account allows an offline start. Holds no secret; the token
// is in the keychain (TokenStore).
class ProfileHistory {
public:
    // `settingsFile` empty: the application's native settings; tests give
    // an INI file of their own.
    explicit ProfileHistory(const QString &settingsFile = {});
    ~ProfileHistory();

    // The last profile opened; nullopt if none (or it was forgotten).
    std::optional<RememberedProfile> last() const;
    std::optional<RememberedProfile> byDirectory(const QString &directory) const;
    // The last server and e-mail typed, to fill the login dialog, even
    // after the profile was wiped.
    QString lastServer() const;
    QString lastCaFile() const;
    QString lastEmail() const;

    // Stores the profile and makes it the last one.
    void remember(const RememberedProfile &profile);
    // Forgets a profile whose directory was removed (remote wipe).
    void forget(const QString &directory);

    QSettings &settings() { return *m_settings; }

private:
    static QString keyOf(const QString &directory);

    std::unique_ptr<QSettings> m_settings;
};

} // namespace hn::client
