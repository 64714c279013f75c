// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "client/core/ServerEndpoint.h"
#include "client/ui/shell/FieldFeedback.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;

namespace hn::client {

// "Request access" (Zugang beantragen): someone without an account asks to
// join; a coordinator of their municipality reviews the request and sends
// an activation code. Sent off the UI thread; a wrong field is marked
// where it was typed, nothing typed is lost.
class AccessRequestDialog : public QDialog {
    Q_OBJECT
public:
    AccessRequestDialog(const ServerEndpoint &endpoint, QWidget *parent = nullptr);

    void setEmail(const QString &email);

public Q_SLOTS:
    void send();

Q_SIGNALS:
    // The server took the request.
    void sent();

private:
    bool checkFields();
    void setBusy(bool busy);

    ServerEndpoint m_endpoint;
    QLineEdit *m_server;
    QLineEdit *m_name;
    QLineEdit *m_email;
    QLineEdit *m_organization;
    QLineEdit *m_municipality;
    QPlainTextEdit *m_message;
    FieldFeedback m_feedback;
    QLabel *m_problem;
    QLabel *m_done;
    QProgressBar *m_busyBar;
    QPushButton *m_send;
    QPushButton *m_close;
};

} // namespace hn::client
