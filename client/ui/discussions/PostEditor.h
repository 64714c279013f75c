// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Policy.h"

#include <QMessageBox>
#include <QPointer>
#include <QStringList>
#include <QVariantList>
#include <QWidget>
#include <functional>

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

    // Everything the person has put into the editor, kept per thread while
    // they look at another one.
    struct Work {
        QString body;
        QString replyToPostId;
        QString editedPostId;
        QString editedOriginal;   // the edited post's text when the edit began
        QString context;          // "In reply to …" / "Editing your post"
        QVariantList attachments; // QStringList{id, title} each

        // Something the person wrote that was neither sent nor saved.
        bool isUnsent() const;
    };

    explicit PostEditor(QWidget *parent = nullptr);

    // A new post in the thread (answering nothing).
    void startNew();
    // An answer to a post; `quote`, if given, is put in as a Markdown quote.
    // Text that would be replaced (an unsaved edit) is only dropped after
    // the person agreed (a question that does not block).
    void startReply(const QString &postId, const QString &summary, const QString &quote = {});
    // Puts an own post in for editing; asks first when a written text
    // would be replaced.
    void startEdit(const QString &postId, const QString &body, const QVariantList &attachments);
    // True when replacing the editor's content would lose something the
    // person wrote (text or attachments of a new post, a changed edit).
    bool hasUnsentWork() const;
    Work work() const;
    // Shows `work` (an empty Work: a fresh editor); a pending question is
    // answered "no".
    void restore(const Work &work);
    // The open "discard the text?" question, if any (for tests).
    QMessageBox *pendingQuestion() const { return m_question; }
    // Allows or blocks writing (locked thread, read-only UI) with the reason.
    void setWritable(const common::Decision &decision);
    // Attaches documents (QStringList{id, title} each) unless already there.
    void addAttachments(const QVariantList &attachments);

    Draft draft() const;
    // The post's field rules (text, attachments); throws common::Error
    // naming the field.
    static void check(const Draft &draft);
    // Shows an error at the field (the body, or the attachments) and focuses it.
    void showError(const QString &field, const QString &message);
    // After a successful send: empty again, ready for a new post.
    void clearAfterSend();

    QPlainTextEdit *textField() const { return m_text; }
    QPushButton *sendButton() const { return m_send; }
    QToolButton *previewButton() const { return m_preview; }
    // "Cancel" of a reply or an edit (Esc).
    QToolButton *cancelButton() const { return m_cancelContext; }
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
    // Runs `replace` now, or once the person agreed to discard unsent work.
    void confirmDiscard(std::function<void()> replace);
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
    QString m_editedOriginal;
    QPointer<QMessageBox> m_question;
    QString m_modeText;
    QString m_blockedReason;
    qsizetype m_maxChars;
};

} // namespace hn::client
