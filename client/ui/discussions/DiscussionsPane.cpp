// SPDX-License-Identifier: GPL-3.0-or-later
#include "client/ui/discussions/DiscussionsPane.h"

#include "client/ui/discussions/NewThreadDialog.h"
#include "client/ui/discussions/PostListModel.h"
#include "client/ui/discussions/ThreadListModel.h"
#include "client/ui/discussions/ThreadView.h"
#include "client/ui/shell/DecisionDisplay.h"
#include "client/ui/shell/Workspace.h"
#include "common/Error.h"

#include <QAction>
#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QSplitter>
#include <QTimer>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>
#include <algorithm>

namespace hn::client {

DiscussionsPane::DiscussionsPane(Workspace &workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_model(new ThreadListModel(workspace, this))
    , m_search(new QLineEdit(this))
    , m_list(new QTreeView(this))
    , m_view(new ThreadView(workspace, this))
    , m_newThread(
          new QAction(QIcon::fromTheme(QStringLiteral("list-add")), tr("&New discussion…"), this)) {
    m_newThread->setShortcut(QKeySequence::New);
    m_newThread->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(m_newThread);
    connect(m_newThread, &QAction::triggered, this, &DiscussionsPane::startThread);
    auto *newButton = new QToolButton(this);
    newButton->setDefaultAction(m_newThread);
    newButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);

    auto *searchLabel = new QLabel(tr("F&ind:"), this);
    searchLabel->setBuddy(m_search);
    m_search->setClearButtonEnabled(true);
    m_search->setPlaceholderText(tr("Words from titles and posts"));
    m_search->setAccessibleName(tr("Find discussions"));
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) {
        RecordListQuery query = m_model->query();
        query.text = text;
        m_model->setQuery(query);
        selectShownThread();
    });

    m_list->setModel(m_model);
    m_list->setAccessibleName(tr("Discussions"));
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setAllColumnsShowFocus(true);
    m_list->setSortingEnabled(true);
    m_list->header()->setSortIndicator(ThreadListModel::ActivityColumn, Qt::DescendingOrder);
    // The title takes what the other columns leave; they are as wide as
    // their contents (read from the rows on screen only, so cheap however
    // many threads there are). Sized from the header texts as well, so an
    // empty list keeps its columns.
    QHeaderView *columns = m_list->header();
    columns->setStretchLastSection(false);
    columns->setSectionResizeMode(QHeaderView::ResizeToContents);
    columns->setSectionResizeMode(ThreadListModel::TitleColumn, QHeaderView::Stretch);
    columns->setMinimumSectionSize(m_list->fontMetrics().averageCharWidth() * 4);
    m_list->viewport()->installEventFilter(this);
    // The unread count depends on each thread's read marker and does not
    // sort in SQL: the indicator goes back to the order that holds.
    connect(m_list->header(), &QHeaderView::sortIndicatorChanged, this,
            [this](int column, Qt::SortOrder) {
                if (column == ThreadListModel::UnreadColumn)
                    m_list->header()->setSortIndicator(ThreadListModel::ActivityColumn,
                                                       Qt::DescendingOrder);
            });
    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &DiscussionsPane::openCurrent);
    connect(m_model, &QAbstractItemModel::modelReset, this, &DiscussionsPane::selectShownThread);
    connect(m_view, &ThreadView::openRecordRequested, this, &DiscussionsPane::openRecordRequested);

    auto *left = new QWidget(this);
    auto *searchRow = new QHBoxLayout;
    searchRow->addWidget(searchLabel);
    searchRow->addWidget(m_search, 1);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(newButton, 0, Qt::AlignLeft);
    leftLayout->addLayout(searchRow);
    leftLayout->addWidget(m_list, 1);
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(left);
    splitter->addWidget(m_view);
    splitter->setCollapsible(0, false);
    splitter->setCollapsible(1, false);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    // Room for a thread's title of about 36 characters next to its author,
    // counts and last activity; the posts get the rest (at 1280x800 about
    // two fifths, enough for their lines and the post actions).
    const QFontMetrics metrics(m_list->font());
    const auto header = [&](int column) {
        return metrics.horizontalAdvance(m_model->headerData(column, Qt::Horizontal).toString())
               + 3 * metrics.averageCharWidth();
    };
    const int listWidth =
        metrics.horizontalAdvance(QString(36, u'n')) + metrics.horizontalAdvance(QString(16, u'n'))
        + header(ThreadListModel::RepliesColumn) + header(ThreadListModel::UnreadColumn)
        + qMax(header(ThreadListModel::ActivityColumn),
               metrics.horizontalAdvance(QStringLiteral("00.00.00 00:00")))
        + 2 * metrics.averageCharWidth();
    splitter->setSizes({listWidth, listWidth * 2 / 3});
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);

    connect(&workspace, &Workspace::recordsChanged, this, &DiscussionsPane::refresh);
    connect(&workspace, &Workspace::permissionsChanged, this, &DiscussionsPane::updateActions);
    showSpace({});
}

void DiscussionsPane::showSpace(const QString &spaceId) {
    m_spaceId = spaceId;
    m_model->showSpace(spaceId);
    if (!m_search->text().isEmpty()) {
        RecordListQuery query = m_model->query();
        query.text = m_search->text();
        m_model->setQuery(query);
    }
    // Keep the open thread when it belongs to the area, else close it.
    const int row = m_view->threadId().isEmpty() ? -1 : m_model->rowOf(m_view->threadId());
    if (row < 0)
        m_view->showThread({});
    selectShownThread();
    updateActions();
}

void DiscussionsPane::showRecord(const QString &recordId) {
    std::optional<common::Record> record;
    try {
        record = m_workspace.replica().record(recordId);
    } catch (const common::Error &) {
        return;
    }
    if (!record || record->meta.deleted)
        return;
    QString threadId = recordId;
    if (record->type == common::EntityType::Post)
        threadId = record->fields.value(QStringLiteral("thread_id")).toString();
    else if (record->type != common::EntityType::Thread)
        return;
    if (m_model->rowOf(threadId) < 0) {
        // Not in the shown area or search: show all areas, unfiltered.
        m_search->clear();
        showSpace({});
    }
    if (m_view->threadId() != threadId)
        m_view->showThread(threadId);
    selectShownThread();
    if (record->type == common::EntityType::Post) {
        const int row = m_view->posts()->rowOf(recordId);
        if (row >= 0) {
            const QModelIndex index = m_view->posts()->index(row, 0);
            m_view->postList()->setCurrentIndex(index);
            m_view->postList()->scrollTo(index);
        }
    }
}

bool DiscussionsPane::hasUnsavedWork() const {
    const auto dialogs = findChildren<NewThreadDialog *>();
    return m_view->hasUnsentWork()
           || std::any_of(dialogs.cbegin(), dialogs.cend(),
                          [](const NewThreadDialog *dialog) { return dialog->isVisible(); });
}

void DiscussionsPane::startThread() {
    if (!m_newThread->isEnabled())
        return;
    auto *dialog = new NewThreadDialog(m_workspace, m_spaceId, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &NewThreadDialog::threadCreated, this, &DiscussionsPane::showRecord);
    dialog->open();
}

void DiscussionsPane::refresh() {
    m_model->refresh();
    selectShownThread();
}

void DiscussionsPane::updateActions() {
    const Permissions &permissions = m_workspace.permissions();
    common::Decision decision;
    if (!m_spaceId.isEmpty()) {
        decision = permissions.mayCreate(m_spaceId);
    } else if (permissions.writableSpaceIds().isEmpty()) {
        decision = {false, tr("You cannot start discussions in any area."), false};
    } else {
        decision = {true, {}, false};
    }
    showDecision(m_newThread, decision, tr("Start a discussion (Ctrl+N)"));
}

void DiscussionsPane::openCurrent() {
    const QModelIndex current = m_list->currentIndex();
    if (!current.isValid())
        return; // a reset of the list keeps the open thread
    const QString id = current.data(RecordListModel::RecordIdRole).toString();
    if (!id.isEmpty() && id != m_view->threadId())
        m_view->showThread(id);
}

void DiscussionsPane::selectShownThread() {
    const QString shown = m_view->threadId();
    if (shown.isEmpty())
        return;
    const int row = m_model->rowOf(shown);
    const QModelIndex current = m_list->currentIndex();
    if (row < 0 || (current.isValid() && current.row() == row))
        return;
    m_list->selectionModel()->setCurrentIndex(
        m_model->index(row, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
}

bool DiscussionsPane::eventFilter(QObject *watched, QEvent *event) {
    if (!m_painted && watched == m_list->viewport() && event->type() == QEvent::Paint
        && m_model->rowCount() > 0) {
        m_painted = true;
        // After this paint has finished.
        QTimer::singleShot(0, this, &DiscussionsPane::firstRowsPainted);
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace hn::client
