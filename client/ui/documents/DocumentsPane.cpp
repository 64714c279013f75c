// SPDX-License-Identifier: GPL-3.0-or-later
#include "client/ui/documents/DocumentsPane.h"

#include "client/ui/documents/DocumentCategory.h"
#include "client/ui/documents/DocumentDetail.h"
#include "client/ui/documents/DocumentFacts.h"
#include "client/ui/documents/DocumentFilesPanel.h"
#include "client/ui/documents/DocumentListColumns.h"
#include "client/ui/documents/DocumentOpener.h"
#include "client/ui/documents/DocumentTags.h"
#include "client/ui/documents/DocumentTransfers.h"
#include "client/ui/documents/DroppedFiles.h"
#include "client/ui/documents/NewDocumentDialog.h"
#include "client/ui/models/RecordListModel.h"
#include "client/ui/shell/DecisionDisplay.h"
#include "client/ui/shell/TableRows.h"
#include "client/ui/shell/Workspace.h"

#include <QAction>
#include <QComboBox>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace hn::client {

DocumentsPane::DocumentsPane(Workspace &workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_transfers(std::make_unique<DocumentTransfers>(workspace))
    , m_opener(std::make_unique<DocumentOpener>(workspace))
    , m_facts(std::make_unique<DocumentFacts>(workspace, *m_transfers))
    , m_search(new QLineEdit(this))
    , m_category(new QComboBox(this))
    , m_tag(new QComboBox(this))
    , m_model(new RecordListModel(workspace.replica(), DocumentListColumns::make(*m_facts), this))
    , m_view(new QTableView(this))
    , m_detail(new DocumentDetail(workspace, *m_transfers, *m_opener, this))
    , m_newDocument(
          new QAction(QIcon::fromTheme(QStringLiteral("list-add")), tr("&New document…"), this)) {
    m_search->setPlaceholderText(tr("Search documents"));
    m_search->setAccessibleName(tr("Search documents"));
    m_search->setClearButtonEnabled(true);
    m_category->addItem(tr("All categories"), QString());
    for (const QString &key : DocumentCategory::keys())
        m_category->addItem(DocumentCategory::displayName(key), key);
    m_tag->addItem(tr("All tags"), QString());
    auto *categoryLabel = new QLabel(tr("&Filter by category:"), this);
    categoryLabel->setBuddy(m_category);
    auto *tagLabel = new QLabel(tr("wit&h tag:"), this);
    tagLabel->setBuddy(m_tag);
    auto *newButton = new QToolButton(this);
    newButton->setDefaultAction(m_newDocument);
    newButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);

    // Two lines: the search with room for a few words, the filters under
    // it; in one line neither fits next to the document's detail.
    m_search->setMinimumWidth(m_search->fontMetrics().averageCharWidth() * 24);
    auto *searchRow = new QHBoxLayout;
    searchRow->addWidget(m_search, 1);
    searchRow->addWidget(newButton);
    auto *filterRow = new QHBoxLayout;
    filterRow->addWidget(categoryLabel);
    filterRow->addWidget(m_category, 1);
    filterRow->addWidget(tagLabel);
    filterRow->addWidget(m_tag, 1);
    auto *filters = new QVBoxLayout;
    filters->addLayout(searchRow);
    filters->addLayout(filterRow);

    m_view->setModel(m_model);
    m_view->setAccessibleName(tr("Documents"));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(DocumentListColumns::Title, Qt::AscendingOrder);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    showOneLineRows(m_view);
    // In characters of the font in use: most titles fit whole.
    const QList<std::pair<int, int>> widths{
        {DocumentListColumns::Title, 50}, {DocumentListColumns::Category, 12},
        {DocumentListColumns::Tags, 20},  {DocumentListColumns::Version, 18},
        {DocumentListColumns::Size, 10},  {DocumentListColumns::FileState, 16}};
    for (const auto &[column, characters] : widths)
        m_view->setColumnWidth(column, columnWidthFor(m_view, characters));
    m_view->setTabKeyNavigation(false);
    m_view->setAcceptDrops(true);
    m_view->viewport()->setAcceptDrops(true);
    m_view->viewport()->installEventFilter(this);

    auto *list = new QWidget(this);
    auto *listLayout = new QVBoxLayout(list);
    listLayout->setContentsMargins(0, 0, 0, 0);
    listLayout->addLayout(filters);
    listLayout->addWidget(m_view, 1);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(list);
    splitter->addWidget(m_detail);
    splitter->setCollapsible(0, false);
    splitter->setCollapsible(1, false);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);
    // The list shows title, category and tags; the detail a little less.
    const int listWidth = m_view->columnWidth(DocumentListColumns::Title)
                          + m_view->columnWidth(DocumentListColumns::Category)
                          + m_view->columnWidth(DocumentListColumns::Tags);
    splitter->setSizes({listWidth, listWidth * 3 / 4});
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);

    setTabOrder(m_search, m_category);
    setTabOrder(m_category, m_tag);
    setTabOrder(m_tag, newButton);
    setTabOrder(newButton, m_view);

    connect(m_search, &QLineEdit::textChanged, this, &DocumentsPane::applyFilters);
    connect(m_category, &QComboBox::currentIndexChanged, this, &DocumentsPane::applyFilters);
    connect(m_tag, &QComboBox::currentIndexChanged, this, &DocumentsPane::applyFilters);
    connect(m_newDocument, &QAction::triggered, this, &DocumentsPane::newDocument);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &DocumentsPane::currentRowChanged);
    connect(m_model, &QAbstractItemModel::modelReset, this, &DocumentsPane::currentRowChanged);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &DocumentsPane::currentRowChanged);
    connect(&m_workspace, &Workspace::recordsChanged, this, &DocumentsPane::recordsChanged);
    connect(&m_workspace, &Workspace::permissionsChanged, this, &DocumentsPane::permissionsChanged);
    connect(m_transfers.get(), &DocumentTransfers::changed, this, [this] {
        m_facts->clear();
        m_view->viewport()->update();
    });
    connect(m_detail, &DocumentDetail::removed, this, [this] { m_view->clearSelection(); });

    // The tags are read when a person turns to their filter: collecting them
    // reads every document, too much for each sync round of a large list.
    m_tag->installEventFilter(this);
    applyFilters();
    permissionsChanged();
}

DocumentsPane::~DocumentsPane() {
    // The model's columns and the detail refer to the facts and transfers.
    delete m_view;
    delete m_model;
    delete m_detail;
}

void DocumentsPane::showSpace(const QString &spaceId) {
    if (spaceId == m_spaceId)
        return;
    m_spaceId = spaceId;
    m_tagsStale = true;
    applyFilters();
    permissionsChanged();
}

void DocumentsPane::applyFilters() {
    RecordListQuery query;
    query.type = common::EntityType::Document;
    if (!m_spaceId.isEmpty())
        query.spaceIds = {m_spaceId};
    query.text = m_search->text();
    const QString category = m_category->currentData().toString();
    if (!category.isEmpty())
        query.filters << RecordFilter{QStringLiteral("category"), category};
    const QString tag = m_tag->currentData().toString();
    if (!tag.isEmpty())
        query.filters << RecordFilter{QStringLiteral("tags"), tag, RecordFilter::Match::HasElement};
    const QString shown = m_detail->documentId();
    m_facts->clear();
    m_model->setQuery(query);
    if (!shown.isEmpty() && m_model->rowOf(shown) >= 0)
        select(shown);
}

void DocumentsPane::reloadTags() {
    m_tagsStale = false;
    const QString chosen = m_tag->currentData().toString();
    QStringList tags;
    try {
        tags = DocumentTags::inUse(m_workspace.replica(),
                                   m_spaceId.isEmpty() ? QStringList() : QStringList{m_spaceId});
    } catch (const common::Error &error) {
        m_detail->files()->showProblem(error.describe());
        return;
    }
    if (!chosen.isEmpty() && !tags.contains(chosen))
        tags.prepend(chosen); // the filter in use stays until changed
    QStringList listed;
    for (int i = 1; i < m_tag->count(); ++i)
        listed << m_tag->itemData(i).toString();
    if (listed == tags)
        return;
    const QSignalBlocker quiet(m_tag);
    while (m_tag->count() > 1)
        m_tag->removeItem(1);
    for (const QString &tag : std::as_const(tags))
        m_tag->addItem(tag, tag);
    m_tag->setCurrentIndex(std::max(0, m_tag->findData(chosen)));
}

void DocumentsPane::recordsChanged() {
    m_facts->clear();
    m_model->reload();
    m_tagsStale = true;
    if (m_tag->hasFocus())
        reloadTags();
    m_detail->refresh();
    m_view->viewport()->update();
}

bool DocumentsPane::hasUnsavedWork() const {
    return m_detail && m_detail->hasUnsavedWork();
}

void DocumentsPane::permissionsChanged() {
    const Permissions &permissions = m_workspace.permissions();
    common::Decision decision;
    if (!m_spaceId.isEmpty() && permissions.space(m_spaceId)) {
        decision = permissions.mayCreate(m_spaceId);
    } else if (!permissions.writableSpaceIds().isEmpty()) {
        decision = {true, {}, false};
    } else {
        const QStringList spaces = permissions.spaceIds();
        decision = spaces.isEmpty()
                       ? common::Decision{false, tr("No area is available on this device."), false}
                       : permissions.mayCreate(spaces.first());
    }
    // A document created in "all areas" goes to an area the person chooses.
    if (!decision && m_spaceId.isEmpty() && !permissions.writableSpaceIds().isEmpty())
        decision = {true, {}, false};
    showDecision(m_newDocument, decision, tr("Add a document"));
    m_detail->refresh();
}

void DocumentsPane::currentRowChanged() {
    const QModelIndex current = m_view->selectionModel()->currentIndex();
    const QString id = current.isValid() ? m_model->recordId(current.row()) : QString();
    goTo(id, {});
}

void DocumentsPane::goTo(const QString &documentId, const std::function<void()> &then) {
    if (m_leaving)
        return; // the question about the shown document is open
    const QString shown = m_detail->documentId();
    if (documentId == shown) {
        if (then)
            then();
        return;
    }
    // A filter hid the row being edited: the detail keeps it, nothing lost.
    if (documentId.isEmpty() && m_detail->hasUnsavedWork())
        return;
    m_leaving = true;
    m_detail->askBeforeLeaving([this, documentId, shown, then](bool leave) {
        m_leaving = false;
        if (!leave) {
            // Back to the row of the document still shown.
            const int row = m_model->rowOf(shown);
            if (row >= 0)
                m_view->selectionModel()->setCurrentIndex(
                    m_model->index(row, DocumentListColumns::Title),
                    QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
            return;
        }
        m_detail->showDocument(documentId);
        if (then)
            then();
    });
}

void DocumentsPane::select(const QString &documentId) {
    const int row = m_model->rowOf(documentId);
    if (row < 0)
        return;
    const QModelIndex index = m_model->index(row, DocumentListColumns::Title);
    m_view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect
                                                         | QItemSelectionModel::Rows);
    m_view->scrollTo(index);
    goTo(documentId, {});
}

void DocumentsPane::showRecord(const QString &recordId) {
    std::optional<common::Record> record;
    try {
        record = m_workspace.replica().record(recordId);
    } catch (const common::Error &error) {
        m_detail->files()->showProblem(error.describe());
        return;
    }
    if (!record)
        return;
    QString documentId = recordId;
    if (record->type == common::EntityType::DocumentVersion)
        documentId = record->fields.value(QStringLiteral("document_id")).toString();
    else if (record->type != common::EntityType::Document)
        return;
    if (m_model->rowOf(documentId) < 0) {
        // Hidden by a filter: show the whole list rather than nothing.
        const QSignalBlocker a(m_search), b(m_category), c(m_tag);
        m_search->clear();
        m_category->setCurrentIndex(0);
        m_tag->setCurrentIndex(0);
        m_spaceId.clear();
        applyFilters();
    }
    select(documentId);
    m_view->setFocus(Qt::OtherFocusReason);
}

void DocumentsPane::newDocument() {
    if (!m_newDocument->isEnabled())
        return;
    auto *dialog = new NewDocumentDialog(m_workspace, *m_transfers, m_spaceId, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &NewDocumentDialog::created, this, [this](const QString &documentId) {
        m_model->reload();
        select(documentId);
    });
    connect(
        dialog, &NewDocumentDialog::uploadFailed, this,
        [this](const QString &, const QString &reason) { m_detail->files()->showProblem(reason); });
    dialog->open();
}

void DocumentsPane::dropOnRow(const QPoint &position, const QStringList &paths) {
    const QModelIndex index = m_view->indexAt(position);
    if (!index.isValid())
        return;
    // After the question about unsaved work of the document shown before.
    const QString documentId = m_model->recordId(index.row());
    goTo(documentId, [this, documentId, paths] {
        select(documentId);
        m_detail->files()->offerUpload(paths);
    });
}

bool DocumentsPane::eventFilter(QObject *watched, QEvent *event) {
    if (watched == m_tag) {
        if (m_tagsStale
            && (event->type() == QEvent::FocusIn || event->type() == QEvent::MouseButtonPress))
            reloadTags();
        return QWidget::eventFilter(watched, event);
    }
    if (watched != m_view->viewport())
        return QWidget::eventFilter(watched, event);
    switch (event->type()) {
    case QEvent::Paint:
        if (!m_painted && m_model->rowCount() > 0) {
            m_painted = true;
            // After this paint has reached the screen.
            QTimer::singleShot(0, this, &DocumentsPane::firstRowsPainted);
        }
        break;
    case QEvent::DragEnter:
    case QEvent::DragMove: {
        auto *drag = static_cast<QDropEvent *>(event);
        const bool onRow = m_view->indexAt(drag->position().toPoint()).isValid();
        if (onRow && !DroppedFiles::of(drag->mimeData()).isEmpty())
            drag->acceptProposedAction();
        else
            drag->ignore();
        return true;
    }
    case QEvent::Drop: {
        auto *drop = static_cast<QDropEvent *>(event);
        const QStringList paths = DroppedFiles::of(drop->mimeData());
        if (!paths.isEmpty()) {
            drop->acceptProposedAction();
            dropOnRow(drop->position().toPoint(), paths);
        }
        return true;
    }
    default:
        break;
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace hn::client
