// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Record.h"

#include <QJsonObject>
#include <QPointer>
#include <QWidget>
#include <functional>
#include <optional>

class QCheckBox;
class QLabel;
class QMessageBox;
class QPushButton;

namespace hn::client {

class DocumentFilesPanel;
class DocumentForm;
class DocumentOpener;
class DocumentTransfers;
class Workspace;

// One document: its fields (edit, save, delete, as far as the person may),
// its check-out (who holds it until when; check out / check in), whether
// its file is kept offline (the document, or its whole area), and its files
// (DocumentFilesPanel). Files dropped on it become new versions.
class DocumentDetail : public QWidget {
    Q_OBJECT
public:
    DocumentDetail(Workspace &workspace, DocumentTransfers &transfers, DocumentOpener &opener,
                   QWidget *parent = nullptr);

    // Shows the document ("" shows none); re-reads it from the replica.
    void showDocument(const QString &documentId);
    const QString &documentId() const { return m_documentId; }
    // Re-reads the shown document (after records changed); keeps what the
    // person is typing.
    void refresh();

    // Whether something the person did here is not saved yet: changed
    // fields, or files offered as a new version with their comment.
    bool hasUnsavedWork() const;
    // Asks Save / Discard / Cancel when there is unsaved work, then calls
    // `done(true)` when the detail may show another document (saved or
    // discarded) or `done(false)` to stay (Cancel, or saving needs the
    // person's attention: a refused field, a clash, a check-out question).
    void askBeforeLeaving(const std::function<void(bool leave)> &done);
    // The open Save / Discard / Cancel question, for tests.
    QMessageBox *leaveQuestion() const;

    DocumentForm *form() const { return m_form; }
    DocumentFilesPanel *files() const { return m_files; }
    QPushButton *saveButton() const { return m_save; }
    QPushButton *deleteButton() const { return m_delete; }
    QPushButton *checkoutButton() const { return m_checkout; }
    QLabel *checkoutLabel() const { return m_checkoutLabel; }
    QCheckBox *keepOfflineBox() const { return m_keepOffline; }
    QCheckBox *spaceOfflineBox() const { return m_spaceOffline; }

Q_SIGNALS:
    // The document was deleted here.
    void removed(const QString &documentId);

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dragMoveEvent(QDragMoveEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    // true when the changes were stored at once (nothing to ask).
    bool save();
    // Sends the fields the person changed since the form was filled
    // (ConcurrentEdit), except those where they kept the value now stored.
    bool storeChanges(const QJsonObject &mine, const QStringList &keptTheirs);
    void loadForm(const QJsonObject &fields);
    static QString fieldLabel(const QString &path);
    void askRemove();
    void toggleCheckout();
    void changeCheckout(const QJsonObject &checkout);
    void setKeptOffline(bool kept);
    void setSpaceOffline(bool offline);
    void refreshState();

    Workspace &m_workspace;
    DocumentTransfers &m_transfers;
    QString m_documentId;
    std::optional<common::Record> m_document;
    // The fields the form was filled from (what the person's edits are
    // measured against).
    QJsonObject m_snapshot;
    QLabel *m_heading;
    DocumentForm *m_form;
    QPushButton *m_save;
    QPushButton *m_delete;
    QLabel *m_checkoutLabel;
    QPushButton *m_checkout;
    QCheckBox *m_keepOffline;
    QCheckBox *m_spaceOffline;
    DocumentFilesPanel *m_files;
    QPointer<QMessageBox> m_leaveQuestion;
};

} // namespace hn::client
