// SPDX-License-Identifier: GPL-3.0-or-later
#include "client/ui/session/SettingsDialog.h"

#include "client/ui/session/Preferences.h"
#include "client/ui/shell/FieldFeedback.h"
#include "client/ui/shell/Workspace.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QSystemTrayIcon>
#include <QVBoxLayout>

namespace hn::client {

namespace {
constexpr qint64 kMegabyte = 1024 * 1024;
}

SettingsDialog::SettingsDialog(Workspace &workspace, Preferences &preferences, QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_preferences(preferences) {
    setWindowTitle(tr("Settings"));
    setObjectName(QStringLiteral("settingsDialog"));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    layout->addLayout(form);

    m_language = new QComboBox(this);
    m_language->setObjectName(QStringLiteral("language"));
    // Each language in its own name, so anyone finds theirs.
    m_language->addItem(QStringLiteral("Deutsch"), QStringLiteral("de"));
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->setCurrentIndex(m_language->findData(preferences.language()));
    auto *languageLabel = new QLabel(tr("&Language:"), this);
    languageLabel->setBuddy(m_language);
    form->addRow(languageLabel, m_language);
    m_languageNote =
        new QLabel(tr("A new language applies when Helfernetz starts next time."), this);
    m_languageNote->setWordWrap(true);
    m_languageNote->setObjectName(QStringLiteral("languageNote"));
    m_languageNote->setVisible(false);
    form->addRow(QString(), m_languageNote);
    connect(m_language, &QComboBox::currentIndexChanged, this, [this] {
        m_languageNote->setVisible(m_language->currentData().toString()
                                   != m_preferences.language());
    });

    m_cacheMegabytes = new QSpinBox(this);
    m_cacheMegabytes->setObjectName(QStringLiteral("cacheSize"));
    m_cacheMegabytes->setRange(0, 1024 * 1024);
    m_cacheMegabytes->setSingleStep(256);
    m_cacheMegabytes->setSuffix(tr(" MB"));
    m_cacheMegabytes->setValue(int(workspace.fileCache().capBytes() / kMegabyte));
    auto *cacheLabel = new QLabel(tr("Document &cache:"), this);
    cacheLabel->setBuddy(m_cacheMegabytes);
    form->addRow(cacheLabel, m_cacheMegabytes);
    m_cacheUsed = new QLabel(this);
    m_cacheUsed->setObjectName(QStringLiteral("cacheUsed"));
    m_cacheUsed->setWordWrap(true);
    form->addRow(QString(), m_cacheUsed);
    m_cacheError = new QLabel(this);
    m_cacheError->setObjectName(QStringLiteral("cacheError"));
    FieldFeedback::styleAsError(m_cacheError);
    m_cacheError->setWordWrap(true);
    m_cacheError->hide();
    form->addRow(QString(), m_cacheError);
    showUsed();

    m_startMinimized = new QCheckBox(tr("Start &minimized (in the system tray)"), this);
    m_startMinimized->setObjectName(QStringLiteral("startMinimized"));
    m_startMinimized->setChecked(preferences.startMinimized());
    form->addRow(QString(), m_startMinimized);
    m_notify = new QCheckBox(tr("&Notify me of new posts in threads I follow"), this);
    m_notify->setObjectName(QStringLiteral("notify"));
    m_notify->setChecked(preferences.notifyFollowedThreads());
    if (!QSystemTrayIcon::isSystemTrayAvailable())
        m_notify->setToolTip(tr("This desktop has no system tray; notifications appear once "
                                "it has one."));
    form->addRow(QString(), m_notify);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    QPushButton *logOut = buttons->addButton(tr("Log &out…"), QDialogButtonBox::ResetRole);
    logOut->setObjectName(QStringLiteral("logOut"));
    logOut->setIcon(QIcon::fromTheme(QStringLiteral("system-log-out")));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::apply);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(logOut, &QPushButton::clicked, this, [this] {
        reject();
        Q_EMIT logoutRequested();
    });
}

void SettingsDialog::showUsed() {
    try {
        m_cacheUsed->setText(
            tr("%1 in use. Pinned documents and those of offline areas are "
               "kept even above this size.")
                .arg(QLocale().formattedDataSize(m_workspace.fileCache().usedBytes())));
    } catch (const common::Error &error) {
        m_cacheUsed->setText(error.describe());
    }
}

void SettingsDialog::apply() {
    m_cacheError->hide();
    m_cacheMegabytes->setStyleSheet({});
    try {
        const qint64 cap = qint64(m_cacheMegabytes->value()) * kMegabyte;
        if (cap != m_workspace.fileCache().capBytes())
            m_workspace.fileCache().setCapBytes(cap);
    } catch (const common::Error &error) {
        m_cacheError->setText(error.message());
        m_cacheError->show();
        FieldFeedback::frameAsError(m_cacheMegabytes);
        m_cacheMegabytes->setAccessibleDescription(error.message());
        m_cacheMegabytes->setFocus();
        return;
    }
    m_preferences.setLanguage(m_language->currentData().toString());
    m_preferences.setStartMinimized(m_startMinimized->isChecked());
    m_preferences.setNotifyFollowedThreads(m_notify->isChecked());
    accept();
}

} // namespace hn::client
