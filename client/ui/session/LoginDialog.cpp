// SPDX-License-Identifier: GPL-3.0-or-later
#include "client/ui/session/LoginDialog.h"

#include "client/ui/icons/IconTheme.h"
#include "client/ui/session/AccessRequestDialog.h"
#include "client/ui/session/ActivationDialog.h"
#include "client/ui/session/ConnectionProblem.h"
#include "client/ui/session/FormRow.h"
#include "client/ui/session/ServerCall.h"
#include "client/ui/shell/FieldFeedback.h"
#include "common/Validation.h"

#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSysInfo>
#include <QToolButton>
#include <QVBoxLayout>

namespace hn::client {

LoginDialog::LoginDialog(QWidget *parent)
    : QDialog(parent) {
    setWindowTitle(tr("Log in to Helfernetz"));
    setWindowIcon(IconTheme::applicationIcon());
    setObjectName(QStringLiteral("loginDialog"));

    auto *layout = new QVBoxLayout(this);
    m_notice = new QLabel(this);
    m_notice->setObjectName(QStringLiteral("notice"));
    m_notice->setWordWrap(true);
    m_notice->setTextFormat(Qt::PlainText);
    m_notice->setFrameShape(QFrame::StyledPanel);
    m_notice->setMargin(6);
    m_notice->hide();
    layout->addWidget(m_notice);

    auto *form = new QFormLayout;
    layout->addLayout(form);

    m_server = new QLineEdit(this);
    m_server->setObjectName(QStringLiteral("server"));
    m_server->setPlaceholderText(tr("e.g. helfernetz.landkreis.de:443"));
    FormRow::add(form, tr("&Server:"), m_server, m_feedback, QStringLiteral("server"));

    auto *caRow = new QWidget(this);
    auto *caLayout = new QHBoxLayout(caRow);
    caLayout->setContentsMargins(0, 0, 0, 0);
    m_caFile = new QLineEdit(caRow);
    m_caFile->setObjectName(QStringLiteral("caFile"));
    m_caFile->setPlaceholderText(tr("optional, for a private certificate"));
    m_chooseCaFile = new QToolButton(caRow);
    m_chooseCaFile->setObjectName(QStringLiteral("chooseCaFile"));
    m_chooseCaFile->setIcon(QIcon::fromTheme(QStringLiteral("document-open")));
    m_chooseCaFile->setText(tr("Choose…"));
    m_chooseCaFile->setToolTip(tr("Choose the CA file (PEM) of your organisation's certificate"));
    m_chooseCaFile->setAccessibleName(tr("Choose CA file"));
    caLayout->addWidget(m_caFile);
    caLayout->addWidget(m_chooseCaFile);
    FormRow::add(form, tr("&CA file:"), caRow, m_caFile, m_feedback, QStringLiteral("ca_file"));

    m_email = new QLineEdit(this);
    m_email->setObjectName(QStringLiteral("email"));
    m_email->setInputMethodHints(Qt::ImhEmailCharactersOnly | Qt::ImhNoAutoUppercase);
    FormRow::add(form, tr("&E-mail:"), m_email, m_feedback, QStringLiteral("email"));

    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("password"));
    m_password->setEchoMode(QLineEdit::Password);
    FormRow::add(form, tr("&Password:"), m_password, m_feedback, QStringLiteral("password"));

    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("problem"));
    m_problem->setWordWrap(true);
    m_problem->setTextFormat(Qt::PlainText);
    m_problem->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    FieldFeedback::styleAsError(m_problem);
    m_problem->setAccessibleName(tr("Login problem"));
    m_problem->hide();
    layout->addWidget(m_problem);

    m_busyBar = new QProgressBar(this);
    m_busyBar->setObjectName(QStringLiteral("busy"));
    m_busyBar->setRange(0, 0);
    m_busyBar->setTextVisible(false);
    m_busyBar->setAccessibleName(tr("Logging in"));
    m_busyBar->hide();
    layout->addWidget(m_busyBar);

    m_buttons = new QDialogButtonBox(this);
    m_logIn = m_buttons->addButton(tr("&Log in"), QDialogButtonBox::AcceptRole);
    m_logIn->setObjectName(QStringLiteral("logIn"));
    m_logIn->setDefault(true);
    m_requestAccess = m_buttons->addButton(tr("&Request access…"), QDialogButtonBox::ActionRole);
    m_requestAccess->setObjectName(QStringLiteral("requestAccess"));
    m_activate =
        m_buttons->addButton(tr("I have an &activation code…"), QDialogButtonBox::ActionRole);
    m_activate->setObjectName(QStringLiteral("activate"));
    QPushButton *cancel = m_buttons->addButton(QDialogButtonBox::Cancel);
    cancel->setObjectName(QStringLiteral("cancel"));
    layout->addWidget(m_buttons);

    connect(m_logIn, &QPushButton::clicked, this, &LoginDialog::logIn);
    connect(cancel, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_requestAccess, &QPushButton::clicked, this, &LoginDialog::requestAccess);
    connect(m_activate, &QPushButton::clicked, this, &LoginDialog::activate);
    connect(m_chooseCaFile, &QToolButton::clicked, this, &LoginDialog::chooseCaFile);

    setTabOrder(m_server, m_caFile);
    setTabOrder(m_caFile, m_chooseCaFile);
    setTabOrder(m_chooseCaFile, m_email);
    setTabOrder(m_email, m_password);
    setTabOrder(m_password, m_logIn);
    m_email->setFocus();
}

QString LoginDialog::deviceName() {
    return tr("Helfernetz on %1").arg(QSysInfo::machineHostName());
}

void LoginDialog::setServer(const QString &address) {
    m_server->setText(address);
}

void LoginDialog::setCaFile(const QString &path) {
    m_caFile->setText(path);
}

void LoginDialog::setEmail(const QString &email) {
    m_email->setText(email);
    if (!email.isEmpty())
        m_password->setFocus();
}

void LoginDialog::setPassword(const QString &password) {
    m_password->setText(password);
}

void LoginDialog::showNotice(const QString &text) {
    m_notice->setText(text);
    m_notice->setVisible(!text.isEmpty());
}

ServerEndpoint LoginDialog::endpoint() const {
    ServerEndpoint endpoint;
    endpoint.address = m_server->text().trimmed();
    endpoint.caFile = m_caFile->text().trimmed();
    return endpoint;
}

QString LoginDialog::email() const {
    return m_email->text().trimmed();
}

void LoginDialog::chooseCaFile() {
    const QString path = QFileDialog::getOpenFileName(
        this, tr("CA file of the server's certificate"), QFileInfo(m_caFile->text()).path(),
        tr("Certificates (*.pem *.crt *.cer);;All files (*)"));
    if (!path.isEmpty())
        m_caFile->setText(path);
}

void LoginDialog::clearProblems() {
    m_feedback.clear();
    m_problem->hide();
}

void LoginDialog::showProblem(const QString &message) {
    m_problem->setText(message);
    m_problem->show();
}

bool LoginDialog::checkFields() {
    clearProblems();
    QList<common::Error> errors;
    auto fail = [&errors](const char *field, const QString &message) {
        errors.append(common::Error::invalidArgument(QString::fromLatin1(field), message));
    };
    if (endpoint().address.isEmpty())
        fail("server", tr("Enter the server address you were given."));
    const QString ca = endpoint().caFile;
    if (!ca.isEmpty() && !QFileInfo(ca).isReadable())
        fail("ca_file", tr("The file %1 cannot be read.").arg(ca));
    try {
        common::validation::email(QStringLiteral("email"), email().toStdString());
    } catch (const common::Error &error) {
        fail("email", email().isEmpty() ? tr("Enter your e-mail address.") : error.message());
    }
    if (m_password->text().isEmpty())
        fail("password", tr("Enter your password."));
    // Every wrong field says why; the first one ends up with the focus.
    for (auto it = errors.crbegin(); it != errors.crend(); ++it)
        m_feedback.show(*it);
    return errors.isEmpty();
}

void LoginDialog::setBusy(bool busy) {
    m_busy = busy;
    m_busyBar->setVisible(busy);
    for (QWidget *input :
         std::initializer_list<QWidget *>{m_server, m_caFile, m_chooseCaFile, m_email, m_password,
                                          m_logIn, m_requestAccess, m_activate})
        input->setEnabled(!busy);
}

void LoginDialog::logIn() {
    if (m_busy || !checkFields())
        return;
    const ServerEndpoint target = endpoint();
    const QString address = email();
    const std::string password = m_password->text().toStdString();
    const QString device = deviceName();
    setBusy(true);
    ServerCall::run<SessionInfo>(
        this,
        [target, address, password, device] {
            return AuthClient(target).login(address, password, device);
        },
        [this, target, address](SessionInfo session) {
            setBusy(false);
            m_password->clear();
            // No accept(): whoever opens the profile closes the dialog when
            // that worked; if not, it says why here and must stay open.
            Q_EMIT loggedIn(session, target, address);
        },
        [this, target](const common::Error &error) {
            setBusy(false);
            // A field the server named (a malformed address, a refused
            // plaintext connection) is marked where it was typed.
            const bool marked =
                error.code() == common::ErrorCode::FailedPrecondition ? m_feedback.show(
                    common::Error::invalidArgument(QStringLiteral("server"), error.message()))
                                                                      : m_feedback.show(error);
            // The focus goes where the fix is typed.
            if (!marked && ConnectionProblem::isTlsProblem(error)) {
                m_caFile->setFocus();
            } else if (!marked && error.code() == common::ErrorCode::Unavailable) {
                m_server->setFocus();
            } else if (!marked) {
                m_password->setFocus();
                m_password->selectAll();
            }
            showProblem(ConnectionProblem::describe(error, target.address));
        });
}

void LoginDialog::requestAccess() {
    auto *dialog = new AccessRequestDialog(endpoint(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setEmail(email());
    dialog->open();
}

void LoginDialog::activate() {
    auto *dialog = new ActivationDialog(endpoint(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setEmail(email());
    connect(dialog, &ActivationDialog::activated, this,
            [this](const SessionInfo &session, const ServerEndpoint &target,
                   const QString &address) { Q_EMIT loggedIn(session, target, address); });
    dialog->open();
}

} // namespace hn::client
