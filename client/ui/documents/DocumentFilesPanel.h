// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "client/core/FileVersion.h"
#include "common/Policy.h"
#include "common/Record.h"

#include <QStringList>
#include <QWidget>
#include <optional>

class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QTableView;

namespace hn::client {

class DocumentOpener;
class DocumentTransfers;
class DocumentUploadsView;
class VersionHistoryModel;
class Workspace;

// A document's files: the version history, Open / Save as / Restore of the
// chosen version, "Upload new version" (file dialog or files dropped on the
// document, then a comment), the document's queued uploads
// (DocumentUploadsView) and a progress bar for its transfers.
class DocumentFilesPanel : public QWidget {
    Q_OBJECT
public:
    DocumentFilesPanel(Workspace &workspace, DocumentTransfers &transfers, DocumentOpener &opener,
                       QWidget *parent = nullptr);

    void setDocument(const std::optional<common::Record> &document);
    // Whether the person may add a version now, and why not.
    common::Decision uploadDecision() const;
    // Files chosen or dropped: asks for a comment, then queues them.
    void offerUpload(const QStringList &paths);

    VersionHistoryModel *history() const { return m_history; }
    QTableView *historyView() const { return m_historyView; }
    QPushButton *openButton() const { return m_open; }
    QPushButton *saveAsButton() const { return m_saveAs; }
    QPushButton *uploadButton() const { return m_upload; }
    QPushButton *restoreButton() const { return m_restore; }
    QLineEdit *commentEdit() const { return m_comment; }
    QPushButton *sendButton() const { return m_send; }
    DocumentUploadsView *uploads() const { return m_uploads; }
    QProgressBar *progressBar() const { return m_progress; }
    QLabel *statusLabel() const { return m_status; }

    // Files offered for a new version, not sent yet (the comment prompt
    // is open).
    bool hasOfferedUpload() const { return !m_offered.isEmpty(); }

public Q_SLOTS:
    void showStatus(const QString &text);
    void showProblem(const QString &text);
    // Queues the offered files with the typed comment (after asking when
    // someone else has the document checked out).
    void sendUpload();
    // Drops the offered files and the comment.
    void cancelUpload();

private:
    void chooseFiles();
    void openChosen();
    void saveChosen();
    // Open was refused (a program or script): says why, offers Save as.
    void offerSaveAs(const FileVersion &version, const QString &text);
    void restoreChosen();
    void queueUploads(const QStringList &paths, const QString &comment, bool overrideCheckout);
    void refreshActions();
    void showUploadProgress();
    std::optional<FileVersion> chosenVersion() const;
    // Who holds another's lock and until when, for messages.
    QString lockDescription() const;
    bool mayOverrideLock() const;

    Workspace &m_workspace;
    DocumentTransfers &m_transfers;
    DocumentOpener &m_opener;
    std::optional<common::Record> m_document;
    VersionHistoryModel *m_history;
    QTableView *m_historyView;
    QPushButton *m_open;
    QPushButton *m_saveAs;
    QPushButton *m_upload;
    QPushButton *m_restore;
    QWidget *m_prompt;
    QLabel *m_promptFiles;
    QLineEdit *m_comment;
    QPushButton *m_send;
    QStringList m_offered;
    DocumentUploadsView *m_uploads;
    QProgressBar *m_progress;
    QLabel *m_status;
    QString m_downloading;        // version id whose download the bar shows
    bool m_uploadMessage = false; // the status tells of a running upload
};

} // namespace hn::client
