// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "client/core/AuthClient.h"
#include "client/core/FileTransfers.h"
#include "client/core/SyncEngine.h"
#include "client/ui/session/LoginDialog.h"
#include "client/ui/session/Preferences.h"
#include "client/ui/session/ProfileHistory.h"
#include "client/ui/session/RememberedProfile.h"
#include "client/ui/session/TokenStore.h"
#include "common/Clock.h"
#include "common/Device.h"

#include <QObject>
#include <QPointer>
#include <memory>

class QMessageBox;

namespace hn::client {

class MainWindow;
class TrayNotifier;
class Workspace;

// The running desktop client: decides at start between the last profile
// (its token from the keychain, or offline with the remembered account)
// and the login dialog; opens the Workspace and the MainWindow; reacts to
// the server ending the session (a revoked device is wiped after its
// unsynced work was exported; any other end locks the profile and asks for
// a login); logs out; keeps the offline lease. Nothing else in the UI
// knows how a session began or ends.
class ClientSession : public QObject {
    Q_OBJECT
public:
    struct Options {
        // Application settings (ProfileHistory, Preferences); empty: the
        // native settings. Tests give an INI file.
        QString settingsFile;
        // Where profiles are created (ProfileLocation); empty: AppData.
        QString profileBase;
        // Where a wipe saves unsynced work; empty: the Documents folder.
        QString exportDirectory;
        // The keychain service name (tests use their own).
        QString tokenService = QStringLiteral("Helfernetz");

        // From the command line: log in without asking (the demo) when a
        // password is given; otherwise only prefill the dialog.
        QString server;
        QString caFile;
        QString email;
        QString password;
        // Open this profile (or the last one) without the server.
        bool offline = false;
        QString profileDirectory;
        // Show the window even if the person chose to start minimized.
        bool forceShow = false;

        SyncEngine::Options engine;
        FileTransfers::Options transfers;
    };

    ClientSession(Options options, const common::Clock &clock, QObject *parent = nullptr);
    ~ClientSession() override;

    void start();

    Workspace *workspace() { return m_workspace.get(); }
    MainWindow *mainWindow() { return m_window.get(); }
    // The login dialog while it is shown, else nullptr.
    LoginDialog *loginDialog() { return m_login; }
    TokenStore &tokens() { return m_tokens; }
    ProfileHistory &history() { return m_history; }
    Preferences &preferences() { return m_preferences; }
    TrayNotifier *tray() { return m_tray.get(); }
    // The window is open but the server has not answered yet (or cannot
    // be reached, or the profile was opened with --offline).
    bool isOffline() const { return m_offline; }
    // The profile currently open (or last open).
    const RememberedProfile &profile() const { return m_profile; }

public Q_SLOTS:
    // Asks before unsaved work in the window is dropped, warns when
    // unsynced changes would stay behind, then logs out.
    void logOut();
    void openSettings();

Q_SIGNALS:
    void windowOpened();
    void loginShown();
    void firstRowsPainted();
    // The person closed the window, or cancelled the login with no window
    // open: the program ends (main connects this to QApplication::quit;
    // it does not quit when the last window closes, because logging out
    // closes the window too).
    void quitRequested();

private:
    void showLogin(const QString &notice = {});
    void loggedIn(const SessionInfo &session, const ServerEndpoint &endpoint, const QString &email);
    void resume(const RememberedProfile &profile, const QString &token);
    void openOffline();
    void openWorkspace(const RememberedProfile &profile, const QString &token);
    void closeWorkspace();
    void refreshIdentity(const QString &token);
    void sessionEnded(common::SessionEndReason reason, const QString &message);
    void wipe();
    // logOut() once unsaved work may go.
    void logOutStored();
    void finishLogout();
    void setOffline(bool offline);
    void updateTitle();
    // A message that does not block (tests and the event loop go on).
    QMessageBox *tell(int icon, const QString &name, const QString &title, const QString &text);
    // Whether the profile's lease locked it; says why and asks for a login.
    bool lockedProfile(const RememberedProfile &profile);
    QString tokenKey() const;

    Options m_options;
    const common::Clock &m_clock;
    ProfileHistory m_history;
    Preferences m_preferences;
    TokenStore m_tokens;
    RememberedProfile m_profile;
    QString m_token;
    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<TrayNotifier> m_tray;
    QPointer<LoginDialog> m_login;
    bool m_offline = false;
    bool m_keychainNoticeShown = false;
    // Set while the session closes the window itself (logout, wipe).
    bool m_closingWindow = false;
};

} // namespace hn::client
