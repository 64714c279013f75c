// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "client/ui/discussions/AttachmentPicker.h"

#include <QDialog>
#include <QPointer>

class QComboBox;
class QLabel;
class QLineEdit;

namespace hn::client {

class PostEditor;
class Workspace;

// Starts a discussion: the area (one the person may write in), a title and
// the first post. Both records are made together; a problem is shown at
// its field and nothing typed is lost.
class NewThreadDialog : public QDialog {
    Q_OBJECT
public:
    // `spaceId` preselects the area shown in the window, if writable.
    NewThreadDialog(Workspace &workspace, const QString &spaceId, QWidget *parent = nullptr);

    // The new thread's id once created.
    const QString &threadId() const { return m_threadId; }

    QComboBox *spaceField() const { return m_space; }
    QLineEdit *titleField() const { return m_title; }
    PostEditor *postEditor() const { return m_post; }
    AttachmentPicker *attachmentPicker() const { return m_picker; }
    QLabel *titleError() const { return m_titleError; }

Q_SIGNALS:
    void threadCreated(const QString &threadId);

private:
    void create();
    void showTitleError(const QString &message);

    Workspace &m_workspace;
    QComboBox *m_space;
    QLineEdit *m_title;
    QLabel *m_titleError;
    PostEditor *m_post;
    QString m_threadId;
    QPointer<AttachmentPicker> m_picker;
};

} // namespace hn::client
