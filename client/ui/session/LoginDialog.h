// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "client/core/AuthClient.h"
#include "client/core/ServerEndpoint.h"
#include "client/ui/shell/FieldFeedback.h"

#include <QDialog>
#include <QString>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QToolButton;

namespace hn::client {

// The start of every session: server address (and a CA file for a private
// certificate), e-mail and password. The login runs off the UI thread with
// a busy indicator; what went wrong is said in the dialog and the input
// stays. From here a person can also ask for access or set their password
// with an activation code from a coordinator.
class LoginDialog : public QDialog {
    Q_OBJECT
public:
    explicit LoginDialog(QWidget *parent = nullptr);

    void setServer(const QString &address);
    void setCaFile(const QString &path);
    void setEmail(const QString &email);
    void setPassword(const QString &password);
    // A sentence above the form: why the person is asked to log in again
    // (session ended, profile locked, device wiped).
    void showNotice(const QString &text);

    ServerEndpoint endpoint() const;
    QString email() const;
    bool isBusy() const { return m_busy; }
    // The device name sent with the login (shown to admins).
    static QString deviceName();

public Q_SLOTS:
    // Checks the fields and starts the login.
    void logIn();

Q_SIGNALS:
    // The server accepted the login (or an activation). The dialog stays
    // open: the receiver closes it once the profile opened, or shows why not.
    void loggedIn(const hn::client::SessionInfo &session,
                  const hn::client::ServerEndpoint &endpoint, const QString &email);

private:
    void chooseCaFile();
    void requestAccess();
    void activate();
    void setBusy(bool busy);
    void showProblem(const QString &message);
    void clearProblems();
    bool checkFields();

    QLabel *m_notice;
    QLineEdit *m_server;
    QLineEdit *m_caFile;
    QToolButton *m_chooseCaFile;
    QLineEdit *m_email;
    QLineEdit *m_password;
    FieldFeedback m_feedback;
    QLabel *m_problem;
    QProgressBar *m_busyBar;
    QPushButton *m_logIn;
    QPushButton *m_requestAccess;
    QPushButton *m_activate;
    QDialogButtonBox *m_buttons;
    bool m_busy = false;
};

} // namespace hn::client
