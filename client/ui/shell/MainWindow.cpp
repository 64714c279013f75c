// SPDX-License-Identifier: GPL-3.0-or-later
#include "client/ui/shell/MainWindow.h"

#include "client/ui/contacts/ContactsPane.h"
#include "client/ui/discussions/DiscussionsPane.h"
#include "client/ui/documents/DocumentsPane.h"
#include "client/ui/shell/DecisionDisplay.h"
#include "client/ui/shell/NavigationPanel.h"
#include "client/ui/shell/SearchPanel.h"
#include "client/ui/shell/Workspace.h"
#include "client/ui/sync/ConflictView.h"
#include "client/ui/sync/OutboxView.h"
#include "client/ui/sync/SetAsideView.h"
#include "client/ui/sync/SyncStatusBar.h"
#include "common/Error.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QHash>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QToolBar>
#include <QToolButton>
#include <QTreeView>

namespace hn::client {

using common::EntityType;

namespace {

const QString kGeometry = QStringLiteral("window/geometry");
const QString kState = QStringLiteral("window/state");
const QString kSplitter = QStringLiteral("window/splitter");
const QString kSection = QStringLiteral("window/section");
const QString kSpace = QStringLiteral("window/space");

} // namespace

MainWindow::MainWindow(Workspace &workspace, QWidget *parent)
    : QMainWindow(parent)
    , m_workspace(workspace) {
    setObjectName(QStringLiteral("mainWindow"));
    const QString person = workspace.user().displayName.isEmpty() ? workspace.user().email
                                                                  : workspace.user().displayName;
    setWindowTitle(workspace.engine() ? tr("Helfernetz – %1").arg(person)
                                      : tr("Helfernetz – %1 (offline)").arg(person));

    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setObjectName(QStringLiteral("mainSplitter"));
    m_navigation = new NavigationPanel(workspace, m_splitter);
    m_stack = new QStackedWidget(m_splitter);
    m_searchField = new QLineEdit(this);
    m_searchPanel = new SearchPanel(workspace, m_searchField, m_splitter);
    m_splitter->addWidget(m_navigation);
    m_splitter->addWidget(m_stack);
    m_splitter->addWidget(m_searchPanel);
    // The navigation keeps its readable width (NavigationPanel's minimum)
    // and never collapses; more room goes to the section's content.
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setStretchFactor(2, 0);
    m_splitter->setCollapsible(0, false);
    m_splitter->setCollapsible(1, false);
    const int navigationWidth = m_navigation->minimumWidth();
    m_splitter->setSizes({navigationWidth, 900, navigationWidth * 3 / 2});
    setCentralWidget(m_splitter);

    m_syncStatus = new SyncStatusBar(workspace, this);
    statusBar()->addPermanentWidget(m_syncStatus, 1);

    buildActions();
    buildMenus();
    buildToolBar();
    connectSections();
    restoreState();
    showCounts();
    updateSyncNow();
}

MainWindow::~MainWindow() = default;

void MainWindow::buildActions() {
    // Mirrors the shown section's own "New …" action (see showSection); it
    // has no shortcut of its own, the panes' Ctrl+N would be ambiguous.
    m_newItem = new QAction(this);
    m_newItem->setObjectName(QStringLiteral("newItem"));
    connect(m_newItem, &QAction::triggered, this, [this] {
        if (m_newSource)
            m_newSource->trigger();
    });
    m_syncNow =
        new QAction(QIcon::fromTheme(QStringLiteral("view-refresh")), tr("S&ync now"), this);
    m_syncNow->setObjectName(QStringLiteral("syncNow"));
    m_syncNow->setShortcut(QKeySequence(Qt::Key_F5));
    connect(m_syncNow, &QAction::triggered, this, [this] {
        if (SyncEngine *engine = m_workspace.engine())
            engine->syncNow();
    });
    m_find = new QAction(QIcon::fromTheme(QStringLiteral("edit-find")), tr("&Search…"), this);
    m_find->setShortcuts({QKeySequence::Find, QKeySequence(Qt::CTRL | Qt::Key_K)});
    connect(m_find, &QAction::triggered, this, &MainWindow::focusSearch);
    m_settings =
        new QAction(QIcon::fromTheme(QStringLiteral("preferences-system")), tr("Se&ttings…"), this);
    m_settings->setShortcut(QKeySequence::Preferences);
    m_settings->setMenuRole(QAction::PreferencesRole);
    connect(m_settings, &QAction::triggered, this, &MainWindow::settingsRequested);
    m_logout =
        new QAction(QIcon::fromTheme(QStringLiteral("system-log-out")), tr("&Log out…"), this);
    connect(m_logout, &QAction::triggered, this, &MainWindow::logoutRequested);
    m_quit = new QAction(QIcon::fromTheme(QStringLiteral("application-exit")), tr("&Quit"), this);
    m_quit->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));
    m_quit->setMenuRole(QAction::QuitRole);
    connect(m_quit, &QAction::triggered, this, &QWidget::close);
    m_about =
        new QAction(QIcon::fromTheme(QStringLiteral("help-about")), tr("&About Helfernetz"), this);
    m_about->setMenuRole(QAction::AboutRole);
    connect(m_about, &QAction::triggered, this, &MainWindow::showAbout);

    const QList<std::pair<Section, QString>> sections{
        {Contacts, tr("&Contacts")},       {Documents, tr("&Documents")},
        {Discussions, tr("D&iscussions")}, {Outbox, tr("&Outbox")},
        {Conflicts, tr("Co&nflicts")},     {SetAside, tr("Set &aside")}};
    for (const auto &[section, text] : sections) {
        auto *action = new QAction(text, this);
        action->setCheckable(true);
        action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + int(section))));
        const Section target = section;
        connect(action, &QAction::triggered, this, [this, target] { showSection(target); });
        m_sectionActions.append(action);
    }
    addActions({m_syncNow, m_find, m_settings, m_quit});
}

void MainWindow::buildMenus() {
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(m_newItem);
    file->addSeparator();
    file->addAction(m_syncNow);
    file->addSeparator();
    file->addAction(m_settings);
    file->addAction(m_logout);
    file->addSeparator();
    file->addAction(m_quit);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    edit->addAction(m_find);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    for (QAction *action : std::as_const(m_sectionActions)) {
        view->addAction(action);
        if (action == m_sectionActions.at(Discussions))
            view->addSeparator();
    }

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(m_about);
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
}

void MainWindow::buildToolBar() {
    QToolBar *bar = addToolBar(tr("Main toolbar"));
    bar->setObjectName(QStringLiteral("mainToolBar"));
    bar->setMovable(false);
    bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    // One "New …" button that does what the shown section offers.
    bar->addAction(m_newItem);
    bar->addAction(m_syncNow);
    bar->addSeparator();
    m_searchField->setObjectName(QStringLiteral("globalSearch"));
    m_searchField->setAccessibleName(tr("Search everything"));
    m_searchField->setPlaceholderText(tr("Search contacts, documents, discussions (Ctrl+K)"));
    m_searchField->setClearButtonEnabled(true);
    m_searchField->setMinimumWidth(280);
    m_searchField->setMaximumWidth(480);
    bar->addWidget(m_searchField);
}

void MainWindow::connectSections() {
    connect(m_navigation, &NavigationPanel::sectionChosen, this,
            [this](int section) { showSection(Section(section)); });
    connect(m_navigation, &NavigationPanel::spaceChosen, this, &MainWindow::showSpace);
    connect(m_searchPanel, &SearchPanel::openRequested, this, &MainWindow::openRecord);
    connect(m_syncStatus, &SyncStatusBar::outboxRequested, this, [this] { showSection(Outbox); });
    connect(m_syncStatus, &SyncStatusBar::conflictsRequested, this,
            [this] { showSection(Conflicts); });
    connect(m_syncStatus, &SyncStatusBar::setAsideRequested, this,
            [this] { showSection(SetAside); });
    connect(&m_workspace, &Workspace::recordsChanged, this, &MainWindow::showCounts);
    // An area the person lost (membership ended, space removed) is gone
    // from the replica: back to all areas instead of an empty list.
    connect(&m_workspace, &Workspace::permissionsChanged, this, [this] {
        if (!m_spaceId.isEmpty() && !m_workspace.permissions().space(m_spaceId))
            showSpace({});
    });
    if (SyncEngine *engine = m_workspace.engine()) {
        connect(engine, &SyncEngine::stateChanged, this, &MainWindow::updateSyncNow);
        connect(engine, &SyncEngine::roundFinished, this, &MainWindow::showCounts);
    }
}

QWidget *MainWindow::page(Section section) {
    if (QWidget *existing = m_pages.value(section))
        return existing;
    // Sections are built when first shown: the start-up path to the first
    // rows only pays for the section on screen.
    QWidget *created = nullptr;
    switch (section) {
    case Contacts:
        m_contacts = new ContactsPane(m_workspace, m_stack);
        m_contacts->showSpace(m_spaceId);
        connect(m_contacts, &ContactsPane::firstRowsPainted, this,
                [this] { paneFirstPaint(m_contacts); });
        created = m_contacts;
        break;
    case Documents:
        m_documents = new DocumentsPane(m_workspace, m_stack);
        m_documents->showSpace(m_spaceId);
        connect(m_documents, &DocumentsPane::firstRowsPainted, this,
                [this] { paneFirstPaint(m_documents); });
        created = m_documents;
        break;
    case Discussions:
        m_discussions = new DiscussionsPane(m_workspace, m_stack);
        m_discussions->showSpace(m_spaceId);
        connect(m_discussions, &DiscussionsPane::firstRowsPainted, this,
                [this] { paneFirstPaint(m_discussions); });
        connect(m_discussions, &DiscussionsPane::openRecordRequested, this,
                &MainWindow::openRecord);
        created = m_discussions;
        break;
    case Outbox:
        m_outbox = new OutboxView(m_workspace, m_stack);
        connect(m_outbox, &OutboxView::openRecordRequested, this, &MainWindow::openRecord);
        created = m_outbox;
        break;
    case Conflicts:
        created = m_conflicts = new ConflictView(m_workspace, m_stack);
        break;
    case SetAside:
        created = m_setAside = new SetAsideView(m_workspace, m_stack);
        break;
    }
    m_stack->addWidget(created);
    m_pages.insert(section, created);
    return created;
}

ContactsPane *MainWindow::contacts() {
    page(Contacts);
    return m_contacts;
}

DocumentsPane *MainWindow::documents() {
    page(Documents);
    return m_documents;
}

DiscussionsPane *MainWindow::discussions() {
    page(Discussions);
    return m_discussions;
}

OutboxView *MainWindow::outbox() {
    page(Outbox);
    return m_outbox;
}

ConflictView *MainWindow::conflicts() {
    page(Conflicts);
    return m_conflicts;
}

SetAsideView *MainWindow::setAside() {
    page(SetAside);
    return m_setAside;
}

void MainWindow::mirrorNewAction() {
    if (!m_newSource) {
        m_newItem->setEnabled(false);
        m_newItem->setVisible(false);
        return;
    }
    m_newItem->setVisible(true);
    m_newItem->setText(m_newSource->text());
    m_newItem->setIcon(m_newSource->icon());
    m_newItem->setEnabled(m_newSource->isEnabled());
    m_newItem->setToolTip(m_newSource->toolTip());
    m_newItem->setStatusTip(m_newSource->statusTip());
}

void MainWindow::paneFirstPaint(QWidget *pane) {
    if (m_firstPaintReported || m_stack->currentWidget() != pane)
        return;
    m_firstPaintReported = true;
    Q_EMIT firstRowsPainted();
}

void MainWindow::showSection(Section section) {
    m_section = section;
    m_stack->setCurrentWidget(page(section));
    m_navigation->markSection(section);
    for (int i = 0; i < m_sectionActions.size(); ++i)
        m_sectionActions.at(i)->setChecked(i == int(section));
    QAction *source = nullptr;
    if (section == Contacts)
        source = m_contacts->newAction();
    else if (section == Documents)
        source = m_documents->newDocumentAction();
    else if (section == Discussions)
        source = m_discussions->newThreadAction();
    disconnect(m_newSourceChanged);
    m_newSource = source;
    if (source)
        m_newSourceChanged = connect(source, &QAction::changed, this, &MainWindow::mirrorNewAction);
    mirrorNewAction();
}

void MainWindow::showSpace(const QString &spaceId) {
    m_spaceId = spaceId;
    m_navigation->markSpace(spaceId);
    if (m_contacts)
        m_contacts->showSpace(spaceId);
    if (m_documents)
        m_documents->showSpace(spaceId);
    if (m_discussions)
        m_discussions->showSpace(spaceId);
}

void MainWindow::openRecord(const QString &recordId, EntityType type) {
    switch (type) {
    case EntityType::Contact:
        showSection(Contacts);
        contacts()->showRecord(recordId);
        break;
    case EntityType::Document:
    case EntityType::DocumentVersion:
        showSection(Documents);
        documents()->showRecord(recordId);
        break;
    case EntityType::Thread:
    case EntityType::Post:
        showSection(Discussions);
        discussions()->showRecord(recordId);
        break;
    default:
        break;
    }
}

void MainWindow::showCounts() {
    try {
        m_navigation->showCounts(m_workspace.replica().counts());
    } catch (const common::Error &error) {
        statusBar()->showMessage(error.message(), 10000);
    }
}

void MainWindow::updateSyncNow() {
    const bool online = m_workspace.engine() != nullptr;
    showDecision(m_syncNow,
                 online ? common::Decision{true, {}}
                        : common::Decision{false, tr("Opened offline without a session: log in "
                                                     "to synchronise.")},
                 tr("Synchronise with the server now (F5)"));
}

void MainWindow::focusSearch() {
    m_searchField->setFocus(Qt::ShortcutFocusReason);
    m_searchField->selectAll();
}

void MainWindow::showAbout() {
    QMessageBox::about(
        this, tr("About Helfernetz"),
        tr("<p><b>Helfernetz</b> %1</p><p>Contacts, documents and discussions of the "
           "refugee-aid network, online and offline.</p><p>Licensed under the GNU General "
           "Public License, version 3 or later.</p>")
            .arg(QApplication::applicationVersion().toHtmlEscaped()));
}

void MainWindow::restoreState() {
    QSettings settings;
    restoreGeometry(settings.value(kGeometry).toByteArray());
    QMainWindow::restoreState(settings.value(kState).toByteArray());
    m_splitter->restoreState(settings.value(kSplitter).toByteArray());
    keepNavigationReadable();
    // Only the sections with lists come back; a sync view is a place one
    // visits, not one to start in.
    // The area first, so the section is built for it right away.
    const QString space = settings.value(kSpace).toString();
    if (!space.isEmpty() && m_workspace.permissions().space(space))
        m_spaceId = space;
    const int section = settings.value(kSection, int(Contacts)).toInt();
    showSection(section >= Contacts && section <= Discussions ? Section(section) : Contacts);
    m_navigation->markSpace(m_spaceId);
}

void MainWindow::keepNavigationReadable() {
    // A state saved by an older version, or with a smaller font, may hold a
    // squeezed or collapsed navigation: it gets its readable width back
    // from the content next to it.
    QList<int> sizes = m_splitter->sizes();
    const int readable = m_navigation->minimumWidth();
    if (sizes.size() < 2 || sizes.at(0) >= readable)
        return;
    sizes[1] = qMax(0, sizes.at(1) - (readable - sizes.at(0)));
    sizes[0] = readable;
    m_splitter->setSizes(sizes);
}

void MainWindow::saveState() {
    QSettings settings;
    settings.setValue(kGeometry, saveGeometry());
    settings.setValue(kState, QMainWindow::saveState());
    settings.setValue(kSplitter, m_splitter->saveState());
    settings.setValue(kSection, int(m_section));
    settings.setValue(kSpace, m_spaceId);
}

bool MainWindow::hasUnsavedWork() const {
    return (m_contacts && m_contacts->hasUnsavedWork())
           || (m_documents && m_documents->hasUnsavedWork())
           || (m_discussions && m_discussions->hasUnsavedWork());
}

void MainWindow::askToDiscard(const std::function<void(bool discard)> &done) {
    if (!hasUnsavedWork()) {
        done(true);
        return;
    }
    if (m_discardQuestion) {
        m_discardQuestion->raise();
        return;
    }
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Unsaved changes"),
                                tr("You have unsaved changes (an open editor, a post or a comment "
                                   "you are writing). Discard them?"),
                                QMessageBox::Cancel, this);
    box->setObjectName(QStringLiteral("discardQuestion"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    QPushButton *discard = box->addButton(tr("&Discard"), QMessageBox::DestructiveRole);
    discard->setObjectName(QStringLiteral("discard"));
    box->setDefaultButton(QMessageBox::Cancel);
    connect(box, &QMessageBox::finished, this,
            [box, discard, done](int) { done(box->clickedButton() == discard); });
    m_discardQuestion = box;
    box->open();
}

void MainWindow::closeWithoutAsking() {
    m_closeConfirmed = true;
    close();
}

void MainWindow::closeEvent(QCloseEvent *event) {
    if (!m_closeConfirmed && hasUnsavedWork()) {
        event->ignore();
        askToDiscard([this](bool discard) {
            if (discard)
                // Later: the question is still closing.
                QMetaObject::invokeMethod(this, &MainWindow::closeWithoutAsking,
                                          Qt::QueuedConnection);
        });
        return;
    }
    m_closeConfirmed = false;
    saveState();
    QMainWindow::closeEvent(event);
    Q_EMIT closed();
}

} // namespace hn::client
