// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSettings>
#include <QString>

namespace hn::client {

// The person's choices for the program as a whole (SettingsDialog), kept
// in the application's settings next to the ProfileHistory.
class Preferences {
public:
    explicit Preferences(QSettings &settings);

    // "de" (default) or "en"; applies at the next start.
    QString language() const;
    void setLanguage(const QString &language);
    // Start hidden in the system tray (minimized where there is no tray).
    bool startMinimized() const;
    void setStartMinimized(bool on);
    // Tray notifications for new posts in followed threads.
    bool notifyFollowedThreads() const;
    void setNotifyFollowedThreads(bool on);

    static QStringList languages() { return {QStringLiteral("de"), QStringLiteral("en")}; }

private:
    QSettings &m_settings;
};

} // namespace hn::client
