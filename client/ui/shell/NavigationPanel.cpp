// SPDX-License-Identifier: GPL-3.0-or-later
#include "client/ui/shell/NavigationPanel.h"

#include "client/ui/models/NavigationModel.h"
#include "client/ui/shell/MainWindow.h"
#include "client/ui/shell/Workspace.h"

#include <QHeaderView>
#include <QIcon>
#include <QLabel>
#include <QListWidget>
#include <QStyle>
#include <QTreeView>
#include <QVBoxLayout>

namespace hn::client {

namespace {

constexpr int kSectionRole = Qt::UserRole + 1;

// Typical area names ("Unterkunft und Ankommen", "Stadt Bergheim am See")
// are about this many characters long; longer ones are elided.
constexpr int kAreaNameLength = 24;

} // namespace

NavigationPanel::NavigationPanel(Workspace &workspace, QWidget *parent)
    : QWidget(parent) {
    setObjectName(QStringLiteral("navigation"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);

    m_sections = new QListWidget(this);
    m_sections->setObjectName(QStringLiteral("sections"));
    m_sections->setAccessibleName(tr("Sections"));
    m_sections->setSelectionMode(QAbstractItemView::SingleSelection);
    addSection(MainWindow::Contacts, QStringLiteral("x-office-address-book"));
    addSection(MainWindow::Documents, QStringLiteral("folder-documents"));
    addSection(MainWindow::Discussions, QStringLiteral("mail-message-new"));
    auto *heading = new QListWidgetItem(tr("Synchronisation"), m_sections);
    heading->setFlags(Qt::NoItemFlags);
    QFont bold = heading->font();
    bold.setBold(true);
    heading->setFont(bold);
    addSection(MainWindow::Outbox, QStringLiteral("mail-outbox"));
    addSection(MainWindow::Conflicts, QStringLiteral("emblem-important"));
    addSection(MainWindow::SetAside, QStringLiteral("document-save-as"));
    m_sections->setMaximumHeight(m_sections->sizeHintForRow(0) * (m_sections->count() + 1));
    connect(m_sections, &QListWidget::currentItemChanged, this, [this](QListWidgetItem *item) {
        if (!m_marking && item && item->data(kSectionRole).isValid())
            Q_EMIT sectionChosen(item->data(kSectionRole).toInt());
    });
    auto *sectionsLabel = new QLabel(tr("&Sections"), this);
    sectionsLabel->setBuddy(m_sections);
    layout->addWidget(sectionsLabel);
    layout->addWidget(m_sections);

    m_model = new NavigationModel(workspace.replica(), this);
    m_areas = new QTreeView(this);
    m_areas->setObjectName(QStringLiteral("areas"));
    m_areas->setAccessibleName(tr("Areas"));
    m_areas->setHeaderHidden(true);
    m_areas->setRootIsDecorated(false);
    m_areas->setItemsExpandable(false);
    m_areas->setModel(m_model);
    m_areas->expandAll();
    // A reset (spaces came or went) loses the current row: mark it again.
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        m_areas->expandAll();
        markSpace(m_spaceId);
    });
    connect(m_areas->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) {
                const QVariant space = current.data(NavigationModel::SpaceIdRole);
                if (!m_marking && space.isValid()) {
                    m_spaceId = space.toString();
                    Q_EMIT spaceChosen(m_spaceId);
                }
            });
    auto *areasLabel = new QLabel(tr("A&reas"), this);
    areasLabel->setBuddy(m_areas);
    layout->addWidget(areasLabel);
    layout->addWidget(m_areas, 1);
    connect(&workspace, &Workspace::recordsChanged, m_model, &NavigationModel::reload);
    setMinimumWidth(readableWidth());
}

int NavigationPanel::readableWidth() const {
    // From the texts as translated and the font in use, so a larger font
    // or a longer language still fits; counts up to three digits included.
    const QFontMetrics metrics(m_sections->font());
    int text = 0;
    for (int row = 0; row < m_sections->count(); ++row) {
        const QListWidgetItem *item = m_sections->item(row);
        const QFontMetrics itemMetrics(item->font());
        int width = itemMetrics.horizontalAdvance(item->text());
        if (item->data(kSectionRole).isValid())
            width =
                itemMetrics.horizontalAdvance(sectionText(item->data(kSectionRole).toInt(), 999));
        text = qMax(text, width);
    }
    const int icon = m_sections->iconSize().width() > 0
                         ? m_sections->iconSize().width()
                         : style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, m_sections);
    const int sections = text + icon + 4 * metrics.averageCharWidth();
    const QFontMetrics areaMetrics(m_areas->font());
    // Lower-case letters are the bulk of a name; the average character
    // width of a font is narrower than real words.
    const int areas =
        areaMetrics.horizontalAdvance(QString(kAreaNameLength, u'n')) + m_areas->indentation();
    const int frame = 2 * style()->pixelMetric(QStyle::PM_DefaultFrameWidth, nullptr, this);
    return qMax(sections, areas) + frame;
}

void NavigationPanel::addSection(int section, const QString &icon) {
    auto *item = new QListWidgetItem(QIcon::fromTheme(icon), sectionText(section, 0), m_sections);
    item->setData(kSectionRole, section);
}

QListWidgetItem *NavigationPanel::itemOf(int section) const {
    for (int row = 0; row < m_sections->count(); ++row) {
        QListWidgetItem *item = m_sections->item(row);
        if (item->data(kSectionRole).isValid() && item->data(kSectionRole).toInt() == section)
            return item;
    }
    return nullptr;
}

QString NavigationPanel::sectionText(int section, int count) const {
    switch (section) {
    case MainWindow::Contacts:
        return tr("Contacts");
    case MainWindow::Documents:
        return tr("Documents");
    case MainWindow::Discussions:
        return tr("Discussions");
    case MainWindow::Outbox:
        return count > 0 ? tr("Outbox (%n)", nullptr, count) : tr("Outbox");
    case MainWindow::Conflicts:
        return count > 0 ? tr("Conflicts (%n)", nullptr, count) : tr("Conflicts");
    case MainWindow::SetAside:
        return count > 0 ? tr("Set aside (%n)", nullptr, count) : tr("Set aside");
    default:
        return {};
    }
}

void NavigationPanel::showCounts(const SyncCounts &counts) {
    if (counts == m_counts)
        return;
    m_counts = counts;
    auto show = [this](int section, int count) {
        if (QListWidgetItem *item = itemOf(section))
            item->setText(sectionText(section, count));
    };
    show(MainWindow::Outbox, counts.pending + counts.inFlight + counts.rejected);
    show(MainWindow::Conflicts, counts.conflicts);
    show(MainWindow::SetAside, counts.setAside);
}

void NavigationPanel::markSection(int section) {
    QListWidgetItem *item = itemOf(section);
    if (!item || m_sections->currentItem() == item)
        return;
    m_marking = true;
    m_sections->setCurrentItem(item);
    m_marking = false;
}

void NavigationPanel::markSpace(const QString &spaceId) {
    m_spaceId = spaceId;
    const QModelIndex index = m_model->indexOfSpace(spaceId);
    if (!index.isValid() || m_areas->currentIndex() == index)
        return;
    m_marking = true;
    m_areas->setCurrentIndex(index);
    m_marking = false;
}

} // namespace hn::client
