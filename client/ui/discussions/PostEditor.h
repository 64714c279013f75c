// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Policy.h"

#include <QStringList>
#include <QVariantList>
#include <QWidget>

class QLabel;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QStackedWidget;
class QTextBrowser;
class QToolButton;

namespace hn::client {

// Where a person writes a post: a plain text field with a Markdown
// preview, the documents to attach, and what the post answers or which
// post is being edited. Ctrl+Enter sends. The text is checked against the
// field rules before anything is sent; problems show under the field and
// the text is never lost.
class PostEditor : public QWidget {
    Q_OBJECT
public:
    // What the person asked to send.
    struct Draft {
        QString body;
        QString replyToPostId;
        QString editedPostId; // set when an existing post is edited
        QStringList attachmentIds;
    };

    explicit PostEditor(QWidget *parent = nullptr);

    // A new post in the thread (answering nothing).
    void startNew();
    // An answer to a post; `quote`, if given, is put in as a Markdown quote.
    void startReply(const QString &postId, const QString &summary, const QString &quote = {});
    void startEdit(const QString &postId, const QString &body, const QVariantList &attachments);
    // Allows or blocks writing (locked thread, read-only UI) with the reason.
    void setWritable(const common::Decision &decision);
    // Attaches documents (QStringList{id, title} each) unless already there.
    void addAttachments(const QVariantList &attachments);

    Draft draft() const;
    // Shows an error at the field (the body, or the attachments) and focuses it.
    void showError(const QString &field, const QString &message);
    // After a successful send: empty again, ready for a new post.
    void clearAfterSend();

    QPlainTextEdit *textField() const { return m_text; }
    QPushButton *sendButton() const { return m_send; }
    QToolButton *previewButton() const { return m_preview; }
    QTextBrowser *previewView() const { return m_previewView; }
    QPushButton *attachButton() const { return m_attach; }
    QLabel *errorLabel() const { return m_error; }
    QLabel *contextLabel() const { return m_context; }

Q_SIGNALS:
    // The draft passed the field rules; the thread view stores it.
    void sendRequested(const hn::client::PostEditor::Draft &draft);
    // "Attach document…": the thread view offers the space's documents.
    void attachRequested();

private:
    void send();
    void showPreview(bool on);
    void clearError();
    void updateCounter();
    // Shows what the post answers or edits, or why writing is blocked.
    void setContext(const QString &text);

    QLabel *m_context;
    QToolButton *m_cancelContext;
    QStackedWidget *m_pages;
    QPlainTextEdit *m_text;
    QTextBrowser *m_previewView;
    QLabel *m_error;
    QLabel *m_counter;
    QListWidget *m_attachments;
    QPushButton *m_attach;
    QPushButton *m_removeAttachment;
    QToolButton *m_preview;
    QPushButton *m_send;
    QString m_replyTo;
    QString m_editing;
    QString m_modeText;
    QString m_blockedReason;
    qsizetype m_maxChars;
};

} // namespace hn::client
