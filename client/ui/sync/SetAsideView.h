// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTableView;

namespace hn::client {

class SetAsideModel;
class Workspace;

// Work set aside after access to an area was removed (issue 5 point 6):
// what it was, why and when, the fields as the person last saw them;
// "Export…" writes every item to a JSON file the person chooses, "Dismiss…"
// removes one after asking. Nothing leaves the profile without a decision.
class SetAsideView : public QWidget {
    Q_OBJECT
public:
    explicit SetAsideView(Workspace &workspace, QWidget *parent = nullptr);

    SetAsideModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }

    // Writes Replica::exportSetAside() to `path` (atomically); false with
    // the reason shown in the view when it fails.
    bool exportTo(const QString &path);

public Q_SLOTS:
    // Reads the list again; a hidden view only notes that it is out of
    // date and reads when it is shown.
    void reload();
    // Asks for a file (a window-modal QFileDialog), then exportTo(); returns
    // at once.
    void exportAll();
    // Asks (window-modal, returns at once), then removes the selected item.
    void dismissSelected();

protected:
    void showEvent(QShowEvent *event) override;

private:
    int selectedRow() const;
    void updateDetails();
    void showMessage(const QString &text, bool error);
    void dismiss(qint64 itemId, const QString &title);

    Workspace &m_workspace;
    SetAsideModel *m_model;
    QTableView *m_table;
    QLabel *m_empty;
    QPlainTextEdit *m_details;
    QLabel *m_message;
    QPushButton *m_export;
    QPushButton *m_dismiss;
    bool m_stale = false;
};

} // namespace hn::client
