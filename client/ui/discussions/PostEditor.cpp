// SPDX-License-Identifier: GPL-3.0-or-later
#include "client/ui/discussions/PostEditor.h"

#include "client/ui/discussions/PostDocument.h"
#include "client/ui/shell/DecisionDisplay.h"
#include "client/ui/shell/FieldFeedback.h"
#include "common/Error.h"
#include "common/FieldRules.h"
#include "common/RecordValidation.h"

#include <QHBoxLayout>
#include <QJsonArray>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QStackedWidget>
#include <QTextBrowser>
#include <QToolButton>
#include <QVBoxLayout>

namespace hn::client {

namespace {

constexpr int kIdRole = Qt::UserRole;
const QString kBody = QStringLiteral("body");
const QString kAttachments = QStringLiteral("attachment_document_ids");

common::validation::TextRule bodyRule() {
    return common::FieldRules::ruleFor(common::EntityType::Post, kBody).text;
}

} // namespace

PostEditor::PostEditor(QWidget *parent)
    : QWidget(parent)
    , m_context(new QLabel(this))
    , m_cancelContext(new QToolButton(this))
    , m_pages(new QStackedWidget(this))
    , m_text(new QPlainTextEdit(this))
    , m_previewView(new QTextBrowser(this))
    , m_error(new QLabel(this))
    , m_counter(new QLabel(this))
    , m_attachments(new QListWidget(this))
    , m_attach(new QPushButton(QIcon::fromTheme(QStringLiteral("mail-attachment")),
                               tr("&Attach document…"), this))
    , m_removeAttachment(new QPushButton(QIcon::fromTheme(QStringLiteral("list-remove")),
                                         tr("Re&move attachment"), this))
    , m_preview(new QToolButton(this))
    , m_send(new QPushButton(QIcon::fromTheme(QStringLiteral("mail-send")), tr("&Send"), this))
    , m_maxChars(bodyRule().maxChars) {
    m_context->setWordWrap(true);
    m_cancelContext->setIcon(QIcon::fromTheme(QStringLiteral("edit-clear")));
    m_cancelContext->setText(tr("Cancel"));
    m_cancelContext->setToolTip(tr("Write a new post instead (Esc)"));
    m_cancelContext->setAccessibleName(tr("Cancel reply or edit"));
    m_cancelContext->setShortcut(QKeySequence(Qt::Key_Escape));
    // Cancelling an edit drops its changes: asked first, like Esc by mistake.
    connect(m_cancelContext, &QToolButton::clicked, this,
            [this] { confirmDiscard([this] { startNew(); }); });

    auto *label = new QLabel(tr("&Your post (Markdown):"), this);
    label->setBuddy(m_text);
    m_text->setAccessibleName(tr("Post text"));
    m_text->setTabChangesFocus(true);
    m_text->setPlaceholderText(tr("Write here. *Emphasis*, lists, [links](https://…) and > quotes "
                                  "work. Ctrl+Enter sends."));
    m_previewView->setAccessibleName(tr("Preview of the post"));
    m_previewView->setOpenExternalLinks(true);
    m_previewView->setOpenLinks(false);
    m_pages->addWidget(m_text);
    m_pages->addWidget(m_previewView);

    m_error->setWordWrap(true);
    FieldFeedback::styleAsError(m_error);
    m_error->setAccessibleName(tr("Problem with the post"));
    m_error->hide();
    m_counter->setAccessibleName(tr("Length of the post"));

    m_attachments->setAccessibleName(tr("Attached documents"));
    m_attachments->setMaximumHeight(m_attachments->fontMetrics().height() * 4);
    m_attachments->hide();
    m_removeAttachment->setEnabled(false);
    connect(m_attachments, &QListWidget::currentRowChanged, this,
            [this](int row) { m_removeAttachment->setEnabled(row >= 0); });
    connect(m_removeAttachment, &QPushButton::clicked, this, [this] {
        delete m_attachments->takeItem(m_attachments->currentRow());
        m_attachments->setVisible(m_attachments->count() > 0);
        m_removeAttachment->setEnabled(m_attachments->currentRow() >= 0);
    });
    connect(m_attach, &QPushButton::clicked, this, &PostEditor::attachRequested);

    m_preview->setText(tr("Pre&view"));
    m_preview->setCheckable(true);
    m_preview->setIcon(QIcon::fromTheme(QStringLiteral("document-preview")));
    m_preview->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_preview->setToolTip(tr("Show the post as it will look"));
    connect(m_preview, &QToolButton::toggled, this, &PostEditor::showPreview);

    m_send->setToolTip(tr("Send (Ctrl+Enter)"));
    connect(m_send, &QPushButton::clicked, this, &PostEditor::send);
    for (const QKeySequence &keys :
         {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)}) {
        auto *shortcut = new QShortcut(keys, this);
        shortcut->setContext(Qt::WidgetWithChildrenShortcut);
        connect(shortcut, &QShortcut::activated, this, [this] {
            if (m_send->isEnabled())
                send();
        });
    }
    connect(m_text, &QPlainTextEdit::textChanged, this, [this] {
        clearError();
        updateCounter();
    });

    auto *contextRow = new QHBoxLayout;
    contextRow->addWidget(m_context, 1);
    contextRow->addWidget(m_cancelContext);
    // Attachments on one line, the count and sending under it on the
    // right: in one line they would make the thread wider than the window
    // leaves it next to the list of discussions.
    auto *attachRow = new QHBoxLayout;
    attachRow->addWidget(m_attach);
    attachRow->addWidget(m_removeAttachment);
    attachRow->addStretch(1);
    auto *sendRow = new QHBoxLayout;
    sendRow->addStretch(1);
    sendRow->addWidget(m_counter);
    sendRow->addWidget(m_preview);
    sendRow->addWidget(m_send);
    auto *buttons = new QVBoxLayout;
    buttons->addLayout(attachRow);
    buttons->addLayout(sendRow);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(contextRow);
    layout->addWidget(label);
    layout->addWidget(m_pages, 1);
    layout->addWidget(m_error);
    layout->addWidget(m_attachments);
    layout->addLayout(buttons);

    setTabOrder(m_text, m_attach);
    setTabOrder(m_attach, m_removeAttachment);
    setTabOrder(m_removeAttachment, m_preview);
    setTabOrder(m_preview, m_send);
    startNew();
    updateCounter();
}

void PostEditor::setContext(const QString &text) {
    m_modeText = text;
    const QString shown = m_blockedReason.isEmpty() ? m_modeText : m_blockedReason;
    m_context->setText(shown);
    m_context->setVisible(!shown.isEmpty());
    m_cancelContext->setVisible(m_blockedReason.isEmpty()
                                && (!m_replyTo.isEmpty() || !m_editing.isEmpty()));
}

void PostEditor::startNew() {
    const bool wasEditing = !m_editing.isEmpty();
    m_replyTo.clear();
    m_editing.clear();
    m_editedOriginal.clear();
    if (wasEditing) {
        // The edited post's text is not a new post.
        m_text->clear();
        m_attachments->clear();
        m_attachments->hide();
    }
    setContext({});
    m_send->setText(tr("&Send"));
}

void PostEditor::startReply(const QString &postId, const QString &summary, const QString &quote) {
    const auto apply = [this, postId, summary, quote] {
        if (!m_editing.isEmpty()) {
            // The edited post's text is not part of the answer.
            m_text->clear();
            m_attachments->clear();
            m_attachments->hide();
        }
        m_editing.clear();
        m_editedOriginal.clear();
        m_replyTo = postId;
        setContext(tr("In reply to %1").arg(summary));
        m_send->setText(tr("&Send"));
        if (!quote.isEmpty()) {
            QStringList quoted;
            for (const QString &line : quote.split(u'\n'))
                quoted << (line.isEmpty() ? QStringLiteral(">") : QStringLiteral("> ") + line);
            QString text = m_text->toPlainText();
            if (!text.isEmpty() && !text.endsWith(u'\n'))
                text += u'\n';
            text += quoted.join(u'\n') + QStringLiteral("\n\n");
            m_text->setPlainText(text);
            m_text->moveCursor(QTextCursor::End);
        }
        showPreview(false);
        m_text->setFocus();
    };
    // A new post's text stays (it becomes the answer); a changed edit would go.
    if (m_editing.isEmpty())
        apply();
    else
        confirmDiscard(apply);
}

void PostEditor::startEdit(const QString &postId, const QString &body,
                           const QVariantList &attachments) {
    if (!postId.isEmpty() && postId == m_editing) {
        // Already being edited: the changes so far stay.
        m_text->setFocus();
        return;
    }
    confirmDiscard([this, postId, body, attachments] {
        m_replyTo.clear();
        m_editing = postId;
        m_editedOriginal = body;
        m_text->setPlainText(body);
        m_text->moveCursor(QTextCursor::End);
        m_attachments->clear();
        addAttachments(attachments);
        m_attachments->setVisible(m_attachments->count() > 0);
        setContext(tr("Editing your post"));
        m_send->setText(tr("&Save"));
        showPreview(false);
        m_text->setFocus();
    });
}

bool PostEditor::Work::isUnsent() const {
    if (!editedPostId.isEmpty())
        return body != editedOriginal;
    return !body.trimmed().isEmpty() || !attachments.isEmpty();
}

bool PostEditor::hasUnsentWork() const {
    return work().isUnsent();
}

void PostEditor::confirmDiscard(std::function<void()> replace) {
    if (QMessageBox *open = m_question.data())
        open->reject();
    if (!hasUnsentWork()) {
        replace();
        return;
    }
    // Not exec(): a nested event loop could outlive this editor (the
    // session may end meanwhile and close the window).
    auto *question =
        new QMessageBox(QMessageBox::Question, tr("Discard your text?"),
                        m_editing.isEmpty() ? tr("The post you are writing has not been sent. "
                                                 "Discard it?")
                                            : tr("Your changes to the post have not been saved. "
                                                 "Discard them?"),
                        QMessageBox::Discard | QMessageBox::Cancel, this);
    question->setDefaultButton(QMessageBox::Cancel);
    question->setAttribute(Qt::WA_DeleteOnClose);
    question->setWindowModality(Qt::WindowModal);
    connect(question, &QMessageBox::finished, this, [question, replace = std::move(replace)](int) {
        if (question->clickedButton() == question->button(QMessageBox::Discard))
            replace();
    });
    connect(question, &QDialog::finished, this, [this] { m_question = nullptr; });
    m_question = question;
    question->open();
}

PostEditor::Work PostEditor::work() const {
    Work work;
    work.body = m_text->toPlainText();
    work.replyToPostId = m_replyTo;
    work.editedPostId = m_editing;
    work.editedOriginal = m_editedOriginal;
    work.context = m_modeText;
    for (int row = 0; row < m_attachments->count(); ++row) {
        const QListWidgetItem *item = m_attachments->item(row);
        work.attachments.append(QStringList{item->data(kIdRole).toString(), item->text()});
    }
    return work;
}

void PostEditor::restore(const Work &work) {
    if (QMessageBox *open = m_question.data())
        open->reject();
    clearError();
    showPreview(false);
    m_replyTo = work.replyToPostId;
    m_editing = work.editedPostId;
    m_editedOriginal = work.editedOriginal;
    m_text->setPlainText(work.body);
    m_text->moveCursor(QTextCursor::End);
    m_attachments->clear();
    addAttachments(work.attachments);
    setContext(work.context);
    m_send->setText(m_editing.isEmpty() ? tr("&Send") : tr("&Save"));
}

void PostEditor::setWritable(const common::Decision &decision) {
    showDecision(m_send, decision, tr("Send (Ctrl+Enter)"));
    showDecision(m_attach, decision, tr("Attach a document of this area"));
    m_text->setReadOnly(!decision.allowed);
    m_text->setToolTip(decision.allowed ? QString() : decision.reason);
    // The reply or edit stays chosen (and the text stays) for when writing
    // is allowed again.
    m_blockedReason = decision.allowed ? QString() : decision.reason;
    setContext(m_modeText);
}

void PostEditor::addAttachments(const QVariantList &attachments) {
    for (const QVariant &attachment : attachments) {
        const QStringList idAndTitle = attachment.toStringList();
        if (idAndTitle.size() != 2)
            continue;
        bool present = false;
        for (int row = 0; row < m_attachments->count(); ++row)
            present = present || m_attachments->item(row)->data(kIdRole) == idAndTitle.at(0);
        if (present)
            continue;
        auto *item = new QListWidgetItem(QIcon::fromTheme(QStringLiteral("text-x-generic")),
                                         idAndTitle.at(1), m_attachments);
        item->setData(kIdRole, idAndTitle.at(0));
    }
    m_attachments->setVisible(m_attachments->count() > 0);
}

PostEditor::Draft PostEditor::draft() const {
    Draft draft;
    draft.body = m_text->toPlainText();
    draft.replyToPostId = m_replyTo;
    draft.editedPostId = m_editing;
    for (int row = 0; row < m_attachments->count(); ++row)
        draft.attachmentIds << m_attachments->item(row)->data(kIdRole).toString();
    return draft;
}

void PostEditor::check(const Draft &draft) {
    const QByteArray utf8 = draft.body.toUtf8();
    common::validation::text(kBody, std::string_view(utf8.constData(), size_t(utf8.size())),
                             bodyRule());
    // The entity's own rules (text required, at most 20 attachments); the
    // thread is set by whoever stores the post, so any id passes here.
    common::RecordValidation::check(
        common::EntityType::Post, QString(),
        {{QStringLiteral("thread_id"), QStringLiteral("-")},
         {kBody, draft.body.trimmed()},
         {kAttachments, QJsonArray::fromStringList(draft.attachmentIds)}});
}

void PostEditor::send() {
    const Draft wanted = draft();
    try {
        check(wanted);
    } catch (const common::Error &error) {
        showError(error.field(), error.message());
        return;
    }
    Q_EMIT sendRequested(wanted);
}

void PostEditor::showError(const QString &field, const QString &message) {
    showPreview(false);
    m_error->setText(message);
    m_error->show();
    if (field == kAttachments) {
        FieldFeedback::frameAsError(m_attachments);
        m_attachments->setFocus();
    } else {
        FieldFeedback::frameAsError(m_text);
        m_text->setFocus();
    }
}

void PostEditor::clearError() {
    if (m_error->isHidden())
        return;
    m_error->clear();
    m_error->hide();
    m_text->setStyleSheet({});
    m_attachments->setStyleSheet({});
}

void PostEditor::clearAfterSend() {
    m_text->clear();
    m_attachments->clear();
    m_attachments->hide();
    m_editing.clear();
    startNew();
    clearError();
    showPreview(false);
}

void PostEditor::updateCounter() {
    const qsizetype length = m_text->toPlainText().size();
    m_counter->setText(tr("%1 / %2").arg(length).arg(m_maxChars));
}

void PostEditor::showPreview(bool on) {
    if (m_preview->isChecked() != on) {
        m_preview->setChecked(on); // comes back here through toggled
        return;
    }
    if (on)
        PostDocument::fill(*m_previewView->document(), m_text->toPlainText());
    m_pages->setCurrentIndex(on ? 1 : 0);
}

} // namespace hn::client
