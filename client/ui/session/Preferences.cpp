// SPDX-License-Identifier: GPL-3.0-or-later
#include "client/ui/session/Preferences.h"

namespace hn::client {

namespace {
const QString kLanguage = QStringLiteral("preferences/language");
const QString kStartMinimized = QStringLiteral("preferences/start_minimized");
const QString kNotify = QStringLiteral("preferences/notify_followed_threads");
} // namespace

Preferences::Preferences(QSettings &settings)
    : m_settings(settings) {}

QString Preferences::language() const {
    const QString language = m_settings.value(kLanguage).toString();
    return languages().contains(language) ? language : QStringLiteral("de");
}

void Preferences::setLanguage(const QString &language) {
    m_settings.setValue(kLanguage, language);
    m_settings.sync();
}

bool Preferences::startMinimized() const {
    return m_settings.value(kStartMinimized, false).toBool();
}

void Preferences::setStartMinimized(bool on) {
    m_settings.setValue(kStartMinimized, on);
    m_settings.sync();
}

bool Preferences::notifyFollowedThreads() const {
    return m_settings.value(kNotify, true).toBool();
}

void Preferences::setNotifyFollowedThreads(bool on) {
    m_settings.setValue(kNotify, on);
    m_settings.sync();
}

} // namespace hn::client
