// SPDX-License-Identifier: GPL-3.0-or-later
#include "client/ui/discussions/NewThreadDialog.h"

#include "client/ui/discussions/AttachmentPicker.h"
#include "client/ui/discussions/PostEditor.h"
#include "client/ui/shell/FieldFeedback.h"
#include "client/ui/shell/Workspace.h"
#include "common/Error.h"
#include "common/FieldRules.h"
#include "common/RecordValidation.h"

#include <QComboBox>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>
#include <algorithm>

namespace hn::client {

namespace {

const QString kTitle = QStringLiteral("title");

} // namespace

NewThreadDialog::NewThreadDialog(Workspace &workspace, const QString &spaceId, QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_space(new QComboBox(this))
    , m_title(new QLineEdit(this))
    , m_titleError(new QLabel(this))
    , m_post(new PostEditor(this)) {
    setWindowTitle(tr("New discussion"));

    struct Choice {
        QString id;
        QString name;
    };
    QList<Choice> spaces;
    for (const QString &id : workspace.permissions().writableSpaceIds()) {
        std::optional<common::Record> space;
        try {
            space = workspace.replica().record(id);
        } catch (const common::Error &) {
        }
        spaces.append({id, space ? space->fields.value(QStringLiteral("name")).toString() : id});
    }
    std::sort(spaces.begin(), spaces.end(), [](const Choice &a, const Choice &b) {
        return QString::localeAwareCompare(a.name, b.name) < 0;
    });
    for (const Choice &choice : spaces)
        m_space->addItem(choice.name, choice.id);
    const int preselected = m_space->findData(spaceId);
    if (preselected >= 0)
        m_space->setCurrentIndex(preselected);
    m_space->setAccessibleName(tr("Area"));
    m_title->setAccessibleName(tr("Title"));
    m_title->setMaxLength(
        int(common::FieldRules::ruleFor(common::EntityType::Thread, kTitle).text.maxChars));
    FieldFeedback::styleAsError(m_titleError);
    m_titleError->setWordWrap(true);
    m_titleError->hide();
    connect(m_title, &QLineEdit::textChanged, this, [this] {
        m_titleError->hide();
        m_title->setStyleSheet({});
    });

    auto *form = new QFormLayout;
    auto *spaceLabel = new QLabel(tr("&Area:"), this);
    spaceLabel->setBuddy(m_space);
    auto *titleLabel = new QLabel(tr("&Title:"), this);
    titleLabel->setBuddy(m_title);
    form->addRow(spaceLabel, m_space);
    form->addRow(titleLabel, m_title);
    form->addRow(QString(), m_titleError);

    m_post->setWritable(m_space->count() > 0
                            ? common::Decision{true, {}, false}
                            : common::Decision{false, tr("You cannot write in any area."), false});
    m_post->sendButton()->setText(tr("&Start discussion"));
    connect(m_post, &PostEditor::sendRequested, this, &NewThreadDialog::create);
    connect(m_post, &PostEditor::attachRequested, this, [this] {
        const QString space = m_space->currentData().toString();
        if (space.isEmpty() || m_picker)
            return;
        // Not exec(): a nested event loop could outlive this dialog (the
        // session may end meanwhile and close the window).
        auto *picker = new AttachmentPicker(m_workspace, space, this);
        picker->setAttribute(Qt::WA_DeleteOnClose);
        picker->setWindowModality(Qt::WindowModal);
        connect(picker, &QDialog::accepted, this,
                [this, picker] { m_post->addAttachments(picker->chosen()); });
        connect(picker, &QDialog::finished, this, [this] { m_picker = nullptr; });
        m_picker = picker;
        picker->open();
    });
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_post, 1);
    layout->addWidget(buttons);
    setTabOrder(m_space, m_title);
    setTabOrder(m_title, m_post->textField());
    resize(560, 440);
    m_title->setFocus();
}

void NewThreadDialog::showTitleError(const QString &message) {
    m_titleError->setText(message);
    m_titleError->show();
    FieldFeedback::frameAsError(m_title);
    m_title->setFocus();
}

void NewThreadDialog::create() {
    const QString spaceId = m_space->currentData().toString();
    const PostEditor::Draft draft = m_post->draft();
    QString title;
    try {
        const QByteArray utf8 = m_title->text().toUtf8();
        title = common::validation::text(
            kTitle, std::string_view(utf8.constData(), size_t(utf8.size())),
            common::FieldRules::ruleFor(common::EntityType::Thread, kTitle).text);
        common::RecordValidation::check(common::EntityType::Thread, QString(), {{kTitle, title}});
    } catch (const common::Error &error) {
        showTitleError(error.message());
        return;
    }
    if (spaceId.isEmpty()) {
        showTitleError(tr("Choose an area you may write in."));
        return;
    }
    // The first post is checked before anything is stored: a discussion
    // must never reach the server without it.
    try {
        PostEditor::check(draft);
    } catch (const common::Error &error) {
        m_post->showError(error.field(), error.message());
        return;
    }
    common::Record thread;
    try {
        // The server sets the last activity; until then the list shows the
        // new thread where it will be.
        thread = m_workspace.create(common::EntityType::Thread, spaceId,
                                    {{kTitle, title},
                                     {QStringLiteral("last_activity_at_ms"),
                                      double(m_workspace.clock().now().toMSecsSinceEpoch())}});
    } catch (const common::Error &error) {
        showTitleError(error.message());
        return;
    }
    try {
        m_workspace.create(common::EntityType::Post, spaceId,
                           {{QStringLiteral("thread_id"), thread.meta.id},
                            {QStringLiteral("body"), draft.body},
                            {QStringLiteral("attachment_document_ids"),
                             QJsonArray::fromStringList(draft.attachmentIds)}});
    } catch (const common::Error &error) {
        // No discussion without its first post; the typed text stays here.
        try {
            m_workspace.remove(thread.meta.id);
        } catch (const common::Error &) {
        }
        m_post->showError(error.field(), error.message());
        return;
    }
    m_threadId = thread.meta.id;
    Q_EMIT threadCreated(m_threadId);
    accept();
}

} // namespace hn::client
