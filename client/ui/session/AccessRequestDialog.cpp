// SPDX-License-Identifier: GPL-3.0-or-later
#include "client/ui/session/AccessRequestDialog.h"

#include "client/core/AuthClient.h"
#include "client/ui/session/ConnectionProblem.h"
#include "client/ui/session/FormRow.h"
#include "client/ui/session/ServerCall.h"
#include "client/ui/shell/FieldFeedback.h"
#include "common/Validation.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace hn::client {

namespace {

QLineEdit *lineEdit(QWidget *parent, const char *name) {
    auto *edit = new QLineEdit(parent);
    edit->setObjectName(QString::fromLatin1(name));
    return edit;
}

} // namespace

AccessRequestDialog::AccessRequestDialog(const ServerEndpoint &endpoint, QWidget *parent)
    : QDialog(parent)
    , m_endpoint(endpoint) {
    setWindowTitle(tr("Request access to Helfernetz"));
    setObjectName(QStringLiteral("accessRequestDialog"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(
        tr("A coordinator of your municipality checks your request and sends you an activation "
           "code. With it you choose your password (\"I have an activation code\")."),
        this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto *form = new QFormLayout;
    layout->addLayout(form);
    m_server = lineEdit(this, "server");
    m_server->setText(endpoint.address);
    FormRow::add(form, tr("&Server:"), m_server, m_feedback, QStringLiteral("server"));
    m_name = lineEdit(this, "name");
    FormRow::add(form, tr("&Name:"), m_name, m_feedback, QStringLiteral("name"));
    m_email = lineEdit(this, "email");
    FormRow::add(form, tr("&E-mail:"), m_email, m_feedback, QStringLiteral("email"));
    m_organization = lineEdit(this, "organization");
    m_organization->setPlaceholderText(tr("e.g. Caritas, Jobcenter, a volunteer initiative"));
    FormRow::add(form, tr("&Organization:"), m_organization, m_feedback,
                 QStringLiteral("organization"));
    m_municipality = lineEdit(this, "municipality");
    FormRow::add(form, tr("&Municipality:"), m_municipality, m_feedback,
                 QStringLiteral("municipality"));
    m_message = new QPlainTextEdit(this);
    m_message->setObjectName(QStringLiteral("message"));
    m_message->setTabChangesFocus(true);
    m_message->setPlaceholderText(tr("What you would like to use Helfernetz for (optional)"));
    FormRow::add(form, tr("Mess&age:"), m_message, m_feedback, QStringLiteral("message"));

    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("problem"));
    m_problem->setWordWrap(true);
    FieldFeedback::styleAsError(m_problem);
    m_problem->hide();
    layout->addWidget(m_problem);
    m_done = new QLabel(this);
    m_done->setObjectName(QStringLiteral("done"));
    m_done->setWordWrap(true);
    m_done->hide();
    layout->addWidget(m_done);
    m_busyBar = new QProgressBar(this);
    m_busyBar->setRange(0, 0);
    m_busyBar->setTextVisible(false);
    m_busyBar->setAccessibleName(tr("Sending the request"));
    m_busyBar->hide();
    layout->addWidget(m_busyBar);

    auto *buttons = new QDialogButtonBox(this);
    m_send = buttons->addButton(tr("Send re&quest"), QDialogButtonBox::AcceptRole);
    m_send->setObjectName(QStringLiteral("send"));
    m_send->setIcon(QIcon::fromTheme(QStringLiteral("mail-send")));
    m_send->setDefault(true);
    m_close = buttons->addButton(QDialogButtonBox::Cancel);
    m_close->setObjectName(QStringLiteral("close"));
    layout->addWidget(buttons);
    connect(m_send, &QPushButton::clicked, this, &AccessRequestDialog::send);
    connect(m_close, &QPushButton::clicked, this, &QDialog::reject);
    m_name->setFocus();
}

void AccessRequestDialog::setEmail(const QString &email) {
    m_email->setText(email);
}

bool AccessRequestDialog::checkFields() {
    m_feedback.clear();
    m_problem->hide();
    QList<common::Error> errors;
    auto check = [&errors](const std::function<void()> &rule) {
        try {
            rule();
        } catch (const common::Error &error) {
            errors.append(error);
        }
    };
    if (m_server->text().trimmed().isEmpty())
        errors.append(common::Error::invalidArgument(QStringLiteral("server"),
                                                     tr("Enter the server address.")));
    using namespace common::validation;
    check([this] {
        if (m_name->text().trimmed().isEmpty())
            throw common::Error::invalidArgument(QStringLiteral("name"), tr("Enter your name."));
        text(QStringLiteral("name"), m_name->text().toStdString(), {200, true, false});
    });
    check([this] {
        if (m_email->text().trimmed().isEmpty())
            throw common::Error::invalidArgument(QStringLiteral("email"),
                                                 tr("Enter your e-mail address."));
        email(QStringLiteral("email"), m_email->text().toStdString());
    });
    check([this] {
        text(QStringLiteral("organization"), m_organization->text().toStdString(),
             {200, false, false});
    });
    check([this] {
        text(QStringLiteral("municipality"), m_municipality->text().toStdString(),
             {100, false, false});
    });
    check([this] {
        text(QStringLiteral("message"), m_message->toPlainText().toStdString(),
             {2000, false, true});
    });
    // Every wrong field says why; the first one ends up with the focus.
    for (auto it = errors.crbegin(); it != errors.crend(); ++it)
        m_feedback.show(*it);
    return errors.isEmpty();
}

void AccessRequestDialog::setBusy(bool busy) {
    m_busyBar->setVisible(busy);
    m_send->setEnabled(!busy);
    for (QWidget *input : std::initializer_list<QWidget *>{
             m_server, m_name, m_email, m_organization, m_municipality, m_message})
        input->setEnabled(!busy);
}

void AccessRequestDialog::send() {
    if (!checkFields())
        return;
    ServerEndpoint target = m_endpoint;
    target.address = m_server->text().trimmed();
    common::AccessRequest request;
    request.name = m_name->text().trimmed();
    request.email = m_email->text().trimmed();
    request.organization = m_organization->text().trimmed();
    request.municipality = m_municipality->text().trimmed();
    request.message = m_message->toPlainText();
    setBusy(true);
    ServerCall::run<bool>(
        this,
        [target, request] {
            AuthClient(target).requestAccess(request);
            return true;
        },
        [this](bool) {
            setBusy(false);
            m_done->setText(tr("Your request was sent. You will hear from a coordinator by "
                               "e-mail."));
            m_done->show();
            m_send->hide();
            m_close->setText(tr("&Close"));
            m_close->setFocus();
            Q_EMIT sent();
        },
        [this, target](const common::Error &error) {
            setBusy(false);
            m_feedback.show(error);
            m_problem->setText(ConnectionProblem::describe(error, target.address));
            m_problem->show();
        });
}

} // namespace hn::client
