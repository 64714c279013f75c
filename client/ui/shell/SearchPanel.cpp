// SPDX-License-Identifier: GPL-3.0-or-later
#include "client/ui/shell/SearchPanel.h"

#include "client/ui/models/SearchResultsModel.h"
#include "client/ui/shell/Workspace.h"
#include "common/Error.h"

#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QTimer>
#include <QTreeView>
#include <QVBoxLayout>

namespace hn::client {

namespace {

constexpr int kMaxHits = 60;

} // namespace

SearchPanel::SearchPanel(Workspace &workspace, QLineEdit *field, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_field(field) {
    setObjectName(QStringLiteral("searchPanel"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_heading = new QLabel(this);
    m_heading->setWordWrap(true);
    layout->addWidget(m_heading);
    m_model = new SearchResultsModel(this);
    m_results = new QTreeView(this);
    m_results->setObjectName(QStringLiteral("searchResults"));
    m_results->setAccessibleName(tr("Search results"));
    m_results->setModel(m_model);
    m_results->setUniformRowHeights(true);
    m_results->setAllColumnsShowFocus(true);
    m_results->header()->setStretchLastSection(true);
    m_results->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_heading->setBuddy(m_results);
    layout->addWidget(m_results, 1);
    connect(m_model, &QAbstractItemModel::modelReset, m_results, &QTreeView::expandAll);
    connect(m_results, &QTreeView::activated, this, &SearchPanel::open);
    m_results->installEventFilter(this);

    m_delay = new QTimer(this);
    m_delay->setSingleShot(true);
    m_delay->setInterval(200);
    connect(m_delay, &QTimer::timeout, this, &SearchPanel::search);
    connect(m_field, &QLineEdit::textChanged, m_delay, qOverload<>(&QTimer::start));
    m_field->installEventFilter(this);
    hide();
}

void SearchPanel::search() {
    m_delay->stop();
    const QString text = m_field->text().trimmed();
    if (text.isEmpty()) {
        m_model->setHits({});
        hide();
        return;
    }
    try {
        m_model->setHits(m_workspace.replica().search(text, kMaxHits));
        const int count = m_model->hitCount();
        m_heading->setText(count == 0 ? tr("No results for \"%1\".").arg(text)
                                      : tr("%n result(s) for \"%1\":", nullptr, count).arg(text));
    } catch (const common::Error &error) {
        m_model->setHits({});
        m_heading->setText(tr("The search failed: %1").arg(error.message()));
    }
    m_results->resizeColumnToContents(SearchResultsModel::TitleColumn);
    show();
}

void SearchPanel::close() {
    m_delay->stop();
    hide();
    m_field->setFocus(Qt::ShortcutFocusReason);
}

void SearchPanel::focusFirstHit() {
    if (m_delay->isActive() || isHidden())
        search();
    const QModelIndex first = m_model->firstHit();
    if (!first.isValid())
        return;
    m_results->setFocus(Qt::TabFocusReason);
    m_results->setCurrentIndex(first);
}

void SearchPanel::open(const QModelIndex &index) {
    const QVariant id = index.siblingAtColumn(0).data(SearchResultsModel::RecordIdRole);
    if (!id.isValid())
        return; // a group heading
    const auto type = common::EntityType(
        index.siblingAtColumn(0).data(SearchResultsModel::EntityTypeRole).toInt());
    Q_EMIT openRequested(id.toString(), type);
}

bool SearchPanel::eventFilter(QObject *watched, QEvent *event) {
    if (event->type() != QEvent::KeyPress)
        return QWidget::eventFilter(watched, event);
    const int key = static_cast<QKeyEvent *>(event)->key();
    if (watched == m_field) {
        if (key == Qt::Key_Down) {
            focusFirstHit();
            return true;
        }
        if (key == Qt::Key_Return || key == Qt::Key_Enter) {
            search();
            const QModelIndex first = m_model->firstHit();
            if (first.isValid())
                open(first);
            return true;
        }
        if (key == Qt::Key_Escape && (isVisible() || !m_field->text().isEmpty())) {
            m_field->clear();
            close();
            return true;
        }
    } else if (watched == m_results) {
        if (key == Qt::Key_Escape) {
            close();
            return true;
        }
        if (key == Qt::Key_Up && m_results->currentIndex() == m_model->firstHit()) {
            m_field->setFocus(Qt::ShortcutFocusReason);
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace hn::client
