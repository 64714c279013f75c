// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/EntityType.h"

#include <QHash>
#include <QMainWindow>
#include <QMessageBox>
#include <QPointer>
#include <QString>
#include <functional>

class QAction;
class QLineEdit;
class QSplitter;
class QStackedWidget;

namespace hn::client {

class ConflictView;
class ContactsPane;
class DiscussionsPane;
class DocumentsPane;
class NavigationPanel;
class OutboxView;
class SearchPanel;
class SetAsideView;
class SyncStatusBar;
class Workspace;

// The Helfernetz window: navigation by section and area on the left, the
// chosen section in the middle, the global search's results beside it,
// E's sync status in the status bar. Menus and toolbar reach everything by
// keyboard (F5 syncs now, Ctrl+F / Ctrl+K search, Ctrl+1…6 sections).
// Geometry, splitter sizes, section and area are kept in QSettings.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    enum Section { Contacts, Documents, Discussions, Outbox, Conflicts, SetAside };
    Q_ENUM(Section)

    explicit MainWindow(Workspace &workspace, QWidget *parent = nullptr);
    ~MainWindow() override;

    void showSection(Section section);
    void showSpace(const QString &spaceId);
    Section section() const { return m_section; }
    const QString &spaceId() const { return m_spaceId; }
    // Switches to the record's section and shows it there.
    void openRecord(const QString &recordId, common::EntityType type);

    // Each section is built when first shown or asked for here.
    ContactsPane *contacts();
    DocumentsPane *documents();
    DiscussionsPane *discussions();
    SyncStatusBar *syncStatus() { return m_syncStatus; }
    OutboxView *outbox();
    ConflictView *conflicts();
    SetAsideView *setAside();
    NavigationPanel *navigation() { return m_navigation; }
    SearchPanel *searchPanel() { return m_searchPanel; }
    QLineEdit *searchField() { return m_searchField; }
    QAction *syncNowAction() { return m_syncNow; }

    // Something typed that is not stored yet: an open contact editor with
    // changes, an edited document or an upload's comment, a post being
    // written or a new thread's dialog.
    bool hasUnsavedWork() const;
    // Asks whether to discard that work (a question that does not block);
    // `done(true)` when there is none or the person chose Discard.
    void askToDiscard(const std::function<void(bool discard)> &done);
    // The question while it is open (for tests).
    QMessageBox *discardQuestion() const { return m_discardQuestion; }
    // Closes without asking: the session ended, or the person already
    // agreed (logging out).
    void closeWithoutAsking();

Q_SIGNALS:
    void settingsRequested();
    void logoutRequested();
    void firstRowsPainted();
    // The window closed (not when the person cancelled closing it).
    void closed();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void buildActions();
    void buildMenus();
    void buildToolBar();
    void connectSections();
    void paneFirstPaint(QWidget *pane);
    void showCounts();
    void updateSyncNow();
    void focusSearch();
    void showAbout();
    void restoreState();
    void keepNavigationReadable();
    void saveState();
    QWidget *page(Section section);
    void mirrorNewAction();

    Workspace &m_workspace;
    Section m_section = Contacts;
    QString m_spaceId;
    bool m_firstPaintReported = false;
    NavigationPanel *m_navigation = nullptr;
    QSplitter *m_splitter = nullptr;
    QStackedWidget *m_stack = nullptr;
    ContactsPane *m_contacts = nullptr;
    DocumentsPane *m_documents = nullptr;
    DiscussionsPane *m_discussions = nullptr;
    OutboxView *m_outbox = nullptr;
    ConflictView *m_conflicts = nullptr;
    SetAsideView *m_setAside = nullptr;
    SyncStatusBar *m_syncStatus = nullptr;
    SearchPanel *m_searchPanel = nullptr;
    QLineEdit *m_searchField = nullptr;
    QHash<int, QWidget *> m_pages;
    QAction *m_newItem = nullptr;
    QAction *m_newSource = nullptr;
    QMetaObject::Connection m_newSourceChanged;
    QAction *m_syncNow = nullptr;
    QAction *m_find = nullptr;
    QAction *m_settings = nullptr;
    QAction *m_logout = nullptr;
    QAction *m_quit = nullptr;
    QAction *m_about = nullptr;
    QList<QAction *> m_sectionActions;
    QPointer<QMessageBox> m_discardQuestion;
    bool m_closeConfirmed = false;
};

} // namespace hn::client
