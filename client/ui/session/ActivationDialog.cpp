// SPDX-License-Identifier: GPL-3.0-or-later
#include "client/ui/session/ActivationDialog.h"

#include "client/ui/session/ConnectionProblem.h"
#include "client/ui/session/FormRow.h"
#include "client/ui/session/LoginDialog.h"
#include "client/ui/session/ServerCall.h"
#include "client/ui/shell/FieldFeedback.h"
#include "common/Validation.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace hn::client {

ActivationDialog::ActivationDialog(const ServerEndpoint &endpoint, QWidget *parent)
    : QDialog(parent)
    , m_endpoint(endpoint) {
    setWindowTitle(tr("Activate your account"));
    setObjectName(QStringLiteral("activationDialog"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Enter the activation code you received from your coordinator "
                                "and choose your password (at least %n characters).",
                                nullptr, int(common::validation::kMinPasswordChars)),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto *form = new QFormLayout;
    layout->addLayout(form);
    auto edit = [this](const char *name) {
        auto *field = new QLineEdit(this);
        field->setObjectName(QString::fromLatin1(name));
        return field;
    };
    m_server = edit("server");
    m_server->setText(endpoint.address);
    FormRow::add(form, tr("&Server:"), m_server, m_feedback, QStringLiteral("server"));
    m_email = edit("email");
    FormRow::add(form, tr("&E-mail:"), m_email, m_feedback, QStringLiteral("email"));
    m_code = edit("code");
    m_code->setPlaceholderText(tr("XXXX-XXXX-XXXX-XXXX"));
    FormRow::add(form, tr("Activation &code:"), m_code, m_feedback,
                 QStringLiteral("activation_code"));
    m_password = edit("newPassword");
    m_password->setEchoMode(QLineEdit::Password);
    FormRow::add(form, tr("&New password:"), m_password, m_feedback,
                 QStringLiteral("new_password"));
    m_repeat = edit("repeatPassword");
    m_repeat->setEchoMode(QLineEdit::Password);
    FormRow::add(form, tr("&Repeat password:"), m_repeat, m_feedback,
                 QStringLiteral("repeat_password"));

    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("problem"));
    m_problem->setWordWrap(true);
    FieldFeedback::styleAsError(m_problem);
    m_problem->hide();
    layout->addWidget(m_problem);
    m_busyBar = new QProgressBar(this);
    m_busyBar->setRange(0, 0);
    m_busyBar->setTextVisible(false);
    m_busyBar->setAccessibleName(tr("Activating"));
    m_busyBar->hide();
    layout->addWidget(m_busyBar);

    auto *buttons = new QDialogButtonBox(this);
    m_activate = buttons->addButton(tr("&Activate and log in"), QDialogButtonBox::AcceptRole);
    m_activate->setObjectName(QStringLiteral("activate"));
    m_activate->setDefault(true);
    QPushButton *cancel = buttons->addButton(QDialogButtonBox::Cancel);
    layout->addWidget(buttons);
    connect(m_activate, &QPushButton::clicked, this, &ActivationDialog::activate);
    connect(cancel, &QPushButton::clicked, this, &QDialog::reject);
    m_email->setFocus();
}

void ActivationDialog::setEmail(const QString &email) {
    m_email->setText(email);
    if (!email.isEmpty())
        m_code->setFocus();
}

bool ActivationDialog::checkFields() {
    m_feedback.clear();
    m_problem->hide();
    QList<common::Error> errors;
    auto fail = [&errors](const char *field, const QString &message) {
        errors.append(common::Error::invalidArgument(QString::fromLatin1(field), message));
    };
    if (m_server->text().trimmed().isEmpty())
        fail("server", tr("Enter the server address."));
    try {
        common::validation::email(QStringLiteral("email"), m_email->text().toStdString());
    } catch (const common::Error &error) {
        fail("email", m_email->text().trimmed().isEmpty() ? tr("Enter your e-mail address.")
                                                          : error.message());
    }
    if (m_code->text().trimmed().isEmpty())
        fail("activation_code", tr("Enter the activation code."));
    const std::string password = m_password->text().toStdString();
    try {
        common::validation::newPassword(QStringLiteral("new_password"), password);
    } catch (const common::Error &) {
        fail("new_password", tr("Choose a password of at least %n characters.", nullptr,
                                int(common::validation::kMinPasswordChars)));
    }
    if (m_repeat->text() != m_password->text())
        fail("repeat_password", tr("The two passwords differ."));
    // Every wrong field says why; the first one ends up with the focus.
    for (auto it = errors.crbegin(); it != errors.crend(); ++it)
        m_feedback.show(*it);
    return errors.isEmpty();
}

void ActivationDialog::setBusy(bool busy) {
    m_busyBar->setVisible(busy);
    for (QWidget *input : std::initializer_list<QWidget *>{m_server, m_email, m_code, m_password,
                                                           m_repeat, m_activate})
        input->setEnabled(!busy);
}

void ActivationDialog::activate() {
    if (!checkFields())
        return;
    ServerEndpoint target = m_endpoint;
    target.address = m_server->text().trimmed();
    const QString email = m_email->text().trimmed();
    const QString code = m_code->text().trimmed();
    const std::string password = m_password->text().toStdString();
    const QString device = LoginDialog::deviceName();
    setBusy(true);
    ServerCall::run<SessionInfo>(
        this,
        [target, email, code, password, device] {
            return AuthClient(target).activateAccount(email, code, password, device);
        },
        [this, target, email](SessionInfo session) {
            setBusy(false);
            Q_EMIT activated(session, target, email);
            accept();
        },
        [this, target](const common::Error &error) {
            setBusy(false);
            if (error.code() == common::ErrorCode::Unauthenticated)
                m_feedback.show(common::Error::invalidArgument(
                    QStringLiteral("activation_code"),
                    tr("The activation code is not valid for this e-mail address (or it was "
                       "used already).")));
            else
                m_feedback.show(error);
            m_problem->setText(error.code() == common::ErrorCode::Unauthenticated
                                   ? tr("The account was not activated.")
                                   : ConnectionProblem::describe(error, target.address));
            m_problem->show();
        });
}

} // namespace hn::client
