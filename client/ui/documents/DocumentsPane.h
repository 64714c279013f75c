// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>
#include <functional>
#include <memory>

class QAction;
class QComboBox;
class QLineEdit;
class QTableView;

namespace hn::client {

class DocumentDetail;
class DocumentFacts;
class DocumentOpener;
class DocumentTransfers;
class RecordListModel;
class Workspace;

// The documents section of the main window: the list of documents (title,
// category, tags, current version, size, where the file is, who has it
// checked out), filtered by area, category, tag and words, sortable; and
// the chosen document's detail. Files dropped on a row become a new version
// of that document.
class DocumentsPane : public QWidget {
    Q_OBJECT
public:
    explicit DocumentsPane(Workspace &workspace, QWidget *parent = nullptr);
    ~DocumentsPane() override;

    // "New document…"; disabled with the reason for people who may not add
    // documents anywhere. The main window's "New …" (Ctrl+N) triggers it
    // while the documents section is shown.
    QAction *newDocumentAction() const { return m_newDocument; }
    RecordListModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    DocumentDetail *detail() const { return m_detail; }
    // The shown document's fields edited, or files with a comment waiting
    // to be sent as a new version.
    bool hasUnsavedWork() const;
    QComboBox *categoryFilter() const { return m_category; }
    QComboBox *tagFilter() const { return m_tag; }
    QLineEdit *searchField() const { return m_search; }

public Q_SLOTS:
    void showSpace(const QString &spaceId);
    // A document, or a version (its document is shown).
    void showRecord(const QString &recordId);
    void newDocument();

Q_SIGNALS:
    void firstRowsPainted();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void applyFilters();
    void reloadTags();
    void recordsChanged();
    void permissionsChanged();
    void currentRowChanged();
    void select(const QString &documentId);
    // Shows a document in the detail, after asking about unsaved work of
    // the one shown (Cancel keeps it and its row); then runs `then`.
    void goTo(const QString &documentId, const std::function<void()> &then);
    void dropOnRow(const QPoint &position, const QStringList &paths);

    Workspace &m_workspace;
    std::unique_ptr<DocumentTransfers> m_transfers;
    std::unique_ptr<DocumentOpener> m_opener;
    std::unique_ptr<DocumentFacts> m_facts;
    QString m_spaceId;
    QLineEdit *m_search;
    QComboBox *m_category;
    QComboBox *m_tag;
    RecordListModel *m_model;
    QTableView *m_view;
    DocumentDetail *m_detail;
    QAction *m_newDocument;
    bool m_painted = false;
    bool m_leaving = false;  // askBeforeLeaving is open
    bool m_tagsStale = true; // the tag filter's values need reading again
};

} // namespace hn::client
