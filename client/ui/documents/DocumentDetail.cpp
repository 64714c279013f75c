// SPDX-License-Identifier: GPL-3.0-or-later
#include "client/ui/documents/DocumentDetail.h"

#include "client/ui/documents/DocumentCategory.h"
#include "client/ui/documents/DocumentCheckout.h"
#include "client/ui/documents/DocumentFilesPanel.h"
#include "client/ui/documents/DocumentForm.h"
#include "client/ui/documents/DocumentTransfers.h"
#include "client/ui/documents/DroppedFiles.h"
#include "client/ui/models/DirectoryNames.h"
#include "client/ui/shell/ConcurrentEdit.h"
#include "client/ui/shell/DecisionDisplay.h"
#include "client/ui/shell/EditClashDialog.h"
#include "client/ui/shell/Workspace.h"

#include <QCheckBox>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QMimeData>
#include <QPushButton>
#include <QVBoxLayout>

namespace hn::client {

DocumentDetail::DocumentDetail(Workspace &workspace, DocumentTransfers &transfers,
                               DocumentOpener &opener, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_transfers(transfers)
    , m_heading(new QLabel(this))
    , m_form(new DocumentForm(this))
    , m_save(new QPushButton(QIcon::fromTheme(QStringLiteral("document-save")), tr("&Save"), this))
    , m_delete(
          new QPushButton(QIcon::fromTheme(QStringLiteral("edit-delete")), tr("De&lete…"), this))
    , m_checkoutLabel(new QLabel(this))
    , m_checkout(new QPushButton(this))
    , m_keepOffline(new QCheckBox(tr("&Keep offline"), this))
    , m_spaceOffline(new QCheckBox(tr("Keep this &whole area offline"), this))
    , m_files(new DocumentFilesPanel(workspace, transfers, opener, this)) {
    setAcceptDrops(true);
    QFont headingFont = m_heading->font();
    headingFont.setBold(true);
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.2);
    m_heading->setFont(headingFont);
    m_heading->setWordWrap(true);

    auto *formActions = new QHBoxLayout;
    formActions->addStretch(1);
    formActions->addWidget(m_save);
    formActions->addWidget(m_delete);

    m_checkoutLabel->setWordWrap(true);
    m_checkoutLabel->setTextInteractionFlags(Qt::TextSelectableByMouse
                                             | Qt::TextSelectableByKeyboard);
    auto *lockRow = new QHBoxLayout;
    lockRow->addWidget(m_checkoutLabel, 1);
    lockRow->addWidget(m_checkout);

    m_keepOffline->setToolTip(tr("Keep the current file of this document on this device"));
    m_spaceOffline->setToolTip(
        tr("Keep the current files of every document of this area on this device"));
    auto *offlineRow = new QHBoxLayout;
    offlineRow->addWidget(m_keepOffline);
    offlineRow->addWidget(m_spaceOffline);
    offlineRow->addStretch(1);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addWidget(m_form);
    layout->addLayout(formActions);
    layout->addLayout(lockRow);
    layout->addLayout(offlineRow);
    layout->addWidget(m_files, 1);

    connect(m_save, &QPushButton::clicked, this, [this] { save(); });
    connect(m_delete, &QPushButton::clicked, this, &DocumentDetail::askRemove);
    connect(m_checkout, &QPushButton::clicked, this, &DocumentDetail::toggleCheckout);
    connect(m_keepOffline, &QCheckBox::clicked, this, &DocumentDetail::setKeptOffline);
    connect(m_spaceOffline, &QCheckBox::clicked, this, &DocumentDetail::setSpaceOffline);
    connect(m_form, &DocumentForm::edited, this, &DocumentDetail::refreshState);
    connect(&m_transfers, &DocumentTransfers::changed, this, [this](const QString &documentId) {
        if (documentId.isEmpty() || documentId == m_documentId)
            refreshState();
    });
    showDocument(QString());
}

void DocumentDetail::showDocument(const QString &documentId) {
    m_documentId = documentId;
    m_document.reset();
    if (!documentId.isEmpty()) {
        try {
            m_document = m_workspace.replica().record(documentId);
        } catch (const common::Error &error) {
            m_files->showProblem(error.describe());
        }
        if (m_document
            && (m_document->meta.deleted || m_document->type != common::EntityType::Document))
            m_document.reset();
    }
    loadForm(m_document ? m_document->fields : QJsonObject());
    m_files->setDocument(m_document);
    refreshState();
}

void DocumentDetail::refresh() {
    if (m_documentId.isEmpty())
        return;
    std::optional<common::Record> fresh;
    try {
        fresh = m_workspace.replica().record(m_documentId);
    } catch (const common::Error &) {
        return; // keep showing what was read; the list reports read failures
    }
    if (!fresh || fresh->meta.deleted) {
        showDocument(QString());
        return;
    }
    m_document = fresh;
    // What the person is typing stays; a sync shows in the list meanwhile.
    if (!m_form->isEdited())
        loadForm(m_document->fields);
    m_files->setDocument(m_document);
    refreshState();
}

void DocumentDetail::refreshState() {
    setEnabled(true);
    const bool shown = m_document.has_value();
    m_form->setVisible(shown);
    const Permissions &permissions = m_workspace.permissions();
    const common::Decision none{false, tr("Choose a document first."), false};
    if (!shown) {
        m_heading->setText(tr("No document chosen"));
        m_checkoutLabel->clear();
        m_checkout->setText(tr("&Check out"));
        for (QWidget *w : std::initializer_list<QWidget *>{m_save, m_delete, m_checkout,
                                                           m_keepOffline, m_spaceOffline})
            showDecision(w, none);
        return;
    }
    const common::Record &document = *m_document;
    m_heading->setText(document.fields.value(QStringLiteral("title")).toString());
    const common::Decision edit = permissions.mayEdit(document);
    m_form->setReadOnly(!edit);
    showDecision(m_save,
                 edit && !m_form->isEdited()
                     ? common::Decision{false, tr("Nothing changed yet."), false}
                     : edit,
                 tr("Save the changed fields"));
    showDecision(m_delete, permissions.mayDelete(document),
                 tr("Delete the document with all its versions"));

    const DocumentCheckout lock = DocumentCheckout::of(document, m_workspace.clock().now());
    const QString me = m_workspace.user().id;
    if (!lock.isHeld()) {
        m_checkoutLabel->setText(tr("Not checked out."));
        m_checkout->setText(tr("&Check out"));
        m_checkout->setIcon(QIcon::fromTheme(QStringLiteral("object-locked")));
        showDecision(m_checkout, edit,
                     tr("Tell others that you are editing this document (for 3 days)"));
    } else {
        const QString holder = lock.isHeldBy(me)
                                   ? tr("you")
                                   : DirectoryNames::of(m_workspace.replica(), lock.holderId());
        m_checkoutLabel->setText(
            lock.expiresAt().isValid()
                ? tr("Checked out by %1 until %2.")
                      .arg(holder,
                           QLocale().toString(lock.expiresAt().toLocalTime(), QLocale::ShortFormat))
                : tr("Checked out by %1 (the server has not confirmed it yet).").arg(holder));
        m_checkout->setText(tr("&Check in"));
        m_checkout->setIcon(QIcon::fromTheme(QStringLiteral("object-unlocked")));
        common::Decision release = edit;
        if (lock.isHeldByOther(me)) {
            release = permissions.may(common::Action::PinLock, document.meta.spaceId);
            if (!release)
                release.reason = tr("%1 has checked the document out; only they or a moderator "
                                    "can check it in.")
                                     .arg(holder);
        }
        showDecision(m_checkout, release, tr("Release the check-out"));
    }
    m_checkoutLabel->setAccessibleName(m_checkoutLabel->text());

    FileCache &cache = m_workspace.fileCache();
    const common::Decision yes{true, {}, false};
    try {
        m_keepOffline->setChecked(cache.isPinned(document.meta.id));
        m_spaceOffline->setChecked(cache.isSpaceOffline(document.meta.spaceId));
    } catch (const common::Error &error) {
        m_files->showProblem(error.describe());
    }
    showDecision(m_keepOffline, yes, m_keepOffline->toolTip());
    showDecision(m_spaceOffline, yes, m_spaceOffline->toolTip());
}

void DocumentDetail::loadForm(const QJsonObject &fields) {
    m_snapshot = fields;
    m_form->setFields(fields);
}

QMessageBox *DocumentDetail::leaveQuestion() const {
    return m_leaveQuestion.data();
}

bool DocumentDetail::hasUnsavedWork() const {
    return m_document && (m_form->isEdited() || m_files->hasOfferedUpload());
}

void DocumentDetail::askBeforeLeaving(const std::function<void(bool leave)> &done) {
    if (!hasUnsavedWork()) {
        done(true);
        return;
    }
    const QString title = m_document->fields.value(QStringLiteral("title")).toString();
    QString text = m_form->isEdited()
                       ? tr("You changed “%1” and have not saved it yet.").arg(title)
                       : tr("The new version of “%1” has not been uploaded yet.").arg(title);
    auto *box =
        new QMessageBox(QMessageBox::Question, tr("Unsaved changes"), text,
                        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, this);
    box->setObjectName(QStringLiteral("leaveQuestion"));
    box->setInformativeText(tr("Save them before showing another document?"));
    box->setDefaultButton(QMessageBox::Save);
    box->setAttribute(Qt::WA_DeleteOnClose);
    m_leaveQuestion = box;
    connect(box, &QMessageBox::finished, this, [this, done](int result) {
        m_leaveQuestion.clear(); // answered (deleted later)
        if (result == QMessageBox::Discard) {
            m_files->cancelUpload();
            done(true);
            return;
        }
        if (result != QMessageBox::Save) {
            done(false);
            return;
        }
        if (m_form->isEdited() && !save()) {
            done(false);
            return;
        }
        if (m_files->hasOfferedUpload())
            m_files->sendUpload();
        // A check-out question keeps the files offered: stay and let it be answered.
        done(!m_files->hasOfferedUpload());
    });
    box->open();
}

bool DocumentDetail::save() {
    if (!m_document)
        return false;
    QJsonObject mine;
    std::optional<common::Record> now;
    try {
        mine = m_form->checkedFields(m_documentId);
        now = m_workspace.replica().record(m_documentId);
    } catch (const common::Error &error) {
        m_form->showError(error);
        return false;
    }
    if (!now || now->meta.deleted) {
        m_files->showProblem(tr("Someone deleted this document meanwhile; your changes were not "
                                "saved. Copy what you need before choosing another document."));
        return false;
    }
    const ConcurrentEdit edit(m_snapshot, now->fields, mine);
    if (edit.clashes().isEmpty())
        return storeChanges(mine, {});
    // Categories are shown by name, not by their stored key.
    QList<ConcurrentEdit::Clash> clashes = edit.clashes();
    for (ConcurrentEdit::Clash &clash : clashes) {
        if (clash.path == u"category") {
            clash.mine = DocumentCategory::displayName(clash.mine.toString());
            clash.theirs = DocumentCategory::displayName(clash.theirs.toString());
        }
    }
    auto *dialog = new EditClashDialog(clashes, &DocumentDetail::fieldLabel, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const QString id = m_documentId;
    connect(dialog, &QDialog::accepted, this, [this, dialog, id, mine] {
        if (id == m_documentId)
            storeChanges(mine, dialog->keptTheirs());
    });
    dialog->open();
    return false;
}

QString DocumentDetail::fieldLabel(const QString &path) {
    if (path == u"title")
        return tr("Title");
    if (path == u"category")
        return tr("Category");
    if (path == u"tags")
        return tr("Tags");
    if (path == u"description")
        return tr("Description");
    return path;
}

bool DocumentDetail::storeChanges(const QJsonObject &mine, const QStringList &keptTheirs) {
    try {
        // Against the record as it is now: a sync round may have arrived
        // while the person was choosing.
        const std::optional<common::Record> now = m_workspace.replica().record(m_documentId);
        if (!now || now->meta.deleted) {
            refresh();
            return false;
        }
        ConcurrentEdit edit(m_snapshot, now->fields, mine);
        for (const QString &path : keptTheirs)
            edit.keepTheirs(path);
        const QJsonObject changes = edit.changes();
        if (!changes.isEmpty())
            m_workspace.update(m_documentId, changes);
    } catch (const common::Error &error) {
        m_form->showError(error);
        return false;
    }
    loadForm(m_workspace.replica().record(m_documentId)->fields);
    m_files->showStatus(tr("Saved."));
    refresh();
    return true;
}

void DocumentDetail::askRemove() {
    if (!m_document)
        return;
    const QString id = m_documentId;
    auto *box =
        new QMessageBox(QMessageBox::Question, tr("Delete document"),
                        tr("Delete “%1” with all its versions for everyone?")
                            .arg(m_document->fields.value(QStringLiteral("title")).toString()),
                        QMessageBox::Yes | QMessageBox::No, this);
    box->setDefaultButton(QMessageBox::No);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [this, id](int result) {
        if (result != QMessageBox::Yes)
            return;
        try {
            m_workspace.remove(id);
        } catch (const common::Error &error) {
            m_files->showProblem(error.describe());
            return;
        }
        Q_EMIT removed(id);
        showDocument(QString());
    });
    box->open();
}

void DocumentDetail::toggleCheckout() {
    if (!m_document)
        return;
    const DocumentCheckout lock = DocumentCheckout::of(*m_document, m_workspace.clock().now());
    if (!lock.isHeld()) {
        changeCheckout(DocumentCheckout::take(m_workspace.user().id));
        return;
    }
    if (lock.isHeldBy(m_workspace.user().id)) {
        changeCheckout(DocumentCheckout::release());
        return;
    }
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Check in"),
                                tr("%1 Release it? Their unsaved work is not affected, but others "
                                   "may then change the document.")
                                    .arg(m_checkoutLabel->text()),
                                QMessageBox::Yes | QMessageBox::No, this);
    box->setDefaultButton(QMessageBox::No);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [this](int result) {
        if (result == QMessageBox::Yes)
            changeCheckout(DocumentCheckout::release());
    });
    box->open();
}

void DocumentDetail::changeCheckout(const QJsonObject &checkout) {
    try {
        m_workspace.update(m_documentId, {{QStringLiteral("checkout"), checkout}});
    } catch (const common::Error &error) {
        m_files->showProblem(error.describe());
        return;
    }
    refresh();
}

void DocumentDetail::setKeptOffline(bool kept) {
    if (!m_document)
        return;
    try {
        m_workspace.fileCache().setPinned(m_documentId, kept);
    } catch (const common::Error &error) {
        m_files->showProblem(error.describe());
        return;
    }
    if (FileTransfers *transfers = m_workspace.transfers())
        transfers->kick(); // fetch it ahead now
    m_transfers.refresh();
}

void DocumentDetail::setSpaceOffline(bool offline) {
    if (!m_document)
        return;
    try {
        m_workspace.fileCache().setSpaceOffline(m_document->meta.spaceId, offline);
    } catch (const common::Error &error) {
        m_files->showProblem(error.describe());
        return;
    }
    if (FileTransfers *transfers = m_workspace.transfers())
        transfers->kick();
    m_transfers.refresh();
}

void DocumentDetail::dragEnterEvent(QDragEnterEvent *event) {
    if (!DroppedFiles::of(event->mimeData()).isEmpty() && m_files->uploadDecision())
        event->acceptProposedAction();
}

void DocumentDetail::dragMoveEvent(QDragMoveEvent *event) {
    if (!DroppedFiles::of(event->mimeData()).isEmpty() && m_files->uploadDecision())
        event->acceptProposedAction();
}

void DocumentDetail::dropEvent(QDropEvent *event) {
    const QStringList paths = DroppedFiles::of(event->mimeData());
    if (paths.isEmpty())
        return;
    event->acceptProposedAction();
    m_files->offerUpload(paths);
}

} // namespace hn::client
