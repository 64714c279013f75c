// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLineEdit;
class QPushButton;

namespace hn::client {

class DocumentForm;
class DocumentTransfers;
class Workspace;

// "New document": title, category, tags, description, the area it belongs
// to (one the person may write in) and optionally its first file. OK checks
// the fields, creates the document in the replica (it is pushed with the
// next sync) and queues the file; the upload waits until the document has
// reached the server, so this works offline too. A refused field keeps the
// dialog open with the reason at the field.
class NewDocumentDialog : public QDialog {
    Q_OBJECT
public:
    NewDocumentDialog(Workspace &workspace, DocumentTransfers &transfers,
                      const QString &preferredSpaceId, QWidget *parent = nullptr);

    DocumentForm *form() const { return m_form; }
    QComboBox *spaceBox() const { return m_space; }
    QLineEdit *fileEdit() const { return m_file; }
    QPushButton *okButton() const;

    void accept() override;

Q_SIGNALS:
    void created(const QString &documentId);
    // The document was created but its file could not be queued.
    void uploadFailed(const QString &documentId, const QString &reason);

private:
    void browse();

    Workspace &m_workspace;
    DocumentTransfers &m_transfers;
    DocumentForm *m_form;
    QComboBox *m_space;
    QLineEdit *m_file;
    QDialogButtonBox *m_buttons;
};

} // namespace hn::client
