// SPDX-License-Identifier: GPL-3.0-or-later
#include "client/ui/sync/SetAsideView.h"

#include "client/ui/shell/FieldFeedback.h"
#include "client/ui/shell/Workspace.h"
#include "client/ui/sync/RecordDescription.h"
#include "client/ui/sync/SetAsideModel.h"
#include "common/Error.h"

#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QIcon>
#include <QItemSelectionModel>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QStandardPaths>
#include <QTableView>
#include <QVBoxLayout>

namespace hn::client {

SetAsideView::SetAsideView(Workspace &workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_model(new SetAsideModel(workspace.replica(), this))
    , m_table(new QTableView(this))
    , m_empty(new QLabel(tr("Nothing set aside."), this))
    , m_details(new QPlainTextEdit(this))
    , m_message(new QLabel(this))
    , m_export(new QPushButton(QIcon::fromTheme(QStringLiteral("document-save-as")), tr("E&xport…"),
                               this))
    , m_dismiss(
          new QPushButton(QIcon::fromTheme(QStringLiteral("edit-delete")), tr("D&ismiss…"), this)) {
    auto *heading = new QLabel(
        tr("<b>Set aside</b>: your unsynchronised work in areas you can no longer access. Export"
           " it to keep it, then dismiss it."),
        this);
    heading->setWordWrap(true);
    heading->setBuddy(m_table);

    m_table->setObjectName(QStringLiteral("setAsideTable"));
    m_table->setModel(m_model);
    m_table->setAccessibleName(tr("Work set aside"));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setColumnWidth(SetAsideModel::RecordColumn, 220);
    m_table->setColumnWidth(SetAsideModel::ReasonColumn, 300);

    m_details->setObjectName(QStringLiteral("setAsideDetails"));
    m_details->setReadOnly(true);
    m_details->setTabChangesFocus(true);
    m_details->setAccessibleName(tr("Fields of the selected item"));
    m_details->setMaximumHeight(180);
    m_message->setObjectName(QStringLiteral("setAsideMessage"));
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    m_message->hide();
    m_empty->setObjectName(QStringLiteral("setAsideEmpty"));
    m_export->setObjectName(QStringLiteral("setAsideExport"));
    m_dismiss->setObjectName(QStringLiteral("setAsideDismiss"));
    m_export->setToolTip(tr("Save every item set aside to a file"));
    m_dismiss->setToolTip(tr("Remove the selected item from this computer"));

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_export);
    buttons->addWidget(m_dismiss);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addWidget(m_empty);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_details);
    layout->addWidget(m_message);
    layout->addLayout(buttons);
    setTabOrder(m_table, m_details);
    setTabOrder(m_details, m_export);
    setTabOrder(m_export, m_dismiss);

    connect(m_export, &QPushButton::clicked, this, &SetAsideView::exportAll);
    connect(m_dismiss, &QPushButton::clicked, this, &SetAsideView::dismissSelected);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &SetAsideView::updateDetails);
    connect(m_model, &SetAsideModel::modelReset, this, &SetAsideView::updateDetails);
    connect(m_model, &SetAsideModel::loadFailed, this,
            [this](const QString &message) { showMessage(message, true); });
    connect(&m_workspace, &Workspace::recordsChanged, this, &SetAsideView::reload);
    if (SyncEngine *engine = m_workspace.engine())
        connect(engine, &SyncEngine::countsChanged, this, &SetAsideView::reload);
    updateDetails();
}

void SetAsideView::reload() {
    // Every sync round and local edit lands here: a hidden view (another
    // section on screen, the window in the tray) reads again when shown.
    if (!isVisible()) {
        m_stale = true;
        return;
    }
    m_stale = false;
    const SetAsideItem *selected = m_model->item(selectedRow());
    const qint64 id = selected ? selected->id : 0;
    m_model->reload();
    const int row = m_model->rowOfItem(id);
    if (row >= 0)
        m_table->selectRow(row);
    updateDetails();
}

int SetAsideView::selectedRow() const {
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? -1 : rows.first().row();
}

void SetAsideView::updateDetails() {
    const bool empty = m_model->rowCount() == 0;
    m_empty->setVisible(empty);
    m_export->setEnabled(!empty);
    const SetAsideItem *item = m_model->item(selectedRow());
    m_dismiss->setEnabled(item != nullptr);
    if (!item) {
        m_details->setPlainText(empty ? QString() : tr("Select an item to see its fields."));
        return;
    }
    QStringList lines;
    lines << tr("%1 “%2”, %3")
                 .arg(RecordDescription::typeName(item->type),
                      RecordDescription::title(item->type, item->fields),
                      RecordDescription::operationName(item->op));
    lines << m_model->reasonText(selectedRow()) << QString();
    const QString empty_ = RecordDescription::valueText(QJsonValue());
    for (auto it = item->fields.constBegin(); it != item->fields.constEnd(); ++it) {
        const QString value = RecordDescription::valueText(it.value());
        if (value == empty_)
            continue;
        const QString marker =
            item->changedFields.contains(it.key()) ? QStringLiteral("* ") : QString();
        lines << tr("%1%2: %3")
                     .arg(marker, RecordDescription::fieldLabel(it.key()),
                          QString(value).replace(QLatin1Char('\n'), QStringLiteral("; ")));
    }
    if (!item->changedFields.isEmpty())
        lines << QString() << tr("* changed by you");
    m_details->setPlainText(lines.join(QLatin1Char('\n')));
}

void SetAsideView::showMessage(const QString &text, bool error) {
    m_message->setText(text);
    if (error)
        FieldFeedback::styleAsError(m_message);
    else
        m_message->setStyleSheet({});
    m_message->setVisible(!text.isEmpty());
}

bool SetAsideView::exportTo(const QString &path) {
    try {
        const QByteArray json = m_workspace.replica().exportSetAside();
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(json) != json.size() || !file.commit()) {
            showMessage(tr("Could not write %1: %2")
                            .arg(QDir::toNativeSeparators(path), file.errorString()),
                        true);
            return false;
        }
    } catch (const common::Error &error) {
        showMessage(tr("Could not export the work set aside: %1").arg(error.describe()), true);
        return false;
    }
    showMessage(tr("Exported %n item(s) to %1.", nullptr, m_model->rowCount())
                    .arg(QDir::toNativeSeparators(path)),
                false);
    return true;
}

void SetAsideView::exportAll() {
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString name =
        tr("Helfernetz-set-aside-%1.json")
            .arg(m_workspace.clock().now().toLocalTime().toString(QStringLiteral("yyyy-MM-dd")));
    // Opened, not getSaveFileName(): a nested event loop could deliver the
    // session's end, which deletes this view and the workspace under the call.
    auto *dialog =
        new QFileDialog(this, tr("Export work set aside"), folder, tr("JSON files (*.json)"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setObjectName(QStringLiteral("setAsideExportDialog"));
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setDefaultSuffix(QStringLiteral("json"));
    dialog->selectFile(QDir(folder).filePath(name));
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString &path) {
        if (!path.isEmpty())
            exportTo(path);
    });
    dialog->open();
}

void SetAsideView::dismissSelected() {
    const SetAsideItem *item = m_model->item(selectedRow());
    if (!item)
        return;
    const qint64 id = item->id;
    const QString title = RecordDescription::title(item->type, item->fields);
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Dismiss set-aside work"),
                                tr("Remove “%1” from this computer? The work in it is lost"
                                   " unless you exported it.")
                                    .arg(title),
                                QMessageBox::Discard | QMessageBox::Cancel, this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setDefaultButton(QMessageBox::Cancel);
    box->setObjectName(QStringLiteral("dismissConfirmation"));
    connect(box, &QMessageBox::finished, this, [this, box, id, title] {
        if (box->standardButton(box->clickedButton()) == QMessageBox::Discard)
            dismiss(id, title);
    });
    box->open();
}

void SetAsideView::dismiss(qint64 id, const QString &title) {
    try {
        m_workspace.replica().dismissSetAside(id);
        showMessage(tr("“%1” was dismissed.").arg(title), false);
    } catch (const common::Error &error) {
        showMessage(tr("Could not dismiss “%1”: %2").arg(title, error.describe()), true);
        return;
    }
    m_workspace.refresh();
}

void SetAsideView::showEvent(QShowEvent *event) {
    QWidget::showEvent(event);
    if (m_stale)
        reload();
}

} // namespace hn::client
