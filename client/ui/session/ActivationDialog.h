// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "client/core/AuthClient.h"
#include "client/core/ServerEndpoint.h"
#include "client/ui/shell/FieldFeedback.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;

namespace hn::client {

// "I have an activation code": a person whose account a coordinator
// approved (or whose password was reset) chooses their password with the
// one-time code and is logged in, like a login.
class ActivationDialog : public QDialog {
    Q_OBJECT
public:
    ActivationDialog(const ServerEndpoint &endpoint, QWidget *parent = nullptr);

    void setEmail(const QString &email);

public Q_SLOTS:
    void activate();

Q_SIGNALS:
    void activated(const hn::client::SessionInfo &session,
                   const hn::client::ServerEndpoint &endpoint, const QString &email);

private:
    bool checkFields();
    void setBusy(bool busy);

    ServerEndpoint m_endpoint;
    QLineEdit *m_server;
    QLineEdit *m_email;
    QLineEdit *m_code;
    QLineEdit *m_password;
    QLineEdit *m_repeat;
    FieldFeedback m_feedback;
    QLabel *m_problem;
    QProgressBar *m_busyBar;
    QPushButton *m_activate;
};

} // namespace hn::client
