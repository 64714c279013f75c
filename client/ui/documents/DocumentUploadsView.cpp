// SPDX-License-Identifier: GPL-3.0-or-later
#include "client/ui/documents/DocumentUploadsView.h"

#include "client/ui/documents/DocumentTransfers.h"
#include "client/ui/shell/DecisionDisplay.h"
#include "client/ui/shell/Workspace.h"

#include <QGridLayout>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>

namespace hn::client {

namespace {

constexpr int kVersionIdRole = Qt::UserRole + 1;
constexpr int kStoppedRole = Qt::UserRole + 2;
constexpr int kErrorCodeRole = Qt::UserRole + 3;
// What UploadQueue records for a refusal because of another's check-out
// that an editor may override (blobs.proto, Upload).
const QString kCheckoutRefusal = QStringLiteral("failed-precondition");

} // namespace

DocumentUploadsView::DocumentUploadsView(Workspace &workspace, DocumentTransfers &transfers,
                                         QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_transfers(transfers)
    , m_list(new QListWidget(this))
    , m_retry(new QPushButton(QIcon::fromTheme(QStringLiteral("view-refresh")), tr("Retr&y"), this))
    , m_discard(
          new QPushButton(QIcon::fromTheme(QStringLiteral("edit-delete")), tr("&Discard"), this)) {
    m_list->setAccessibleName(tr("Uploads of this document"));
    m_list->setMaximumHeight(70);
    auto *label = new QLabel(tr("Uploads &queued:"), this);
    label->setBuddy(m_list);
    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->addWidget(label, 0, 0);
    grid->addWidget(m_list, 1, 0, 3, 1);
    grid->addWidget(m_retry, 1, 1);
    grid->addWidget(m_discard, 2, 1);
    grid->setColumnStretch(0, 1);
    grid->setRowStretch(3, 1);
    hide();

    connect(m_retry, &QPushButton::clicked, this, &DocumentUploadsView::retryChosen);
    connect(m_discard, &QPushButton::clicked, this, &DocumentUploadsView::discardChosen);
    connect(m_list, &QListWidget::currentRowChanged, this, &DocumentUploadsView::refreshActions);
}

void DocumentUploadsView::setDocument(const std::optional<common::Record> &document) {
    m_document = document;
    refresh();
}

int DocumentUploadsView::count() const {
    return m_list->count();
}

void DocumentUploadsView::refresh() {
    const QString chosen =
        m_list->currentItem() ? m_list->currentItem()->data(kVersionIdRole).toString() : QString();
    m_list->clear();
    if (m_document) {
        const int percent = m_transfers.uploadPercent(m_document->meta.id);
        for (const UploadEntry &entry : m_transfers.uploadsOf(m_document->meta.id)) {
            const QString name = entry.restore ? tr("Restore of %1").arg(entry.version.fileName)
                                               : entry.version.fileName;
            QString text;
            if (entry.state == UploadEntry::State::Stopped)
                text = tr("%1: stopped: %2").arg(name, entry.errorMessage);
            else if (percent >= 0)
                text = tr("%1: uploading %2 %").arg(name).arg(percent);
            else if (!m_transfers.isOnline())
                text = tr("%1: waiting for the connection").arg(name);
            else
                text = tr("%1: waiting to upload").arg(name);
            auto *item = new QListWidgetItem(text, m_list);
            item->setData(kVersionIdRole, entry.version.versionId);
            item->setData(kStoppedRole, entry.state == UploadEntry::State::Stopped);
            item->setData(kErrorCodeRole, entry.errorCode);
            item->setToolTip(text);
            if (entry.version.versionId == chosen)
                m_list->setCurrentItem(item);
        }
    }
    setVisible(m_list->count() > 0);
    refreshActions();
}

void DocumentUploadsView::refreshActions() {
    QListWidgetItem *item = m_list->currentItem();
    const common::Decision yes{true, {}, false};
    const bool stopped = item && item->data(kStoppedRole).toBool();
    showDecision(m_retry,
                 stopped ? yes : common::Decision{false, tr("Choose a stopped upload."), false},
                 tr("Send the chosen upload again"));
    showDecision(m_discard, item ? yes : common::Decision{false, tr("Choose an upload."), false},
                 tr("Remove the chosen upload; its file is not sent"));
}

void DocumentUploadsView::retry(const QString &versionId, bool overrideCheckout) {
    try {
        m_transfers.retry(versionId, overrideCheckout);
    } catch (const common::Error &error) {
        Q_EMIT problem(error.describe());
    }
    refresh();
}

void DocumentUploadsView::retryChosen() {
    QListWidgetItem *item = m_list->currentItem();
    if (!item || !item->data(kStoppedRole).toBool() || !m_document)
        return;
    const QString versionId = item->data(kVersionIdRole).toString();
    const bool mayOverride =
        m_workspace.permissions().may(common::Action::EditAny, m_document->meta.spaceId).allowed;
    if (item->data(kErrorCodeRole).toString() != kCheckoutRefusal || !mayOverride) {
        retry(versionId, false);
        return;
    }
    auto *box = new QMessageBox(
        QMessageBox::Warning, tr("Document checked out"),
        tr("Someone else has checked this document out. Upload anyway? This releases their "
           "check-out."),
        QMessageBox::Yes | QMessageBox::No, this);
    box->setDefaultButton(QMessageBox::No);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [this, versionId](int result) {
        if (result == QMessageBox::Yes)
            retry(versionId, true);
    });
    box->open();
}

void DocumentUploadsView::discardChosen() {
    QListWidgetItem *item = m_list->currentItem();
    if (!item)
        return;
    try {
        m_transfers.discard(item->data(kVersionIdRole).toString());
    } catch (const common::Error &error) {
        Q_EMIT problem(error.describe());
    }
    Q_EMIT discarded();
    refresh();
}

} // namespace hn::client
