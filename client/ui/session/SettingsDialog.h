// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QSpinBox;

namespace hn::client {

class Preferences;
class Workspace;

// Settings…: language (takes effect at the next start), the size of the
// document cache of this profile, start minimized to the tray, tray
// notifications for followed threads, and logging out.
class SettingsDialog : public QDialog {
    Q_OBJECT
public:
    SettingsDialog(Workspace &workspace, Preferences &preferences, QWidget *parent = nullptr);

public Q_SLOTS:
    // Stores the choices; keeps the dialog open with the error at the
    // field if the cache size is refused.
    void apply();

Q_SIGNALS:
    void logoutRequested();

private:
    void showUsed();

    Workspace &m_workspace;
    Preferences &m_preferences;
    QComboBox *m_language;
    QLabel *m_languageNote;
    QSpinBox *m_cacheMegabytes;
    QLabel *m_cacheUsed;
    QLabel *m_cacheError;
    QCheckBox *m_startMinimized;
    QCheckBox *m_notify;
};

} // namespace hn::client
