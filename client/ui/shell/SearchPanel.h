// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/EntityType.h"

#include <QString>
#include <QWidget>

class QLabel;
class QLineEdit;
class QTimer;
class QTreeView;

namespace hn::client {

class SearchResultsModel;
class Workspace;

// The global search: the field in the toolbar searches the replica's
// full-text index as the person types; this panel beside the section shows
// the results grouped by kind, with a snippet each. By keyboard: Down moves
// from the field into the results, Enter opens a result (the field's Enter
// opens the best one), Escape closes the panel and returns to the field.
class SearchPanel : public QWidget {
    Q_OBJECT
public:
    // `field` stays where the caller put it (the toolbar).
    SearchPanel(Workspace &workspace, QLineEdit *field, QWidget *parent = nullptr);

    QTreeView *results() const { return m_results; }
    SearchResultsModel *model() const { return m_model; }

public Q_SLOTS:
    // Searches for the field's text now (normally after a short pause).
    void search();
    // Closes the panel, keeps the field's text, and focuses the field.
    void close();

Q_SIGNALS:
    void openRequested(const QString &recordId, hn::common::EntityType type);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void open(const QModelIndex &index);
    void focusFirstHit();

    Workspace &m_workspace;
    QLineEdit *m_field;
    QLabel *m_heading = nullptr;
    QTreeView *m_results = nullptr;
    SearchResultsModel *m_model = nullptr;
    QTimer *m_delay = nullptr;
};

} // namespace hn::client
