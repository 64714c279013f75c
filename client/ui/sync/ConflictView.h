// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPointer>
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
    ~ConflictView() override;

    ConflictModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    // The dialog while one is open (tests and screenshots), else nullptr.
    ConflictDialog *openDialog() const;

public Q_SLOTS:
    // Reads the list again; a hidden view only notes that it is out of
    // date and reads when it is shown.
    void reload();
    // Opens the dialog for the selected conflict (modal to the window) and
    // returns at once; the lists refresh when it closes.
    void resolveSelected();

protected:
    void showEvent(QShowEvent *event) override;

private:
    int selectedRow() const;
    void updateActions();

    Workspace &m_workspace;
    ConflictModel *m_model;
    QTableView *m_table;
    QLabel *m_empty;
    QLabel *m_message;
    QPushButton *m_resolve;
    QPointer<ConflictDialog> m_dialog;
    bool m_stale = false;
};

} // namespace hn::client
