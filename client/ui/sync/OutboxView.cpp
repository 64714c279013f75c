// SPDX-License-Identifier: GPL-3.0-or-later
#include "client/ui/sync/OutboxView.h"

#include "client/ui/shell/FieldFeedback.h"
#include "client/ui/shell/Workspace.h"
#include "client/ui/sync/OutboxModel.h"
#include "common/Error.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QIcon>
#include <QItemSelectionModel>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace hn::client {

OutboxView::OutboxView(Workspace &workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_model(new OutboxModel(workspace.replica(), this))
    , m_table(new QTableView(this))
    , m_empty(new QLabel(tr("Nothing waiting: every change has reached the server."), this))
    , m_details(new QLabel(this))
    , m_message(new QLabel(this))
    , m_edit(new QPushButton(QIcon::fromTheme(QStringLiteral("document-edit")), tr("&Open record"),
                             this))
    , m_retry(new QPushButton(QIcon::fromTheme(QStringLiteral("view-refresh")), tr("&Retry"), this))
    , m_discard(
          new QPushButton(QIcon::fromTheme(QStringLiteral("edit-delete")), tr("&Discard…"), this)) {
    auto *heading = new QLabel(tr("<b>Outbox</b>: changes not yet accepted by the server"), this);
    heading->setBuddy(m_table);

    m_table->setObjectName(QStringLiteral("outboxTable"));
    m_table->setModel(m_model);
    m_table->setAccessibleName(tr("Outbox"));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setColumnWidth(OutboxModel::RecordColumn, 220);
    m_table->setColumnWidth(OutboxModel::OperationColumn, 200);

    m_details->setObjectName(QStringLiteral("outboxDetails"));
    m_details->setWordWrap(true);
    m_details->setTextFormat(Qt::PlainText);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_details->setAccessibleName(tr("Selected change"));
    m_message->setObjectName(QStringLiteral("outboxMessage"));
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    m_message->hide();
    m_empty->setObjectName(QStringLiteral("outboxEmpty"));

    m_edit->setObjectName(QStringLiteral("outboxEdit"));
    m_retry->setObjectName(QStringLiteral("outboxRetry"));
    m_discard->setObjectName(QStringLiteral("outboxDiscard"));
    m_edit->setToolTip(tr("Open the record to correct it, then retry"));
    m_retry->setToolTip(tr("Send the refused change again"));
    m_discard->setToolTip(
        tr("Drop the refused change; the record goes back to the server's state"));

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_edit);
    buttons->addWidget(m_retry);
    buttons->addWidget(m_discard);
    buttons->addStretch();

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addWidget(m_empty);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_details);
    layout->addWidget(m_message);
    layout->addLayout(buttons);

    setTabOrder(m_table, m_edit);
    setTabOrder(m_edit, m_retry);
    setTabOrder(m_retry, m_discard);

    connect(m_edit, &QPushButton::clicked, this, &OutboxView::editSelected);
    connect(m_retry, &QPushButton::clicked, this, &OutboxView::retrySelected);
    connect(m_discard, &QPushButton::clicked, this, &OutboxView::discardSelected);
    connect(m_table, &QTableView::activated, this, &OutboxView::editSelected);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &OutboxView::updateActions);
    connect(m_model, &OutboxModel::modelReset, this, &OutboxView::updateActions);
    connect(m_model, &OutboxModel::loadFailed, this,
            [this](const QString &message) { showMessage(message, true); });
    connect(&m_workspace, &Workspace::recordsChanged, this, &OutboxView::reload);
    if (SyncEngine *engine = m_workspace.engine())
        connect(engine, &SyncEngine::countsChanged, this, &OutboxView::reload);
    updateActions();
}

bool OutboxView::selectEntry(qint64 entryId) {
    const int row = m_model->rowOfEntry(entryId);
    if (row < 0)
        return false;
    m_table->selectRow(row);
    m_table->scrollTo(m_model->index(row, 0));
    return true;
}

void OutboxView::reload() {
    // Every sync round and local edit lands here: a hidden view (another
    // section on screen, the window in the tray) reads again when shown.
    if (!isVisible()) {
        m_stale = true;
        return;
    }
    m_stale = false;
    const qint64 selected = selectedEntryId();
    m_model->reload();
    if (selected > 0)
        selectEntry(selected);
    updateActions();
}

qint64 OutboxView::selectedEntryId() const {
    const OutboxEntry *e = m_model->entry(selectedRow());
    return e ? e->id : 0;
}

int OutboxView::selectedRow() const {
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? -1 : rows.first().row();
}

void OutboxView::updateActions() {
    const bool empty = m_model->rowCount() == 0;
    m_empty->setVisible(empty);
    const OutboxEntry *e = m_model->entry(selectedRow());
    const bool rejected = e && e->state == OutboxEntry::State::Rejected;
    for (QPushButton *b : {m_edit, m_retry, m_discard})
        b->setEnabled(rejected);
    if (!e) {
        m_details->setText(empty ? QString() : tr("Select a change to see what happened to it."));
        return;
    }
    const QString title = m_model->title(selectedRow());
    switch (e->state) {
    case OutboxEntry::State::Pending:
        m_details->setText(
            tr("“%1” waits to be sent; it goes out at the next synchronisation.").arg(title));
        break;
    case OutboxEntry::State::InFlight:
        m_details->setText(tr("“%1” is being sent to the server.").arg(title));
        break;
    case OutboxEntry::State::Rejected:
        m_details->setText(tr("The server refused the change to “%1”. %2\nCorrect the record"
                              " (Open record) and send it again (Retry), or discard the change.")
                               .arg(title, OutboxModel::reasonText(*e)));
        break;
    }
}

void OutboxView::showMessage(const QString &text, bool error) {
    m_message->setText(text);
    if (error)
        FieldFeedback::styleAsError(m_message);
    else
        m_message->setStyleSheet({});
    m_message->setVisible(!text.isEmpty());
}

void OutboxView::editSelected() {
    const OutboxEntry *e = m_model->entry(selectedRow());
    if (!e || e->state != OutboxEntry::State::Rejected)
        return;
    Q_EMIT openRecordRequested(e->mutation.recordId, e->mutation.type);
}

void OutboxView::retrySelected() {
    const qint64 id = selectedEntryId();
    const OutboxEntry *e = m_model->entry(selectedRow());
    if (!e || e->state != OutboxEntry::State::Rejected)
        return;
    try {
        m_workspace.replica().retryRejected(id);
        showMessage(tr("The change goes out again at the next synchronisation."), false);
    } catch (const common::Error &error) {
        showMessage(tr("The change could not be sent again: %1").arg(error.describe()), true);
        return;
    }
    decided();
}

void OutboxView::discardSelected() {
    const OutboxEntry *e = m_model->entry(selectedRow());
    if (!e || e->state != OutboxEntry::State::Rejected)
        return;
    const qint64 id = e->id;
    const QString title = m_model->title(selectedRow());
    const QString question =
        e->mutation.op == common::MutationOp::Create
            ? tr("Discard the new record “%1”? It never reached the server and will be removed"
                 " from this computer.")
                  .arg(title)
            : tr("Discard your changes to “%1”? The record goes back to the state the server"
                 " has; your changes are lost.")
                  .arg(title);
    // Opened, not exec()'d: a nested event loop could deliver the session's
    // end, which deletes this view and the workspace under the call.
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Discard change"), question,
                                QMessageBox::Discard | QMessageBox::Cancel, this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setDefaultButton(QMessageBox::Cancel);
    box->setObjectName(QStringLiteral("discardConfirmation"));
    connect(box, &QMessageBox::finished, this, [this, box, id, title] {
        if (box->standardButton(box->clickedButton()) == QMessageBox::Discard)
            discard(id, title);
    });
    box->open();
}

void OutboxView::discard(qint64 id, const QString &title) {
    try {
        m_workspace.replica().discardRejected(id);
        showMessage(tr("The change to “%1” was discarded.").arg(title), false);
    } catch (const common::Error &error) {
        showMessage(tr("The change could not be discarded: %1").arg(error.describe()), true);
        return;
    }
    decided();
}

void OutboxView::decided() {
    m_workspace.refresh();
    if (SyncEngine *engine = m_workspace.engine())
        engine->syncNow();
}

void OutboxView::showEvent(QShowEvent *event) {
    QWidget::showEvent(event);
    if (m_stale)
        reload();
}

} // namespace hn::client
