// SPDX-License-Identifier: GPL-3.0-or-later
#include "client/ui/session/ClientSession.h"

#include "client/core/OfflineLease.h"
#include "client/core/ProfileLocation.h"
#include "client/core/ProfileWipe.h"
#include "client/core/RemoteError.h"
#include "client/ui/icons/IconTheme.h"
#include "client/ui/session/LoginDialog.h"
#include "client/ui/session/ServerCall.h"
#include "client/ui/session/SessionEndNotice.h"
#include "client/ui/session/SettingsDialog.h"
#include "client/ui/session/TrayNotifier.h"
#include "client/ui/shell/MainWindow.h"
#include "client/ui/shell/Workspace.h"

#include <QDir>
#include <QFileInfo>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>

namespace hn::client {

namespace {

// A profile opened with --profile-dir that this computer's settings do not
// know: the account id is the end of the directory's name
// (ProfileLocation: "<sha1 of the server>-<user id>"). Without a known
// role the window offers what a guest may do; the server decides anyway.
RememberedProfile profileFromDirectory(const QString &directory) {
    RememberedProfile profile;
    profile.directory = QDir(directory).absolutePath();
    const QString name = QFileInfo(profile.directory).fileName();
    static const QRegularExpression pattern(QStringLiteral("^[0-9a-f]{40}-(.+)$"));
    const QRegularExpressionMatch match = pattern.match(name);
    profile.user.id = match.hasMatch() ? match.captured(1) : name;
    profile.user.role = common::GlobalRole::Guest;
    profile.user.status = common::AccountStatus::Active;
    profile.server = QStringLiteral("-");
    return profile;
}

} // namespace

ClientSession::ClientSession(Options options, const common::Clock &clock, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_clock(clock)
    , m_history(m_options.settingsFile)
    , m_preferences(m_history.settings())
    , m_tokens(m_options.tokenService) {
    connect(&m_tokens, &TokenStore::keychainUnavailable, this, [this](const QString &message) {
        if (m_keychainNoticeShown)
            return;
        m_keychainNoticeShown = true;
        tell(QMessageBox::Information, QStringLiteral("keychainNotice"), tr("No keychain"),
             message);
    });
}

ClientSession::~ClientSession() {
    closeWorkspace();
    delete m_login;
}

QString ClientSession::tokenKey() const {
    return QFileInfo(m_profile.directory).fileName();
}

QMessageBox *ClientSession::tell(int icon, const QString &name, const QString &title,
                                 const QString &text) {
    auto *box = new QMessageBox(QMessageBox::Icon(icon), title, text, QMessageBox::Ok,
                                m_window ? static_cast<QWidget *>(m_window.get())
                                         : static_cast<QWidget *>(m_login.data()));
    box->setObjectName(name);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    box->open();
    return box;
}

void ClientSession::start() {
    if (m_options.offline) {
        openOffline();
        return;
    }
    if (!m_options.password.isEmpty()) {
        showLogin();
        m_login->setPassword(m_options.password);
        m_options.password.clear();
        m_login->logIn();
        return;
    }
    const std::optional<RememberedProfile> last = m_history.last();
    const bool sameServer =
        m_options.server.isEmpty() || (last && last->server == m_options.server);
    if (!last || !sameServer || (!m_options.email.isEmpty() && m_options.email != last->email)) {
        showLogin();
        return;
    }
    if (lockedProfile(*last))
        return;
    m_profile = *last;
    m_tokens.read(tokenKey(), [this, profile = *last](const QString &token) {
        if (token.isEmpty())
            showLogin();
        else
            resume(profile, token);
    });
}

bool ClientSession::lockedProfile(const RememberedProfile &profile) {
    try {
        OfflineLease lease(profile.directory, m_clock);
        if (!lease.isLocked())
            return false;
        m_profile = profile;
        showLogin(SessionEndNotice::locked(lease));
    } catch (const common::Error &error) {
        m_profile = profile;
        showLogin(tr("The profile cannot be opened: %1").arg(error.describe()));
    }
    return true;
}

void ClientSession::showLogin(const QString &notice) {
    if (!m_login) {
        m_login = new LoginDialog;
        m_login->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_login, &LoginDialog::loggedIn, this, &ClientSession::loggedIn);
        connect(m_login, &QDialog::rejected, this, [this] {
            if (!m_workspace)
                Q_EMIT quitRequested();
        });
    }
    const QString server = !m_options.server.isEmpty() ? m_options.server
                           : !m_profile.server.isEmpty() && m_profile.server != QStringLiteral("-")
                               ? m_profile.server
                               : m_history.lastServer();
    m_login->setServer(server.isEmpty() ? QStringLiteral("127.0.0.1:50051") : server);
    m_login->setCaFile(!m_options.caFile.isEmpty()   ? m_options.caFile
                       : !m_profile.caFile.isEmpty() ? m_profile.caFile
                                                     : m_history.lastCaFile());
    m_login->setEmail(!m_options.email.isEmpty()   ? m_options.email
                      : !m_profile.email.isEmpty() ? m_profile.email
                                                   : m_history.lastEmail());
    m_login->showNotice(notice);
    m_login->show();
    m_login->raise();
    m_login->activateWindow();
    Q_EMIT loginShown();
}

void ClientSession::loggedIn(const SessionInfo &session, const ServerEndpoint &endpoint,
                             const QString &email) {
    RememberedProfile profile;
    profile.server = endpoint.address;
    profile.caFile = endpoint.caFile;
    profile.email = email;
    profile.user = session.identity.user;
    try {
        profile.directory =
            ProfileLocation(endpoint.address, profile.user.id, m_options.profileBase).directory();
        QDir().mkpath(profile.directory);
        OfflineLease(profile.directory, m_clock).recordLogin(session.offlineLease);
    } catch (const common::Error &error) {
        showLogin(tr("The profile cannot be opened: %1").arg(error.describe()));
        return;
    }
    m_profile = profile;
    m_history.remember(profile);
    m_tokens.write(tokenKey(), session.token);
    openWorkspace(profile, session.token);
    if (m_workspace)
        setOffline(false);
}

void ClientSession::resume(const RememberedProfile &profile, const QString &token) {
    // The window opens at once with the remembered account; WhoAmI refreshes
    // it meanwhile, and the engine keeps trying while the server is away.
    openWorkspace(profile, token);
    if (m_workspace)
        refreshIdentity(token);
}

void ClientSession::refreshIdentity(const QString &token) {
    ServerEndpoint endpoint;
    endpoint.address = m_profile.server;
    endpoint.caFile = m_profile.caFile;
    ServerCall::run<SessionInfo>(
        this, [endpoint, token] { return AuthClient(endpoint).whoAmI(token); },
        [this, token](SessionInfo session) {
            if (token != m_token)
                return; // another session by now
            try {
                OfflineLease(m_profile.directory, m_clock).recordContact(session.offlineLease);
            } catch (const common::Error &) {
                // The next sync round records the contact again.
            }
            setOffline(false);
            const common::User fresh = session.identity.user;
            const bool accessChanged =
                fresh.role != m_profile.user.role || fresh.status != m_profile.user.status;
            const bool renamed = fresh.displayName != m_profile.user.displayName;
            m_profile.user = fresh;
            m_history.remember(m_profile);
            // The window stays (reopening it would drop open editors): a new
            // role or status, a guest's too, changes only what it offers; a
            // new name only its title.
            if ((accessChanged || renamed) && m_workspace)
                m_workspace->setUser(fresh);
            if (renamed)
                updateTitle();
        },
        [this, token](const common::Error &error) {
            if (token != m_token)
                return;
            if (error.code() == common::ErrorCode::Unauthenticated)
                sessionEnded(RemoteError::sessionEndReason(error), error.message());
            // Unreachable: stay offline; the engine reconnects by itself.
        });
}

void ClientSession::openOffline() {
    QString directory = m_options.profileDirectory;
    std::optional<RememberedProfile> known;
    if (directory.isEmpty()) {
        known = m_history.last();
        if (!known) {
            showLogin(tr("There is no profile on this computer yet to open offline. Log in "
                         "once while the server can be reached."));
            return;
        }
    } else {
        known = m_history.byDirectory(directory);
    }
    RememberedProfile profile = known ? *known : profileFromDirectory(directory);
    if (!QFileInfo::exists(ProfileLocation::atDirectory(profile.directory).replicaPath())) {
        showLogin(tr("There is no Helfernetz profile in %1.").arg(profile.directory));
        return;
    }
    if (lockedProfile(profile))
        return;
    openWorkspace(profile, QString());
}

void ClientSession::openWorkspace(const RememberedProfile &profile, const QString &token) {
    closeWorkspace();
    m_profile = profile;
    m_token = token;
    Workspace::Options options;
    options.endpoint.address = profile.server;
    options.endpoint.caFile = profile.caFile;
    options.token = token;
    options.profileDirectory = profile.directory;
    options.user = profile.user;
    options.engine = m_options.engine;
    options.transfers = m_options.transfers;
    try {
        m_workspace = std::make_unique<Workspace>(options, m_clock);
    } catch (const common::Error &error) {
        showLogin(tr("The profile in %1 cannot be opened: %2")
                      .arg(QDir::toNativeSeparators(profile.directory), error.describe()));
        return;
    }
    m_window = std::make_unique<MainWindow>(*m_workspace);
    m_window->setWindowIcon(IconTheme::applicationIcon());
    // The person closed the window (after agreeing to drop unsaved work):
    // the program ends. Not when the session closes it.
    connect(m_window.get(), &MainWindow::closed, this, [this] {
        if (!m_closingWindow)
            QMetaObject::invokeMethod(this, &ClientSession::quitRequested, Qt::QueuedConnection);
    });
    // Queued: these may close the window whose signal is being emitted.
    connect(m_window.get(), &MainWindow::settingsRequested, this, &ClientSession::openSettings,
            Qt::QueuedConnection);
    connect(m_window.get(), &MainWindow::logoutRequested, this, &ClientSession::logOut,
            Qt::QueuedConnection);
    connect(m_window.get(), &MainWindow::firstRowsPainted, this, &ClientSession::firstRowsPainted);
    if (SyncEngine *engine = m_workspace->engine()) {
        connect(engine, &SyncEngine::sessionEnded, this, &ClientSession::sessionEnded,
                Qt::QueuedConnection);
        // Syncing is set when a round begins, before the server answered:
        // only a finished round (or WhoAmI) proves the server is there.
        connect(engine, &SyncEngine::stateChanged, this, [this](SyncEngine::State state) {
            if (state == SyncEngine::State::Idle)
                setOffline(false);
            else if (state == SyncEngine::State::Offline)
                setOffline(true);
        });
    }
    m_offline = true;
    m_tray = std::make_unique<TrayNotifier>(*m_workspace, m_preferences, m_window.get());
    updateTitle();
    if (m_login) {
        m_login->hide();
        // Later: this may run inside the dialog's own signal.
        m_login->deleteLater();
        m_login.clear();
    }
    m_workspace->start();
    if (m_preferences.startMinimized() && !m_options.forceShow) {
        if (!m_tray->hasTray())
            m_window->showMinimized();
    } else {
        m_window->show();
    }
    Q_EMIT windowOpened();
}

void ClientSession::closeWorkspace() {
    m_tray.reset();
    if (m_window) {
        // close(), not hide(): the window keeps its geometry and section.
        // Without asking about unsaved work: a logout asked already, and a
        // session the server ended (revoked, expired, locked) cannot wait
        // for an answer; what was typed in open editors is lost then.
        m_closingWindow = true;
        m_window->closeWithoutAsking();
        m_closingWindow = false;
        m_window.reset();
    }
    if (m_workspace) {
        m_workspace->stop();
        m_workspace.reset();
    }
}

void ClientSession::setOffline(bool offline) {
    if (m_offline == offline)
        return;
    m_offline = offline;
    updateTitle();
}

void ClientSession::updateTitle() {
    if (!m_window)
        return;
    const QString who =
        m_profile.user.displayName.isEmpty() ? m_profile.email : m_profile.user.displayName;
    QString title = who.isEmpty() ? tr("Helfernetz") : tr("Helfernetz – %1").arg(who);
    if (!m_workspace || !m_workspace->engine())
        title = tr("%1 (offline, not signed in)").arg(title);
    else if (m_offline)
        title = tr("%1 (offline)").arg(title);
    m_window->setWindowTitle(title);
}

void ClientSession::sessionEnded(common::SessionEndReason reason, const QString &message) {
    if (!m_workspace)
        return;
    if (reason == common::SessionEndReason::DeviceRevoked) {
        wipe();
        return;
    }
    closeWorkspace();
    m_tokens.remove(tokenKey());
    m_token.clear();
    try {
        OfflineLease(m_profile.directory, m_clock).lock();
    } catch (const common::Error &) {
        // The token is gone already: without a login the profile opens only
        // offline, and the next login locks nothing anyway.
    }
    showLogin(SessionEndNotice::reason(reason, message) + QLatin1Char(' ')
              + tr("Your data on this computer is kept and opens again after the login."));
}

void ClientSession::wipe() {
    const RememberedProfile profile = m_profile;
    const QString key = tokenKey();
    closeWorkspace();
    m_tokens.remove(key);
    m_token.clear();
    const QString removed = SessionEndNotice::reason(common::SessionEndReason::DeviceRevoked, {});
    try {
        const WipeReport report =
            ProfileWipe(ProfileLocation::atDirectory(profile.directory), m_clock)
                .run(profile.server, m_options.exportDirectory);
        m_history.forget(profile.directory);
        m_profile.directory.clear();
        showLogin(removed);
        tell(QMessageBox::Warning, QStringLiteral("wipeReport"), tr("Device removed"),
             SessionEndNotice::wiped(report));
    } catch (const common::Error &error) {
        // Nothing was deleted unless the export was written; the profile
        // stays, locked, until the wipe can run (at the next login's end).
        try {
            OfflineLease(profile.directory, m_clock).lock();
        } catch (const common::Error &) {
            // Without a token it opens only with --offline anyway.
        }
        showLogin(removed);
        tell(QMessageBox::Critical, QStringLiteral("wipeReport"), tr("Device removed"),
             removed + QLatin1Char(' ')
                 + tr("Its data could not be deleted yet and stays locked: %1")
                       .arg(error.describe()));
    }
}

void ClientSession::logOut() {
    if (!m_workspace || !m_window)
        return;
    // First what is typed but not stored (it would be lost), then what is
    // stored but not sent (it stays on this computer).
    m_window->askToDiscard([this, window = QPointer<MainWindow>(m_window.get())](bool discard) {
        if (discard && window && window == m_window.get())
            QMetaObject::invokeMethod(this, &ClientSession::logOutStored, Qt::QueuedConnection);
    });
}

void ClientSession::logOutStored() {
    if (!m_workspace)
        return;
    SyncCounts counts;
    try {
        counts = m_workspace->replica().counts();
    } catch (const common::Error &) {
        // Unreadable counts: warn as if something were left.
        counts.pending = 1;
    }
    const int unsynced = counts.pending + counts.inFlight + counts.rejected + counts.conflicts;
    if (unsynced == 0) {
        finishLogout();
        return;
    }
    QMessageBox *box =
        tell(QMessageBox::Warning, QStringLiteral("logoutWarning"), tr("Log out"),
             tr("%n change(s) have not reached the server yet (waiting, refused or in conflict). "
                "They stay on this computer and are sent when you log in here again; nobody else "
                "sees them until then. Log out anyway?",
                nullptr, unsynced));
    box->setStandardButtons(QMessageBox::Cancel);
    QPushButton *logOut = box->addButton(tr("&Log out anyway"), QMessageBox::AcceptRole);
    logOut->setObjectName(QStringLiteral("logOutAnyway"));
    box->setDefaultButton(QMessageBox::Cancel);
    connect(logOut, &QPushButton::clicked, this, &ClientSession::finishLogout,
            Qt::QueuedConnection);
}

void ClientSession::finishLogout() {
    if (!m_workspace)
        return;
    const QString token = m_token;
    ServerEndpoint endpoint;
    endpoint.address = m_profile.server;
    endpoint.caFile = m_profile.caFile;
    closeWorkspace();
    m_tokens.remove(tokenKey());
    m_token.clear();
    // Ends the session on the server too; if it cannot be reached the
    // session simply expires there. Nothing waits for it.
    ServerCall::run<bool>(
        this,
        [endpoint, token] {
            AuthClient(endpoint, std::chrono::seconds(5)).logout(token);
            return true;
        },
        [](bool) {}, [](const common::Error &) {});
    showLogin(tr("You have logged out."));
}

void ClientSession::openSettings() {
    if (!m_workspace || !m_window)
        return;
    auto *dialog = new SettingsDialog(*m_workspace, m_preferences, m_window.get());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &SettingsDialog::logoutRequested, this, &ClientSession::logOut,
            Qt::QueuedConnection);
    dialog->open();
}

} // namespace hn::client
