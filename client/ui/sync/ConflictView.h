// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;

namespace hn::client {

class ConflictDialog;
class ConflictModel;
class Workspace;

// The conflicts ("Konflikte", issue 5 point 6): every open conflict, and
// the ConflictDialog to decide one (Enter, double click or "Resolve…").
class ConflictView : public QWidget {
    Q_OBJECT
public:
    explicit ConflictView(Workspace &workspace, QWidget *parent = nullptr);

    ConflictModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    // The dialog while one is open (tests and screenshots), else nullptr.
    ConflictDialog *openDialog() const { return m_dialog; }

public Q_SLOTS:
    void reload();
    // Opens the dialog for the selected conflict (modal to the window).
    void resolveSelected();

private:
    int selectedRow() const;
    void updateActions();

    Workspace &m_workspace;
    ConflictModel *m_model;
    QTableView *m_table;
    QLabel *m_empty;
    QLabel *m_message;
    QPushButton *m_resolve;
    ConflictDialog *m_dialog = nullptr;
};

} // namespace hn::client
