// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "client/ui/contacts/ContactColumns.h"
#include "client/ui/contacts/ContactEditor.h"
#include "client/ui/contacts/ContactFacets.h"
#include "common/Record.h"

#include <QMessageBox>
#include <QPointer>
#include <QString>
#include <QWidget>
#include <optional>

class QAction;
class QComboBox;
class QLineEdit;
class QTableView;
class QTimer;

namespace hn::client {

class ContactCard;
class RecordListModel;
class Workspace;

// The Contacts section: the list of contacts (lazy, sortable, filtered by
// space, kind, topic, municipality and typed words), the selected
// contact's card, and New / Edit / Delete, each enabled only when the
// policy allows it (the reason is the tooltip otherwise).
class ContactsPane : public QWidget {
    Q_OBJECT
public:
    explicit ContactsPane(Workspace &workspace, QWidget *parent = nullptr);
    ~ContactsPane() override;

    QAction *newAction() const { return m_newAction; }
    QAction *editAction() const { return m_editAction; }
    QAction *deleteAction() const { return m_deleteAction; }
    QTableView *view() const { return m_view; }
    RecordListModel *model() const { return m_model; }
    ContactCard *card() const { return m_card; }
    QComboBox *kindFilter() const { return m_kindFilter; }
    QComboBox *tagFilter() const { return m_tagFilter; }
    QComboBox *municipalityFilter() const { return m_municipalityFilter; }
    // The editor or delete question currently open (tests drive them).
    ContactEditor *editor() const { return m_editor; }
    QMessageBox *deleteQuestion() const { return m_deleteQuestion; }
    // An open contact editor with changes.
    bool hasUnsavedWork() const;
    const QString &spaceId() const { return m_spaceId; }

public Q_SLOTS:
    void showSpace(const QString &spaceId);
    void showRecord(const QString &recordId);
    void newContact();
    void editContact();
    void deleteContact();

Q_SIGNALS:
    void firstRowsPainted();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void buildFilters(QWidget *bar);
    void sizeColumns();
    void applyQuery();
    // Reads the filters' values (distinct topics and municipalities).
    void refreshFacets();
    void fillFacet(QComboBox *box, const QStringList &values);
    void recordsChanged();
    void updateActions();
    void currentRowChanged();
    void openEditor(const QString &recordId);
    std::optional<common::Record> shownRecord() const;

    Workspace &m_workspace;
    ContactColumns m_columns;
    ContactFacets m_facets;
    QString m_spaceId;
    RecordListModel *m_model = nullptr;
    QTableView *m_view = nullptr;
    ContactCard *m_card = nullptr;
    QComboBox *m_kindFilter = nullptr;
    QComboBox *m_tagFilter = nullptr;
    QComboBox *m_municipalityFilter = nullptr;
    QLineEdit *m_textFilter = nullptr;
    QTimer *m_textDelay = nullptr;
    QAction *m_newAction = nullptr;
    QAction *m_editAction = nullptr;
    QAction *m_deleteAction = nullptr;
    QPointer<ContactEditor> m_editor;
    QPointer<QMessageBox> m_deleteQuestion;
    bool m_facetsStale = true;
    bool m_rowsPainted = false;
};

} // namespace hn::client
