// SPDX-License-Identifier: GPL-3.0-or-later
#include "client/ui/documents/DocumentFilesPanel.h"

#include "client/ui/documents/DocumentCheckout.h"
#include "client/ui/documents/DocumentFileName.h"
#include "client/ui/documents/DocumentOpener.h"
#include "client/ui/documents/DocumentTransfers.h"
#include "client/ui/documents/DocumentUploadsView.h"
#include "client/ui/documents/VersionHistoryModel.h"
#include "client/ui/models/DirectoryNames.h"
#include "client/ui/shell/DecisionDisplay.h"
#include "client/ui/shell/FieldFeedback.h"
#include "client/ui/shell/TableRows.h"
#include "client/ui/shell/Workspace.h"

#include <QAccessible>
#include <QFileDialog>
#include <QFileInfo>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace hn::client {

namespace {

QPushButton *button(const char *icon, const QString &text, QWidget *parent) {
    return new QPushButton(QIcon::fromTheme(QString::fromLatin1(icon)), text, parent);
}

} // namespace

DocumentFilesPanel::DocumentFilesPanel(Workspace &workspace, DocumentTransfers &transfers,
                                       DocumentOpener &opener, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_transfers(transfers)
    , m_opener(opener)
    , m_history(new VersionHistoryModel(workspace.replica(), workspace.fileCache(), this))
    , m_historyView(new QTableView(this))
    , m_open(button("document-open", tr("&Open"), this))
    , m_saveAs(button("document-save-as", tr("Save &as…"), this))
    , m_upload(button("document-send", tr("&Upload new version…"), this))
    , m_restore(button("edit-undo", tr("&Restore this version"), this))
    , m_prompt(new QWidget(this))
    , m_promptFiles(new QLabel(m_prompt))
    , m_comment(new QLineEdit(m_prompt))
    , m_send(button("document-send", tr("Upload"), m_prompt))
    , m_uploads(new DocumentUploadsView(workspace, transfers, this))
    , m_progress(new QProgressBar(this))
    , m_status(new QLabel(this)) {
    m_historyView->setModel(m_history);
    m_historyView->setAccessibleName(tr("Version history"));
    m_historyView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_historyView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_historyView->verticalHeader()->hide();
    showOneLineRows(m_historyView);
    QHeaderView *columns = m_historyView->horizontalHeader();
    // A document has a handful of versions: sizing to contents (and the
    // header texts) is cheap. File names can be long: a fixed share.
    columns->setSectionResizeMode(QHeaderView::ResizeToContents);
    columns->setStretchLastSection(true);
    columns->setSectionResizeMode(VersionHistoryModel::FileName, QHeaderView::Interactive);
    m_historyView->setColumnWidth(VersionHistoryModel::FileName, columnWidthFor(m_historyView, 24));
    m_historyView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_historyView->setTabKeyNavigation(false);
    auto *historyLabel = new QLabel(tr("&Versions:"), this);
    historyLabel->setBuddy(m_historyView);

    // Two by two: four buttons in one line would make the detail wider
    // than the window leaves it.
    auto *actions = new QGridLayout;
    actions->addWidget(m_open, 0, 0);
    actions->addWidget(m_saveAs, 0, 1);
    actions->addWidget(m_upload, 1, 0);
    actions->addWidget(m_restore, 1, 1);
    actions->setColumnStretch(2, 1);

    // Asked inline rather than in a modal box: the files stay visible, and
    // a drop needs no second window.
    auto *promptLayout = new QHBoxLayout(m_prompt);
    promptLayout->setContentsMargins(0, 0, 0, 0);
    auto *commentLabel = new QLabel(tr("Co&mment:"), m_prompt);
    commentLabel->setBuddy(m_comment);
    m_comment->setPlaceholderText(tr("What changed in this version (optional)"));
    m_comment->setAccessibleName(tr("Comment for the new version"));
    auto *cancel = button("process-stop", tr("Cancel"), m_prompt);
    promptLayout->addWidget(m_promptFiles);
    promptLayout->addWidget(commentLabel);
    promptLayout->addWidget(m_comment, 1);
    promptLayout->addWidget(m_send);
    promptLayout->addWidget(cancel);
    m_prompt->hide();

    m_progress->setAccessibleName(tr("Transfer progress"));
    m_progress->setRange(0, 100);
    m_progress->hide();
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(historyLabel);
    layout->addWidget(m_historyView, 1);
    layout->addLayout(actions);
    layout->addWidget(m_prompt);
    layout->addWidget(m_uploads);
    layout->addWidget(m_progress);
    layout->addWidget(m_status);

    connect(m_open, &QPushButton::clicked, this, &DocumentFilesPanel::openChosen);
    connect(m_saveAs, &QPushButton::clicked, this, &DocumentFilesPanel::saveChosen);
    connect(m_restore, &QPushButton::clicked, this, &DocumentFilesPanel::restoreChosen);
    connect(m_upload, &QPushButton::clicked, this, &DocumentFilesPanel::chooseFiles);
    connect(m_send, &QPushButton::clicked, this, &DocumentFilesPanel::sendUpload);
    connect(m_comment, &QLineEdit::returnPressed, this, &DocumentFilesPanel::sendUpload);
    connect(cancel, &QPushButton::clicked, this, &DocumentFilesPanel::cancelUpload);
    connect(m_uploads, &DocumentUploadsView::problem, this, &DocumentFilesPanel::showProblem);
    connect(m_uploads, &DocumentUploadsView::discarded, this, [this] { m_uploadMessage = false; });
    connect(m_historyView, &QTableView::activated, this, &DocumentFilesPanel::openChosen);
    connect(m_historyView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &DocumentFilesPanel::refreshActions);
    connect(m_history, &QAbstractItemModel::modelReset, this, [this] {
        if (m_history->rowCount() > 0)
            m_historyView->selectRow(0);
        refreshActions();
    });
    connect(&m_transfers, &DocumentTransfers::changed, this, [this](const QString &documentId) {
        if (!m_document || (!documentId.isEmpty() && documentId != m_document->meta.id))
            return;
        m_uploads->refresh();
        showUploadProgress();
        // "Uploading …" ends with the upload.
        if (m_uploadMessage && m_uploads->count() == 0) {
            m_uploadMessage = false;
            showStatus(tr("Upload finished."));
        }
    });
    connect(&m_transfers, &DocumentTransfers::downloadProgress, this,
            [this](const QString &versionId, int percent) {
                if (versionId != m_downloading)
                    return;
                m_progress->setVisible(percent >= 0);
                m_progress->setValue(std::max(0, percent));
                m_progress->setFormat(tr("Downloading %p %"));
            });
    connect(&m_transfers, &DocumentTransfers::failed, this,
            [this](const QString &documentId, const QString &reason) {
                if (m_document && documentId == m_document->meta.id)
                    showProblem(reason);
            });
    connect(&m_opener, &DocumentOpener::status, this, &DocumentFilesPanel::showStatus);
    connect(&m_opener, &DocumentOpener::failed, this, &DocumentFilesPanel::showProblem);
    connect(&m_opener, &DocumentOpener::openRefused, this, &DocumentFilesPanel::offerSaveAs);
    connect(&m_opener, &DocumentOpener::delivered, this, [this] { m_history->reload(); });
    setDocument(std::nullopt);
}

void DocumentFilesPanel::setDocument(const std::optional<common::Record> &document) {
    const bool other = !document || !m_document || document->meta.id != m_document->meta.id;
    m_document = document;
    if (other) {
        cancelUpload();
        m_status->clear();
        m_uploadMessage = false;
        m_downloading.clear();
        m_progress->hide();
    }
    m_history->setDocument(document ? document->meta.id : QString());
    if (other && m_history->rowCount() > 0)
        m_historyView->selectRow(0);
    m_uploads->setDocument(document);
    showUploadProgress();
    refreshActions();
}

bool DocumentFilesPanel::mayOverrideLock() const {
    return m_document
           && m_workspace.permissions().may(common::Action::EditAny, m_document->meta.spaceId);
}

QString DocumentFilesPanel::lockDescription() const {
    if (!m_document)
        return {};
    const DocumentCheckout lock = DocumentCheckout::of(*m_document, m_workspace.clock().now());
    const QString name = DirectoryNames::of(m_workspace.replica(), lock.holderId());
    if (!lock.expiresAt().isValid())
        return tr("%1 has checked the document out").arg(name);
    return tr("%1 has checked the document out until %2")
        .arg(name, QLocale().toString(lock.expiresAt().toLocalTime(), QLocale::ShortFormat));
}

common::Decision DocumentFilesPanel::uploadDecision() const {
    if (!m_document)
        return {false, tr("Choose a document first."), false};
    const common::Decision edit = m_workspace.permissions().mayEdit(*m_document);
    if (!edit)
        return edit;
    const DocumentCheckout lock = DocumentCheckout::of(*m_document, m_workspace.clock().now());
    if (lock.isHeldByOther(m_workspace.user().id) && !mayOverrideLock())
        return {false, tr("%1; only editors can upload now.").arg(lockDescription()), false};
    return {true, {}, false};
}

std::optional<FileVersion> DocumentFilesPanel::chosenVersion() const {
    const QModelIndexList rows = m_historyView->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return std::nullopt;
    return m_history->version(rows.first().row());
}

void DocumentFilesPanel::refreshActions() {
    const std::optional<FileVersion> chosen = chosenVersion();
    const common::Decision noVersion{
        false,
        m_history->rowCount() == 0 ? tr("This document has no file yet.") : tr("Choose a version."),
        false};
    const common::Decision yes{true, {}, false};
    showDecision(m_open, chosen ? yes : noVersion, tr("Open the chosen version (Enter)"));
    showDecision(m_saveAs, chosen ? yes : noVersion, tr("Save a copy of the chosen version"));
    const common::Decision upload = uploadDecision();
    showDecision(m_upload, upload, tr("Add a file as the new version (or drop files here)"));
    common::Decision restore = chosen ? upload : noVersion;
    const QString current =
        m_document ? m_document->fields.value(QStringLiteral("current_version_id")).toString()
                   : QString();
    if (restore && chosen && chosen->versionId == current)
        restore = {false, tr("This is the current version."), false};
    showDecision(m_restore, restore, tr("Make the chosen version the current one again"));
    showDecision(m_send, upload, tr("Queue the files for upload"));
}

void DocumentFilesPanel::showUploadProgress() {
    const int percent = m_document ? m_transfers.uploadPercent(m_document->meta.id) : -1;
    if (percent >= 0) {
        m_progress->setFormat(tr("Uploading %p %"));
        m_progress->setValue(percent);
        m_progress->show();
    } else if (m_downloading.isEmpty() || m_transfers.downloadPercent(m_downloading) < 0) {
        m_progress->hide();
    }
}

void DocumentFilesPanel::showStatus(const QString &text) {
    m_status->setStyleSheet(QString());
    m_status->setText(text);
    m_status->setAccessibleName(text);
    QAccessibleEvent event(m_status, QAccessible::NameChanged);
    QAccessible::updateAccessibility(&event);
}

void DocumentFilesPanel::showProblem(const QString &text) {
    FieldFeedback::styleAsError(m_status);
    m_status->setText(text);
    m_status->setAccessibleName(text);
    // Said at once by screen readers, like a message box would be.
    QAccessibleEvent event(m_status, QAccessible::Alert);
    QAccessible::updateAccessibility(&event);
}

void DocumentFilesPanel::openChosen() {
    if (const std::optional<FileVersion> version = chosenVersion()) {
        m_downloading = version->versionId;
        m_opener.open(*version);
    }
}

void DocumentFilesPanel::saveChosen() {
    const std::optional<FileVersion> version = chosenVersion();
    if (!version)
        return;
    auto *dialog = new QFileDialog(this, tr("Save a copy of %1").arg(version->fileName));
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setFileMode(QFileDialog::AnyFile);
    dialog->selectFile(DocumentFileName::safe(version->fileName, version->versionId));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const FileVersion chosen = *version;
    connect(dialog, &QFileDialog::fileSelected, this, [this, chosen](const QString &path) {
        m_downloading = chosen.versionId;
        m_opener.saveAs(chosen, path);
    });
    dialog->open();
}

void DocumentFilesPanel::offerSaveAs(const FileVersion &version, const QString &text) {
    showProblem(text);
    auto *box =
        new QMessageBox(QMessageBox::Warning, tr("Not opened"), text, QMessageBox::Cancel, this);
    box->setObjectName(QStringLiteral("openRefused"));
    QPushButton *save = box->addButton(tr("Save &as…"), QMessageBox::AcceptRole);
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    const QString versionId = version.versionId;
    connect(box, &QMessageBox::finished, this, [this, box, save, versionId] {
        const std::optional<FileVersion> chosen = chosenVersion();
        if (box->clickedButton() == save && chosen && chosen->versionId == versionId)
            saveChosen();
    });
    box->open();
}

void DocumentFilesPanel::restoreChosen() {
    const std::optional<FileVersion> version = chosenVersion();
    if (!version || !m_restore->isEnabled())
        return;
    const int number = m_history->number(m_history->rowOf(version->versionId));
    try {
        m_transfers.restore(*version, tr("Restored version %1").arg(number));
        showStatus(tr("Version %1 will become the current version.").arg(number));
    } catch (const common::Error &error) {
        showProblem(error.describe());
    }
}

void DocumentFilesPanel::chooseFiles() {
    auto *dialog = new QFileDialog(this, tr("Choose the new version's file"));
    dialog->setFileMode(QFileDialog::ExistingFiles);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QFileDialog::filesSelected, this, &DocumentFilesPanel::offerUpload);
    dialog->open();
}

void DocumentFilesPanel::offerUpload(const QStringList &paths) {
    if (paths.isEmpty() || !m_document)
        return;
    const common::Decision decision = uploadDecision();
    if (!decision) {
        showProblem(decision.reason);
        return;
    }
    // More files while the prompt is open join the offered ones; the
    // comment typed so far stays.
    const bool adding = !m_offered.isEmpty();
    for (const QString &path : paths) {
        if (!m_offered.contains(path))
            m_offered << path;
    }
    QStringList names;
    for (const QString &path : std::as_const(m_offered))
        names << QFileInfo(path).fileName();
    m_promptFiles->setText(tr("New version: %1").arg(names.join(QStringLiteral(", "))));
    if (!adding)
        m_comment->clear();
    m_prompt->show();
    refreshActions();
    m_comment->setFocus(Qt::OtherFocusReason);
}

void DocumentFilesPanel::cancelUpload() {
    m_offered.clear();
    m_comment->clear();
    m_prompt->hide();
}

void DocumentFilesPanel::sendUpload() {
    if (m_offered.isEmpty() || !m_document || !uploadDecision())
        return;
    const QStringList paths = m_offered;
    const QString comment = m_comment->text();
    const DocumentCheckout lock = DocumentCheckout::of(*m_document, m_workspace.clock().now());
    if (!lock.isHeldByOther(m_workspace.user().id)) {
        queueUploads(paths, comment, false);
        return;
    }
    auto *box = new QMessageBox(
        QMessageBox::Warning, tr("Document checked out"),
        tr("%1. Upload anyway? This releases the check-out.").arg(lockDescription()),
        QMessageBox::Yes | QMessageBox::No, this);
    box->setDefaultButton(QMessageBox::No);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [this, paths, comment](int result) {
        if (result == QMessageBox::Yes)
            queueUploads(paths, comment, true);
    });
    box->open();
}

void DocumentFilesPanel::queueUploads(const QStringList &paths, const QString &comment,
                                      bool overrideCheckout) {
    if (!m_document)
        return;
    QStringList queued;
    for (const QString &path : paths) {
        try {
            const QString versionId = m_transfers.upload(m_document->meta.id, path, comment);
            if (overrideCheckout)
                m_transfers.retry(versionId, true);
            queued << QFileInfo(path).fileName();
        } catch (const common::Error &error) {
            showProblem(error.describe());
            return; // the files not queued stay offered
        }
        m_offered.removeOne(path);
    }
    cancelUpload();
    m_uploadMessage = true;
    showStatus(m_transfers.isOnline() ? tr("Uploading %1.").arg(queued.join(QStringLiteral(", ")))
                                      : tr("%1 will be uploaded when the connection is back.")
                                            .arg(queued.join(QStringLiteral(", "))));
    m_uploads->refresh();
}

} // namespace hn::client
