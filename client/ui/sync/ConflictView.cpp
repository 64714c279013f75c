// SPDX-License-Identifier: GPL-3.0-or-later
#include "client/ui/sync/ConflictView.h"

#include "client/ui/shell/Workspace.h"
#include "client/ui/sync/ConflictDialog.h"
#include "client/ui/sync/ConflictModel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QIcon>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPointer>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace hn::client {

ConflictView::ConflictView(Workspace &workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_model(new ConflictModel(workspace.replica(), this))
    , m_table(new QTableView(this))
    , m_empty(new QLabel(tr("No conflicts: nothing waits for your decision."), this))
    , m_message(new QLabel(this))
    , m_resolve(new QPushButton(QIcon::fromTheme(QStringLiteral("document-edit")), tr("&Resolve…"),
                                this)) {
    auto *heading = new QLabel(
        tr("<b>Conflicts</b>: changes made here and on the server at the same time. Nothing is"
           " decided without you."),
        this);
    heading->setWordWrap(true);
    heading->setBuddy(m_table);

    m_table->setObjectName(QStringLiteral("conflictTable"));
    m_table->setModel(m_model);
    m_table->setAccessibleName(tr("Conflicts"));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setColumnWidth(ConflictModel::RecordColumn, 220);
    m_table->setColumnWidth(ConflictModel::WhatColumn, 260);
    m_empty->setObjectName(QStringLiteral("conflictsEmpty"));
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    m_message->hide();
    m_resolve->setObjectName(QStringLiteral("conflictResolve"));
    m_resolve->setToolTip(tr("Compare both sides and decide"));

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_resolve);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addWidget(m_empty);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_message);
    layout->addLayout(buttons);
    setTabOrder(m_table, m_resolve);

    connect(m_resolve, &QPushButton::clicked, this, &ConflictView::resolveSelected);
    connect(m_table, &QTableView::activated, this, &ConflictView::resolveSelected);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &ConflictView::updateActions);
    connect(m_model, &ConflictModel::modelReset, this, &ConflictView::updateActions);
    connect(m_model, &ConflictModel::loadFailed, this, [this](const QString &message) {
        m_message->setText(message);
        m_message->show();
    });
    connect(&m_workspace, &Workspace::recordsChanged, this, &ConflictView::reload);
    if (SyncEngine *engine = m_workspace.engine())
        connect(engine, &SyncEngine::countsChanged, this, &ConflictView::reload);
    // The first conflict is selected, so Enter opens it at once.
    if (m_model->rowCount() > 0)
        m_table->selectRow(0);
    updateActions();
}

ConflictView::~ConflictView() {
    // The open dialog goes with the view; its "finished" must not reach a
    // half-destroyed view.
    if (m_dialog) {
        m_dialog->disconnect(this);
        delete m_dialog.data();
    }
}

ConflictDialog *ConflictView::openDialog() const {
    return m_dialog.data();
}

void ConflictView::reload() {
    // Every sync round and local edit lands here: a hidden view (another
    // section on screen, the window in the tray) reads again when shown.
    if (!isVisible()) {
        m_stale = true;
        return;
    }
    m_stale = false;
    const QModelIndexList selected = m_table->selectionModel()->selectedRows();
    const qint64 id =
        selected.isEmpty() ? 0 : selected.first().data(ConflictModel::ConflictIdRole).toLongLong();
    m_model->reload();
    const int row = m_model->rowOfConflict(id);
    if (row >= 0)
        m_table->selectRow(row);
    else if (m_model->rowCount() > 0)
        m_table->selectRow(0);
    updateActions();
}

int ConflictView::selectedRow() const {
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? -1 : rows.first().row();
}

void ConflictView::updateActions() {
    const bool empty = m_model->rowCount() == 0;
    m_empty->setVisible(empty);
    m_resolve->setEnabled(m_model->conflict(selectedRow()) != nullptr);
}

void ConflictView::resolveSelected() {
    const Conflict *selected = m_model->conflict(selectedRow());
    if (!selected || m_dialog)
        return;
    // Opened, not exec()'d: a nested event loop could deliver the session's
    // end, which deletes this view and the workspace while exec() still had
    // `this` on the stack. The dialog is our child, so it goes with us.
    auto *dialog = new ConflictDialog(m_workspace, *selected, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_dialog = dialog;
    connect(dialog, &QDialog::finished, this, [this] {
        m_dialog = nullptr;
        // Even a dialog closed with "Decide later" may have resolved some
        // fields (a failure part-way), so refresh and push in every case.
        m_workspace.refresh();
        if (SyncEngine *engine = m_workspace.engine())
            engine->syncNow();
    });
    dialog->open();
}

void ConflictView::showEvent(QShowEvent *event) {
    QWidget::showEvent(event);
    if (m_stale)
        reload();
}

} // namespace hn::client
